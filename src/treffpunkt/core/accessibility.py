"""The accessibility statement that BITV 2.0 (§ 7) requires, and the feedback on barriers
that visitors send through it to the operator."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@dataclass(frozen=True)
class Feedback:
    """What a visitor reports: the barrier, where it is, and how to answer (optional)."""

    message: str
    page: str = ""
    name: str = ""
    email: str = ""
    language: str = ""


@dataclass(frozen=True)
class StatementFacts:
    """The parts of the statement that differ between installations."""

    operator: str
    contact_email: str
    reviewed_on: datetime.date
    enforcement_body: str
    enforcement_url: str


def statement_facts() -> StatementFacts:
    """The installation's facts, as the operator set them (see settings)."""
    return StatementFacts(
        operator=settings.TREFFPUNKT_OPERATOR,
        contact_email=settings.TREFFPUNKT_OPERATOR_EMAIL,
        reviewed_on=datetime.date.fromisoformat(settings.TREFFPUNKT_ACCESSIBILITY_REVIEWED_ON),
        enforcement_body=settings.TREFFPUNKT_ENFORCEMENT_BODY,
        enforcement_url=settings.TREFFPUNKT_ENFORCEMENT_URL,
    )


def send_feedback(feedback: Feedback) -> None:
    """Pass the feedback on to the operator by e-mail, in the background."""
    send_feedback_email.enqueue(
        feedback.message, feedback.page, feedback.name, feedback.email, feedback.language
    )


@task()
def send_feedback_email(message: str, page: str, name: str, email: str, language: str) -> int:
    """One e-mail to the operator, in the site's default language; answering it goes to the
    visitor when they gave an address."""
    feedback = Feedback(message=message, page=page, name=name, email=email, language=language)
    with translation.override(settings.LANGUAGE_CODE):
        context = {"feedback": feedback, "site_name": settings.TREFFPUNKT_SITE_NAME}
        subject = render_to_string("core/email/accessibility_feedback_subject.txt", context)
        body = render_to_string("core/email/accessibility_feedback.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[settings.TREFFPUNKT_OPERATOR_EMAIL],
        reply_to=[email] if email else None,
    ).send()
