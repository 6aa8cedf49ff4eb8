"""Plausible offers in any number: the demo directory and data for benchmarks.

`Planner` combines the kinds of offers in `demo_data` into an endless, deterministic stream of
offer plans for given towns and organisations (the same seed and inputs give the same plans);
`Writer` stores batches of plans with bulk_create – no full_clean, no history records, no search
signals; `generate` does both for any count. Callers index the new offers themselves.
"""

import datetime
import math
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Municipality,
    Organisation,
    TargetGroup,
)

from . import demo_data as data
from .models import (
    AccessibilityFeature,
    ContactChannel,
    Location,
    Offer,
    OfferTranslation,
    Schedule,
)
from .search import sync

BATCH_SIZE = 2000
INSERT_BATCH_SIZE = 1000
DISTRICT_WIDE_SHARE = 0.15  # of the offers whose kind also runs by phone or online
TRANSLATED_SHARE = 0.25
STALE_SHARE = 0.08
DRAFT_SHARE, ARCHIVED_SHARE = 0.03, 0.02
JITTER_KM = 2.0
KM_PER_DEGREE = 111.2

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
DAYS = {
    "course": ["MO,TU,WE,TH,FR", "MO,TU,WE,TH", "MO,TU,WE,TH,FR"],
    "weekly": [*WEEKDAYS, "MO,WE", "TU,TH", "WE,FR"],
    "office": ["MO", "TU", "WE", "TH", "MO,WE", "TU,TH", "MO,TU,TH"],
    "monthly": [*WEEKDAYS, "SA"],
    "once": [""],
    "none": [""],
}
OFFICE_NOTES = ["offene Sprechstunde", "Termine nach Vereinbarung", "", ""]
VENUE_FEATURES = [
    ("stufenloser-zugang", 0.6),
    ("barrierefreies-wc", 0.4),
    ("behindertenparkplatz", 0.3),
    ("induktionsschleife", 0.08),
    ("taktiles-leitsystem", 0.05),
]
MESSENGERS = ["WhatsApp (nur Nachrichten)", "Signal", "Telegram"]

# What a kind of offer in demo_data takes where it says nothing.
DEFAULTS = {
    "summaries": [],
    "languages": None,
    "extra_languages": (0, 2),
    "formats": ["on_site"] * 9 + ["hybrid"],
    "costs": ["free"],
    "cost_notes": [],
    "registration": 0.3,
    "registration_notes": data.REGISTRATION_NOTES,
    "ages": None,
    "schedule": "weekly",
    "times": data.AFTERNOON,
    "days": None,
    "tags": [],
    "strict": False,
    "local": False,
    "course": False,
    "weight": 1,
    "access": [],
    "venue": None,
    "series": "Gruppe",
    "remote": [],
    "patterns": data.TITLE_PATTERNS,
    "language_sentence": "Im Team sprechen wir auch {languages}.",
}


@dataclass(frozen=True)
class Venue:
    """A place an organisation holds offers at; the same name and street is the same place."""

    organisation_id: int
    name: str
    street: str
    postcode: str
    city: str
    municipality_id: int
    latitude: float
    longitude: float
    directions: str = ""
    accessibility: tuple[str, ...] = ()
    quarter: str = ""  # the district its name mentions

    @property
    def key(self) -> tuple[int, str, str]:
        return (self.organisation_id, self.name, self.street)


@dataclass
class TimeSlot:
    frequency: str
    weekdays: str = ""
    week_of_month: int | None = None
    date: datetime.date | None = None
    opens_at: datetime.time | None = None
    closes_at: datetime.time | None = None
    note: str = ""


@dataclass
class OfferPlan:
    """Everything one offer consists of, before it is written."""

    organisation: Organisation
    title: str
    summary: str
    description: str = ""
    fields: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    accessibility: list[str] = field(default_factory=list)
    format: str = Offer.Format.ON_SITE
    cost: str = Offer.Cost.FREE
    cost_note: str = ""
    registration_required: bool = False
    registration_note: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    valid_from: datetime.date | None = None
    valid_until: datetime.date | None = None
    status: str = Offer.Status.PUBLISHED
    last_checked: datetime.date | None = None
    published_at: datetime.datetime | None = None
    venues: list[Venue] = field(default_factory=list)
    service_area: list[int] = field(default_factory=list)
    schedules: list[TimeSlot] = field(default_factory=list)
    contacts: list[tuple[str, str, str]] = field(default_factory=list)  # kind, value, label
    translations: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # language, title, summary

    @property
    def key(self) -> tuple[int, str]:
        return (self.organisation.pk, self.title)

    @property
    def is_visible(self) -> bool:
        """Published and valid today, as visitors see it."""
        today = timezone.localdate()
        return (
            self.status == Offer.Status.PUBLISHED
            and (self.valid_from is None or self.valid_from <= today)
            and (self.valid_until is None or self.valid_until >= today)
        )


@lru_cache(maxsize=256)
def parse_time(value: str) -> datetime.time:
    hours, minutes = value.split(":")
    return datetime.time(int(hours), int(minutes))


def _postcodes_by_town() -> dict[str, list[tuple[str, float, float]]]:
    by_town: dict[str, list[tuple[str, float, float]]] = {}
    for code, town, latitude, longitude in data.POSTCODES:
        by_town.setdefault(town, []).append((code, latitude, longitude))
    return by_town


POSTCODES_BY_TOWN = _postcodes_by_town()


def nearest_postcode(town_slug: str, latitude: float, longitude: float) -> str:
    """The town's postcode whose centroid is nearest to the point ("" for unknown towns)."""
    candidates = POSTCODES_BY_TOWN.get(town_slug, [])
    if not candidates:
        return ""
    return min(candidates, key=lambda c: (c[1] - latitude) ** 2 + (c[2] - longitude) ** 2)[0]


def place_venue(
    organisation: Organisation,
    town: Municipality,
    name: str,
    street: str = "",
    postcode: str = "",
    accessibility: Iterable[str] | None = None,
    quarter: str = "",
) -> Venue:
    """A place in the town; what is not given follows from its name, always the same way."""
    rng = random.Random(f"{organisation.slug}|{town.slug}|{name}")
    angle = rng.random() * 2 * math.pi
    distance = JITTER_KM * math.sqrt(rng.random())
    latitude = town.latitude + distance * math.cos(angle) / KM_PER_DEGREE
    longitude = town.longitude + distance * math.sin(angle) / (
        KM_PER_DEGREE * math.cos(math.radians(town.latitude))
    )
    streets = data.TOWN_STREETS.get(town.slug, []) + data.STREETS
    street = street or f"{rng.choice(streets)} {rng.randint(1, 120)}"
    if accessibility is None:
        accessibility = [slug for slug, share in VENUE_FEATURES if rng.random() < share]
    return Venue(
        organisation_id=organisation.pk,
        name=name,
        street=street,
        postcode=postcode or nearest_postcode(town.slug, latitude, longitude),
        city=town.name,
        municipality_id=town.pk,
        latitude=round(latitude, 6),
        longitude=round(longitude, 6),
        directions=rng.choice([*data.DIRECTIONS, "", "", ""]),
        accessibility=tuple(accessibility),
        quarter=quarter,
    )


def weighted_sample(rng: random.Random, weights: dict[str, float], k: int) -> list[str]:
    """Up to k different keys, likelier the heavier they are."""
    pool = dict(weights)
    chosen: list[str] = []
    while pool and len(chosen) < k:
        keys = list(pool)
        pick = rng.choices(keys, weights=[pool[key] for key in keys])[0]
        chosen.append(pick)
        del pool[pick]
    return chosen


def join_words(words: list[str]) -> str:
    """ "Arabisch", "Arabisch und Farsi", "Arabisch, Türkisch und Farsi"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " und " + words[-1]


class Planner:
    """An endless, deterministic stream of offer plans for some towns and organisations."""

    def __init__(
        self,
        seed: int,
        organisations: Iterable[Organisation],
        towns: Iterable[Municipality],
        *,
        statuses: bool = False,
    ):
        self.rng = random.Random(seed)
        self.statuses = statuses  # also drafts and archived offers, as a real directory has
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.towns = sorted(towns, key=lambda town: town.slug)
        self.organisations = sorted(organisations, key=lambda org: org.slug)
        if not self.towns or not self.organisations:
            raise ValueError("Offers need at least one town and one organisation.")
        self.town_weights = list(accumulate(max(t.population or 5000, 5000) for t in self.towns))
        self.kinds = [{**DEFAULTS, **kind} for kind in data.OFFER_KINDS]
        self.kind_weights = list(accumulate(kind["weight"] for kind in self.kinds))
        self._group_places_and_providers()
        self.used_titles: dict[tuple[int, str], int] = {}
        self._candidates: dict[tuple, list[Organisation]] = {}
        self._venues: dict[tuple, Venue] = {}

    def _group_places_and_providers(self) -> None:
        self.districts: dict[int, Municipality | None] = {t.pk: t.parent for t in self.towns}
        self.places = {t.pk: t for t in self.towns}
        self.towns_in: dict[int, list[Municipality]] = {}
        for town in self.towns:
            if town.parent_id:
                self.towns_in.setdefault(town.parent_id, []).append(town)
        districts_by_slug = {d.slug: d for d in self.districts.values() if d is not None}
        self.local: dict[int, list[Organisation]] = {}
        self.district_wide: dict[int, list[Organisation]] = {}
        for organisation in self.organisations:
            if organisation.municipality_id:
                self.local.setdefault(organisation.municipality_id, []).append(organisation)
            district = districts_by_slug.get(data.DISTRICT_PROVIDERS.get(organisation.slug, ""))
            district_id = district.pk if district else None
            if district_id is None and organisation.municipality_id in self.towns_in:
                district_id = organisation.municipality_id  # sits at the district itself
            if district_id is not None:
                self.district_wide.setdefault(district_id, []).append(organisation)

    def __iter__(self) -> Iterator[OfferPlan]:
        while True:
            yield self.plan()

    # --- who and where ---------------------------------------------------------------------
    @staticmethod
    def _runs(organisation: Organisation, kind: dict, strict_kinds: bool = True) -> bool:
        """Whether the organisation plausibly runs this kind of offer."""
        tag = data.ORGANISATION_TAGS.get(organisation.slug)
        if tag:
            return tag in kind["tags"]
        return not (kind["strict"] and strict_kinds)

    def _providers(self, kind: dict, town: Municipality, district_wide: bool) -> list[Organisation]:
        key = (kind["key"], town.pk, district_wide)
        if key not in self._candidates:
            district = self.districts.get(town.pk)
            pool = [] if district_wide else self.local.get(town.pk, [])
            pool = pool + self.district_wide.get(district.pk, []) if district else pool
            fitting = [o for o in pool if o.kind in kind["providers"] and self._runs(o, kind)]
            self._candidates[key] = (
                fitting
                or [o for o in pool if self._runs(o, kind)]
                or [o for o in pool if self._runs(o, kind, strict_kinds=False)]
                or pool
            )
        return self._candidates[key]

    def _local_providers(self, kind: dict, town: Municipality) -> list[Organisation]:
        """The town's own organisations (not district-wide ones) that run this kind."""
        return [
            o
            for o in self._providers(kind, town, district_wide=False)
            if o.municipality_id == town.pk
            and o.kind in kind["providers"]
            and o.slug not in data.DISTRICT_PROVIDERS
        ]

    def _pick(self, candidates: list[Organisation], kind: dict) -> Organisation:
        """One of the candidates, often a specialist for the kind (a sports club for sports)."""
        specialists = [o for o in candidates if data.ORGANISATION_TAGS.get(o.slug) in kind["tags"]]
        if specialists and self.rng.random() < 0.5:
            return self.rng.choice(specialists)
        return self.rng.choice(candidates or self.organisations)

    def _organisation(self, kind: dict, town: Municipality) -> Organisation:
        if kind["local"]:
            return self._pick(self._local_providers(kind, town), kind)
        candidates = self._providers(kind, town, district_wide=False)
        local = [o for o in candidates if o.municipality_id == town.pk]
        if local and (len(local) == len(candidates) or self.rng.random() < 0.6):
            return self._pick(local, kind)
        return self._pick(candidates, kind)

    def _venue(self, organisation: Organisation, town: Municipality, kind: dict) -> Venue:
        patterns = (
            data.SPORTS_VENUES[kind["venue"]]
            if kind["venue"]
            else data.VENUES.get(organisation.kind, data.VENUES["other"])
        )
        pattern = self.rng.choice(patterns)
        quarter = self.rng.choice(data.QUARTERS.get(town.slug) or [town.name])
        if "{quarter}" not in pattern:
            quarter = ""
        own = organisation.name
        if organisation.municipality_id != town.pk:
            own = f"{organisation.display_name}, Standort {town.name}"
        name = pattern.format(org=own, town=town.name, quarter=quarter)
        key = (organisation.pk, town.pk, name)
        if key not in self._venues:
            self._venues[key] = place_venue(organisation, town, name, quarter=quarter)
        return self._venues[key]

    def _kind(self, town: Municipality) -> dict:
        """A kind of offer the town plausibly has (a town's own council only with its town)."""
        for _attempt in range(50):
            kind = self.rng.choices(self.kinds, cum_weights=self.kind_weights)[0]
            if self._in_gap(kind, [town]):
                continue
            if kind["local"] and not self._local_providers(kind, town):
                continue
            return kind
        return kind

    @staticmethod
    def _in_gap(kind: dict, covered: list[Municipality]) -> bool:
        """Kinds nobody offers in the towns of a planned coverage gap."""
        slugs = {town.slug for town in covered}
        return any(
            "target" in gap
            and gap["field"] in kind["fields"]
            and gap["target"] in kind["targets"]
            and slugs & set(gap["towns"])
            for gap in data.GAPS
        )

    @staticmethod
    def _gap_languages(kind: dict, covered: list[Municipality]) -> set[str]:
        slugs = {town.slug for town in covered}
        return {
            gap["language"]
            for gap in data.GAPS
            if "language" in gap and gap["field"] in kind["fields"] and slugs & set(gap["towns"])
        }

    # --- one offer -------------------------------------------------------------------------
    def plan(self) -> OfferPlan:
        """The next offer of the stream."""
        rng = self.rng
        town = rng.choices(self.towns, cum_weights=self.town_weights)[0]
        district = self.districts.get(town.pk)
        kind = self._kind(town)
        remote = bool(kind["remote"]) and rng.random() < DISTRICT_WIDE_SHARE
        covered = self.towns_in.get(district.pk, [town]) if remote and district else [town]
        if remote and self._in_gap(kind, covered):
            remote, covered = False, [town]
        if remote:
            organisation = self._pick(
                self._providers(kind, town, district_wide=True)
                or self._providers(kind, town, district_wide=False),
                kind,
            )
            offer_format, venue = rng.choice(kind["remote"]), None
        else:
            organisation = self._organisation(kind, town)
            offer_format = rng.choice(kind["formats"])
            venue = self._venue(organisation, town, kind)
        quarter = (
            venue.quarter if venue else rng.choice(data.QUARTERS.get(town.slug) or [town.name])
        )
        translated = self._translation_languages()
        title, titles = self._titles(kind, organisation, town, quarter, venue, offer_format, remote)
        plan = OfferPlan(
            organisation=organisation,
            title=title,
            summary=self._summary(kind, translated),
            fields=list(kind["fields"]),
            targets=[kind["targets"][0]] + [t for t in kind["targets"][1:] if rng.random() < 0.7],
            languages=["de", *self._languages(kind, covered)],
            format=offer_format,
            venues=[venue] if venue else [],
            service_area=[(district or town).pk] if remote else [],
            minimum_age=kind["ages"][0] if kind["ages"] else None,
            maximum_age=kind["ages"][1] if kind["ages"] else None,
        )
        plan.translations = [
            (language, titles[language], kind["summary_tr"][language]) for language in translated
        ]
        self._conditions(plan, kind)
        plan.accessibility = self._accessibility(kind, venue, offer_format)
        plan.description = self._description(kind, plan, venue)
        self._dates(plan, kind)
        plan.schedules = self._schedules(kind)
        home = town if venue else self.places.get(organisation.municipality_id, town)
        plan.contacts = self._contacts(kind, organisation, home)
        return plan

    def _titles(self, kind, organisation, town, quarter, venue, offer_format, remote):
        """The German title, unique for the organisation, and its translations."""
        if remote:
            labels = data.REMOTE_LABELS[offer_format]
            title = f"{kind['title']} – {labels['de']}"
            places = {language: labels[language] for language in kind["title_tr"]}
        else:
            pattern, place_pattern = self.rng.choice(kind["patterns"])
            if "{quarter}" in pattern and venue and (not quarter or quarter not in venue.name):
                pattern, place_pattern = "{title} in {town}", "{town}"  # the place says where
            values = {
                "title": kind["title"],
                "quarter": quarter,
                "town": town.name,
                "venue": venue.name if venue else town.name,
            }
            title = pattern.format(**values)
            place = place_pattern.format(**values)
            places = dict.fromkeys(kind["title_tr"], place)
        number = self.used_titles.get((organisation.pk, title), 0) + 1
        self.used_titles[(organisation.pk, title)] = number
        suffix = f" ({kind['series']} {number})" if number > 1 else ""
        titles = {
            language: f"{translated} – {places[language]}" if places[language] else translated
            for language, translated in kind["title_tr"].items()
        }
        return title + suffix, {
            language: value + (f" ({number})" if suffix else "")
            for language, value in titles.items()
        }

    def _translation_languages(self) -> list[str]:
        if self.rng.random() >= TRANSLATED_SHARE:
            return []
        count = self.rng.choice([1, 1, 1, 2, 2, 3])
        return sorted(weighted_sample(self.rng, data.TRANSLATION_WEIGHTS, count))

    def _summary(self, kind: dict, translated: list[str]) -> str:
        if translated or not kind["summaries"] or self.rng.random() < 0.5:
            return kind["summary"]  # the summary the translations translate
        return self.rng.choice(kind["summaries"])

    def _languages(self, kind: dict, covered: list[Municipality]) -> list[str]:
        low, high = kind["extra_languages"]
        chosen = weighted_sample(
            self.rng, kind["languages"] or data.LANGUAGE_WEIGHTS, self.rng.randint(low, high)
        )
        excluded = self._gap_languages(kind, covered)
        return [code for code in chosen if code not in excluded]

    def _conditions(self, plan: OfferPlan, kind: dict) -> None:
        rng = self.rng
        plan.cost = rng.choice(kind["costs"])
        if plan.cost != Offer.Cost.FREE and kind["cost_notes"]:
            plan.cost_note = rng.choice(kind["cost_notes"])
        plan.registration_required = rng.random() < kind["registration"]
        if plan.registration_required:
            plan.registration_note = rng.choice(kind["registration_notes"])

    def _accessibility(self, kind: dict, venue: Venue | None, offer_format: str) -> list[str]:
        features = list(venue.accessibility if venue else ()) + list(kind["access"])
        if self.rng.random() < 0.08:
            features.append("leichte-sprache")
        if venue and self.rng.random() < 0.03:
            features.append("gebaerdensprache")
        return list(dict.fromkeys(features))

    def _description(self, kind: dict, plan: OfferPlan, venue: Venue | None) -> str:
        rng = self.rng
        sentences = kind["sentences"]
        picked = sorted(rng.sample(range(len(sentences)), min(len(sentences), rng.randint(1, 3))))
        parts = [sentences[index] for index in picked]
        others = [data.LANGUAGE_NAMES.get(code, code) for code in plan.languages if code != "de"]
        if others and rng.random() < 0.7:
            parts.append(kind["language_sentence"].format(languages=join_words(others)))
        if venue and rng.random() < 0.3:
            parts.append(f"Sie finden uns hier: {venue.name}, {venue.street}.")
        if not plan.registration_required and rng.random() < 0.4:
            parts.append(rng.choice(data.OPEN_ACCESS))
        if plan.cost == Offer.Cost.FREE and (len(parts) < 2 or rng.random() < 0.25):
            parts.append(rng.choice(data.FREE_NOTES))
        if len(parts) < 2:
            parts.append(next((s for s in sentences if s not in parts), data.FREE_NOTES[0]))
        return " ".join(parts[:5])

    def _dates(self, plan: OfferPlan, kind: dict) -> None:
        rng, today = self.rng, self.today
        if kind["course"]:
            plan.valid_from = today - datetime.timedelta(days=rng.randint(7, 150))
            plan.valid_until = today + datetime.timedelta(days=rng.randint(30, 300))
        elif rng.random() < 0.2:
            plan.valid_from = today - datetime.timedelta(days=rng.randint(60, 1500))
        stale = rng.random() < STALE_SHARE
        checked_days_ago = rng.randint(250, 520) if stale else rng.randint(0, 200)
        plan.last_checked = today - datetime.timedelta(days=checked_days_ago)
        plan.published_at = self.now - datetime.timedelta(
            days=checked_days_ago + rng.randint(0, 700), minutes=rng.randint(0, 600)
        )
        status_roll = rng.random()
        if self.statuses and status_roll < DRAFT_SHARE:
            plan.status, plan.published_at = Offer.Status.DRAFT, None
        elif self.statuses and status_roll < DRAFT_SHARE + ARCHIVED_SHARE:
            plan.status = Offer.Status.ARCHIVED

    def _schedules(self, kind: dict) -> list[TimeSlot]:
        rng, frequency = self.rng, kind["schedule"]
        if frequency == "none":
            return []
        days = rng.choice(kind["days"] or DAYS[frequency])
        opens, closes = map(
            parse_time, rng.choice(data.OFFICE if frequency == "office" else kind["times"])
        )
        if frequency == "office":
            slots = [TimeSlot("weekly", days, opens_at=opens, closes_at=closes)]
            if rng.random() < 0.5:
                second_opens, second_closes = map(parse_time, rng.choice(data.OFFICE))
                slots.append(
                    TimeSlot(
                        "weekly",
                        rng.choice([d for d in WEEKDAYS if d not in days]),
                        opens_at=second_opens,
                        closes_at=second_closes,
                        note=rng.choice(OFFICE_NOTES),
                    )
                )
            return slots
        if frequency == "monthly":
            week = rng.choice([1, 2, 3, 4, -1])
            return [TimeSlot("monthly", days, week, opens_at=opens, closes_at=closes)]
        if frequency == "once":
            day = self.today + datetime.timedelta(days=rng.randint(7, 120))
            return [TimeSlot("once", date=day, opens_at=opens, closes_at=closes)]
        note = ""
        if "kita-schule" in kind["fields"] and rng.random() < 0.4:
            note = "nicht in den Schulferien"
        return [TimeSlot("weekly", days, opens_at=opens, closes_at=closes, note=note)]

    def _contacts(self, kind: dict, organisation: Organisation, town: Municipality) -> list:
        """Role addresses on .example and clearly fictitious numbers ("+49 2361 0000-123")."""
        rng = self.rng
        area = data.AREA_CODES.get(town.slug, "2361")
        domain = f"{organisation.slug}.example"
        contacts = []
        if rng.random() < 0.85:
            contacts.append(
                ("phone", f"+49 {area} 0000-{rng.randint(100, 999)}", kind["phone_label"])
            )
        if rng.random() < 0.8 or not contacts:
            contacts.append(("email", f"{kind['mailbox']}@{domain}", organisation.display_name))
        if rng.random() < 0.35:
            contacts.append(("web", f"https://www.{domain}/angebote/{kind['key']}", ""))
        if rng.random() < 0.12:
            mobile = f"+49 {rng.choice(data.MOBILE_PREFIXES)} 0000-{rng.randint(100, 999)}"
            contacts.append(("messenger", mobile, rng.choice(MESSENGERS)))
        return contacts


class Writer:
    """Stores offer plans in bulk: offers, places, times, contacts, translations and links."""

    M2M = {
        "fields_of_action": "fields",
        "target_groups": "targets",
        "languages": "languages",
        "accessibility": "accessibility",
    }

    def __init__(self):
        self.vocabulary = {
            "fields": dict(FieldOfAction.objects.values_list("slug", "pk")),
            "targets": dict(TargetGroup.objects.values_list("slug", "pk")),
            "languages": dict(Language.objects.values_list("code", "pk")),
            "accessibility": dict(AccessibilityFeature.objects.values_list("slug", "pk")),
        }
        self.locations: dict[tuple[int, str, str], int] = {}
        self._known_organisations: set[int] = set()

    def write(self, plans: list[OfferPlan]) -> list[int]:
        """Create the offers of these plans with everything they consist of; returns their ids."""
        with transaction.atomic():
            self._store_locations(plans)
            offers = Offer.objects.bulk_create(
                [self._offer(plan) for plan in plans], batch_size=INSERT_BATCH_SIZE
            )
            self._store_links(offers, plans)
            self._store_parts(offers, plans)
        return [offer.pk for offer in offers]

    def _store_locations(self, plans: list[OfferPlan]) -> None:
        new_organisations = {p.organisation.pk for p in plans} - self._known_organisations
        if new_organisations:
            for organisation_id, name, street, pk in Location.objects.filter(
                organisation_id__in=new_organisations
            ).values_list("organisation_id", "name", "street", "pk"):
                self.locations.setdefault((organisation_id, name, street), pk)
            self._known_organisations |= new_organisations
        missing = {
            venue.key: venue
            for plan in plans
            for venue in plan.venues
            if venue.key not in self.locations
        }
        created = Location.objects.bulk_create(
            [
                Location(
                    organisation_id=venue.organisation_id,
                    name=venue.name,
                    street=venue.street,
                    postcode=venue.postcode,
                    city=venue.city,
                    municipality_id=venue.municipality_id,
                    latitude=venue.latitude,
                    longitude=venue.longitude,
                    directions=venue.directions,
                )
                for venue in missing.values()
            ],
            batch_size=INSERT_BATCH_SIZE,
        )
        for key, location in zip(missing, created, strict=True):
            self.locations[key] = location.pk

    @staticmethod
    def _offer(plan: OfferPlan) -> Offer:
        return Offer(
            organisation=plan.organisation,
            title=plan.title,
            summary=plan.summary,
            description=plan.description,
            format=plan.format,
            cost=plan.cost,
            cost_note=plan.cost_note,
            registration_required=plan.registration_required,
            registration_note=plan.registration_note,
            minimum_age=plan.minimum_age,
            maximum_age=plan.maximum_age,
            valid_from=plan.valid_from,
            valid_until=plan.valid_until,
            status=plan.status,
            last_checked=plan.last_checked,
            published_at=plan.published_at,
        )

    def _store_links(self, offers: list[Offer], plans: list[OfferPlan]) -> None:
        for name, attribute in self.M2M.items():
            ids = self.vocabulary[attribute]
            self._link(
                name,
                [
                    (offer.pk, ids[slug])
                    for offer, plan in zip(offers, plans, strict=True)
                    for slug in getattr(plan, attribute)
                    if slug in ids
                ],
            )
        self._link(
            "locations",
            [
                (offer.pk, self.locations[venue.key])
                for offer, plan in zip(offers, plans, strict=True)
                for venue in plan.venues
            ],
        )
        self._link(
            "service_area",
            [
                (offer.pk, municipality_id)
                for offer, plan in zip(offers, plans, strict=True)
                for municipality_id in plan.service_area
            ],
        )

    @staticmethod
    def _link(name: str, pairs: list[tuple[int, int]]) -> None:
        """Rows of an offer's many-to-many through table, without signals or history."""
        relation = Offer._meta.get_field(name)
        through = relation.remote_field.through
        source = f"{relation.m2m_field_name()}_id"
        target = f"{relation.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [through(**{source: a, target: b}) for a, b in dict.fromkeys(pairs)],
            batch_size=INSERT_BATCH_SIZE,
        )

    def _store_parts(self, offers: list[Offer], plans: list[OfferPlan]) -> None:
        schedules, contacts, translations = [], [], []
        for offer, plan in zip(offers, plans, strict=True):
            location_id = self.locations[plan.venues[0].key] if plan.venues else None
            schedules += [
                Schedule(
                    offer_id=offer.pk,
                    location_id=location_id,
                    frequency=slot.frequency,
                    weekdays=slot.weekdays,
                    week_of_month=slot.week_of_month,
                    date=slot.date,
                    opens_at=slot.opens_at,
                    closes_at=slot.closes_at,
                    note=slot.note,
                )
                for slot in plan.schedules
            ]
            contacts += [
                ContactChannel(offer_id=offer.pk, kind=kind, value=value, label=label, position=i)
                for i, (kind, value, label) in enumerate(plan.contacts)
            ]
            translations += [
                OfferTranslation(offer_id=offer.pk, language=language, title=title, summary=summary)
                for language, title, summary in plan.translations
            ]
        Schedule.objects.bulk_create(schedules, batch_size=INSERT_BATCH_SIZE)
        ContactChannel.objects.bulk_create(contacts, batch_size=INSERT_BATCH_SIZE)
        OfferTranslation.objects.bulk_create(translations, batch_size=INSERT_BATCH_SIZE)


def default_towns() -> list[Municipality]:
    """The towns of the demo districts, or every town where those are not loaded."""
    towns = Municipality.objects.select_related("parent")
    demo_towns = list(towns.filter(slug__in=POSTCODES_BY_TOWN))
    return demo_towns or list(
        towns.filter(kind__in=[Municipality.Kind.TOWN, Municipality.Kind.MUNICIPALITY])
    )


def default_organisations(towns: list[Municipality]) -> list[Organisation]:
    """Active organisations in the towns or at their districts."""
    places = {town.pk for town in towns} | {town.parent_id for town in towns if town.parent_id}
    return list(
        Organisation.objects.filter(is_active=True).filter(
            Q(municipality_id__in=places) | Q(slug__in=data.DISTRICT_PROVIDERS)
        )
    )


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def generate(
    count: int,
    seed: int = 2017,
    organisations: Iterable[Organisation] | None = None,
    towns: Iterable[Municipality] | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> list[int]:
    """Create `count` published offers in the towns; returns their ids (not yet indexed)."""
    towns = default_towns() if towns is None else list(towns)
    if organisations is None:
        organisations = default_organisations(towns)
    planner, writer = Planner(seed, organisations, towns), Writer()
    ids: list[int] = []
    with sync.paused():
        for batch in batches(islice(planner, count), BATCH_SIZE):
            ids += writer.write(batch)
            if progress:
                progress(len(batch))
    return ids
