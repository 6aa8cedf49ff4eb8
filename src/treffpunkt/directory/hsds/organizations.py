"""HSDS organization records: brief (nested in services) and full (with places and phones)."""

from django.utils import translation

from treffpunkt.network.models import Organisation

from .places import location, postal_location
from .taxonomy import Terms
from .values import compact, format_boolean, is_valid_email, is_valid_url, stable_id


def brief_organization(org: Organisation) -> dict:
    """The organisation as nested in a service record (no places, phones or attributes)."""
    return compact(
        {
            "id": stable_id("organization", org.pk),
            "name": org.name,
            "alternate_name": org.short_name,
            "description": org.description,  # required by HSDS, even if empty
            "email": org.email if org.email and is_valid_email(org.email) else None,
            "website": org.website if org.website and is_valid_url(org.website) else None,
        },
        keep=("description",),
    )


def organization(org: Organisation, language: str = "de", locations=()) -> dict:
    """An organisation as a full HSDS organization record.

    `locations` (Location objects) are nested as the places where it holds offers; its own
    address, if it has one, is a location of type "postal".
    """
    with translation.override(language):
        terms = Terms(language)
        org_id = stable_id("organization", org.pk)
        places = [location(loc, language) for loc in locations]
        if postal := postal_location(org, language):
            places.append(postal)
        phones = []
        if org.phone:
            phones.append(
                {
                    "id": stable_id("organization_phone", org.pk),
                    "organization_id": org_id,
                    "number": org.phone,
                    "type": "voice",
                }
            )
        return compact(
            {
                **brief_organization(org),
                "phones": phones,
                "locations": places,
                "attributes": [
                    terms.attribute(("organisation_kind", org.kind), "organization", org_id),
                    terms.attribute(
                        ("property", "active"),
                        "organization",
                        org_id,
                        format_boolean(org.is_active),
                    ),
                ],
            },
            keep=("description",),
        )
