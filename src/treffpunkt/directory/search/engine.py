"""Answers a SearchQuery: a page of offers, the total, facet counts and, when nothing
matches, ways to find something after all.

The database finds the offers that match the words (FTS5 or tsvector) and ranks small
result sets; filters, counts and sorting by date or distance run on the facet index.
"""

import functools
import math
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone, translation

from treffpunkt.network.models import Municipality, Postcode

from ..models import Location, Offer, OfferTranslation
from . import expansion, text
from .backends import backend
from .backends.base import Alternative
from .bitsets import bitset_of, count, members
from .facet_index import facet_index
from .facets import CHOICE_FACETS, FACET_ORDER, MASK_FACETS, TOWN_LABEL
from .indexing import facet_bits
from .labels import facet_labels, places_below
from .memo import Memo
from .postings import TEXT, TITLE, narrowest
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
            index_state = (self.snapshot.generation, self.snapshot.version)
            self.words = (
                expansion.expand_cached(query.text, query.language, index_state)
                if query.text
                else []
            )
        self.expression = [word.alternatives for word in self.words]
        self.near, self.near_unknown = _resolve_place(query.near)
        self.base = self.snapshot.present & self.snapshot.valid_on(timezone.localdate())
        self.filters = self._filters()
        # The text's bitsets, computed once per search (variants with other filters share them).
        self._text_bits: dict = same_text_as._text_bits if same_text_as is not None else {}

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

    def _score_key(self) -> tuple:
        """The index state and the words as the ranking sees them: only alternatives that
        occur (a mistyped one matches nothing), without those another covers. "Lottsen",
        "Lotssen" and "Lotsen" rank alike and so share their scores."""
        snapshot = self.snapshot
        ranked = []
        for alternatives in map(narrowest, self.expression):
            bitsets = snapshot.terms.bitsets(TEXT, alternatives)
            found = zip(alternatives, bitsets, strict=True)
            ranked.append(tuple(a for a, bits in found if bits.any()))
        return (snapshot.generation, snapshot.version, tuple(ranked))

    def text_bits(self, require_all: bool = True) -> np.ndarray | None:
        """The offers matching the words (all, or any when relaxed), as a bitset."""
        if not self.words:
            return None
        key = (TEXT, require_all)
        if key not in self._text_bits:
            combine = np.bitwise_and if require_all else np.bitwise_or
            per_word = [self.snapshot.terms.union(TEXT, word) for word in self.expression]
            self._text_bits[key] = functools.reduce(combine, per_word)
        return self._text_bits[key]

    def title_bits(self) -> np.ndarray:
        """The offers with at least one of the words in their title."""
        if TITLE not in self._text_bits:
            alternatives = [a for word in self.expression for a in word]
            self._text_bits[TITLE] = self.snapshot.terms.union(TITLE, alternatives)
        return self._text_bits[TITLE]

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
        if count(self.text_bits()) <= SCORE_LIMIT:
            scores = _scores(self._score_key(), ids)
            in_title = self.title_bits()
            published = self.snapshot.published
            bonus = {int(i) for i in members(bitset_of(ids, self.snapshot.words) & in_title)}

            def rank(offer_id: int):
                score = scores.get(offer_id, 0.0) + (TITLE_BONUS if offer_id in bonus else 0)
                return (-score, -published[offer_id], -offer_id)

            return sorted((int(i) for i in ids), key=rank)[:needed]
        # Many matches: the words are common and scores say little. Offers with a word in
        # their title come first, each group newest first.
        in_title = members(bitset_of(ids, self.snapshot.words) & self.title_bits())
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
        nearest = _nearest_distinct(offers, d2, needed)
        located = [int(i) for i in nearest]
        if len(located) >= needed:
            return located
        without_place = np.setdiff1d(ids, offers, assume_unique=False)
        return located + self._newest(without_place, needed - len(located))


def _nearest_distinct(offers: np.ndarray, d2: np.ndarray, needed: int) -> np.ndarray:
    """The `needed` offers with the nearest places, nearest first (an offer with several
    places counts once). Sorts only the nearest rows, not every place of the result."""
    rows = needed * 4  # most offers have one or two places
    while True:
        if rows < len(d2):
            # Every row as near as the rows-th nearest, ties included, in row order: the
            # same order a full sort gives, so that pages never overlap.
            limit = np.partition(d2, rows - 1)[rows - 1]
            candidates = np.flatnonzero(d2 <= limit)
            order = candidates[np.argsort(d2[candidates], kind="stable")]
        else:
            order = np.argsort(d2, kind="stable")
        _, first_seen = np.unique(offers[order], return_index=True)
        nearest = offers[order][np.sort(first_seen)]
        if len(nearest) >= needed or len(order) == len(d2):
            return nearest[:needed]
        rows *= 4


# Relevance scores of small result sets, per index snapshot and query, collected for the
# offers ranked so far: the same words on another page or with other filters reuse them.
SCORE_MEMO_QUERIES = 64
_score_memo = Memo(SCORE_MEMO_QUERIES)


def _scores(key: tuple, ids: np.ndarray) -> dict[int, float]:
    known = _score_memo.setdefault(key, dict)
    missing = [int(i) for i in ids if int(i) not in known]
    if missing:
        expression = key[2]
        scored = backend().match_scores(list(expression), missing)
        known.update({offer_id: scored.get(offer_id, 0.0) for offer_id in missing})
    return known


def forget_matches() -> None:
    _score_memo.clear()


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
