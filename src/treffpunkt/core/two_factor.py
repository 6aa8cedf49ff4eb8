"""Two-factor authentication for those who run the network (TREFFPUNKT_REQUIRE_2FA): staff,
superusers and coordinators confirm every login with a TOTP code (django-otp) before they see
any page, the admin included. The first time, they set up an authenticator app with a QR code.

The counselling app asks counsellors the same way (counselling/two_factor.py); one confirmed
device and one verified session serve both.
"""

import base64
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from treffpunkt.network import roles

DEVICE_NAME = "login"
# Pages someone who still has to confirm may open: the confirmation itself and logging out.
OPEN_VIEWS = {"two-factor", "logout", "set_language"}


def needs_second_factor(user) -> bool:
    """Whether this user must confirm their login before going on."""
    if not settings.TREFFPUNKT_REQUIRE_2FA or not user.is_authenticated:
        return False
    if user.is_verified():
        return False
    return user.is_staff or user.is_superuser or roles.is_coordinator(user)


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
    """The shared secret in groups of four, for typing into an app without a camera."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def device_of(user) -> TOTPDevice:
    """The confirmed device, or the one being set up."""
    return confirmed_device(user) or setup_device(user)


def verify(request, token: str, device: TOTPDevice | None = None) -> bool:
    """Check a code against the user's device and mark the session verified. django-otp slows
    down repeated wrong codes."""
    token = "".join(token.split())
    device = device or device_of(request.user)
    if not token.isdigit() or not device.verify_token(token):
        return False
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    otp_login(request, device)
    return True


class RequireTwoFactorMiddleware:
    """After django-otp's middleware: sends an unconfirmed staff member or coordinator to the
    confirmation page from every page (the admin included)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if needs_second_factor(request.user) and not _is_open(request.path_info):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('two-factor')}?{query}")
        return self.get_response(request)


def _is_open(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return True  # a 404 shows nothing
    return match.view_name in OPEN_VIEWS or match.namespace == "operations"
