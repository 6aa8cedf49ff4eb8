"""Logins are rate-limited per client address and per user name."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def low_rate(settings):
    settings.TREFFPUNKT_LOGIN_RATE = "3/m"


def test_guessing_passwords_is_stopped_after_the_rate(client, db):
    UserFactory(username="amira")
    answers = [
        client.post("/en/konto/login/", {"username": "amira", "password": f"guess-{n}"})
        for n in range(4)
    ]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert "Too many login attempts" in answers[3].content.decode()


def test_the_right_password_is_refused_too_while_limited(client, db):
    user = UserFactory(username="amira")
    user.set_password("correct horse battery")
    user.save()
    for n in range(3):
        client.post("/en/konto/login/", {"username": "amira", "password": f"guess-{n}"})

    response = client.post(
        "/en/konto/login/", {"username": "amira", "password": "correct horse battery"}
    )

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_limited_attempt_checks_no_password(client, db, monkeypatch):
    from django.contrib.auth import forms

    for n in range(3):
        client.post("/en/konto/login/", {"username": "amira", "password": f"guess-{n}"})
    checked = []
    monkeypatch.setattr(forms, "authenticate", lambda *args, **kwargs: checked.append(kwargs))

    response = client.post("/en/konto/login/", {"username": "amira", "password": "guess"})

    assert response.status_code == 429
    assert checked == []
    assert 'value="amira"' in response.content.decode()  # the name stays in the form


def test_one_user_name_from_many_addresses_is_limited(client, db):
    UserFactory(username="amira")
    answers = [
        client.post(
            "/en/konto/login/",
            {"username": "amira", "password": "guess"},
            REMOTE_ADDR=f"198.51.100.{n}",
        )
        for n in range(4)
    ]

    assert answers[-1].status_code == 429


def test_a_correct_login_works(client, db):
    user = UserFactory(username="amira")
    user.set_password("correct horse battery")
    user.save()

    response = client.post(
        "/en/konto/login/", {"username": "amira", "password": "correct horse battery"}
    )

    assert response.status_code == 302


def test_the_admin_login_shares_the_limit_per_address(client, db):
    UserFactory(username="amira")
    for n in range(3):
        client.post("/en/konto/login/", {"username": "amira", "password": f"guess-{n}"})

    response = client.post("/admin/login/", {"username": "root", "password": "guess"})

    assert response.status_code == 403
