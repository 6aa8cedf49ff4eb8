"""Two-factor authentication for counsellors: a TOTP app (django-otp) confirms the login
before any case is shown. Devices, QR codes and the confirmation page are the site's own
(core/two_factor.py, core/views_two_factor.py): one confirmed device and one verified session
serve both."""

from django.conf import settings


def required() -> bool:
    return settings.TREFFPUNKT_COUNSELLING_REQUIRE_2FA


def is_verified(user) -> bool:
    return not required() or bool(getattr(user, "is_verified", lambda: False)())
