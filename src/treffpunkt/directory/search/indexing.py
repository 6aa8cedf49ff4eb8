"""Keeps the search tables in step with the offers.

`index_offers` (re)writes the entries of the given offers: visible ones are analysed and
written, others removed. Callers pass ids after the transaction that changed them commits
(see `sync`); imports and `rebuild` pass thousands at once.
"""

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.db import transaction
from django.db.models import Prefetch

from treffpunkt.network.models import Municipality

from ..models import Offer, OfferTranslation, SearchEntry, SearchFacetBit
from . import text
from .backends import backend

BATCH_SIZE = 500
MAX_BITS = 63  # bits 0..62 of a signed 64-bit column
FORMAT_CODES = {value: index for index, value in enumerate(Offer.Format.values)}
COST_CODES = {value: index for index, value in enumerate(Offer.Cost.values)}


@dataclass
class Document:
    """What the backend writes for one offer."""

    offer_id: int
    organisation_id: int
    title: list[str]
    summary: list[str]
    body: list[str]
    masks: dict[str, int]
    format: int
    cost: int
    registration_required: bool
    valid_from: datetime.date | None
    valid_until: datetime.date | None
    published_at: datetime.datetime | None
    places: list[tuple[int, float | None, float | None, bool]] = field(default_factory=list)


class FacetBits:
    """Which bit of a facet mask stands for which vocabulary value (assigned once)."""

    def __init__(self):
        self._bits: dict[str, dict[int, int]] = {}

    def reset(self) -> None:
        """Forget the assignments, as a new worker process starts."""
        self._bits = {}

    def load(self) -> None:
        self._bits = {}
        for dimension, value_id, bit in SearchFacetBit.objects.values_list(
            "dimension", "value_id", "bit"
        ):
            self._bits.setdefault(dimension, {})[value_id] = bit

    def bit(self, dimension: str, value_id: int) -> int:
        if value_id not in self._bits.get(dimension, {}):
            self._assign(dimension, value_id)
        return self._bits[dimension][value_id]

    def mask(self, dimension: str, value_ids: Iterable[int]) -> int:
        mask = 0
        for value_id in value_ids:
            mask |= 1 << self.bit(dimension, value_id)
        return mask

    def value_for_bits(self, dimension: str) -> dict[int, int]:
        return {bit: value for value, bit in self._bits.get(dimension, {}).items()}

    def _assign(self, dimension: str, value_id: int) -> None:
        # Another process may assign at the same moment: the unique constraints decide.
        with transaction.atomic():
            taken = set(
                SearchFacetBit.objects.filter(dimension=dimension).values_list("bit", flat=True)
            )
            free = next((b for b in range(MAX_BITS) if b not in taken), None)
            if free is None:
                raise RuntimeError(f"More than {MAX_BITS} values in search facet {dimension!r}")
            SearchFacetBit.objects.get_or_create(
                dimension=dimension, value_id=value_id, defaults={"bit": free}
            )
        self.load()


facet_bits = FacetBits()


def _offers_with_everything(ids: list[int]):
    return (
        Offer.objects.filter(pk__in=ids)
        .select_related("organisation")
        .prefetch_related(
            "fields_of_action",
            "target_groups",
            "languages",
            "accessibility",
            "locations__municipality",
            "service_area",
            Prefetch(
                "translations",
                queryset=OfferTranslation.objects.filter(state=OfferTranslation.State.APPROVED),
            ),
        )
    )


class _Analyser:
    """Collects the terms of one offer's texts and the vocabulary they contain."""

    def __init__(self, vocabulary: dict[str, str]):
        self.vocabulary = vocabulary

    def terms(self, texts: Iterable[tuple[str, str]]) -> list[str]:
        terms: list[str] = []
        for language, value in texts:
            if value:
                found, words = text.analyse(value, language)
                terms += found
                self.vocabulary.update(words)
        return terms


def _names(vocabulary_items) -> list[tuple[str, str]]:
    """A vocabulary item's German name and its translations, as (language, text)."""
    names = []
    for item in vocabulary_items:
        names.append(("de", item.name))
        names += list(item.name_translations.items())
    return names


def _places(offer: Offer, children: dict[int, list[int]]) -> list:
    places: dict[int, tuple[int, float | None, float | None, bool]] = {}
    for location in offer.locations.all():
        latitude, longitude = location.coordinates
        places[location.municipality_id] = (location.municipality_id, latitude, longitude, True)
    for area in offer.service_area.all():
        stack = [area.pk]
        while stack:  # a district stands for every town in it
            municipality_id = stack.pop()
            places.setdefault(municipality_id, (municipality_id, None, None, False))
            stack += children.get(municipality_id, [])
    return list(places.values())


def build_document(offer: Offer, vocabulary: dict[str, str], children) -> Document:
    """Analyse one offer (with everything prefetched) into a search document."""
    analyser = _Analyser(vocabulary)
    # Drafts (e.g. machine translations not yet checked) are neither shown nor searched.
    translations = [t for t in offer.translations.all() if t.is_approved]
    organisation = offer.organisation
    title = analyser.terms([("de", offer.title)] + [(t.language, t.title) for t in translations])
    summary = analyser.terms(
        [("de", offer.summary), ("de", organisation.name), ("de", organisation.short_name)]
        + [(t.language, t.summary) for t in translations]
        + _names(offer.fields_of_action.all())
        + _names(offer.target_groups.all())
    )
    body = analyser.terms(
        [("de", offer.description), ("de", offer.cost_note), ("de", offer.registration_note)]
        + [(t.language, t.description) for t in translations]
        + [
            ("de", f"{loc.name} {loc.street} {loc.postcode} {loc.city}")
            for loc in offer.locations.all()
        ]
        + [("de", loc.municipality.name) for loc in offer.locations.all()]
        + [("de", f"{lang.name} {lang.native_name}") for lang in offer.languages.all()]
        + _names(offer.accessibility.all())
    )
    return Document(
        offer_id=offer.pk,
        organisation_id=offer.organisation_id,
        title=title,
        summary=summary,
        body=body,
        masks={
            "fields": facet_bits.mask("field", (f.pk for f in offer.fields_of_action.all())),
            "targets": facet_bits.mask("target", (t.pk for t in offer.target_groups.all())),
            "languages": facet_bits.mask("language", (lang.pk for lang in offer.languages.all())),
            "accessibility": facet_bits.mask("access", (a.pk for a in offer.accessibility.all())),
        },
        format=FORMAT_CODES[offer.format],
        cost=COST_CODES[offer.cost],
        registration_required=offer.registration_required,
        valid_from=offer.valid_from,
        valid_until=offer.valid_until,
        published_at=offer.published_at,
        places=_places(offer, children),
    )


def _municipality_children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for pk, parent_id in Municipality.objects.values_list("pk", "parent_id"):
        if parent_id:
            children.setdefault(parent_id, []).append(pk)
    return children


def _batches(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    iterator = iter(ids)
    while batch := list(islice(iterator, size)):
        yield batch


def index_offers(offer_ids: Iterable[int], progress: Callable[[int], None] | None = None) -> None:
    """Write the entries of these offers: visible ones indexed, the others removed."""
    facet_bits.load()
    children = _municipality_children()
    for batch in _batches(sorted(set(offer_ids)), BATCH_SIZE):
        vocabulary: dict[str, str] = {}
        documents = [
            build_document(offer, vocabulary, children)
            for offer in _offers_with_everything(batch).filter(status=Offer.Status.PUBLISHED)
        ]
        with transaction.atomic():
            version = backend().next_version()
            backend().delete(batch, version)
            backend().write(documents, version)
            backend().add_words(vocabulary)
        if progress:
            progress(len(batch))


def remove_offers(offer_ids: Iterable[int]) -> None:
    """Take offers out of the search (deleted, archived, back to draft)."""
    ids = list(offer_ids)
    with transaction.atomic():
        backend().delete(ids, backend().next_version())


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Drop and rebuild the whole index from the offers; returns the number indexed."""
    with transaction.atomic():
        backend().clear()
    ids = list(Offer.objects.filter(status=Offer.Status.PUBLISHED).values_list("pk", flat=True))
    index_offers(ids, progress=progress)
    backend().optimize()
    return SearchEntry.objects.count()
