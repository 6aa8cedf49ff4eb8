"""The Treffpunkt taxonomy: terms for what HSDS has no field for, and attributes linking them."""

from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from treffpunkt.network.models import FieldOfAction, Municipality, Organisation, TargetGroup

from ..models import AccessibilityFeature, ContactChannel, Offer
from .values import compact, is_valid_url, stable_id

# Groups of terms: code -> (label, description). Vocabulary and choice terms are their children.
_GROUPS = {
    "field_of_action": (
        lambda: FieldOfAction._meta.verbose_name,
        lambda: _("Fields of action of the integration concept the offer belongs to."),
    ),
    "target_group": (
        lambda: TargetGroup._meta.verbose_name,
        lambda: _("Whom the offer addresses."),
    ),
    "accessibility": (
        lambda: AccessibilityFeature._meta.verbose_name,
        lambda: _("What makes the offer usable for more people."),
    ),
    "format": (
        lambda: Offer._meta.get_field("format").verbose_name,
        lambda: _("How the offer takes place: on site, online, by phone or both."),
    ),
    "cost": (
        lambda: Offer._meta.get_field("cost").verbose_name,
        lambda: _("Whether the offer costs something."),
    ),
    "organisation_kind": (
        lambda: Organisation._meta.get_field("kind").verbose_name,
        lambda: _("What kind of organisation provides the offer."),
    ),
    "contact": (
        lambda: ContactChannel._meta.verbose_name,
        lambda: _("A way to reach the offer; the value is the address or number."),
    ),
    "service_area": (
        lambda: Offer._meta.get_field("service_area").verbose_name,
        lambda: _("Why a place belongs to the service area."),
    ),
}

# Terms that stand alone and carry their information in the attribute's value.
_PROPERTIES = {
    "registration_required": (
        lambda: Offer._meta.get_field("registration_required").verbose_name,
        lambda: _("Whether people have to register first; the value is true or false."),
    ),
    "stale": (
        lambda: _("not checked for a long time"),
        lambda: (
            _(
                "Nobody has confirmed the offer for %(months)s months, or it was never checked; "
                "the value is true or false."
            )
            % {"months": settings.TREFFPUNKT_STALE_AFTER_MONTHS}
        ),
    ),
    "valid_from": (
        lambda: Offer._meta.get_field("valid_from").verbose_name,
        lambda: _("First day of the offer; the value is a date (YYYY-MM-DD)."),
    ),
    "valid_until": (
        lambda: Offer._meta.get_field("valid_until").verbose_name,
        lambda: _("Last day of the offer; the value is a date (YYYY-MM-DD)."),
    ),
    "timezone": (
        lambda: _("time zone"),
        lambda: _("Time zone of the dates and times; the value is an IANA time zone name."),
    ),
    "page": (
        lambda: _("page in the directory"),
        lambda: _("Where the offer is shown in the directory; the value is the address."),
    ),
    "municipality": (
        lambda: Municipality._meta.verbose_name,
        lambda: _("The municipality the place belongs to; the value is its name."),
    ),
    "municipality_key": (
        lambda: Municipality._meta.get_field("official_key").verbose_name,
        lambda: _("Official municipality key (Amtlicher Gemeindeschlüssel); the value is the key."),
    ),
    "active": (
        lambda: Organisation._meta.get_field("is_active").verbose_name,
        lambda: _("Whether the organisation is active; the value is true or false."),
    ),
}

_SERVICE_AREA_TERMS = {
    "location": lambda: _("place of a location of the offer"),
    "also_serves": lambda: _("also served (beyond the locations)"),
}


def _taxonomy() -> dict:
    """The taxonomy record the terms belong to."""
    return compact(
        {
            "id": stable_id("taxonomy", "treffpunkt"),
            "name": "Treffpunkt",
            "description": _(
                "Vocabularies and properties of the Treffpunkt directory that HSDS has no "
                "field for."
            ),
            "uri": settings.SITE_URL + "/" if is_valid_url(settings.SITE_URL) else None,
            "version": "1",
        }
    )


def _term(key: tuple, code: str, name, description, language: str, parent=None) -> dict:
    """A taxonomy_term record; `parent` is the code of its group."""
    return compact(
        {
            "id": stable_id("taxonomy_term", *key),
            "code": code,
            "name": str(name),
            "description": str(description),
            "parent_id": stable_id("taxonomy_term", "group", parent) if parent else None,
            "taxonomy": "Treffpunkt",
            "language": language,
            "taxonomy_id": stable_id("taxonomy", "treffpunkt"),
        },
        keep=("name", "description"),
    )


@cache
def _fixed_terms(language: str, site_url: str) -> dict[tuple, dict]:
    """The terms that are not data (groups, properties, choices), by key; built once."""
    terms = {}
    with translation.override(language):
        for code, (label, description) in _GROUPS.items():
            terms["group", code] = _term(("group", code), code, label(), description(), language)
        for code, (label, description) in _PROPERTIES.items():
            key = ("property", code)
            terms[key] = _term(key, code, label(), description(), language)
        choices = [
            ("format", Offer.Format.choices),
            ("cost", Offer.Cost.choices),
            ("organisation_kind", Organisation.Kind.choices),
            ("contact", ContactChannel.Kind.choices),
            ("service_area", [(value, label()) for value, label in _SERVICE_AREA_TERMS.items()]),
        ]
        for group, options in choices:
            for value, label in options:
                code = f"{group}/{value}"
                terms[group, value] = _term(
                    (group, value), code, label, capfirst(label), language, group
                )
    return terms


def _vocabulary_term(group: str, item, language: str) -> dict:
    """The term of a field of action, target group or accessibility feature."""
    name = item.name_translations.get(language, "") or item.name
    description = getattr(item, "description", "") or name
    return _term((group, item.pk), f"{group}/{item.slug}", name, description, language, group)


_VOCABULARIES = {
    "field_of_action": FieldOfAction,
    "target_group": TargetGroup,
    "accessibility": AccessibilityFeature,
}


class Terms:
    """Terms of the Treffpunkt taxonomy in one language, and attributes linking them."""

    def __init__(self, language: str):
        self.language = language
        self.fixed = _fixed_terms(language, settings.SITE_URL)

    def term(self, key: tuple) -> dict:
        """The term of `key` (see `attribute`)."""
        group, value = key
        if group in _VOCABULARIES and not isinstance(value, str):
            return _vocabulary_term(group, value, self.language)
        return self.fixed[key]

    def attribute(
        self, key: tuple, link_entity: str, link_id: str, value: str | None = None, *, extra=""
    ) -> dict:
        """An attribute linking the term `key` to the record `link_id`.

        `key` is ("group", code) or ("property", code) for a term of its own, (group, value)
        for a choice, or (group, instance) for a vocabulary entry.
        """
        term = self.term(key)
        return compact(
            {
                "id": stable_id("attribute", link_id, term["id"], extra),
                "link_id": link_id,
                "link_type": term["code"].split("/")[0],
                "link_entity": link_entity,
                "taxonomy_term_id": term["id"],
                "value": value,
                "taxonomy_term": term,
            }
        )


def taxonomy_terms(language: str = "de") -> list[dict]:
    """Every term of the Treffpunkt taxonomy, named in `language`, as HSDS taxonomy_term records."""
    with translation.override(language):
        taxonomy = _taxonomy()
    terms = list(_fixed_terms(language, settings.SITE_URL).values())
    for group, model in _VOCABULARIES.items():
        terms += [_vocabulary_term(group, item, language) for item in model.objects.all()]
    return [{**term, "taxonomy_detail": taxonomy} for term in terms]
