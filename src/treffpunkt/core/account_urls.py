"""Login, logout and password reset by e-mail (Django's views, Treffpunkt's templates)."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path(
        "password_reset/",
        auth_views.PasswordResetView.as_view(
            extra_email_context={"site_name": settings.TREFFPUNKT_SITE_NAME}
        ),
        name="password_reset",
    ),
    path("", include("django.contrib.auth.urls")),
]
