"""TREFFPUNKT_REQUIRE_2FA: staff, superusers and coordinators confirm their login first."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import UserFactory

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def required(settings):
    settings.TREFFPUNKT_REQUIRE_2FA = True


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_the_admin_is_unreachable_without_a_second_factor(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/konto/bestaetigen/?next=%2Fadmin%2F"


def test_coordinators_are_sent_to_confirm_from_every_page(client, coordinator):
    client.force_login(coordinator)

    response = client.get("/verwaltung/angebote/")

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/bestaetigen/")


def test_setting_up_and_confirming_opens_the_admin(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)

    setup_page = client.get("/konto/bestaetigen/?next=/admin/")
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    confirmed = client.post("/konto/bestaetigen/?next=/admin/", {"token": _code(device)})
    admin_page = client.get("/admin/")

    assert "<svg" in setup_page.content.decode()
    assert confirmed["Location"] == "/admin/"
    assert admin_page.status_code == 200
    assert TOTPDevice.objects.get(user=admin).confirmed is True


def test_a_wrong_code_does_not_open_the_admin(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    TOTPDevice.objects.create(user=admin, name="login", confirmed=True)
    client.force_login(admin)

    wrong = client.post("/en/konto/bestaetigen/", {"token": "000000"})
    admin_page = client.get("/admin/")

    assert "This code is not right" in wrong.content.decode()
    assert admin_page.status_code == 302


def test_people_without_such_a_role_are_not_asked(client, outsider):
    client.force_login(outsider)

    response = client.get("/angebote/")

    assert response.status_code == 200


def test_when_off_staff_reach_the_admin_without_a_code(client, db, settings):
    settings.TREFFPUNKT_REQUIRE_2FA = False
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    assert client.get("/admin/").status_code == 200
