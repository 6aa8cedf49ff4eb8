"""The public list of good practices: text search, filters by field of action and region (a
district includes its towns), how many profiles each choice would show, one page of them."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.utils.safestring import SafeString
from django.utils.translation import get_language_info

from treffpunkt.network.models import FieldOfAction, Municipality
from treffpunkt.translations import display

from . import search
from .models import GoodPractice

PAGE_SIZE = 20
TEXT, FIELD, REGION, PAGE = "q", "handlungsfeld", "region", "seite"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Lang:
    """The language a text on a card is in, for its lang and dir attributes."""

    code: str
    dir: str

    @classmethod
    def of(cls, code: str) -> "Lang":
        return cls(code, "rtl" if get_language_info(code)["bidi"] else "ltr")


GERMAN = Lang("de", "ltr")


@dataclass(frozen=True)
class Card:
    """One profile in the list, in the visitor's language where translated (else German,
    marked so by its `Lang`), with the query's words marked."""

    practice: GoodPractice
    title: SafeString
    summary: SafeString
    excerpt: SafeString | None = None
    title_lang: Lang = GERMAN
    summary_lang: Lang = GERMAN
    excerpt_lang: Lang = GERMAN


@dataclass
class Listing:
    text: str
    field: str
    region: str
    page: Page
    cards: list[Card]
    total: int
    field_choices: list[Choice]
    region_choices: list[Choice]
    found: search.TextMatch | None = None
    active_filters: list[tuple[str, str]] = field(default_factory=list)

    @property
    def has_filters(self) -> bool:
        return bool(self.field or self.region)

    def page_querystring(self, number: int) -> str:
        return querystring(
            {TEXT: self.text, FIELD: self.field, REGION: self.region, PAGE: str(number)}
        )

    @property
    def previous_page_query(self) -> str:
        return self.page_querystring(self.page.number - 1)

    @property
    def next_page_query(self) -> str:
        return self.page_querystring(self.page.number + 1)


def published():
    return GoodPractice.objects.filter(status=GoodPractice.Status.PUBLISHED)


def region_ancestry(region_ids: set[int]) -> dict[int, set[int]]:
    """Each region with itself and every region it lies in ("Dorsten" -> Kreis, Land)."""
    parents: dict[int, int | None] = {}
    pending = set(region_ids)
    while pending:
        rows = dict(Municipality.objects.filter(pk__in=pending).values_list("pk", "parent_id"))
        parents.update(rows)
        pending = {parent for parent in rows.values() if parent and parent not in parents}
    ancestry: dict[int, set[int]] = {}
    for region_id in region_ids:
        chain, current = set(), region_id
        while current and current not in chain:
            chain.add(current)
            current = parents.get(current)
        ancestry[region_id] = chain
    return ancestry


def querystring(params: dict[str, str]) -> str:
    query = QueryDict(mutable=True)
    query.update({key: value for key, value in params.items() if value})
    return f"?{query.urlencode()}" if query else "?"


def list_practices(params: QueryDict, ui_language: str = "de") -> Listing:
    """The published profiles a visitor asked for, in order, with the filters' choices."""
    text = params.get(TEXT, "").strip()[:200]
    field_slug, region_slug = params.get(FIELD, ""), params.get(REGION, "")
    rows = list(published().order_by("title", "pk").values_list("pk", "region_id"))
    region_of = dict(rows)
    found = search.match(text, ui_language) if text else None
    candidates = [pk for pk in found.ranked if pk in region_of] if found else [pk for pk, _ in rows]

    fields_of: dict[int, set[int]] = defaultdict(set)
    through = GoodPractice.fields_of_action.through.objects.filter(goodpractice_id__in=region_of)
    for practice_id, field_id in through.values_list("goodpractice_id", "fieldofaction_id"):
        fields_of[practice_id].add(field_id)
    ancestry = region_ancestry({region for region in region_of.values() if region})
    selected_field = FieldOfAction.objects.filter(slug=field_slug).first() if field_slug else None
    selected_region = Municipality.objects.filter(slug=region_slug).first() if region_slug else None

    def in_field(pk: int) -> bool:
        return selected_field is None or selected_field.pk in fields_of[pk]

    def in_region(pk: int) -> bool:
        return selected_region is None or selected_region.pk in ancestry.get(region_of[pk], ())

    shown = [pk for pk in candidates if in_field(pk) and in_region(pk)]
    page = Paginator(shown, PAGE_SIZE).get_page(params.get(PAGE))
    state = {
        TEXT: text,
        FIELD: field_slug if selected_field else "",
        REGION: region_slug if selected_region else "",
    }
    return Listing(
        text=text,
        field=state[FIELD],
        region=state[REGION],
        page=page,
        cards=cards(list(page.object_list), found, ui_language),
        total=len(shown),
        field_choices=field_choices(
            [pk for pk in candidates if in_region(pk)], fields_of, selected_field
        ),
        region_choices=region_choices(
            [pk for pk in candidates if in_field(pk)], region_of, ancestry, selected_region
        ),
        found=found,
        active_filters=active_filters(state, selected_field, selected_region),
    )


def field_choices(ids: list[int], fields_of, selected) -> list[Choice]:
    counts: dict[int, int] = defaultdict(int)
    for pk in ids:
        for field_id in fields_of[pk]:
            counts[field_id] += 1
    return [
        Choice(field.slug, field.display_name, counts[field.pk], field == selected)
        for field in FieldOfAction.objects.all()
        if counts[field.pk] or field == selected
    ]


def region_choices(ids: list[int], region_of, ancestry, selected) -> list[Choice]:
    counts: dict[int, int] = defaultdict(int)
    for pk in ids:
        for region_id in ancestry.get(region_of[pk], ()):
            counts[region_id] += 1
    wanted = set(counts) | ({selected.pk} if selected else set())
    return [
        Choice(region.slug, region.name, counts[region.pk], region == selected)
        for region in Municipality.objects.filter(pk__in=wanted).order_by("name")
    ]


def active_filters(state: dict[str, str], selected_field, selected_region) -> list[tuple[str, str]]:
    """(label, query string without that filter) for each filter in use."""
    active = []
    if selected_field:
        active.append((selected_field.display_name, querystring({**state, FIELD: ""})))
    if selected_region:
        active.append((selected_region.name, querystring({**state, REGION: ""})))
    return active


def cards(ids: list[int], found: search.TextMatch | None, language: str = "de") -> list[Card]:
    """The profiles of one page, in order, with marked title, summary and excerpt."""
    practices = (
        GoodPractice.objects.select_related("provider", "region")
        .prefetch_related("fields_of_action")
        .in_bulk(ids)
    )
    display.prefetch(practices.values(), language)
    return [card(practices[pk], found, language) for pk in ids]


def card(practice: GoodPractice, found: search.TextMatch | None, language: str) -> Card:
    title = display.translated(practice, "title", language)
    summary = display.translated(practice, "summary", language)
    marked_title = search.marked(title.text, found, title.lang)
    marked_summary = search.marked(summary.text, found, summary.lang)
    extra = None
    if found and "<mark>" not in marked_title + marked_summary:
        extra = search.excerpt(practice, found, language)
    return Card(
        practice,
        marked_title,
        marked_summary,
        extra[0] if extra else None,
        title_lang=Lang(title.lang, title.dir),
        summary_lang=Lang(summary.lang, summary.dir),
        excerpt_lang=Lang.of(extra[1]) if extra else GERMAN,
    )
