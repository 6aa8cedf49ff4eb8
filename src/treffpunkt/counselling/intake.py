"""The newcomer's three steps (topic, town, language) and the services that fit them.

A service fits when
- it is active and its directory offer is published (the directory's rules on what is
  public apply unchanged),
- it counsels on the topic (its topics include it, or it has none: general counselling
  such as the Migrationsberatung takes every topic),
- it serves the town: one of the offer's locations lies in it, or the offer's service area
  names the town or a district above it.
Language does not exclude: services that counsel in the chosen language (German always, and
the offer's languages) come first, specialists in the topic before general counselling; the
others are offered with an interpreter.

Only offers with a CounsellingService appear, not every offer in the field of action
"Beratung": an offer takes cases online only when its organisation has a team that answers
them within the promised time.
"""

from dataclasses import dataclass

from django.db.models import Q

from treffpunkt.network.models import FieldOfAction, Language, Municipality, Postcode

from .models import CounsellingService

TOWN_KINDS = ("stadt", "gemeinde", "kreisfreie_stadt")


@dataclass
class Choices:
    """What the person chose so far (each may be missing)."""

    topic: FieldOfAction | None = None
    town: Municipality | None = None
    language: Language | None = None
    channel: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.topic and self.town and self.language)

    def params(self) -> dict[str, str]:
        """The choices as the query parameters of /beratung/ (deep links use the same)."""
        values = {
            "thema": self.topic.slug if self.topic else "",
            "ort": self.town.slug if self.town else "",
            "sprache": self.language.code if self.language else "",
            "kanal": self.channel,
        }
        return {key: value for key, value in values.items() if value}


@dataclass
class Fit:
    service: CounsellingService
    in_language: bool
    specialised: bool = False  # counsels on this topic in particular, not on everything


def topics():
    return FieldOfAction.objects.exclude(slug="governance")


def towns():
    return Municipality.objects.filter(kind__in=TOWN_KINDS)


def languages():
    return Language.objects.all()


def find_town(value: str) -> Municipality | None:
    """A town by its slug, name or a postcode in it."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        postcode = Postcode.objects.select_related("municipality").filter(code=value).first()
        return postcode.municipality if postcode else None
    return towns().filter(Q(slug=value.lower()) | Q(name__iexact=value)).first()


def read_choices(params) -> Choices:
    from .statistics import clean_channel

    return Choices(
        topic=topics().filter(slug=params.get("thema", "")).first(),
        town=find_town(params.get("ort", "")),
        language=languages().filter(code=params.get("sprache", "")).first(),
        channel=clean_channel(params.get("kanal", "")),
    )


def fitting_services(choices: Choices) -> list[Fit]:
    """Services for the topic and town, those in the chosen language first."""
    if not (choices.topic and choices.town):
        return []
    places = {choices.town.pk} | {place.pk for place in choices.town.ancestors()}
    services = (
        CounsellingService.objects.filter(is_active=True)
        .filter(offer__in=_published_offers())
        .filter(Q(topics=choices.topic) | Q(topics__isnull=True))
        .filter(Q(offer__locations__municipality=choices.town) | Q(offer__service_area__in=places))
        .select_related("offer", "organisation")
        .prefetch_related("offer__languages", "topics")
        .distinct()
    )
    code = choices.language.code if choices.language else "de"
    fits = [
        Fit(
            service,
            in_language=code == "de"
            or any(lang.code == code for lang in service.offer.languages.all()),
            specialised=any(topic.pk == choices.topic.pk for topic in service.topics.all()),
        )
        for service in services
    ]
    # "Any that fits" takes the first: own language, then specialists, then by name.
    return sorted(
        fits, key=lambda fit: (not fit.in_language, not fit.specialised, fit.service.offer.title)
    )


def _published_offers():
    from treffpunkt.directory.models import Offer

    return Offer.objects.published()
