"""Where translations live: `ContentTranslation` for most content, `OfferTranslation` for
offers (which the directory's search indexes). Both answer the same questions."""

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from .models import ContentTranslation
from .status import Status, TranslationRecord, status_of

if TYPE_CHECKING:
    from .registry import Translatable

Records = dict[tuple[int, str], TranslationRecord]  # (object id, language) -> record


class Store(Protocol):
    def records(
        self, translatable: "Translatable", objects: Sequence, language: str | None = None
    ) -> Records: ...

    def counts(
        self, translatable: "Translatable", queryset, languages: Iterable[str]
    ) -> dict[str, Counter]: ...

    def with_status(
        self, translatable: "Translatable", queryset, language: str, status: str | None
    ) -> Sequence: ...

    def save(
        self, translatable: "Translatable", obj, language: str, values: dict[str, str], *,
        user, approve: bool, machine: bool = False,
    ) -> None: ...  # fmt: skip


def outdated_fields(fields: Iterable[str], then: dict, now: dict) -> frozenset[str]:
    """The fields whose German text differs from the text that was translated."""
    return frozenset(name for name in fields if (then.get(name) or "") != (now.get(name) or ""))


def _name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


class GenericStore:
    """Translations in `ContentTranslation`; outdated is derived by comparing the German
    text then and now, so no signal has to keep it current."""

    def _rows(self, translatable: "Translatable"):
        content_type = ContentType.objects.get_for_model(translatable.model)
        return ContentTranslation.objects.filter(content_type=content_type)

    def _record(self, translatable, row: ContentTranslation, source_now: dict) -> TranslationRecord:
        return TranslationRecord(
            language=row.language,
            values={name: row.values.get(name, "") for name in translatable.fields},
            is_approved=row.is_approved,
            outdated_fields=outdated_fields(translatable.fields, row.source_values, source_now),
            machine_translated=row.machine_translated,
            source_values=row.source_values,
            updated_at=row.updated_at,
            translated_by=_name(row.translated_by),
        )

    def records(self, translatable, objects, language=None) -> Records:
        by_pk = {obj.pk: obj for obj in objects}
        rows = self._rows(translatable).filter(object_id__in=by_pk).select_related("translated_by")
        if language:
            rows = rows.filter(language=language)
        return {
            (row.object_id, row.language): self._record(
                translatable, row, translatable.source_values(by_pk[row.object_id])
            )
            for row in rows
        }

    def _statuses(self, translatable, objects: dict, languages) -> dict[tuple[int, str], Status]:
        rows = self._rows(translatable).filter(language__in=languages)
        found = {}
        for object_id, language, values, source_values, state in rows.values_list(
            "object_id", "language", "values", "source_values", "state"
        ):
            if object_id in objects:
                record = TranslationRecord(
                    language,
                    values,
                    state == ContentTranslation.State.APPROVED,
                    outdated_fields(translatable.fields, source_values, objects[object_id]),
                )
                found[object_id, language] = status_of(record)
        return found

    def _sources(self, translatable, queryset) -> dict[int, dict[str, str]]:
        return {
            obj.pk: translatable.source_values(obj)
            for obj in queryset.only("pk", *translatable.fields)
        }

    def counts(self, translatable, queryset, languages) -> dict[str, Counter]:
        languages = list(languages)
        objects = self._sources(translatable, queryset)
        statuses = self._statuses(translatable, objects, languages)
        result = {language: Counter() for language in languages}
        for (_, language), status in statuses.items():
            result[language][status] += 1
        for language in languages:
            result[language][Status.MISSING] += len(objects) - sum(result[language].values())
        return result

    def with_status(self, translatable, queryset, language, status) -> Sequence:
        if not status:
            return queryset
        objects = self._sources(translatable, queryset)
        statuses = self._statuses(translatable, objects, [language])
        wanted = [pk for pk in objects if statuses.get((pk, language), Status.MISSING) == status]
        return queryset.filter(pk__in=wanted)

    def save(self, translatable, obj, language, values, *, user, approve, machine=False) -> None:
        content_type = ContentType.objects.get_for_model(translatable.model)
        row, _ = ContentTranslation.objects.get_or_create(
            content_type=content_type, object_id=obj.pk, language=language
        )
        row.values = {name: values.get(name, "") for name in translatable.fields}
        row.source_values = translatable.source_values(obj)
        row.translated_by = user
        row.machine_translated = row.machine_translated or machine
        if approve:
            row.state = ContentTranslation.State.APPROVED
            row.approved_by, row.approved_at = user, timezone.now()
        else:
            row.state = ContentTranslation.State.DRAFT
        row.save()


class OfferStore:
    """Offers' own translations: the offer counts versions of its German text and marks
    translations of older versions outdated when it is saved (a stored, filterable flag)."""

    def _model(self):
        from treffpunkt.directory.models import OfferTranslation

        return OfferTranslation

    def _record(self, translatable, row) -> TranslationRecord:
        return TranslationRecord(
            language=row.language,
            values={name: getattr(row, name) for name in translatable.fields},
            is_approved=row.is_approved,
            outdated_fields=frozenset(translatable.fields) if row.is_outdated else frozenset(),
            updated_at=row.updated_at,
        )

    def records(self, translatable, objects, language=None) -> Records:
        rows = self._model().objects.filter(offer__in=[obj.pk for obj in objects])
        if language:
            rows = rows.filter(language=language)
        return {(row.offer_id, row.language): self._record(translatable, row) for row in rows}

    def counts(self, translatable, queryset, languages) -> dict[str, Counter]:
        languages = list(languages)
        total = queryset.count()
        result = {language: Counter() for language in languages}
        rows = (
            self._model()
            .objects.filter(offer__in=queryset.values("pk"), language__in=languages)
            .values_list("language", "state", "is_outdated")
            .annotate(n=models.Count("pk"))
        )
        for language, state, is_outdated, n in rows:
            record = TranslationRecord(
                language,
                {"text": "present"},  # offers' translations always have a title
                state == self._model().State.APPROVED,
                frozenset({"text"}) if is_outdated else frozenset(),
            )
            result[language][status_of(record)] += n
        for language in languages:
            result[language][Status.MISSING] += total - sum(result[language].values())
        return result

    def with_status(self, translatable, queryset, language, status) -> Sequence:
        """The same decision as `status_of`, in SQL: offers are many."""
        if not status:
            return queryset
        OfferTranslation = self._model()
        rows = OfferTranslation.objects.filter(offer=models.OuterRef("pk"), language=language)
        if status == Status.MISSING:
            return queryset.filter(~models.Exists(rows))
        if status == Status.OUTDATED:
            return queryset.filter(models.Exists(rows.filter(is_outdated=True)))
        state = (
            OfferTranslation.State.APPROVED
            if status == Status.DONE
            else OfferTranslation.State.DRAFT
        )
        return queryset.filter(models.Exists(rows.filter(is_outdated=False, state=state)))

    def save(self, translatable, obj, language, values, *, user, approve, machine=False) -> None:
        OfferTranslation = self._model()
        state = OfferTranslation.State.APPROVED if approve else OfferTranslation.State.DRAFT
        OfferTranslation.objects.update_or_create(
            offer=obj,
            language=language,
            defaults={
                **{name: values.get(name, "") for name in translatable.fields},
                "state": state,
                "source_version": obj.text_version,
                "is_outdated": False,
            },
        )
