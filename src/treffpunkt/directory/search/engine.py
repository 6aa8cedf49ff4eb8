"""Answers a SearchQuery: a page of offers, the total, facet counts and, when nothing
matches, ways to find something after all.

The database finds the offers that match the words (FTS5 or tsvector) and ranks small
result sets; filters, counts and sorting by date or distance run on the facet index.
"""

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone, translation

from treffpunkt.network.models import Municipality, Postcode

from ..models import Location, Offer, OfferTranslation
from . import expansion, text
from .backends import backend
from .backends.base import Alternative
from .facet_index import bitset_of, count, facet_index, members
from .facets import CHOICE_FACETS, FACET_ORDER, MASK_FACETS, TOWN_LABEL
from .indexing import facet_bits
from .labels import facet_labels, places_below
from .query import FILTER_PARAMETERS, SearchQuery, Sort

PARAMETER_OF = {attribute: name for name, attribute in FILTER_PARAMETERS.items()}
MAX_TOWN_FACET_VALUES = 20
SCORE_LIMIT = 3000  # rank by the database's relevance up to this many matches
TITLE_BONUS = 5.0
ID_SPACE = 10_000_000  # offer ids stay below this in the sort key


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    attribute: str
    label: str
    values: list[FacetValue]

    @property
    def param(self) -> str:
        """The URL parameter of this facet (e.g. "thema")."""
        return PARAMETER_OF[self.attribute]

    @property
    def selected_count(self) -> int:
        return sum(1 for value in self.values if value.selected)


@dataclass
class Place:
    label: str
    latitude: float
    longitude: float


@dataclass
class Suggestions:
    spelling: str = ""  # a corrected query that finds something
    any_word_total: int = 0  # results when any word may match instead of all
    without_filters_total: int = 0
    without_filter: list[tuple[str, str, str, int]] = field(default_factory=list)


@dataclass
class SearchResult:
    query: SearchQuery
    offers: list[Offer]
    total: int
    facets: list[Facet]
    highlight: tuple[Alternative, ...] = ()
    near: Place | None = None
    near_unknown: bool = False
    corrections: tuple[str, ...] = ()
    suggestions: Suggestions | None = None
    distances: dict[int, float] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.query.page_size))


class _Search:
    """One query against one snapshot of the facet index."""

    def __init__(self, query: SearchQuery, snapshot=None, same_text_as: "_Search | None" = None):
        self.query = query
        self.snapshot = snapshot or facet_index.current()
        if same_text_as is not None:  # a variant with other filters: reuse the expansion
            self.words = same_text_as.words
        else:
            self.words = expansion.expand(query.text, query.language) if query.text else []
        self.expression = [word.alternatives for word in self.words]
        self.near, self.near_unknown = _resolve_place(query.near)
        self.base = self.snapshot.present & self.snapshot.valid_on(timezone.localdate())
        self.filters = self._filters()

    def with_filters_of(self, query: SearchQuery) -> "_Search":
        """The same words with the filters of another query."""
        return _Search(query, self.snapshot, same_text_as=self)

    # --- sets ------------------------------------------------------------------------
    def _filters(self) -> dict[str, np.ndarray]:
        """One bitset per active filter: the union of its selected values."""
        snapshot, filters = self.snapshot, {}
        empty = bitset_of(np.array([], dtype=np.int64), snapshot.words)
        index_key = (snapshot.generation, snapshot.version)
        for facet in MASK_FACETS:
            selected = getattr(self.query, facet.attribute)
            if selected:
                # The labels (cached per index version) know each value's id by its key.
                values = facet_labels(self.query.language, index_key)[facet.attribute]
                ids = {pk for pk, key, _label in values if key in selected}
                union = empty.copy()
                for bit, value_id in facet_bits.value_for_bits(facet.bit_dimension).items():
                    if value_id in ids and (facet.attribute, bit) in snapshot.values:
                        union |= snapshot.values[(facet.attribute, bit)]
                filters[facet.attribute] = union
        for facet in CHOICE_FACETS:
            selected = getattr(self.query, facet.attribute)
            if selected:
                union = empty.copy()
                for code in filter(lambda c: c is not None, map(facet.code, selected)):
                    if (facet.attribute, code) in snapshot.values:
                        union |= snapshot.values[(facet.attribute, code)]
                filters[facet.attribute] = union
        if self.query.towns:
            union = empty.copy()
            places = places_below(index_key)
            for town in set().union(*(places.get(slug, ()) for slug in self.query.towns)):
                if town in snapshot.towns:
                    union |= snapshot.towns[town]
            filters["towns"] = union
        return filters

    def _key(self, require_all: bool = True) -> tuple:
        snapshot = self.snapshot
        return (
            snapshot.generation,
            snapshot.version,
            snapshot.words,
            tuple(self.expression),
            require_all,
        )

    def text_bits(self, require_all: bool = True) -> np.ndarray | None:
        """The offers matching the words (all, or any when relaxed), as a bitset."""
        if not self.words:
            return None
        return _matching(self._key(require_all))

    def matches(self, without: str | None = None, require_all: bool = True) -> np.ndarray:
        """The offers matching words and filters (one filter left out, if named)."""
        bits = self.base
        if self.words:
            bits = bits & self.text_bits(require_all)
        for attribute, filter_bits in self.filters.items():
            if attribute != without:
                bits = bits & filter_bits
        return bits

    def count(self, require_all: bool = True) -> int:
        return count(self.matches(require_all=require_all))

    # --- facets ----------------------------------------------------------------------
    def facet_counts(self) -> tuple[int, dict[str, dict]]:
        """The total and every facet value's count; each facet is counted without its own
        filter, so that alternatives stay visible."""
        everything = self.matches()
        by_scope = {None: self.snapshot.counts(everything)}
        for attribute in self.filters:
            by_scope[attribute] = self.snapshot.counts(self.matches(without=attribute))
        counts: dict[str, dict] = {}
        for (attribute, value), number in by_scope[None].items():
            if attribute in by_scope:
                number = by_scope[attribute][(attribute, value)]
            counts.setdefault(attribute, {})[value] = number
        return count(everything), counts

    # --- ordering --------------------------------------------------------------------
    def page(self) -> list[int]:
        ids = members(self.matches())
        start = (self.query.page - 1) * self.query.page_size
        end = start + self.query.page_size
        if self.query.sort == Sort.DISTANCE and self.near:
            return self._by_distance(ids, end)[start:end]
        if self.query.sort == Sort.NEWEST or not self.words:
            return self._newest(ids, end)[start:end]
        return self._by_relevance(ids, end)[start:end]

    def _newest(self, ids: np.ndarray, needed: int) -> list[int]:
        # One key for "newest first, then highest id", so that ties cannot reorder pages.
        keys = -(self.snapshot.published[ids] * ID_SPACE + ids)
        if len(ids) > needed:
            top = np.argpartition(keys, needed - 1)[:needed]
            ids, keys = ids[top], keys[top]
        return [int(i) for i in ids[np.argsort(keys, kind="stable")]]

    def _by_relevance(self, ids: np.ndarray, needed: int) -> list[int]:
        key = self._key()
        if count(_matching(key)) <= SCORE_LIMIT:
            scores = _scores(key)
            in_title = _title_matching(key)
            published = self.snapshot.published
            bonus = {int(i) for i in members(bitset_of(ids, self.snapshot.words) & in_title)}

            def rank(offer_id: int):
                score = scores.get(offer_id, 0.0) + (TITLE_BONUS if offer_id in bonus else 0)
                return (-score, -published[offer_id], -offer_id)

            return sorted((int(i) for i in ids), key=rank)[:needed]
        # Many matches: the words are common and scores say little. Offers with a word in
        # their title come first, each group newest first.
        in_title = members(bitset_of(ids, self.snapshot.words) & _title_matching(key))
        first = self._newest(in_title, needed)
        if len(first) >= needed:
            return first
        rest = np.setdiff1d(ids, in_title, assume_unique=True)
        return first + self._newest(rest, needed - len(first))

    def _by_distance(self, ids: np.ndarray, needed: int) -> list[int]:
        snapshot = self.snapshot
        member = np.zeros(snapshot.words * 64, dtype=bool)
        member[ids] = True
        rows = member[snapshot.place_offer]
        offers = snapshot.place_offer[rows]
        cos_lat = math.cos(math.radians(self.near.latitude))
        d2 = (snapshot.place_lat[rows] - self.near.latitude) ** 2 + (
            (snapshot.place_lon[rows] - self.near.longitude) * cos_lat
        ) ** 2
        order = np.argsort(d2, kind="stable")
        _, first_seen = np.unique(offers[order], return_index=True)
        nearest = offers[order][np.sort(first_seen)]
        located = [int(i) for i in nearest[:needed]]
        if len(located) >= needed:
            return located
        without_place = np.setdiff1d(ids, nearest, assume_unique=True)
        return located + self._newest(without_place, needed - len(located))


# Text matches are cached per index version and per word: the same word in other queries,
# with other filters, on another page or in the suggestions reuses them. A key holds the
# index state and the word's alternatives.
@lru_cache(maxsize=1024)
def _word_matching(key: tuple) -> np.ndarray:
    _generation, _version, words, alternatives = key
    return bitset_of(backend().match_ids([alternatives]), words)


@lru_cache(maxsize=1024)
def _word_in_title(key: tuple) -> np.ndarray:
    _generation, _version, words, alternatives = key
    return bitset_of(backend().title_match_ids([alternatives]), words)


def _per_word(cached, key: tuple, combine) -> np.ndarray:
    generation, version, words, expression = key[:4]
    bitsets = [cached((generation, version, words, alternatives)) for alternatives in expression]
    result = bitsets[0]
    for bits in bitsets[1:]:
        result = combine(result, bits)
    return result


def _matching(key: tuple) -> np.ndarray:
    """Offers matching all words of the expression (or any, when relaxed)."""
    combine = np.bitwise_and if key[4] else np.bitwise_or
    return _per_word(_word_matching, key, combine)


def _title_matching(key: tuple) -> np.ndarray:
    """Offers with at least one of the words in their title."""
    return _per_word(_word_in_title, key, np.bitwise_or)


@lru_cache(maxsize=64)
def _scores(key: tuple) -> dict[int, float]:
    return backend().match_scores(list(key[3]), key[4])


def forget_matches() -> None:
    for cached in (_word_matching, _word_in_title, _scores):
        cached.cache_clear()


def _resolve_place(near: str) -> tuple[Place | None, bool]:
    """A town (by slug or name) or a postcode as a point to measure distances from."""
    if not near:
        return None, False
    if near.isdigit():
        postcode = Postcode.objects.filter(code=near).select_related("municipality").first()
        if postcode:
            label = f"{postcode.code} {postcode.municipality}"
            return Place(label, postcode.latitude, postcode.longitude), False
        return None, True
    municipality = (
        Municipality.objects.filter(slug=near).first()
        or Municipality.objects.filter(name__iexact=near).first()
    )
    if municipality:
        return Place(municipality.name, municipality.latitude, municipality.longitude), False
    return None, True


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def load_offers(ids: list[int], language: str) -> list[Offer]:
    """The offers of a result page in result order, with what the list shows."""
    related = [
        "languages",
        Prefetch("locations", queryset=Location.objects.select_related("municipality")),
    ]
    if language != settings.LANGUAGE_CODE:  # German is the offers' own text
        approved = OfferTranslation.objects.filter(
            language=language, state=OfferTranslation.State.APPROVED
        )
        related.append(Prefetch("translations", queryset=approved))
    offers = (
        Offer.objects.filter(pk__in=ids).select_related("organisation").prefetch_related(*related)
    )
    by_id = {offer.pk: offer for offer in offers}
    return [by_id[pk] for pk in ids if pk in by_id]


def _facets(counts: dict[str, dict], query: SearchQuery, key) -> list[Facet]:
    labels = facet_labels(query.language, key)
    facets: dict[str, Facet] = {}
    for facet in MASK_FACETS:
        selected = set(getattr(query, facet.attribute))
        by_bit = facet_bits.value_for_bits(facet.bit_dimension)
        numbers = {by_bit.get(bit): n for bit, n in counts.get(facet.attribute, {}).items()}
        values = [
            FacetValue(key, label, numbers.get(pk, 0), key in selected)
            for pk, key, label in labels[facet.attribute]
            if numbers.get(pk, 0) or key in selected
        ]
        facets[facet.attribute] = Facet(facet.attribute, str(facet.label), values)
    for facet in CHOICE_FACETS:
        selected = set(getattr(query, facet.attribute))
        numbers = counts.get(facet.attribute, {})
        values = [
            FacetValue(value, str(label), numbers.get(code, 0), value in selected)
            for code, (value, label) in enumerate(facet.choices.choices)
            if numbers.get(code, 0) or value in selected
        ]
        facets[facet.attribute] = Facet(facet.attribute, str(facet.label), values)
    town_counts = counts.get("towns", {})
    selected_towns = set(query.towns)
    town_values = sorted(
        (
            FacetValue(slug, name, town_counts.get(pk, 0), slug in selected_towns)
            for pk, slug, name in labels["towns"]
            if town_counts.get(pk, 0) or slug in selected_towns
        ),
        key=lambda v: (not v.selected, -v.count, v.label),
    )
    facets["towns"] = Facet("towns", str(TOWN_LABEL), town_values[:MAX_TOWN_FACET_VALUES])
    return [facets[name] for name in FACET_ORDER]


def _suggestions(search: _Search, labels: dict[tuple[str, str], str]) -> Suggestions:
    query = search.query
    suggestions = Suggestions()
    if search.words:
        spelling = _spelling(search)
        if spelling and _Search(query.with_text(spelling), search.snapshot).count():
            suggestions.spelling = spelling
        if len(search.words) > 1:
            suggestions.any_word_total = search.count(require_all=False)
    if query.has_filters:
        for attribute, values in query.filters().items():
            for value in values:
                number = search.with_filters_of(query.without(attribute, value)).count()
                if number:
                    label = labels.get((attribute, value), value)
                    suggestions.without_filter.append((attribute, value, label, number))
        if query.text:
            plain = SearchQuery(text=query.text, language=query.language)
            suggestions.without_filters_total = search.with_filters_of(plain).count()
    return suggestions


def _spelling(search: _Search) -> str:
    """The query with unknown words replaced by the nearest known ones ('' if none)."""
    corrected = []
    for word in search.words:
        best = word.typed
        if not word.known and not word.corrections:
            candidates = [
                (text.osa_distance(word.folded, candidate, limit=2), candidate)
                for candidate, _term in backend().words_near(word.folded, 2)
            ]
            candidates = [c for c in candidates if c[0] <= 2]
            if candidates:
                best = min(candidates)[1]
        corrected.append(best)
    spelling = " ".join(corrected)
    return spelling if spelling != " ".join(w.typed for w in search.words) else ""


def search(query: SearchQuery) -> SearchResult:
    """Run a search as the search page and the API do."""
    run = _Search(query)
    total, counts = run.facet_counts()
    offers = load_offers(run.page(), query.language)
    distances: dict[int, float] = {}
    if run.near:
        point = (run.near.latitude, run.near.longitude)
        for offer in offers:
            spots = [loc.coordinates for loc in offer.locations.all()]
            if spots:
                distances[offer.pk] = min(distance_km(point, spot) for spot in spots)
    with translation.override(query.language):
        facets = _facets(counts, query, (run.snapshot.generation, run.snapshot.version))
    labels = {(f.attribute, v.value): v.label for f in facets for v in f.values}
    return SearchResult(
        query=query,
        offers=offers,
        total=total,
        facets=facets,
        highlight=tuple(a for w in run.words for a in w.alternatives),
        near=run.near,
        near_unknown=run.near_unknown,
        corrections=tuple(c for w in run.words for c in w.corrections),
        suggestions=_suggestions(run, labels) if total == 0 else None,
        distances=distances,
    )


def matching_ids(query: SearchQuery) -> list[int]:
    """Ids of the offers a query finds, best first, up to the query's page size."""
    return _Search(query).page()
