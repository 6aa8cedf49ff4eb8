"""Login with a rate limit: per client address and per user name, so that neither one
machine nor a botnet against one account can guess passwords quickly."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit


class RateLimitedLoginView(auth_views.LoginView):
    def post(self, request, *args, **kwargs):
        limited = [
            is_ratelimited(
                request,
                group=f"login-{key}",
                key=key,
                rate=settings.TREFFPUNKT_LOGIN_RATE,
                method="POST",
                increment=True,
            )
            for key in ("ip", "post:username")
        ]
        if any(limited):
            # An unbound form: validating the posted one would still check the password,
            # the very cost (and the guess) the limit is there to stop.
            username = request.POST.get("username", "")[:150]
            form = self.form_class(request, initial={"username": username})
            form.cleaned_data = {}
            form.add_error(None, _("Too many login attempts. Please wait a minute and try again."))
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)


def _login_rate(group, request) -> str:
    return settings.TREFFPUNKT_LOGIN_RATE


def limit_admin_login(login_view):
    """The admin's own login form counts against the same limits per address and per user
    name (403 over one of them)."""
    for key in ("ip", "post:username"):
        login_view = ratelimit(
            group=f"login-{key}", key=key, rate=_login_rate, method="POST", block=True
        )(login_view)
    return login_view
