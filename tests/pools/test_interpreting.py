"""The life of an interpreting request: offered by e-mail, accepted by link (first wins,
never two), confirmed, reminded, cancelled, done and rated."""

import datetime
import re
import threading

import pytest
from django.db import connections
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tests.factories import (
    InterpreterFactory,
    InterpretingRequestFactory,
    LanguageFactory,
    MunicipalityFactory,
    OrganisationFactory,
)
from treffpunkt.pools import interpreter_matching, interpreting
from treffpunkt.pools.interpreting import Outcome
from treffpunkt.pools.models import InterpretingRequest, RequestInvitation

Status = InterpretingRequest.Status
Answer = RequestInvitation.Answer


@pytest.fixture
def offered(world, django_capture_on_commit_callbacks, mailoutbox):
    """The school's request offered to both interpreters of the pool."""
    with django_capture_on_commit_callbacks(execute=True):
        invitations = interpreting.invite(world.request, [world.interpreter, world.colleague])
    mailoutbox.clear()
    return {invitation.interpreter: invitation for invitation in invitations}


def test_offer_mails_each_interpreter_a_link_of_their_own(
    world, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        invitations = interpreting.invite(world.request, [world.interpreter, world.colleague])

    world.request.refresh_from_db()
    by_address = {mail.to[0]: mail.body for mail in mailoutbox}
    assert world.request.status == Status.OFFERED
    assert sorted(by_address) == sorted([world.interpreter.email, world.colleague.email])
    for invitation in invitations:
        assert invitation.token in by_address[invitation.interpreter.email]


def test_offering_again_invites_nobody_twice(world, offered):
    again = interpreting.invite(world.request, [world.interpreter, world.colleague])

    assert again == []
    assert world.request.invitations.count() == 2


def test_first_acceptance_wins_and_the_second_is_refused(
    world, offered, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        first = interpreting.accept(offered[world.colleague])
        second = interpreting.accept(offered[world.interpreter])

    world.request.refresh_from_db()
    answers = dict(world.request.invitations.values_list("interpreter__name", "answer"))
    assert (first, second) == (Outcome.ACCEPTED, Outcome.TOO_LATE)
    assert (world.request.status, world.request.interpreter) == (Status.ASSIGNED, world.colleague)
    assert answers == {"Karim B.": Answer.ACCEPTED, "Samira H.": Answer.TOO_LATE}
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(
        [world.colleague.email, "kita@example.org"]
    )


def test_stale_acceptance_cannot_overwrite_the_assignment(world, offered):
    """Both invitations were read before either answered (two browser tabs): the conditional
    update still lets only one through."""
    stale = RequestInvitation.objects.get(pk=offered[world.interpreter].pk)
    interpreting.accept(offered[world.colleague])

    outcome = interpreting.accept(stale)

    world.request.refresh_from_db()
    assert outcome == Outcome.TOO_LATE
    assert world.request.interpreter == world.colleague


def test_clicking_accept_twice_keeps_the_assignment(world, offered):
    interpreting.accept(offered[world.interpreter])

    again = interpreting.accept(offered[world.interpreter])

    world.request.refresh_from_db()
    assert again == Outcome.ACCEPTED
    assert world.request.interpreter == world.interpreter


@pytest.mark.django_db(transaction=True)
def test_many_acceptances_at_the_same_moment_assign_exactly_one():
    town = MunicipalityFactory()
    request = InterpretingRequestFactory(municipality=town)
    people = [InterpreterFactory(home=town, languages={"ar": "C1"}) for _ in range(8)]
    invitations = interpreting.invite(request, people)
    start = threading.Barrier(len(invitations))
    outcomes, errors = [], []

    def click(invitation):
        try:
            start.wait()
            outcomes.append(interpreting.accept(invitation))
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click, args=(i,)) for i in invitations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    request.refresh_from_db()
    accepted = RequestInvitation.objects.filter(request=request, answer=Answer.ACCEPTED)
    assert errors == []
    assert sorted(outcomes) == sorted([Outcome.ACCEPTED] + [Outcome.TOO_LATE] * 7)
    assert [a.interpreter_id for a in accepted] == [request.interpreter_id]


def test_coordinator_assignment_after_an_acceptance_is_refused(world, offered):
    interpreting.accept(offered[world.interpreter])

    assigned = interpreting.assign(world.request, world.colleague)

    world.request.refresh_from_db()
    assert assigned is False
    assert world.request.interpreter == world.interpreter


def test_when_everybody_declines_the_request_is_open_again(world, offered):
    interpreting.decline(offered[world.interpreter])
    still_offered = InterpretingRequest.objects.get(pk=world.request.pk).status

    interpreting.decline(offered[world.colleague])

    world.request.refresh_from_db()
    assert (still_offered, world.request.status) == (Status.OFFERED, Status.OPEN)


def test_acceptance_after_cancellation_is_refused(world, offered):
    interpreting.cancel(world.request)

    outcome = interpreting.accept(offered[world.interpreter])

    world.request.refresh_from_db()
    assert outcome == Outcome.CANCELLED
    assert world.request.interpreter is None


def test_cancelling_an_assignment_tells_the_interpreter(
    world, django_capture_on_commit_callbacks, mailoutbox
):
    interpreting.assign(world.request, world.interpreter)

    with django_capture_on_commit_callbacks(execute=True):
        cancelled = interpreting.cancel(world.request)

    [mail] = mailoutbox
    assert cancelled is True
    assert mail.to == [world.interpreter.email]
    assert world.request.status == Status.CANCELLED


def test_cancelling_twice_is_refused(world):
    interpreting.cancel(world.request)

    assert interpreting.cancel(world.request) is False


def test_mail_about_an_offer_already_taken_is_not_sent(world, offered, mailoutbox):
    """The task reads the state when it runs: an offer taken meanwhile is not mailed."""
    interpreting.accept(offered[world.colleague])

    sent = interpreting.notifications.send(
        "invitation", world.request.pk, offered[world.interpreter].pk
    )

    assert sent is False
    assert mailoutbox == []


def test_interpreter_mails_tell_the_place_but_nothing_of_the_family(world, mailoutbox):
    world.request.note = "Vater spricht kaum Deutsch"
    world.request.save()
    interpreting.assign(world.request, world.interpreter)

    interpreting.notifications.send("assigned_interpreter", world.request.pk)

    [mail] = mailoutbox
    assert "Kita Sonnenschein, Raum 2" in mail.body
    assert "Kita Sonnenschein" in mail.body


# --- Reminder and feedback (background tasks) -------------------------------------------------


def test_reminder_goes_out_once_the_day_before(world, mailoutbox):
    now = timezone.now()
    world.request.starts_at = now + datetime.timedelta(hours=24)
    world.request.save()
    interpreting.assign(world.request, world.interpreter)
    mailoutbox.clear()

    first = interpreting.send_due_reminders.enqueue()
    second = interpreting.send_due_reminders.enqueue()

    [mail] = mailoutbox
    assert (first.return_value, second.return_value) == (1, 0)
    assert mail.to == [world.interpreter.email]


def test_no_reminder_for_assignments_next_week(world, mailoutbox):
    interpreting.assign(world.request, world.interpreter)  # in 7 days
    mailoutbox.clear()

    assert interpreting.remind() == 0
    assert mailoutbox == []


def test_past_assignment_is_done_and_the_institution_gets_a_feedback_link(world, mailoutbox):
    world.request.starts_at = timezone.now() - datetime.timedelta(hours=2)
    world.request.save()
    InterpretingRequest.objects.filter(pk=world.request.pk).update(
        status=Status.ASSIGNED, interpreter=world.interpreter
    )

    result = interpreting.finish_past_assignments.enqueue()

    world.request.refresh_from_db()
    [mail] = mailoutbox
    [token] = re.findall(r"/dolmetschen/rueckmeldung/([^/\s]+)/", mail.body)
    assert (result.return_value, world.request.status) == (1, Status.DONE)
    assert mail.to == ["kita@example.org"]
    assert interpreting.request_for_feedback(token) == world.request


def test_feedback_is_taken_once(world):
    world.request.starts_at = timezone.now() - datetime.timedelta(hours=2)
    world.request.save()
    InterpretingRequest.objects.filter(pk=world.request.pk).update(
        status=Status.DONE, interpreter=world.interpreter
    )

    first = interpreting.give_feedback(world.request, 5, "  Sehr gut  ")
    second = interpreting.give_feedback(world.request, 1, "")

    assert (first, second) == (True, False)
    assert (world.request.feedback_rating, world.request.feedback_note) == (5, "Sehr gut")


def test_forged_feedback_link_finds_nothing(world):
    token = interpreting.feedback_token(world.request)

    assert interpreting.request_for_feedback(token[:-2] + "xx") is None


# --- Suggestions ------------------------------------------------------------------------------


def test_suggestions_rank_with_reasons_and_leave_out_who_cannot_come(world):
    near = MunicipalityFactory(name="Herten", latitude=51.595, longitude=7.142)
    InterpreterFactory(name="Ohne Zeit", home=world.town, languages={"ar": "native"})  # no slots
    InterpreterFactory(name="Nur B1", home=world.town, languages={"ar": "B1"}, slots="all")
    InterpreterFactory(
        name="Nur Telefon", home=world.town, languages={"ar": "C2"}, slots="all", modes=["phone"]
    )
    InterpreterFactory(
        name="Geht nur nach Herten",
        home=near,
        regions=[near],
        languages={"ar": "C2"},
        slots="all",
    )

    matches = interpreter_matching.suggestions(world.request)

    # Karim B. interprets for the other school at the same time.
    assert [m.candidate.interpreter.name for m in matches] == ["Samira H."]
    assert matches[0].reasons[0] == _("speaks %(language)s %(level)s") % {
        "language": "Arabisch",
        "level": _("native speaker"),
    }


def test_earlier_assignments_with_the_same_institution_are_a_reason(world):
    world.other_request.starts_at += datetime.timedelta(days=1)
    world.other_request.institution = world.school
    world.other_request.save()

    matches = interpreter_matching.suggestions(world.request)

    by_name = {m.candidate.interpreter.name: m for m in matches}
    assert sorted(by_name) == ["Karim B.", "Samira H."]
    assert by_name["Karim B."].reasons[-1] == ngettext(
        "has interpreted there once", "has interpreted there %(n)s times", 1
    ) % {"n": 1}
    assert by_name["Samira H."].reasons[-1] == _("%(km)s km away") % {"km": 0}


def test_coordinators_of_another_pool_get_no_suggestions_from_this_one(world):
    from tests.factories import user_with_role

    other_pool_coordinator = user_with_role("editor", OrganisationFactory())
    InterpreterFactory(
        coordinator_organisation=other_pool_coordinator.memberships.get().organisation,
        name="Andere",
        languages={"uk": "native"},
    )

    mine = interpreting.suggestions(world.request, world.pool_coordinator)
    theirs = interpreting.suggestions(world.request, other_pool_coordinator)

    assert [m.candidate.interpreter.name for m in mine] == ["Samira H."]
    assert theirs == []


def test_a_language_nobody_speaks_has_no_suggestions(world):
    request = InterpretingRequestFactory(
        institution=world.school,
        municipality=world.town,
        language=LanguageFactory(code="ti", name="Tigrinya", native_name="ትግርኛ"),
    )

    assert interpreter_matching.suggestions(request) == []


def test_database_narrowing_leaves_out_nobody_the_criteria_accept(world):
    """`could_come` reads fewer interpreters; ranking them gives what ranking the whole
    pool gives, for requests on every weekday, at different hours, in every mode."""
    from treffpunkt.pools.models import Absence, AvailabilitySlot

    district = MunicipalityFactory(name="Kreis RE", kind="kreis")
    world.town.parent = district
    world.town.save()
    morning = InterpreterFactory(
        name="Vormittags", home=world.town, regions=[district], languages={"ar": "C2"}
    )
    AvailabilitySlot.objects.create(
        interpreter=morning, weekday=1, starts=datetime.time(8), ends=datetime.time(12)
    )
    away = InterpreterFactory(
        name="Im Urlaub", home=world.town, languages={"ar": "C1"}, slots="all"
    )
    today = timezone.localdate()
    Absence.objects.create(
        interpreter=away,
        first_day=today + datetime.timedelta(days=3),
        last_day=today + datetime.timedelta(days=5),
    )
    InterpreterFactory(name="Woanders", languages={"ar": "native"}, slots="all")
    requests = [
        InterpretingRequestFactory(
            institution=world.school,
            language=world.arabic,
            municipality=world.town,
            mode=mode,
            minimum_level=level,
            starts_at=timezone.make_aware(
                datetime.datetime.combine(
                    today + datetime.timedelta(days=days), datetime.time(hour)
                )
            ),
        )
        for days in range(1, 8)
        for hour, mode, level in [(9, "on_site", "B2"), (11, "phone", "C2"), (15, "video", "C1")]
    ]
    pool = interpreter_matching.Pool()

    for request in requests:
        narrowed = interpreter_matching.suggestions(request, limit=None)
        everyone = pool.rank(request, limit=None)
        assert [m.candidate.interpreter.pk for m in narrowed] == [
            m.candidate.interpreter.pk for m in everyone
        ]
    # Everybody is proposed for something ("Woanders" by phone and video only).
    assert {m.candidate.interpreter.name for r in requests for m in pool.rank(r, limit=None)} == {
        "Samira H.",
        "Karim B.",
        "Vormittags",
        "Im Urlaub",
        "Woanders",
    }
