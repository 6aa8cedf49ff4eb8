"""An interpreter booked from the pool opens THIS case only during the appointment (from 30
minutes before until the end) and sees only what a counsellor shared (role × time × object)."""

import datetime

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import InterpreterFactory, UserFactory
from treffpunkt.counselling import appointments, cases, interpreters
from treffpunkt.counselling.models import Appointment, CaseRead
from treffpunkt.pools import interpreting
from treffpunkt.pools.models import Interpreter

from .conftest import login, open_case

pytestmark = pytest.mark.usefixtures("english")


def book(case, counsellor, user, starts_in: datetime.timedelta, minutes: int = 60):
    """An appointment of the case with an interpreter the pool booked for it (`user`)."""
    appointment = appointments.create(
        case,
        counsellor,
        kind="video",
        starts_at=timezone.now() + datetime.timedelta(days=1),
        duration_minutes=minutes,
        place="https://meet.example.org/raum-7",
        needs_interpreter=True,
        interpreter_language="ar",
    )
    request = appointment.interpreting.get().request
    interpreter = Interpreter.objects.filter(user=user).first() or InterpreterFactory(user=user)
    assert interpreting.assign(request, interpreter)
    # Move the appointment to the time under test (the form refuses the past).
    Appointment.objects.filter(pk=appointment.pk).update(starts_at=timezone.now() + starts_in)
    return appointment


@pytest.fixture
def conversation(service, counsellor):
    """A case with a client message and a note shared with the interpreter, and an answer
    that is not."""
    case, _ = open_case(service, text="Ich verstehe den Brief nicht")
    cases.counsellor_answers(case, counsellor, "Nicht für die Dolmetscherin")
    note = cases.add_note(case, counsellor, "Bitte langsam übersetzen")
    first = case.messages.get(author="client")
    cases.share_with_interpreter(case, first.pk, True)
    cases.share_with_interpreter(case, note.pk, True)
    return case


@pytest.fixture
def interpreter_user(db):
    return UserFactory(username="dolmetscherin", first_name="Rana", last_name="Aziz")


# (situation, minutes from now to the start, status)
WINDOW = [
    ("during the appointment", -10, 200),
    ("half an hour before", 25, 200),
    ("an hour before", 60, 404),
    ("after the end", -61, 404),
]


@pytest.mark.parametrize(("situation", "starts_in", "status"), WINDOW)
def test_the_booked_interpreter_opens_the_case_only_in_the_window(
    client, conversation, counsellor, interpreter_user, situation, starts_in, status
):
    book(conversation, counsellor, interpreter_user, datetime.timedelta(minutes=starts_in))
    login(client, interpreter_user)

    response = client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/")

    assert response.status_code == status
    reads = list(CaseRead.objects.filter(case=conversation).values_list("user", "reader", "action"))
    expected = [(interpreter_user.pk, "Rana Aziz", "interpreter")] if status == 200 else []
    assert reads == expected


def test_the_interpreter_sees_only_the_shared_messages(
    client, conversation, counsellor, interpreter_user
):
    book(conversation, counsellor, interpreter_user, datetime.timedelta(minutes=-5))
    login(client, interpreter_user)

    page = client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/")

    assert [entry.text for entry in page.context["entries"]] == [
        "Ich verstehe den Brief nicht",
        "Bitte langsam übersetzen",
    ]
    assert "Nicht für die Dolmetscherin" not in page.content.decode()
    assert "https://meet.example.org/raum-7" in page.content.decode()


def test_the_interpreter_of_another_case_is_refused(
    client, service, conversation, counsellor, interpreter_user
):
    other, _ = open_case(service, text="Anderer Fall")
    book(other, counsellor, interpreter_user, datetime.timedelta(minutes=-5))
    login(client, interpreter_user)

    assert client.get(f"/beratung/dolmetschen/fall/{other.pk}/").status_code == 200
    assert client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/").status_code == 404
    assert CaseRead.objects.filter(case=conversation).count() == 0


def test_an_interpreter_only_invited_or_whose_booking_was_cancelled_is_refused(
    client, conversation, counsellor, interpreter_user
):
    appointment = book(conversation, counsellor, interpreter_user, datetime.timedelta(0))
    request = appointment.interpreting.get().request
    interpreting.cancel(request)
    login(client, interpreter_user)

    assert client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/").status_code == 404
    assert interpreters.may_interpret(interpreter_user, conversation) is False


def test_counsellors_do_not_reach_cases_through_the_interpreter_page(
    client, conversation, counsellor
):
    login(client, counsellor)

    assert client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/").status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, conversation):
    response = client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/")

    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_the_permission_follows_the_clock_without_any_cleanup(
    conversation, counsellor, interpreter_user
):
    appointment = book(conversation, counsellor, interpreter_user, datetime.timedelta(hours=3))
    appointment.refresh_from_db()
    start = appointment.starts_at

    def allowed(at):
        return interpreters.may_interpret(interpreter_user, conversation, now=at)

    assert [
        allowed(start - datetime.timedelta(minutes=31)),
        allowed(start - datetime.timedelta(minutes=30)),
        allowed(start + datetime.timedelta(minutes=60)),
        allowed(start + datetime.timedelta(minutes=61)),
    ] == [False, True, True, False]
    assert interpreter_user.has_perm("counselling.interpret_case", conversation) is False


def test_shared_attachments_are_served_to_the_interpreter_and_logged(
    client, service, counsellor, interpreter_user
):
    case, _ = open_case(service, attachment=("application/pdf", b"%PDF-1.4"))
    hidden = cases.client_writes(case, "privat", ("application/pdf", b"%PDF-secret"))
    message = case.messages.order_by("pk").first()
    cases.share_with_interpreter(case, message.pk, True)
    book(case, counsellor, interpreter_user, datetime.timedelta(minutes=-5))
    login(client, interpreter_user)
    shared_file = message.attachments.get()
    hidden_file = hidden.attachments.get()

    shared = client.get(f"/beratung/dolmetschen/fall/{case.pk}/datei/{shared_file.pk}/")
    refused = client.get(f"/beratung/dolmetschen/fall/{case.pk}/datei/{hidden_file.pk}/")

    assert (shared.content, refused.status_code) == (b"%PDF-1.4", 404)
    assert case.reads.count() == 1


def test_a_counsellor_shares_and_unshares_a_message(client, service, counsellor):
    case, _ = open_case(service)
    message = case.messages.get()
    login(client, counsellor)
    url = f"/beratung/team/fall/{case.pk}/"

    client.post(url, {"action": "share", "message": message.pk, "shared": "1"})
    message.refresh_from_db()
    shared = message.shared_with_interpreter
    client.post(url, {"action": "share", "message": message.pk, "shared": "0"})
    message.refresh_from_db()

    assert (shared, message.shared_with_interpreter) == (True, False)


def test_the_interpreter_lists_bookings_with_a_link_only_while_open(
    client, service, conversation, counsellor, interpreter_user
):
    later, _ = open_case(service, text="Später")
    book(conversation, counsellor, interpreter_user, datetime.timedelta(minutes=-5))
    book(later, counsellor, interpreter_user, datetime.timedelta(days=2))
    login(client, interpreter_user)

    page = client.get("/beratung/dolmetschen/")

    rows = [(row["link"].case, row["open"]) for row in page.context["rows"]]
    assert rows == [(conversation, True), (later, False)]
    html = page.content.decode()
    assert f"/beratung/dolmetschen/fall/{conversation.pk}/" in html
    assert f"/beratung/dolmetschen/fall/{later.pk}/" not in html


def test_a_malformed_message_number_changes_nothing(client, service, counsellor):
    case, _ = open_case(service)
    login(client, counsellor)

    response = client.post(
        f"/beratung/team/fall/{case.pk}/", {"action": "share", "message": "1 OR 1", "shared": "1"}
    )

    assert response.status_code == 200  # the page again, with an error message
    assert list(case.messages.values_list("shared_with_interpreter", flat=True)) == [False]


def test_the_interpreter_confirms_the_login_with_a_code_first(
    client, conversation, counsellor, interpreter_user
):
    book(conversation, counsellor, interpreter_user, datetime.timedelta(minutes=-5))
    client.force_login(interpreter_user)  # password only

    response = client.get(f"/beratung/dolmetschen/fall/{conversation.pk}/")
    verify = client.get("/beratung/team/bestaetigen/")

    assert response.status_code == 302
    assert response["Location"].startswith("/beratung/team/bestaetigen/?next=")
    assert verify.status_code == 200
    assert CaseRead.objects.filter(case=conversation).count() == 0


def test_users_without_a_booking_may_not_set_up_a_code(client, interpreter_user):
    client.force_login(interpreter_user)

    assert client.get("/beratung/team/bestaetigen/").status_code == 403


def test_after_the_code_an_interpreter_lands_on_their_bookings(
    client, conversation, counsellor, interpreter_user
):
    book(conversation, counsellor, interpreter_user, datetime.timedelta(hours=5))
    client.force_login(interpreter_user)
    client.get("/beratung/team/bestaetigen/")  # sets up the app
    device = TOTPDevice.objects.get(user=interpreter_user)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"

    response = client.post("/beratung/team/bestaetigen/", {"token": code})

    assert response["Location"] == "/beratung/dolmetschen/"
