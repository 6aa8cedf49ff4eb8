"""The interpreter pool at work: a day-care centre or school asks for an interpreter, a
coordinator assigns one from the ranked suggestions or offers the request to several by
e-mail, and the first to accept gets it — never two interpreters for one request.

Every change of a request locks its row first (`select_for_update`; SQLite takes its write
lock when the transaction begins, see settings), and the assignment itself is a conditional
update that succeeds only while the request is still open, so concurrent accepts queue up
and all but the first end as "already taken". E-mails go out after the commit.
"""

import datetime
import enum

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from . import interpreter_matching, notifications
from .matching import Match
from .models import Interpreter, InterpretingRequest, RequestInvitation
from .rules import QUEUE_STATUSES, assignable_interpreters

Status = InterpretingRequest.Status
Answer = RequestInvitation.Answer

# Reminders go to assignments starting between this many hours from now (the day before).
REMINDER_WINDOW_HOURS = (20, 28)
# Feedback is asked for assignments that ended at most this long ago (older ones are only
# marked done, e.g. after the scheduler was off for a while).
FEEDBACK_WITHIN = datetime.timedelta(days=3)
FEEDBACK_SALT = "treffpunkt.pools.feedback"
FEEDBACK_VALID_FOR = datetime.timedelta(days=60)


class Outcome(enum.StrEnum):
    """What answering an invitation came to."""

    ACCEPTED = "accepted"  # the interpreter has the assignment
    DECLINED = "declined"
    TOO_LATE = "too_late"  # someone else was first (or the time has passed)
    CANCELLED = "cancelled"  # the institution no longer needs anyone


def _locked(request: InterpretingRequest) -> InterpretingRequest:
    return InterpretingRequest.objects.select_for_update().get(pk=request.pk)


def ends_at(request: InterpretingRequest) -> datetime.datetime:
    return request.starts_at + datetime.timedelta(minutes=request.duration_minutes)


# --- Institutions -----------------------------------------------------------------------------


def create_request(request: InterpretingRequest, user) -> InterpretingRequest:
    """Save a new request of an institution (validated by the form)."""
    request.created_by = user if getattr(user, "is_authenticated", False) else None
    request.status = Status.OPEN
    request.save()
    return request


def cancel(request: InterpretingRequest) -> bool:
    """The institution no longer needs an interpreter; the assigned one is told. False if the
    request was done or cancelled already."""
    with transaction.atomic():
        locked = _locked(request)
        if locked.status not in (*QUEUE_STATUSES, Status.ASSIGNED):
            return False
        had_interpreter = locked.status == Status.ASSIGNED
        locked.status = Status.CANCELLED
        locked.save(update_fields=["status"])
        if had_interpreter:
            transaction.on_commit(lambda: notifications.cancelled(locked))
    request.refresh_from_db()
    return True


def feedback_token(request: InterpretingRequest) -> str:
    """The key in the feedback link for the institution (no login needed)."""
    return signing.dumps(request.pk, salt=FEEDBACK_SALT)


def request_for_feedback(token: str) -> InterpretingRequest | None:
    """The request a feedback link is for, if the link is genuine and not too old."""
    try:
        pk = signing.loads(token, salt=FEEDBACK_SALT, max_age=FEEDBACK_VALID_FOR)
    except signing.BadSignature:
        return None
    return InterpretingRequest.objects.filter(pk=pk).select_related("institution").first()


def may_give_feedback(request: InterpretingRequest, now: datetime.datetime | None = None) -> bool:
    """After the assignment took place, once."""
    now = now or timezone.now()
    return (
        request.status in (Status.ASSIGNED, Status.DONE)
        and request.starts_at <= now
        and request.feedback_rating is None
    )


def give_feedback(request: InterpretingRequest, rating: int, note: str = "") -> bool:
    """Record how the assignment went (1–5 and a short note); False if not (or no longer)
    possible."""
    with transaction.atomic():
        locked = _locked(request)
        if not may_give_feedback(locked):
            return False
        locked.feedback_rating = rating
        locked.feedback_note = note.strip()
        if locked.status == Status.ASSIGNED:
            locked.status = Status.DONE
        locked.save(update_fields=["feedback_rating", "feedback_note", "status"])
    request.refresh_from_db()
    return True


# --- Coordinators -----------------------------------------------------------------------------


def suggestions(request: InterpretingRequest, user, limit: int = 20) -> list[Match]:
    """Ranked interpreters for a request, each with its reasons — only those the user may
    assign (a pool coordinator sees their own pool's)."""
    return interpreter_matching.suggestions(request, limit, assignable_interpreters(user))


def _take(request: InterpretingRequest, interpreter: Interpreter, now) -> bool:
    """Give the request to the interpreter if it is still open: one conditional update, so
    even without the row lock only one of several can succeed."""
    taken = InterpretingRequest.objects.filter(
        pk=request.pk, status__in=QUEUE_STATUSES, interpreter__isnull=True
    ).update(status=Status.ASSIGNED, interpreter=interpreter, assigned_at=now)
    return taken == 1


def _close_invitations(request: InterpretingRequest) -> None:
    """Invitations still waiting for an answer are no longer to be had."""
    request.invitations.filter(answer=Answer.PENDING).update(answer=Answer.TOO_LATE)


def assign(request: InterpretingRequest, interpreter: Interpreter) -> bool:
    """A coordinator gives the request to an interpreter; False if it is no longer open."""
    now = timezone.now()
    with transaction.atomic():
        locked = _locked(request)
        if locked.status not in QUEUE_STATUSES or not _take(locked, interpreter, now):
            return False
        _close_invitations(locked)
        transaction.on_commit(lambda: notifications.assigned(locked.pk))
    request.refresh_from_db()
    return True


def invite(request: InterpretingRequest, interpreters) -> list[RequestInvitation]:
    """Offer the request to interpreters by e-mail (each once); the first to accept gets it."""
    with transaction.atomic():
        locked = _locked(request)
        if locked.status not in QUEUE_STATUSES:
            return []
        invited = set(locked.invitations.values_list("interpreter_id", flat=True))
        created = [
            RequestInvitation.objects.create(request=locked, interpreter=interpreter)
            for interpreter in interpreters
            if interpreter.pk not in invited
        ]
        if created:
            locked.status = Status.OFFERED
            locked.save(update_fields=["status"])
            ids = [invitation.pk for invitation in created]
            transaction.on_commit(lambda: notifications.invited(ids))
    request.refresh_from_db()
    return created


# --- Interpreters -----------------------------------------------------------------------------


def accept(invitation: RequestInvitation, now: datetime.datetime | None = None) -> Outcome:
    """The interpreter accepts by link: they get the request if nobody was first."""
    now = now or timezone.now()
    with transaction.atomic():
        request = InterpretingRequest.objects.select_for_update().get(pk=invitation.request_id)
        invitation.refresh_from_db()
        if invitation.answer == Answer.ACCEPTED and request.interpreter_id == (
            invitation.interpreter_id
        ):
            return Outcome.ACCEPTED  # clicked twice
        if request.status == Status.CANCELLED:
            return Outcome.CANCELLED
        if request.starts_at <= now or not _take(request, invitation.interpreter, now):
            invitation.answer, invitation.answered_at = Answer.TOO_LATE, now
            invitation.save(update_fields=["answer", "answered_at"])
            return Outcome.TOO_LATE
        invitation.answer, invitation.answered_at = Answer.ACCEPTED, now
        invitation.save(update_fields=["answer", "answered_at"])
        _close_invitations(request)
        transaction.on_commit(lambda: notifications.assigned(request.pk))
    return Outcome.ACCEPTED


def decline(invitation: RequestInvitation, now: datetime.datetime | None = None) -> Outcome:
    """The interpreter cannot come. When nobody is left to answer, the request is open again
    for the coordinator."""
    now = now or timezone.now()
    with transaction.atomic():
        request = InterpretingRequest.objects.select_for_update().get(pk=invitation.request_id)
        invitation.refresh_from_db()
        if invitation.answer == Answer.ACCEPTED:
            return Outcome.ACCEPTED  # withdrawing goes through the coordinator
        if request.status == Status.CANCELLED:
            return Outcome.CANCELLED
        if invitation.answer == Answer.TOO_LATE:
            return Outcome.TOO_LATE
        invitation.answer, invitation.answered_at = Answer.DECLINED, now
        invitation.save(update_fields=["answer", "answered_at"])
        waiting = request.invitations.filter(answer=Answer.PENDING).exists()
        if request.status == Status.OFFERED and not waiting:
            request.status = Status.OPEN
            request.save(update_fields=["status"])
    return Outcome.DECLINED


def state_of(invitation: RequestInvitation) -> str:
    """How an invitation stands now, for its page: an Outcome value, or "pending"."""
    request = invitation.request
    if invitation.answer == Answer.ACCEPTED and request.interpreter_id == invitation.interpreter_id:
        return Outcome.CANCELLED if request.status == Status.CANCELLED else Outcome.ACCEPTED
    if request.status == Status.CANCELLED:
        return Outcome.CANCELLED
    if invitation.answer == Answer.DECLINED:
        return Outcome.DECLINED
    if invitation.answer == Answer.TOO_LATE or request.status not in QUEUE_STATUSES:
        return Outcome.TOO_LATE
    if request.starts_at <= timezone.now():
        return Outcome.TOO_LATE
    return "pending"


def assignments_of(interpreter: Interpreter):
    """The interpreter's assignments (assigned, done or cancelled after assigning)."""
    return interpreter.assignments.select_related("institution", "language", "municipality")


def open_invitations_of(interpreter: Interpreter):
    """Invitations the interpreter can still accept."""
    return (
        interpreter.invitations.filter(
            answer=Answer.PENDING,
            request__status__in=QUEUE_STATUSES,
            request__starts_at__gt=timezone.now(),
        )
        .select_related("request__language", "request__municipality", "request__institution")
        .order_by("request__starts_at")
    )


# --- Reminders and feedback (background) ------------------------------------------------------


def due_reminders(now: datetime.datetime | None = None):
    """Assignments starting in the window whose interpreter was not reminded yet."""
    now = now or timezone.now()
    first, last = REMINDER_WINDOW_HOURS
    return InterpretingRequest.objects.filter(
        status=Status.ASSIGNED,
        reminder_sent_at__isnull=True,
        starts_at__gte=now + datetime.timedelta(hours=first),
        starts_at__lte=now + datetime.timedelta(hours=last),
    ).order_by("starts_at", "pk")


def remind(now: datetime.datetime | None = None) -> int:
    """Enqueue the reminders that are due; each request is claimed with a conditional update
    first, so parallel or repeated runs remind once."""
    now = now or timezone.now()
    sent = 0
    for pk in due_reminders(now).values_list("pk", flat=True):
        claimed = InterpretingRequest.objects.filter(pk=pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        )
        if claimed:
            notifications.reminder(pk)
            sent += 1
    return sent


def finish_past(now: datetime.datetime | None = None) -> int:
    """Mark assignments that have ended as done and ask the institution for feedback (for
    those that ended recently). Claimed by a conditional update, so each is asked once."""
    now = now or timezone.now()
    asked = 0
    candidates = InterpretingRequest.objects.filter(
        status=Status.ASSIGNED, starts_at__lt=now
    ).values_list("pk", "starts_at", "duration_minutes")
    for pk, starts_at, minutes in candidates:
        ended = starts_at + datetime.timedelta(minutes=minutes)
        if ended > now:
            continue
        claimed = InterpretingRequest.objects.filter(pk=pk, status=Status.ASSIGNED).update(
            status=Status.DONE
        )
        if claimed and now - ended <= FEEDBACK_WITHIN:
            notifications.feedback_requested(pk)
            asked += 1
    return asked


@task()
def send_due_reminders() -> int:
    """The reminder the day before, to the interpreter (see core.scheduling)."""
    return remind()


@task()
def finish_past_assignments() -> int:
    """Assignments that ended are done; the institution gets the feedback link."""
    return finish_past()
