"""Counsellors confirm each login with a TOTP code before they see a case."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import login


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_without_a_code_a_counsellor_is_sent_to_confirm(client, counsellor, case_and_token):
    case, _ = case_and_token
    client.force_login(counsellor)

    response = client.get(f"/beratung/team/fall/{case.pk}/")

    assert response.status_code == 302
    assert (
        response["Location"]
        == f"/beratung/team/bestaetigen/?next=%2Fberatung%2Fteam%2Ffall%2F{case.pk}%2F"
    )
    assert case.reads.count() == 0


def test_first_login_sets_up_the_app_then_the_code_opens_the_inbox(client, counsellor):
    client.force_login(counsellor)

    setup = client.get("/beratung/team/bestaetigen/?next=/beratung/team/")
    device = TOTPDevice.objects.get(user=counsellor)
    right = client.post(
        "/beratung/team/bestaetigen/?next=/beratung/team/", {"token": current_code(device)}
    )

    assert "<svg" in setup.content.decode()
    assert setup.context["setting_up"] is True
    assert right["Location"] == "/beratung/team/"
    assert TOTPDevice.objects.get(user=counsellor).confirmed is True
    assert client.get("/beratung/team/").status_code == 200


def test_a_wrong_code_is_refused_and_later_attempts_slowed_down(client, counsellor):
    client.force_login(counsellor)
    client.get("/beratung/team/bestaetigen/")
    device = TOTPDevice.objects.get(user=counsellor)

    wrong = client.post("/beratung/team/bestaetigen/", {"token": "000000"})
    right_too_soon = client.post("/beratung/team/bestaetigen/", {"token": current_code(device)})

    assert wrong.context["failed"] is True
    assert right_too_soon.context["failed"] is True
    assert client.get("/beratung/team/").status_code == 302


def test_the_next_address_must_stay_on_the_site(client, counsellor):
    client.force_login(counsellor)
    client.get("/beratung/team/bestaetigen/")
    device = TOTPDevice.objects.get(user=counsellor)

    response = client.post(
        "/beratung/team/bestaetigen/?next=https://evil.example/", {"token": current_code(device)}
    )

    assert response["Location"] == "/beratung/team/"


def test_people_without_a_counselling_role_get_no_setup(client, editor):
    client.force_login(editor)

    assert client.get("/beratung/team/bestaetigen/").status_code == 403
    assert TOTPDevice.objects.count() == 0


def test_verified_counsellors_pass(client, counsellor):
    login(client, counsellor)

    assert client.get("/beratung/team/").status_code == 200
