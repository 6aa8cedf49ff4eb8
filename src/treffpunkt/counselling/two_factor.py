"""Two-factor authentication for counsellors: a TOTP app (django-otp) confirms the login
before any case is shown. The devices, QR codes and code checks are the site's own
(core/two_factor.py), so one confirmed device and one verified session serve both."""

from django.conf import settings

from treffpunkt.core.two_factor import confirmed_device, manual_key, qr_svg, setup_device, verify

__all__ = [
    "confirmed_device",
    "is_verified",
    "manual_key",
    "qr_svg",
    "required",
    "setup_device",
    "verify",
]


def required() -> bool:
    return settings.TREFFPUNKT_COUNSELLING_REQUIRE_2FA


def is_verified(user) -> bool:
    return not required() or bool(getattr(user, "is_verified", lambda: False)())
