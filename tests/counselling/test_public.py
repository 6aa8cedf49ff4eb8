"""A newcomer writes, reads the answer by the personal link, replies and deletes the case."""

import hashlib

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from treffpunkt.counselling import cases
from treffpunkt.counselling.models import Case, CaseTally, ChannelCount

from .conftest import open_case

WRITE_URL = "/ar/beratung/schreiben/?thema=wohnen&ort=dorsten&sprache=ar&kanal=poster&w=1"


@pytest.fixture
def flow(housing, town, arabic, service):
    return service


def post_first_contact(client, url=WRITE_URL + "&angebot=any", **fields):
    data = {"request": "message", "text": "Mein Vermieter erhöht die Miete", "consent": "on"}
    return client.post(url, data | fields)


def token_of(response) -> str:
    return response["Location"].split("/fall/")[1].split("/")[0]


def test_first_message_opens_a_case_with_a_secret_link(client, flow):
    response = post_first_contact(client)

    token = token_of(response)
    case = Case.objects.get()
    assert case.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in case.token_hash
    assert (case.service, case.language, case.topic.slug) == (flow, "ar", "wohnen")
    assert case.status == "new"
    assert ChannelCount.objects.get().cases == 1

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert [entry.text for entry in page.context["entries"]] == ["Mein Vermieter erhöht die Miete"]
    assert page["Referrer-Policy"] == "same-origin"
    assert page["Cache-Control"] == "no-store"


def test_consent_is_required(client, flow):
    response = post_first_contact(client, consent="")

    assert response.status_code == 200
    assert "consent" in response.context["form"].errors
    assert Case.objects.count() == 0


def test_a_call_back_needs_a_way_to_reach_the_person(client, flow):
    missing = post_first_contact(client, request="callback", text="")
    given = post_first_contact(client, request="callback", text="", phone="0170 1234567")

    assert "phone" in missing.context["form"].errors
    assert given.status_code == 302
    assert cases.contact_of(Case.objects.get())["phone"] == "0170 1234567"


def test_an_appointment_with_an_interpreter(client, flow):
    post_first_contact(
        client,
        request="appointment",
        mode="video",
        phone="0170 1234567",
        needs_interpreter="on",
        interpreter_language="ar",
    )

    case = Case.objects.get()
    assert (case.request, case.mode, case.needs_interpreter, case.interpreter_language) == (
        "appointment",
        "video",
        True,
        "ar",
    )


def test_a_service_that_does_not_fit_is_refused(client, flow):
    response = client.get(WRITE_URL + "&angebot=999999")

    assert response.status_code == 302
    assert response["Location"].startswith("/ar/beratung/?")


def test_upload_checked_by_content_not_name(client, flow):
    fake = SimpleUploadedFile("brief.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    real = SimpleUploadedFile("x.bin", b"%PDF-1.7\n...", content_type="application/octet-stream")

    refused = post_first_contact(client, attachment=fake)
    accepted = post_first_contact(client, attachment=real)

    assert "attachment" in refused.context["form"].errors
    assert accepted.status_code == 302
    page = client.get(accepted["Location"])
    [entry] = page.context["entries"]
    [file] = entry.attachments
    download = client.get(f"/beratung/fall/{token_of(accepted)}/datei/{file.pk}/")
    assert (download["Content-Type"], download.content) == ("application/pdf", b"%PDF-1.7\n...")


def test_upload_size_limit(client, flow, settings):
    settings.TREFFPUNKT_COUNSELLING_UPLOAD_MAX_BYTES = 100
    big = SimpleUploadedFile("a.pdf", b"%PDF-" + b"x" * 200)

    response = post_first_contact(client, attachment=big)

    assert "attachment" in response.context["form"].errors


def test_the_client_replies_and_the_team_owes_an_answer(client, service, counsellor):
    case, token = open_case(service)
    cases.counsellor_answers(case, counsellor, "Bitte schicken Sie uns den Brief.")

    client.post(f"/beratung/fall/{token}/", {"text": "Hier ist er."})

    case.refresh_from_db()
    texts = [entry.text for entry in cases.conversation(case, include_notes=False)]
    assert texts == [
        "Ich habe eine Frage zur Miete",
        "Bitte schicken Sie uns den Brief.",
        "Hier ist er.",
    ]
    assert case.status == "open"
    assert case.answer_due_at is not None


def test_internal_notes_never_reach_the_client(client, service, counsellor):
    case, token = open_case(service)
    cases.add_note(case, counsellor, "Nur intern: Rückruf am Montag")

    page = client.get(f"/beratung/fall/{token}/")

    assert "Nur intern" not in page.content.decode()
    assert [entry.message.author for entry in page.context["entries"]] == ["client"]


def test_the_client_sees_who_read_the_case(client, service, counsellor):
    case, token = open_case(service)
    cases.log_read(case, counsellor)

    page = client.get(f"/beratung/fall/{token}/")

    assert [read.reader for read in page.context["reads"]] == ["Leyla Demir (Caritas Dorsten)"]
    assert "Leyla Demir (Caritas Dorsten)" in page.content.decode()


def test_the_client_deletes_the_case_at_once(client, service):
    _case, token = open_case(service)

    client.post(f"/beratung/fall/{token}/loeschen/", {"confirm": "on"})

    assert Case.objects.count() == 0
    assert CaseTally.objects.get().reason == "client"
    assert client.get(f"/beratung/fall/{token}/").status_code == 404


def test_a_wrong_token_opens_nothing(client, case_and_token):
    assert client.get("/beratung/fall/not-the-token/").status_code == 404


def test_emails_never_contain_the_conversation(
    client, flow, counsellor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_first_contact(client, email="leyla@example.net")
    case = Case.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        cases.counsellor_answers(case, counsellor, "Die Antwort auf Ihre Frage zur Miete")

    bodies = [message.subject + message.body for message in mail.outbox]
    assert len(bodies) == 2
    assert [body for body in bodies if "Miete" in body] == []
    assert token_of(response) in bodies[0]  # the personal link, once, to the person's address


def test_new_cases_are_rate_limited_per_address(client, flow, settings):
    responses = [post_first_contact(client) for _ in range(6)]

    assert [response.status_code for response in responses] == [302] * 5 + [200]
    assert Case.objects.count() == 5


def test_messages_are_rate_limited_per_case(client, service, settings):
    settings.TREFFPUNKT_COUNSELLING_MESSAGE_RATE = "2/h"
    _, token = open_case(service)

    statuses = [
        client.post(f"/beratung/fall/{token}/", {"text": "Hallo"}).status_code for _ in range(3)
    ]

    assert statuses == [302, 302, 200]
