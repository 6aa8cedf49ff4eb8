"""Loads the demo directory: accessibility features, postcodes, providers and offers.

Running it again creates no duplicates: vocabularies, postcodes and organisations are updated
in place, and offers are known by organisation and title. The offers the seed documents name
come first; then the generator (fixed seed) adds offers until each demo district has its share.
"""

import datetime
from itertools import islice

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from treffpunkt.network.models import Municipality, Network, Organisation, Postcode

from . import demo_data as data
from . import demo_generator as generator
from .models import AccessibilityFeature, Offer, Synonym
from .search import indexing, sync

# (district slug, published offers it should have, generator seed)
DISTRICT_TARGETS = [
    ("kreis-recklinghausen", 580, 2017),
    ("kreis-borken", 40, 2020),
]
NETWORKS = {
    "kreis-recklinghausen": "integrationsnetzwerk-kreis-recklinghausen",
    "kreis-borken": "interkulturelles-netzwerk-westmuensterland",
}
MAX_PLANS_PER_OFFER = 5  # how far to read the stream for missing offers before giving up


def load_accessibility_features() -> None:
    for position, (slug, name, translations) in enumerate(data.ACCESSIBILITY_FEATURES):
        AccessibilityFeature.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "name_translations": translations, "position": position},
        )


def load_postcodes(places: dict[str, Municipality]) -> None:
    for code, town, latitude, longitude in data.POSTCODES:
        if town in places:
            Postcode.objects.update_or_create(
                code=code,
                defaults={
                    "municipality": places[town],
                    "latitude": latitude,
                    "longitude": longitude,
                },
            )


def load_organisations(places: dict[str, Municipality]) -> None:
    """Providers of offers, each a member of its district's network."""
    networks = {
        district: Network.objects.filter(slug=slug).first() for district, slug in NETWORKS.items()
    }
    for row in data.ORGANISATIONS:
        slug, name, short, kind, place, street, postcode, city, website = row
        organisation, _ = Organisation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "kind": kind,
                "municipality": places.get(place),
                "street": street,
                "postcode": postcode,
                "city": city,
                "website": website,
                "description": data.ORGANISATION_DESCRIPTIONS.get(slug, ""),
            },
        )
        district = places[place].parent if place in places else None
        network = networks.get(district.slug) if district else None
        if network:
            network.members.add(organisation)


def seed_plan(spec: dict, organisations: dict, places: dict) -> generator.OfferPlan:
    """An offer the seed documents name, as a plan for the generator's writer."""
    today, now = timezone.localdate(), timezone.now()
    organisation = organisations[spec["organisation"]]
    venues = []
    if spec.get("venue"):
        name, street, postcode = spec["venue"]
        town = places[spec["town"]]
        venues = [generator.place_venue(organisation, town, name, street, postcode, ())]
    ages = spec.get("ages") or (None, None)
    course = spec.get("course", False)
    return generator.OfferPlan(
        organisation=organisation,
        title=spec["title"],
        summary=spec["summary"],
        description=spec["description"],
        fields=spec["fields"],
        targets=spec["targets"],
        languages=spec["languages"],
        accessibility=spec.get("accessibility", []),
        format=spec.get("format", Offer.Format.ON_SITE),
        cost=spec.get("cost", Offer.Cost.FREE),
        cost_note=spec.get("cost_note", ""),
        registration_required=spec.get("registration_required", False),
        registration_note=spec.get("registration_note", ""),
        minimum_age=ages[0],
        maximum_age=ages[1],
        valid_from=today - datetime.timedelta(days=30) if course else None,
        valid_until=today + datetime.timedelta(days=150) if course else None,
        last_checked=today - datetime.timedelta(days=21),
        published_at=now - datetime.timedelta(days=200),
        venues=venues,
        service_area=[places[slug].pk for slug in spec.get("service_area", [])],
        schedules=[_time_slot(*row) for row in spec.get("schedules", [])],
        contacts=spec["contacts"],
        translations=[
            (language, title, summary)
            for language, (title, summary) in spec.get("translations", {}).items()
        ],
    )


def _time_slot(frequency, weekdays, week, days_ahead, opens, closes, note) -> generator.TimeSlot:
    day = timezone.localdate() + datetime.timedelta(days=days_ahead) if days_ahead else None
    return generator.TimeSlot(
        frequency=frequency,
        weekdays=weekdays,
        week_of_month=week,
        date=day,
        opens_at=generator.parse_time(opens),
        closes_at=generator.parse_time(closes),
        note=note,
    )


def existing_keys(organisations) -> set[tuple[int, str]]:
    return set(
        Offer.objects.filter(organisation__in=organisations).values_list("organisation_id", "title")
    )


def load_seed_offers(places: dict[str, Municipality]) -> list[int]:
    organisations = Organisation.objects.in_bulk(
        [spec["organisation"] for spec in data.SEED_OFFERS], field_name="slug"
    )
    plans = [seed_plan(spec, organisations, places) for spec in data.SEED_OFFERS]
    known = existing_keys(organisations.values())
    return generator.Writer().write([plan for plan in plans if plan.key not in known])


def published_offers_in(district: Municipality):
    """Published offers held in one of the district's towns or open to them."""
    towns = list(district.children.all())
    return (
        Offer.objects.published()
        .filter(Q(locations__municipality__in=towns) | Q(service_area__in=[district, *towns]))
        .distinct()
    )


def load_generated(district_slug: str, target: int, seed: int) -> list[int]:
    """Generated offers until the district has `target` published ones; missing ones only."""
    district = Municipality.objects.filter(slug=district_slug).first()
    if district is None:
        return []
    towns = list(district.children.select_related("parent"))
    organisations = generator.default_organisations(towns)
    have = published_offers_in(district).count()
    if have >= target:
        return []
    known = existing_keys(organisations)
    missing: list[generator.OfferPlan] = []
    planner = generator.Planner(seed, organisations, towns, statuses=True)
    for plan in islice(planner, MAX_PLANS_PER_OFFER * target):
        if have >= target:
            break
        if plan.key in known:
            continue
        known.add(plan.key)
        missing.append(plan)
        have += plan.is_visible
    return generator.Writer().write(missing)


def demo_places() -> dict[str, Municipality]:
    return {m.slug: m for m in Municipality.objects.select_related("parent")}


# Words searchers use for the same thing (coordinators add more in the back office).
DEMO_SYNONYMS = [
    ("Sprachkurs, Deutschkurs, Integrationskurs", "Wer Deutsch lernen will, sucht mit allen drei."),
    ("Job, Arbeit, Stelle, Arbeitsplatz", ""),
    ("Kita, Kindergarten, Kindertagesstätte", ""),
    ("Dolmetscher, Sprachmittler, Übersetzer", ""),
    ("Hausaufgabenhilfe, Nachhilfe, Lernhilfe", ""),
    ("Wohnung, Unterkunft, Mietwohnung", ""),
]


def load_synonyms() -> None:
    for terms, note in DEMO_SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


@transaction.atomic
def load_vocabulary_and_places() -> None:
    """Everything offers point at, without offers: for benchmarks that generate their own."""
    places = demo_places()
    with sync.paused():
        load_accessibility_features()
        load_postcodes(places)
        load_organisations(places)
    load_synonyms()


@transaction.atomic
def load() -> list[str]:
    """Load the directory's demo data and index what is new; returns lines to show."""
    load_vocabulary_and_places()
    places = demo_places()
    with sync.paused():
        new_ids = load_seed_offers(places)
        for district, target, seed in DISTRICT_TARGETS:
            new_ids += load_generated(district, target, seed)
    indexing.index_offers(new_ids)
    total = Offer.objects.count()
    line = f"{total} Angebote im Verzeichnis ({len(new_ids)} neu)"
    if "kreis-recklinghausen" in places:
        published = published_offers_in(places["kreis-recklinghausen"]).count()
        line += f", davon {published} veröffentlicht im Kreis Recklinghausen"
    return [line]
