"""Looking up what rows name: organisations, vocabularies, places, choices and offers.

`Context` loads what checking rows needs from the database once (per organisation).
"""

from collections import defaultdict

from django.utils import translation
from django.utils.translation import gettext as _

from treffpunkt.network import roles
from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Municipality,
    Organisation,
    Postcode,
    TargetGroup,
)

from ..models import AccessibilityFeature, Location, Offer
from .fields import CHOICE_FIELDS
from .folding import fold, fold_address

# German ways of writing the choices beyond their labels (input only, like column aliases).
CHOICE_ALIASES = {
    "on_site": ("vor Ort", "Präsenz", "in Präsenz"),
    "online": ("digital",),
    "phone": ("telefonisch", "per Telefon", "Telefon"),
    "hybrid": ("vor Ort und online", "hybrid"),
    "free": ("kostenlos", "kostenfrei", "gratis", "umsonst"),
    "reduced": ("ermäßigt", "ermäßigung möglich", "reduziert"),
    "fee": ("kostenpflichtig", "Gebühr", "mit Gebühr"),
    "draft": ("Entwurf",),
    "published": ("veröffentlicht", "öffentlich"),
    "archived": ("archiviert",),
}


class Index:
    """Finds entries by short name (slug) first, then by any name (case, umlauts ignored)."""

    def __init__(self):
        self.by_slug: dict[str, int] = {}
        self.by_name: dict[str, set[int]] = defaultdict(set)
        self.fallback: dict[str, set[int]] = defaultdict(set)
        self.labels: dict[int, str] = {}

    def add(self, pk: int, slug: str, *names: str, fallback: bool = False) -> None:
        """Add an entry; `fallback` names count only where no other entry has the name."""
        self.by_slug[slug.casefold()] = pk
        self.labels[pk] = names[0] if names else slug
        for name in filter(None, names):
            (self.fallback if fallback else self.by_name)[fold(name)].add(pk)

    def find(self, text: str) -> set[int]:
        """The ids `text` names: one by short name, else all of that name."""
        if (pk := self.by_slug.get(text.strip().casefold())) is not None:
            return {pk}
        folded = fold(text)
        return self.by_name.get(folded) or self.fallback.get(folded) or set()


def _vocabulary_index(model) -> Index:
    """Entries of a vocabulary model by slug and name."""
    index = Index()
    for pk, slug, name in model.objects.values_list("pk", "slug", "name"):
        index.add(pk, slug, name)
    return index


def _language_index() -> Index:
    """Languages by ISO code, name and native name."""
    index = Index()
    for pk, code, name, native in Language.objects.values_list("pk", "code", "name", "native_name"):
        index.add(pk, code, name, native)
    return index


def _municipality_index() -> Index:
    """Towns before districts and states when names are the same."""
    index = Index()
    broad = (Municipality.Kind.STATE, Municipality.Kind.DISTRICT)
    for pk, slug, name, kind in Municipality.objects.values_list("pk", "slug", "name", "kind"):
        index.add(pk, slug, name, fallback=kind in broad)
    return index


def _organisation_index() -> Index:
    """Organisations by short name (slug), name and short display name."""
    index = Index()
    for pk, slug, name, short in Organisation.objects.values_list(
        "pk", "slug", "name", "short_name"
    ):
        index.add(pk, slug, name, short)
    return index


def _choice_index(choices) -> dict[str, str]:
    """Model value, German and English label and aliases -> model value."""
    index: dict[str, str] = {}
    for value, label in choices.choices:
        names = [value, str(label), *CHOICE_ALIASES.get(value, ())]
        with translation.override("de"):
            names.append(str(label))
        for name in names:
            index.setdefault(fold(name), value)
    return index


class Context:
    """What checking rows needs from the database, loaded once (per organisation)."""

    def __init__(self, user, default_organisation: Organisation | None):
        self.user = user
        organisations = (
            Organisation.objects.filter(is_active=True)
            if user is None
            else roles.organisations_for(user, roles.Role.EDITOR)
        )
        self.allowed = set(organisations.values_list("pk", flat=True))
        self.default_organisation = default_organisation
        self.organisations = _organisation_index()
        self.vocabularies = {
            "fields_of_action": _vocabulary_index(FieldOfAction),
            "target_groups": _vocabulary_index(TargetGroup),
            "languages": _language_index(),
            "accessibility": _vocabulary_index(AccessibilityFeature),
        }
        self.municipalities = _municipality_index()
        self.vocabularies["service_area"] = self.municipalities
        self.postcodes = dict(Postcode.objects.values_list("code", "municipality_id"))
        self.choices = {key: _choice_index(choices) for key, choices in CHOICE_FIELDS.items()}
        self.existing_ranges: dict[int, tuple] = {}
        self._offers: dict[int, dict[tuple, int]] = {}
        self._locations: dict[int, dict[tuple, int]] = {}

    def forbidden(self, organisation) -> str:
        """The message for an organisation the user may not import offers for."""
        name = getattr(organisation, "name", organisation)
        return _("You may not import offers for “%(organisation)s”.") % {"organisation": name}

    def existing_offer(self, key: tuple) -> int | None:
        """The id of the organisation's offer with this duplicate key (see `planning`)."""
        organisation_id = key[0]
        if organisation_id not in self._offers:
            self._offers[organisation_id] = self._load_offers(organisation_id)
        return self._offers[organisation_id].get(key)

    def _load_offers(self, organisation_id: int) -> dict[tuple, int]:
        """Keys of the organisation's offers: by title, and by title and each address."""
        addresses: dict[int, list[tuple[str, str]]] = defaultdict(list)
        links = Offer.locations.through.objects.filter(offer__organisation_id=organisation_id)
        for offer_id, street, postcode in links.order_by("location_id").values_list(
            "offer_id", "location__street", "location__postcode"
        ):
            addresses[offer_id].append((fold_address(street), fold_address(postcode)))
        keys: dict[tuple, int] = {}
        offers = Offer.objects.filter(organisation_id=organisation_id).order_by("pk")
        for pk, title, *ranges in offers.values_list(
            "pk", "title", "valid_from", "valid_until", "minimum_age", "maximum_age"
        ):
            title_key = (organisation_id, fold(title))
            keys.setdefault(title_key, pk)
            for address in addresses.get(pk) or [("", "")]:
                keys.setdefault((*title_key, *address), pk)
            self.existing_ranges[pk] = tuple(ranges)
        return keys

    def existing_location(self, key: tuple) -> int | None:
        """The id of the organisation's place with this key (the newest if several)."""
        organisation_id = key[0]
        if organisation_id not in self._locations:
            self._locations[organisation_id] = {
                (organisation_id, fold_address(street), fold_address(postcode), fold(city)): pk
                for pk, street, postcode, city in Location.objects.filter(
                    organisation_id=organisation_id
                )
                .order_by("-pk")
                .values_list("pk", "street", "postcode", "city")
            }
        return self._locations[organisation_id].get(key)


def vocabulary_name(key: str) -> str:
    """The plural name of the vocabulary of a column ("fields of action", …), for messages."""
    models = {
        "fields_of_action": FieldOfAction,
        "target_groups": TargetGroup,
        "languages": Language,
        "accessibility": AccessibilityFeature,
        "service_area": Municipality,
    }
    return str(models[key]._meta.verbose_name_plural)
