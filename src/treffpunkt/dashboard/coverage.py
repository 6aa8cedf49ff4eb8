"""Coverage: published offers per town × field of action and per town × language, and the
combinations of town × field × language that have residents but no offer (the gap list).

The page, the committee report and `treffpunkt coverage` all call `cube()` / `matrix()`, so
the three show the same numbers. Counting runs on the directory's facet index (metrics.py).
"""

from dataclasses import dataclass, field

import numpy as np
from django.db.models import Max, Sum
from django.urls import reverse

from treffpunkt.directory.search.bitsets import count
from treffpunkt.directory.search.query import SearchQuery
from treffpunkt.network.models import FieldOfAction, Language, Municipality, TargetGroup

from . import metrics
from .models import ResidentCount

LOW = 1  # cells with this many offers or fewer stand out


@dataclass
class Filters:
    """What the dashboard's form narrows the figures to (slugs and codes, as in URLs)."""

    towns: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


@dataclass
class Column:
    id: int
    key: str  # slug or language code, as the search's URL parameters use them
    label: str


@dataclass
class Cell:
    offers: int
    url: str

    @property
    def is_low(self) -> bool:
        return self.offers <= LOW


@dataclass
class Matrix:
    dimension: str  # "fields" or "languages"
    columns: list[Column]
    rows: list[tuple[Municipality, list[Cell]]]
    district_wide: list[int] = field(default_factory=list)


def _towns(towns: list[Municipality], filters: Filters) -> list[Municipality]:
    return [t for t in towns if t.slug in filters.towns] if filters.towns else towns


def field_columns(filters: Filters) -> list[Column]:
    fields = FieldOfAction.objects.all()
    if filters.fields:
        fields = fields.filter(slug__in=filters.fields)
    return [Column(f.pk, f.slug, f.display_name) for f in fields]


def language_columns(filters: Filters) -> list[Column]:
    languages = Language.objects.all()
    if filters.languages:
        languages = languages.filter(code__in=filters.languages)
    return [Column(lang.pk, lang.code, lang.display_name) for lang in languages]


class Counter:
    """Counts offers on one snapshot of the index for one set of filters."""

    def __init__(self, filters: Filters, snapshot=None):
        self.filters = filters
        self.snapshot = snapshot or metrics.index()
        self.bits = {
            "fields": metrics.bits_of("field"),
            "languages": metrics.bits_of("language"),
            "targets": metrics.bits_of("target"),
        }
        self.base = metrics.published(self.snapshot)
        if filters.targets:
            ids = TargetGroup.objects.filter(slug__in=filters.targets).values_list("pk", flat=True)
            self.base = self.base & self.having("targets", ids)

    def having(self, dimension: str, ids) -> np.ndarray:
        bits = [self.bits[dimension][i] for i in ids if i in self.bits[dimension]]
        return metrics.having(self.snapshot, dimension, bits)

    def narrowed(self, dimension: str) -> np.ndarray:
        """The base with the filter of the *other* dimension applied (fields or languages)."""
        if dimension == "fields" and self.filters.languages:
            ids = Language.objects.filter(code__in=self.filters.languages).values_list("pk")
            return self.base & self.having("languages", [i for (i,) in ids])
        if dimension == "languages" and self.filters.fields:
            ids = FieldOfAction.objects.filter(slug__in=self.filters.fields).values_list("pk")
            return self.base & self.having("fields", [i for (i,) in ids])
        return self.base

    def stacked(self, dimension: str, columns: list[Column]) -> np.ndarray:
        """One row of bits per column, to count all columns of a town at once."""
        rows = [self.having(dimension, [column.id]) for column in columns]
        return np.vstack(rows) if rows else np.zeros((0, self.snapshot.words), dtype=np.uint64)

    def counts(self, scope: np.ndarray, stacked: np.ndarray) -> list[int]:
        return np.bitwise_count(stacked & scope).sum(axis=1).tolist() if len(stacked) else []


def search_url(filters: Filters, base: str = "", **one_cell) -> str:
    """The public search with exactly a cell's filters (and the page's target groups)."""
    query = SearchQuery(targets=filters.targets, **one_cell)
    return (base or reverse("directory:search")) + query.querystring()


def matrix(
    dimension: str, towns: list[Municipality], district, filters: Filters, counter=None
) -> Matrix:
    """Published offers per town × field of action ("fields") or × language ("languages")."""
    counter = counter or Counter(filters)
    columns = field_columns(filters) if dimension == "fields" else language_columns(filters)
    scope = counter.narrowed(dimension)
    stacked = counter.stacked(dimension, columns)
    other = {}
    if dimension == "fields" and filters.languages:
        other = {"languages": filters.languages}
    if dimension == "languages" and filters.fields:
        other = {"fields": filters.fields}
    rows, base = [], reverse("directory:search")
    for town in _towns(towns, filters):
        numbers = counter.counts(scope & metrics.serving(counter.snapshot, town.pk), stacked)
        cells = [
            Cell(n, search_url(filters, base, towns=(town.slug,), **{dimension: (c.key,)}, **other))
            for n, c in zip(numbers, columns, strict=True)
        ]
        rows.append((town, cells))
    wide = metrics.district_wide(counter.snapshot, district.pk if district else None)
    return Matrix(dimension, columns, rows, counter.counts(scope & wide, stacked))


@dataclass
class CubeRow:
    town: str
    field_of_action: str
    language: str
    offers: int


def cube(towns: list[Municipality], filters: Filters, counter=None) -> list[CubeRow]:
    """Published offers per town × field of action × language (rows for the command)."""
    counter = counter or Counter(filters)
    fields, languages = field_columns(filters), language_columns(filters)
    stacked = counter.stacked("languages", languages)
    rows = []
    for town in _towns(towns, filters):
        in_town = counter.base & metrics.serving(counter.snapshot, town.pk)
        for column in fields:
            numbers = counter.counts(in_town & counter.having("fields", [column.id]), stacked)
            rows += [
                CubeRow(town.slug, column.key, language.key, n)
                for language, n in zip(languages, numbers, strict=True)
            ]
    return rows


def residents(towns: list[Municipality]) -> dict[tuple[str, str], int]:
    """Residents per (town slug, language code), from the latest year imported per town."""
    rows = ResidentCount.objects.filter(municipality__in=towns, language__isnull=False)
    latest = dict(rows.values_list("municipality_id").annotate(year=Max("year")))
    totals: dict[tuple[str, str], int] = {}
    for row in rows.values(
        "municipality_id", "municipality__slug", "language__code", "year"
    ).annotate(n=Sum("residents")):
        if row["year"] == latest.get(row["municipality_id"]):
            key = (row["municipality__slug"], row["language__code"])
            totals[key] = totals.get(key, 0) + row["n"]
    return totals


@dataclass
class Gap:
    town: str
    field_of_action: str
    language: str
    residents: int


def gaps(rows: list[CubeRow], people: dict[tuple[str, str], int]) -> list[Gap]:
    """Town × field × language without an offer where residents are known, most people first."""
    found = [
        Gap(r.town, r.field_of_action, r.language, people.get((r.town, r.language), 0))
        for r in rows
        if metrics.is_gap(r.offers, people.get((r.town, r.language), 0))
    ]
    return sorted(found, key=lambda g: (-g.residents, g.town, g.field_of_action, g.language))


def total(bits: np.ndarray) -> int:
    return count(bits)


def interpreters(towns: list[Municipality], district) -> tuple[list[str], list[tuple]]:
    """Active pool interpreters per town × language (a district region covers all its
    towns; each interpreter counts once per town and language). Returns (language codes,
    [(town, [counts])])."""
    from treffpunkt.pools.models import InterpreterLanguage

    ids = {t.pk for t in towns} | ({district.pk} if district else set())
    triples = InterpreterLanguage.objects.filter(
        interpreter__is_active=True, interpreter__regions__in=ids
    ).values_list("interpreter_id", "interpreter__regions", "language__code")
    by_pk = {t.pk: [t] for t in towns}
    people: dict[tuple[int, str], set[int]] = {}
    for interpreter, region, code in triples.distinct():
        for town in towns if district and region == district.pk else by_pk.get(region, []):
            people.setdefault((town.pk, code), set()).add(interpreter)
    codes = sorted({code for _, code in people})
    return codes, [(t, [len(people.get((t.pk, c), ())) for c in codes]) for t in towns]
