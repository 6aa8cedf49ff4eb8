"""Loads the demo good practices from `demo_data` (after the network, directory and results
demos, whose organisations, places, offers and recommendations they point at; whatever of
those is missing is left out).

Running it again creates nothing: a profile is known by its slug and brought up to date.
"""

from django.db import transaction

from treffpunkt.directory.models import Offer
from treffpunkt.network.models import FieldOfAction, Municipality, Organisation
from treffpunkt.results.models import Recommendation

from . import demo_data as data
from .models import GoodPractice


def _values(spec: dict) -> dict:
    provider = spec["provider"]
    region = spec["region"]
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "situation": spec["situation"],
        "implementation": spec["implementation"],
        "conclusion": spec["conclusion"],
        "transfer_to": spec["transfer_to"],
        "project": spec["project"],
        "provider": Organisation.objects.filter(slug=provider).first() if provider else None,
        "provider_name": spec["provider_name"],
        "contact": spec["contact"],
        "links": "\n".join(spec["links"]),
        "region": Municipality.objects.filter(slug=region).first() if region else None,
        "tags": spec["tags"],
        "status": spec["status"],
    }


def find_offers(keys) -> list[Offer]:
    offers = []
    for organisation_slug, title in keys:
        offer = Offer.objects.filter(organisation__slug=organisation_slug, title=title).first()
        if offer is not None:
            offers.append(offer)
    return offers


def load_practice(spec: dict) -> bool:
    """Create or update one profile with its links; True if it is new."""
    practice, created = GoodPractice.objects.update_or_create(
        slug=spec["slug"], defaults=_values(spec)
    )
    practice.fields_of_action.set(FieldOfAction.objects.filter(slug__in=spec["fields"]))
    practice.offers.set(find_offers(spec["offers"]))
    practice.recommendations.set(Recommendation.objects.filter(title__in=spec["recommendations"]))
    return created


@transaction.atomic
def load() -> list[str]:
    """Load the demo good practices; returns lines to show the person who ran it."""
    new = sum(load_practice(spec) for spec in data.PRACTICES)
    practices = GoodPractice.objects.all()
    published = practices.filter(status=GoodPractice.Status.PUBLISHED).count()
    return [f"{practices.count()} Gute-Praxis-Beispiele ({published} veröffentlicht, {new} neu)"]
