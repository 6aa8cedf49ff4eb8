"""The accessibility statement (BITV 2.0): its required parts, the footer link, and the
feedback form that reaches the operator by e-mail."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

URL = "/en/barrierefreiheit/"


def feedback(**overrides):
    values = {
        "message": "The map cannot be closed with the keyboard.",
        "page": "/angebote/12/",
        "name": "R. S.",
        "email": "rs@example.org",
        "website": "",
    }
    return values | overrides


def test_statement_has_the_parts_bitv_requires(client, db, settings):
    settings.TREFFPUNKT_ACCESSIBILITY_REVIEWED_ON = "2026-11-02"
    settings.TREFFPUNKT_OPERATOR_EMAIL = "barrierefreiheit@kreis.example"

    response = client.get(URL)

    headings = [
        "Status of conformity",
        "Known limitations",
        "How this statement was prepared",
        "Feedback and contact",
        "Enforcement procedure",
    ]
    found = [h for h in headings if f">{h}</h2>" in response.text]
    assert found == headings
    assert "partially conformant" in response.text
    assert '<time datetime="2026-11-02">Nov. 2, 2026</time>' in response.text
    assert 'href="mailto:barrierefreiheit@kreis.example"' in response.text
    assert "§ 16 BGG" in response.text
    assert 'href="https://www.schlichtungsstelle-bgg.de/"' in response.text


def test_statement_date_is_formatted_for_the_language(client, db, settings):
    settings.TREFFPUNKT_ACCESSIBILITY_REVIEWED_ON = "2026-11-02"

    response = client.get("/barrierefreiheit/")

    assert '<time datetime="2026-11-02">2. November 2026</time>' in response.text


@pytest.mark.parametrize("path", ["/", "/ar/angebote/", "/en/impressum/", URL])
def test_every_page_links_the_statement_in_the_footer(client, db, path):
    response = client.get(path)

    footer = response.text.split('<footer class="site-footer">')[1]
    link = reverse("core:accessibility")
    assert f'href="{link}"' in footer


def test_feedback_is_mailed_to_the_operator(client, db, settings):
    settings.TREFFPUNKT_OPERATOR_EMAIL = "barrierefreiheit@kreis.example"

    response = client.post(URL, feedback())

    assert response.status_code == 302
    assert response["Location"] == URL + "?gesendet=1"
    [message] = mail.outbox
    assert message.to == ["barrierefreiheit@kreis.example"]
    assert message.reply_to == ["rs@example.org"]
    # The operator reads German
    assert message.subject == "Treffpunkt: Feedback zur Barrierefreiheit"
    assert "The map cannot be closed with the keyboard." in message.body
    assert "/angebote/12/" in message.body


def test_after_sending_the_page_thanks_instead_of_showing_the_form(client, db):
    response = client.get(URL + "?gesendet=1")

    assert "Your message has been sent to the operator." in response.text
    assert "<form" not in response.text.split("<main")[1]


def test_page_field_is_prefilled_from_the_link(client, db):
    response = client.get(URL + "?seite=/angebote/7/")

    assert response.context["form"]["page"].value() == "/angebote/7/"


def test_feedback_without_a_message_is_refused(client, db):
    response = client.post(URL, feedback(message=""))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["message"]
    assert mail.outbox == []


def test_robots_filling_the_hidden_field_are_refused(client, db):
    response = client.post(URL, feedback(website="https://spam.example"))

    assert list(response.context["form"].errors) == ["website"]
    assert mail.outbox == []


def test_feedback_is_rate_limited(client, db, settings):
    limit = int(settings.TREFFPUNKT_FEEDBACK_RATE.split("/")[0])
    for _ in range(limit):
        client.post(URL, feedback())

    response = client.post(URL, feedback(message="one more"))

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Too many messages from your connection. Please try again later."
    ]
    assert len(mail.outbox) == limit


def test_feedback_needs_the_csrf_token(db):
    client = Client(enforce_csrf_checks=True)

    response = client.post(URL, feedback())

    assert response.status_code == 403
    assert mail.outbox == []
