"""Login, logout and password reset by e-mail (Django's views, Treffpunkt's templates)."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views_two_factor
from .login import RateLimitedLoginView

urlpatterns = [
    path(
        "password_reset/",
        auth_views.PasswordResetView.as_view(
            extra_email_context={"site_name": settings.TREFFPUNKT_SITE_NAME}
        ),
        name="password_reset",
    ),
    path("login/", RateLimitedLoginView.as_view(), name="login"),
    path("bestaetigen/", views_two_factor.verify, name="two-factor"),
    path("", include("django.contrib.auth.urls")),
]
