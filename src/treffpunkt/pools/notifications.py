"""E-mails of the interpreter pool: the offer to interpreters (accept or decline by link),
the confirmation to interpreter and institution, the cancellation to the interpreter, the
reminder the day before, and the feedback link for the institution afterwards.

The functions at the top are called after the commit (see interpreting.py); each only
enqueues a background task with ids. The task calls `send`, which reads the current state,
so a mail never tells what is no longer true (an offer already taken is not sent). Each
mail goes to one person, as plain text and HTML. Interpreters and institutions keep no
language preference, so mails are in the site's language.

What a mail contains is what its reader needs: interpreters learn the institution and the
place, never anything about the family; institutions learn the interpreter's name, and
reach the pool's coordinators by replying.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import formats, timezone, translation
from django_tasks import task

from treffpunkt.core.mail import sender_for, templated_message

from .models import InterpretingRequest, Mode, RequestInvitation

Status = InterpretingRequest.Status

TO_INTERPRETER = ("invitation", "assigned_interpreter", "cancelled", "reminder")
TO_INSTITUTION = ("assigned_institution", "feedback")
KINDS = TO_INTERPRETER + TO_INSTITUTION


# --- What the rest of the app calls (after the commit) ----------------------------------------


def _enqueue(kind: str, request_id: int, invitation_id: int | None = None) -> None:
    send_interpreting_email.enqueue(kind, request_id, invitation_id)


def invited(invitation_ids: list[int]) -> None:
    for invitation_id, request_id in RequestInvitation.objects.filter(
        pk__in=invitation_ids
    ).values_list("pk", "request_id"):
        _enqueue("invitation", request_id, invitation_id)


def assigned(request_id: int) -> None:
    """Confirm to both sides."""
    _enqueue("assigned_interpreter", request_id)
    _enqueue("assigned_institution", request_id)


def cancelled(request: InterpretingRequest) -> None:
    _enqueue("cancelled", request.pk)


def reminder(request_id: int) -> None:
    _enqueue("reminder", request_id)


def feedback_requested(request_id: int) -> None:
    _enqueue("feedback", request_id)


@task()
def send_interpreting_email(kind: str, request_id: int, invitation_id: int | None = None) -> bool:
    """One e-mail of the interpreter pool (see `send`)."""
    return send(kind, request_id, invitation_id)


# --- Building the mails (in the background task) ----------------------------------------------


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def when(request: InterpretingRequest) -> str:
    """ "Monday, 23 November 2026, 10:00–11:00" in the active language."""
    starts = timezone.localtime(request.starts_at)
    ends = starts + datetime.timedelta(minutes=request.duration_minutes)
    day = f"{formats.date_format(starts, 'l')}, {formats.date_format(starts, 'DATE_FORMAT')}"
    return (
        f"{day}, {formats.time_format(starts, 'TIME_FORMAT')}"
        f"–{formats.time_format(ends, 'TIME_FORMAT')}"
    )


def date(request: InterpretingRequest) -> str:
    return formats.date_format(timezone.localtime(request.starts_at), "DATE_FORMAT")


def _pool_organisation(request: InterpretingRequest, invitation: RequestInvitation | None):
    interpreter = invitation.interpreter if invitation else request.interpreter
    return interpreter.coordinator_organisation if interpreter else None


def _sender(organisation) -> str:
    return sender_for(organisation.name if organisation else None)


def institution_recipient(request: InterpretingRequest) -> tuple[str, str]:
    """(name, address) at the institution: who made the request, else its role address."""
    user = request.created_by
    if user is not None and user.is_active and user.email:
        return user.get_full_name(), user.email
    return "", request.institution.email


def _recipient(kind: str, request: InterpretingRequest, invitation) -> tuple[str, str]:
    if kind in TO_INSTITUTION:
        return institution_recipient(request)
    interpreter = invitation.interpreter if invitation else request.interpreter
    return interpreter.name, interpreter.email


def _still_true(kind: str, request: InterpretingRequest, invitation) -> bool:
    """Whether the mail still tells the truth when the task runs."""
    if kind == "invitation":
        return (
            invitation is not None
            and invitation.answer == RequestInvitation.Answer.PENDING
            and request.status in (Status.OPEN, Status.OFFERED)
            and request.starts_at > timezone.now()
        )
    if kind in ("assigned_interpreter", "assigned_institution", "reminder"):
        return request.status == Status.ASSIGNED and request.interpreter_id is not None
    if kind == "cancelled":
        return request.status == Status.CANCELLED and request.interpreter_id is not None
    if kind == "feedback":
        return request.status == Status.DONE and request.feedback_rating is None
    return False


def _links(kind: str, request: InterpretingRequest, invitation) -> dict:
    from .interpreting import feedback_token

    links = {}
    if invitation is not None:
        links["invitation_url"] = absolute(
            reverse("pools:interpreting-invitation", kwargs={"token": invitation.token})
        )
    if kind in TO_INTERPRETER and request.interpreter and request.interpreter.user_id:
        links["assignments_url"] = absolute(reverse("pools:my-assignments"))
    if kind == "feedback":
        links["feedback_url"] = absolute(
            reverse("pools:interpreting-feedback", kwargs={"token": feedback_token(request)})
        )
    if kind in TO_INSTITUTION:
        links["request_url"] = absolute(
            reverse("pools:interpreting-request", kwargs={"pk": request.pk})
        )
    return links


def _message(kind: str, request: InterpretingRequest, invitation) -> EmailMultiAlternatives:
    name, address = _recipient(kind, request, invitation)
    organisation = _pool_organisation(request, invitation)
    context = {
        "kind": kind,
        "req": request,
        "recipient_name": name,
        "when": when(request),
        "date": date(request),
        "on_site": request.mode == Mode.ON_SITE,
        "pool_name": organisation.name if organisation else settings.TREFFPUNKT_SITE_NAME,
        "site_name": settings.TREFFPUNKT_SITE_NAME,
        **_links(kind, request, invitation),
    }
    return templated_message(
        f"pools/email/{kind}",
        context,
        from_email=_sender(organisation),
        to=[address],
        reply_to=[organisation.email] if organisation and organisation.email else [],
    )


def send(kind: str, request_id: int, invitation_id: int | None = None) -> bool:
    """Build and send one mail of `kind`; False when there is nothing (left) to tell."""
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of e-mail: {kind}")
    request = (
        InterpretingRequest.objects.filter(pk=request_id)
        .select_related(
            "institution",
            "language",
            "municipality",
            "created_by",
            "interpreter__coordinator_organisation",
        )
        .first()
    )
    if request is None:
        return False
    invitation = None
    if invitation_id is not None:
        invitation = (
            RequestInvitation.objects.filter(pk=invitation_id, request=request)
            .select_related("interpreter__coordinator_organisation")
            .first()
        )
    if not _still_true(kind, request, invitation):
        return False
    with translation.override(settings.LANGUAGE_CODE):
        message = _message(kind, request, invitation)
    if not message.to or not message.to[0]:
        return False
    message.send()
    return True
