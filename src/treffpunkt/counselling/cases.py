"""What happens to a case: opened by a newcomer, answered, read, closed, deleted.

Every text passes through the case's cipher here and nowhere else, so views and templates
only ever see plaintext in memory.
"""

import datetime
import hashlib
import json
import secrets
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import crypto, machine_translation, notifications, statistics
from .models import Attachment, Case, CaseRead, CaseTally, CounsellingService, Message


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def case_for_token(token: str) -> Case | None:
    """The case a secret link opens, or None."""
    if not token or len(token) > 100:
        return None
    return (
        Case.objects.select_related("service__offer").filter(token_hash=hash_token(token)).first()
    )


@dataclass
class FirstContact:
    """What a newcomer sends to open a case."""

    service: CounsellingService
    language: str
    text: str = ""
    topic: object = None
    municipality: object = None
    request: str = Case.Request.MESSAGE
    mode: str = ""
    needs_interpreter: bool = False
    interpreter_language: str = ""
    phone: str = ""
    email: str = ""
    attachment: tuple[str, bytes] | None = None
    channel: str = ""


@dataclass
class Entry:
    """A decrypted message as pages show it."""

    message: Message
    text: str
    attachments: list[Attachment] = field(default_factory=list)
    translation: str = ""  # by machine, shown beside the original


def _contact_blob(cipher: crypto.CaseCipher, phone: str, email: str) -> bytes:
    if not phone and not email:
        return b""
    return cipher.encrypt_text(json.dumps({"phone": phone, "email": email}))


def contact_of(case: Case) -> dict:
    """The client's phone number and e-mail address (decrypted)."""
    if not case.contact:
        return {"phone": "", "email": ""}
    return json.loads(crypto.CaseCipher(case.wrapped_key).decrypt_text(case.contact))


def _due(service: CounsellingService, now: datetime.datetime) -> datetime.datetime:
    return now + datetime.timedelta(hours=service.response_hours)


@transaction.atomic
def open_case(
    contact: FirstContact, token: str | None = None, notify: bool = True
) -> tuple[Case, str]:
    """Create the case with its first message; returns the case and the secret token (shown
    once, stored only as a hash). Only the demo passes a token of its own and no e-mails."""
    token = token or secrets.token_urlsafe(32)
    wrapped_key = crypto.new_wrapped_key()
    cipher = crypto.CaseCipher(wrapped_key)
    now = timezone.now()
    case = Case.objects.create(
        service=contact.service,
        token_hash=hash_token(token),
        wrapped_key=wrapped_key,
        topic=contact.topic,
        municipality=contact.municipality,
        language=contact.language,
        request=contact.request,
        mode=contact.mode if contact.request == Case.Request.APPOINTMENT else "",
        needs_interpreter=contact.needs_interpreter,
        interpreter_language=contact.interpreter_language if contact.needs_interpreter else "",
        contact=_contact_blob(cipher, contact.phone, contact.email),
        wants_notifications=bool(contact.email),
        created_at=now,
        answer_due_at=_due(contact.service, now),
    )
    _add_message(case, cipher, Message.Author.CLIENT, contact.text, contact.attachment)
    if contact.channel:
        statistics.count_case(contact.channel)
    # E-mails after the commit: a slow mail server must not hold the database's write lock.
    if notify and contact.email:
        transaction.on_commit(lambda: notifications.send_case_opened(case, contact.email, token))
    if notify:
        transaction.on_commit(lambda: notifications.tell_team_new_case(case))
    return case, token


def _add_message(case, cipher, author, text, attachment=None, staff=None) -> Message:
    message = Message.objects.create(
        case=case, author=author, staff=staff, body=cipher.encrypt_text(text)
    )
    if attachment:
        content_type, data = attachment
        Attachment.objects.create(
            message=message, content_type=content_type, size=len(data), data=cipher.encrypt(data)
        )
    return message


@transaction.atomic
def client_writes(case: Case, text: str, attachment=None) -> Message:
    """The client adds to the conversation; the team owes an answer again."""
    cipher = crypto.CaseCipher(case.wrapped_key)
    message = _add_message(case, cipher, Message.Author.CLIENT, text, attachment)
    now = timezone.now()
    if case.answer_due_at is None:
        case.answer_due_at = _due(case.service, now)
    if case.status in (Case.Status.WAITING, Case.Status.CLOSED):
        case.status = Case.Status.OPEN
        case.closed_at = None
    case.save(update_fields=["answer_due_at", "status", "closed_at"])
    _translate_later(case, message)
    return message


def _translate_later(case: Case, message: Message) -> None:
    # A task after the commit: a slow translation service holds neither the database's write
    # lock nor the person's request.
    if case.machine_translation_consent:
        transaction.on_commit(lambda: machine_translation.translate_later.enqueue(message.pk))


@transaction.atomic
def counsellor_answers(case: Case, user, text: str) -> Message:
    """A counsellor's answer: it meets the response promise and waits for the client."""
    cipher = crypto.CaseCipher(case.wrapped_key)
    message = _add_message(case, cipher, Message.Author.COUNSELLOR, text, staff=user)
    now = timezone.now()
    case.first_response_at = case.first_response_at or now
    case.answer_due_at = None
    case.overdue_reported_at = None
    case.status = Case.Status.WAITING
    case.assigned_to = case.assigned_to or user
    case.save(
        update_fields=[
            "first_response_at",
            "answer_due_at",
            "overdue_reported_at",
            "status",
            "assigned_to",
        ]
    )
    _translate_later(case, message)
    if case.wants_notifications:
        address = contact_of(case)["email"]
        transaction.on_commit(lambda: notifications.send_new_answer(case, address))
    return message


def add_note(case: Case, user, text: str) -> Message:
    """An internal note: the client never sees it."""
    cipher = crypto.CaseCipher(case.wrapped_key)
    return _add_message(case, cipher, Message.Author.NOTE, text, staff=user)


def set_status(case: Case, status: str) -> None:
    case.status = status
    case.closed_at = timezone.now() if status == Case.Status.CLOSED else None
    if status == Case.Status.CLOSED:
        case.answer_due_at = None
    case.save(update_fields=["status", "closed_at", "answer_due_at"])


def refer(case: Case, offer) -> None:
    """Record that the client was sent on to an offer of the directory (shown to them)."""
    case.referrals.add(offer)


def assign(case: Case, user) -> None:
    case.assigned_to = user
    if case.status == Case.Status.NEW:
        case.status = Case.Status.OPEN
    case.save(update_fields=["assigned_to", "status"])


def conversation(case: Case, include_notes: bool, shared_only: bool = False) -> list[Entry]:
    """The decrypted messages, oldest first; internal notes only for staff; for an
    interpreter only what a counsellor shared with them."""
    cipher = crypto.CaseCipher(case.wrapped_key)
    messages = case.messages.select_related("staff").prefetch_related("attachments")
    if shared_only:
        messages = messages.filter(shared_with_interpreter=True)
    elif not include_notes:
        messages = messages.exclude(author=Message.Author.NOTE)
    return [
        Entry(
            message,
            cipher.decrypt_text(message.body),
            list(message.attachments.all()),
            cipher.decrypt_text(message.translation),
        )
        for message in messages
    ]


def share_with_interpreter(case: Case, message_pk: int, shared: bool) -> bool:
    """Show a message to the case's booked interpreter, or stop showing it."""
    return bool(case.messages.filter(pk=message_pk).update(shared_with_interpreter=shared))


def attachment_bytes(attachment: Attachment) -> bytes:
    return crypto.CaseCipher(attachment.message.case.wrapped_key).decrypt(attachment.data)


def log_read(case: Case, user, as_interpreter: bool = False) -> None:
    """Record that a member of staff or an interpreter opened the case (the client sees the
    list)."""
    name = user.get_full_name() or user.get_username()
    if as_interpreter:
        # The role is shown in the reader's language (the template labels the action).
        CaseRead.objects.create(
            case=case, user=user, reader=name, action=CaseRead.Action.INTERPRETER
        )
    else:
        CaseRead.objects.create(
            case=case, user=user, reader=f"{name} ({case.service.organisation})"
        )


@transaction.atomic
def delete_case(case: Case, reason: str) -> None:
    """Delete a case with everything in it, keeping one count. Interpreters still being
    looked for are no longer needed."""
    from treffpunkt.pools import interpreting

    for link in case.interpreting.select_related("request"):
        interpreting.cancel(link.request)
    month = timezone.localdate().replace(day=1)
    tally, _ = CaseTally.objects.get_or_create(
        month=month,
        service=case.service,
        topic=case.topic.slug if case.topic else "",
        language=case.language,
        reason=reason,
    )
    CaseTally.objects.filter(pk=tally.pk).update(count=F("count") + 1)
    case.delete()
