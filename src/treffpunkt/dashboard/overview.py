"""Everything the dashboard shows, computed once per request (and stored in snapshots).

`build` returns objects for the page; `figures` turns them into plain JSON for a snapshot,
the PDF and the XLSX, so a report holds the numbers the page showed that day.
"""

from dataclasses import dataclass

from django.utils import timezone

from . import coverage, need, participation, quality
from .coverage import Counter, Matrix
from .scope import Scope


@dataclass
class Overview:
    published: int
    district_wide: int
    fields: Matrix
    languages: Matrix
    need: list
    has_demo_residents: bool
    gaps: list
    stale_by_organisation: list
    stale_offers: list
    stale_total: int
    figures_as_of: object
    quality_totals: dict
    quality_rows: list
    recommendations: dict
    events: dict
    counselling: dict | None
    interpreters: tuple


def build(scope: Scope, selection, *, with_lists: bool = True) -> Overview:
    """The dashboard for one user's scope and the filters they chose."""
    filters = selection.filters
    counter = Counter(filters)
    towns = scope.towns
    shown = [t for t in towns if not filters.towns or t.slug in filters.towns]
    # Counts come from the nightly figures (live counting takes seconds at 200,000 offers);
    # with some organisations chosen, their offers are also listed, live.
    kept = quality.stored(shown, selection.organisation_ids, bool(filters.towns))
    quality_rows, stale_offers = [], []
    if selection.organisation_ids is not None and with_lists:
        offers = quality.offers_in(shown, selection.organisation_ids, bool(filters.towns))
        quality_rows = quality.quality_list(offers)
        stale_offers = list(quality.stale_list(offers))
    fields_matrix = coverage.matrix("fields", towns, scope.district, filters, counter)
    served = counter.base & _union(counter, shown)
    return Overview(
        published=coverage.total(served),
        district_wide=coverage.total(
            counter.base & coverage.metrics.district_wide(counter.snapshot, scope.district.pk)
        ),
        fields=fields_matrix,
        languages=coverage.matrix("languages", towns, scope.district, filters, counter),
        need=need.supply_and_need(towns, filters, counter),
        has_demo_residents=need.has_demo_numbers(towns),
        gaps=coverage.gaps(coverage.cube(towns, filters, counter), coverage.residents(towns)),
        stale_by_organisation=kept.by_organisation,
        stale_offers=stale_offers,
        stale_total=kept.stale,
        figures_as_of=kept.computed_at,
        quality_totals=kept.totals,
        quality_rows=quality_rows,
        recommendations=participation.recommendations(
            scope.network, filters.fields, selection.period
        ),
        events=participation.events(
            scope.network, filters, selection.period, selection.organisation_ids
        ),
        counselling=participation.counselling() if scope.is_coordinator else None,
        interpreters=coverage.interpreters(shown, scope.district),
    )


def _union(counter: Counter, towns):
    bits = coverage.metrics.empty(counter.snapshot)
    for town in towns:
        bits |= coverage.metrics.serving(counter.snapshot, town.pk)
    return bits


def _matrix_json(matrix: Matrix) -> dict:
    return {
        "columns": [c.label for c in matrix.columns],
        "rows": [[town.name, [cell.offers for cell in cells]] for town, cells in matrix.rows],
        "district_wide": matrix.district_wide,
    }


def figures(overview: Overview, scope: Scope, selection) -> dict:
    """The overview as plain data (JSON) for a snapshot and its PDF and XLSX."""
    period = selection.period
    return {
        "made_at": timezone.now().isoformat(),
        "network": scope.network.name,
        "filters": {
            "towns": list(selection.filters.towns),
            "fields": list(selection.filters.fields),
            "languages": list(selection.filters.languages),
            "targets": list(selection.filters.targets),
            "start": period.start.isoformat() if period.start else None,
            "end": period.end.isoformat() if period.end else None,
        },
        "published": overview.published,
        "district_wide": overview.district_wide,
        "stale": overview.stale_total,
        "fields": _matrix_json(overview.fields),
        "languages": _matrix_json(overview.languages),
        "need": [
            [r.town.name, r.language.display_name, r.residents, r.offers, r.per_thousand]
            for r in overview.need
        ],
        "residents_are_demo": overview.has_demo_residents,
        "gaps": [[g.town, g.field_of_action, g.language, g.residents] for g in overview.gaps],
        "stale_by_organisation": [
            [r.name, r.published, r.stale] for r in overview.stale_by_organisation
        ],
        "quality": overview.quality_totals,
        "recommendations": overview.recommendations,
        "events": {key: overview.events[key] for key in ("events", "series_count")}
        | {
            "series": [
                [r["label"], r["events"], r["registered"], r["attended"], r["waiting"]]
                for r in overview.events["series"]
            ]
        },
        "counselling": overview.counselling,
    }
