"""E-mails about cases. None of them carries a word of a conversation."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Case, Counsellor


def _case_link(case: Case, token: str) -> str:
    with translation.override(case.language if _is_ui_language(case.language) else "de"):
        return settings.SITE_URL + reverse("counselling:case", args=[token])


def _is_ui_language(code: str) -> bool:
    return code in dict(settings.LANGUAGES)


def _send(case: Case, address: str, subject: str, body: str) -> None:
    send_mail(subject, body, None, [address], fail_silently=True)


def send_case_opened(case: Case, address: str, token: str) -> None:
    """The personal link, once, to the address the client gave."""
    language = case.language if _is_ui_language(case.language) else "de"
    with translation.override(language):
        _send(
            case,
            address,
            _("Your counselling request"),
            _(
                "We have received your request. Your personal link to the conversation:\n\n"
                "%(link)s\n\nKeep this link to yourself: whoever has it can read the conversation."
            )
            % {"link": _case_link(case, token)},
        )


def send_new_answer(case: Case, address: str) -> None:
    """A nudge without content: the answer is only behind the personal link."""
    if not address:
        return
    language = case.language if _is_ui_language(case.language) else "de"
    with translation.override(language):
        _send(
            case,
            address,
            _("New answer from your counselling service"),
            _("There is a new answer for you. Please open your personal link to read it."),
        )


def _lead_addresses(organisation_id: int) -> list[str]:
    leads = Counsellor.objects.filter(
        organisation_id=organisation_id, is_lead=True, is_active=True
    ).select_related("user")
    return [lead.user.email for lead in leads if lead.user.email]


def tell_leads_overdue(organisation_id: int, case_ids: list[int]) -> None:
    """One e-mail per organisation listing the case numbers past their answer time."""
    addresses = _lead_addresses(organisation_id)
    if not addresses or not case_ids:
        return
    links = "\n".join(
        settings.SITE_URL + reverse("counselling:staff-case", args=[pk]) for pk in case_ids
    )
    send_mail(
        _("Counselling: answers overdue"),
        _("These cases are waiting longer than promised:") + "\n\n" + links,
        None,
        addresses,
        fail_silently=True,
    )


def tell_team_new_case(case: Case) -> None:
    """Team leads learn that a case arrived (no content, no client data)."""
    addresses = _lead_addresses(case.service.organisation_id)
    if addresses:
        path = reverse("counselling:staff-case", args=[case.pk])
        send_mail(
            f"{case.service}: " + _("new case"),
            settings.SITE_URL + path,
            None,
            addresses,
            fail_silently=True,
        )
