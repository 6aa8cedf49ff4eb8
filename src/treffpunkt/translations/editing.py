"""Saving translations from the side-by-side editor and machine-translated drafts."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from . import machine
from .registry import Translatable
from .status import TranslationRecord


def target_languages() -> list[tuple[str, str]]:
    """The configured languages other than German, as (code, name in the active language)."""
    return [
        (code, get_language_info(code)["name_translated"])
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def is_target_language(language: str) -> bool:
    return language in {code for code, _name in target_languages()}


def record_of(translatable: Translatable, obj, language: str) -> TranslationRecord | None:
    """The stored translation of `obj` into `language`, drafts included."""
    return translatable.store.records(translatable, [obj], language).get((obj.pk, language))


@dataclass(frozen=True)
class EditorField:
    """One row of the side-by-side editor."""

    name: str
    label: str
    source: str
    translation: str
    changed: bool  # the German text changed since it was translated
    source_then: str  # the German text that was translated, where known


def editor_fields(translatable: Translatable, obj, record: TranslationRecord | None):
    """Source and translation of every field, with what changed since."""
    values = record.values if record else {}
    outdated = record.outdated_fields if record else frozenset()
    then = record.source_values if record else {}
    return [
        EditorField(
            name=name,
            label=translatable.field_label(name),
            source=source,
            translation=values.get(name, ""),
            changed=name in outdated,
            source_then=then.get(name, "") if name in outdated else "",
        )
        for name, source in translatable.source_values(obj).items()
    ]


@transaction.atomic
def save(
    translatable: Translatable, obj, language: str, values: dict[str, str], *, user, approve: bool
) -> None:
    """Save a person's translation: as a draft, or approved (then visitors see it)."""
    translatable.store.save(translatable, obj, language, values, user=user, approve=approve)


def _needs_machine(name: str, source: str, record: TranslationRecord | None) -> bool:
    """A field is worth a suggestion if it has German text and no current translation."""
    if not source.strip():
        return False
    if record is None:
        return True
    return not record.values.get(name, "").strip() or name in record.outdated_fields


def machine_draft(
    translatable: Translatable, obj, language: str, *, user, translator=None
) -> list[str]:
    """Fill the empty and outdated fields by machine translation and save a draft.

    Returns the names of the fields filled (none: nothing needed it). Raises
    `machine.MachineTranslationError` when the service fails; nothing is saved then.
    """
    translator = translator or machine.configured()
    if translator is None:
        raise machine.MachineTranslationError(_("Machine translation is not configured."))
    record = record_of(translatable, obj, language)
    sources = translatable.source_values(obj)
    wanted = [name for name, text in sources.items() if _needs_machine(name, text, record)]
    if not wanted:
        return []
    texts = translator.translate([sources[name] for name in wanted], "de", language)
    values = dict(record.values) if record else {}
    values.update(zip(wanted, texts, strict=True))
    with transaction.atomic():
        translatable.store.save(
            translatable, obj, language, values, user=user, approve=False, machine=True
        )
    return wanted
