"""The translation dashboard: per content type and language, what is missing, in draft,
outdated or done; and the objects behind each number."""

from dataclasses import dataclass

from treffpunkt.network import roles

from . import registry
from .editing import target_languages
from .registry import Translatable
from .status import Status


def visible_objects(translatable: Translatable, user):
    """The objects of a kind the user may translate: all public ones for coordinators, their
    organisations' for editors where editors may translate, else none."""
    objects = translatable.public()
    if roles.is_coordinator(user):
        return objects
    if translatable.editors_may_translate and translatable.owner_field:
        own = roles.organisation_ids(user, roles.Role.EDITOR)
        return objects.filter(**{f"{translatable.owner_field}__in": own})
    return objects.none()


def visible_translatables(user) -> list[Translatable]:
    if roles.is_coordinator(user):
        return registry.all_translatables()
    return [t for t in registry.all_translatables() if t.editors_may_translate]


@dataclass(frozen=True)
class LanguageCounts:
    code: str
    name: str
    missing: int
    draft: int
    outdated: int
    done: int

    @property
    def total(self) -> int:
        return self.missing + self.draft + self.outdated + self.done


@dataclass(frozen=True)
class KindOverview:
    translatable: Translatable
    languages: list[LanguageCounts]


def overview(user) -> list[KindOverview]:
    """Counts per content type and target language, for the objects the user may translate."""
    languages = target_languages()
    result = []
    for translatable in visible_translatables(user):
        counts = translatable.store.counts(
            translatable, visible_objects(translatable, user), [code for code, _ in languages]
        )
        result.append(
            KindOverview(
                translatable,
                [
                    LanguageCounts(
                        code,
                        name,
                        missing=counts[code][Status.MISSING],
                        draft=counts[code][Status.DRAFT],
                        outdated=counts[code][Status.OUTDATED],
                        done=counts[code][Status.DONE],
                    )
                    for code, name in languages
                ],
            )
        )
    return result


@dataclass(frozen=True)
class Row:
    obj: object
    status: Status
    machine_translated: bool


def rows(translatable: Translatable, objects, language: str) -> list[Row]:
    """One page of objects with their translation's status in `language`."""
    objects = list(objects)
    records = translatable.store.records(translatable, objects, language)
    return [
        Row(
            obj,
            records[obj.pk, language].status if (obj.pk, language) in records else Status.MISSING,
            (obj.pk, language) in records and records[obj.pk, language].machine_translated,
        )
        for obj in objects
    ]
