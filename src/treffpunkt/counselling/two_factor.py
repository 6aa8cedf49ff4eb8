"""Two-factor authentication for counsellors: a TOTP app (django-otp) confirms the login
before any case is shown. The first time, the counsellor scans a QR code to set it up."""

import base64

import segno
from django.conf import settings
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "counselling"


def required() -> bool:
    return settings.TREFFPUNKT_COUNSELLING_REQUIRE_2FA


def is_verified(user) -> bool:
    return not required() or bool(getattr(user, "is_verified", lambda: False)())


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def setup_device(user) -> TOTPDevice:
    """The device being set up (unconfirmed until the first code matches)."""
    device, _ = TOTPDevice.objects.get_or_create(user=user, confirmed=False, name=DEVICE_NAME)
    return device


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an SVG QR code for authenticator apps."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=4, omitsize=False, light="#fff"
    )


def manual_key(device: TOTPDevice) -> str:
    """The shared secret, for typing into an app without a camera."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def verify(request, token: str) -> bool:
    """Check a code against the confirmed device (or the one being set up) and mark the
    session verified. django-otp slows down repeated wrong codes."""
    token = "".join(token.split())
    device = confirmed_device(request.user) or setup_device(request.user)
    if not token.isdigit() or not device.verify_token(token):
        return False
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    otp_login(request, device)
    return True
