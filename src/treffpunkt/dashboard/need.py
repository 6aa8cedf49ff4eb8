"""Supply against need: offers per 1,000 residents of a language group, per town."""

from dataclasses import dataclass

from treffpunkt.network.models import Language, Municipality

from . import metrics
from .coverage import Counter, Filters, residents
from .models import ResidentCount


@dataclass
class NeedRow:
    town: Municipality
    language: Language
    residents: int
    offers: int

    @property
    def per_thousand(self) -> float | None:
        return metrics.per_thousand(self.offers, self.residents)

    @property
    def uncovered(self) -> bool:
        return metrics.is_gap(self.offers, self.residents)


def supply_and_need(
    towns: list[Municipality], filters: Filters, counter: Counter | None = None
) -> list[NeedRow]:
    """Every town × language with known residents, with the offers in that language serving
    the town (fields and target groups of the filter apply); fewest offers per person first."""
    counter = counter or Counter(filters)
    people = residents(towns)
    scope = counter.narrowed("languages")
    by_slug = {t.slug: t for t in towns if not filters.towns or t.slug in filters.towns}
    codes = {code for _, code in people}
    if filters.languages:
        codes &= set(filters.languages)
    languages = {lang.code: lang for lang in Language.objects.filter(code__in=codes)}
    rows = []
    for (slug, code), number in people.items():
        if slug in by_slug and code in languages:
            language = languages[code]
            bits = scope & metrics.serving(counter.snapshot, by_slug[slug].pk)
            offers = metrics.offers(bits & counter.having("languages", [language.pk]))
            rows.append(NeedRow(by_slug[slug], language, number, offers))
    return sorted(rows, key=lambda r: (r.per_thousand or 0, -r.residents))


def has_demo_numbers(towns: list[Municipality]) -> bool:
    """Whether any residents' figure shown is a demo number (the page says so)."""
    return ResidentCount.objects.filter(municipality__in=towns, is_demo=True).exists()
