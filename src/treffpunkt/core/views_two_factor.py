"""The page where staff and coordinators confirm their login with a one-time code."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from . import two_factor


def confirm_login(request, template: str, home: str):
    """Enter the code of the authenticator app, then go on to `next` or `home`; the first
    time, set the app up. The counselling app's confirmation page shares this."""
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = ""
    device = two_factor.device_of(request.user)
    failed = False
    if request.method == "POST":
        if two_factor.verify(request, request.POST.get("token", ""), device):
            return redirect(target or home)
        failed = True
    context = {"failed": failed, "setting_up": not device.confirmed}
    if not device.confirmed:
        context |= {"qr": two_factor.qr_svg(device), "key": two_factor.manual_key(device)}
    return render(request, template, context)


@never_cache
@login_required
def verify(request):
    return confirm_login(request, "core/two_factor.html", reverse("core:home"))
