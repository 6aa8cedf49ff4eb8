"""Machine translation of a case's messages, both ways, only with the client's consent.

The client's messages go into German for the team, the team's answers into the client's
language. Nothing is sent to the translation service (the operator's choice in
`translations/machine.py`) unless the client ticked the consent on their page. The result is
stored encrypted like the message and always shown beside the original, marked as a machine
translation.
"""

import logging

from django.conf import settings
from django_tasks import task

from treffpunkt.translations import machine

from . import crypto
from .models import Case, Message

logger = logging.getLogger(__name__)


def available() -> bool:
    """Whether the operator configured a translation service at all."""
    return machine.configured() is not None


def team_language() -> str:
    return settings.LANGUAGE_CODE.split("-")[0]


def direction(case: Case, message: Message) -> tuple[str, str] | None:
    """(source, target) languages for a message; None for notes and German cases."""
    team = team_language()
    if case.language == team or message.author == Message.Author.NOTE:
        return None
    if message.author == Message.Author.CLIENT:
        return case.language, team
    return team, case.language


def translate_message(message: Message) -> bool:
    """Translate one message and store it encrypted; False when there is no consent, no
    service, nothing to translate, or the service failed (the original is always there)."""
    case = message.case
    pair = direction(case, message)
    if not case.machine_translation_consent or pair is None:
        return False
    translator = machine.configured()
    if translator is None:
        return False
    cipher = crypto.CaseCipher(case.wrapped_key)
    text = cipher.decrypt_text(message.body)
    if not text.strip():
        return False
    try:
        [translated] = translator.translate([text], *pair)
    except machine.MachineTranslationError as error:
        logger.warning("Counselling message %s not translated: %s", message.pk, error)
        return False
    message.translation = cipher.encrypt_text(translated)
    message.translation_language = pair[1]
    message.save(update_fields=["translation", "translation_language"])
    return True


@task()
def translate_later(message_id: int) -> bool:
    """The task behind a new message (consent is checked again: the client may have
    withdrawn it meanwhile)."""
    message = Message.objects.select_related("case").filter(pk=message_id).first()
    return message is not None and translate_message(message)


def set_consent(case: Case, consent: bool) -> None:
    """The client allows or stops machine translation. Stopping also removes the stored
    translations, so that the choice is undone completely."""
    case.machine_translation_consent = consent
    case.save(update_fields=["machine_translation_consent"])
    if not consent:
        case.messages.exclude(translation=b"").update(translation=b"", translation_language="")
