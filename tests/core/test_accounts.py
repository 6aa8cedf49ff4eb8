"""Login, logout and password reset by e-mail."""

import re

from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory


def test_login_and_logout(client, db):
    UserFactory(username="redaktion", password="richtig-geheim")

    response = client.post(
        reverse("login"), {"username": "redaktion", "password": "richtig-geheim"}
    )
    assert response.status_code == 302
    assert client.get("/").context["user"].username == "redaktion"

    client.post(reverse("logout"))
    assert client.get("/").context["user"].is_authenticated is False


def test_wrong_password_explains_in_german(client, db):
    UserFactory(username="redaktion", password="richtig-geheim")

    response = client.post(reverse("login"), {"username": "redaktion", "password": "falsch"})

    assert response.status_code == 200
    assert "Bitte Benutzername und Passwort eingeben" in response.text


def test_password_reset_by_email(client, db):
    user = UserFactory(username="redaktion", email="redaktion@example.org")

    client.post(reverse("password_reset"), {"email": "redaktion@example.org"})

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redaktion@example.org"]
    assert message.subject == "Ihr neues Passwort für Treffpunkt"
    link = re.search(r"https?://[^/]+(/\S+)", message.body).group(1)
    form_url = client.get(link).url  # Django swaps the token for a session marker
    response = client.post(
        form_url, {"new_password1": "Neues-Passwort-2026", "new_password2": "Neues-Passwort-2026"}
    )
    assert response.url == reverse("password_reset_complete")
    user.refresh_from_db()
    assert user.check_password("Neues-Passwort-2026")


def test_password_reset_for_unknown_address_sends_nothing(client, db):
    response = client.post(reverse("password_reset"), {"email": "niemand@example.org"})

    assert response.url == reverse("password_reset_done")
    assert mail.outbox == []
