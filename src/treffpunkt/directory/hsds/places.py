"""HSDS location records (with their addresses): the places of offers, organisations' addresses."""

from django.utils import translation

from treffpunkt.network.models import Municipality, Organisation

from ..models import Location
from .taxonomy import Terms
from .values import ancestor, compact, stable_id


def address_record(municipality: Municipality | None, **fields) -> dict:
    """An HSDS address; its required fields are present even where empty."""
    land = ancestor(municipality, Municipality.Kind.STATE) if municipality else None
    district = ancestor(municipality, Municipality.Kind.DISTRICT) if municipality else None
    record = {
        "id": fields["id"],
        "location_id": fields["location_id"],
        "address_1": fields["address_1"],
        "city": fields["city"],
        "region": district.name if district and district != municipality else None,
        # The Bundesland; "" only where the register does not know the Land above the place.
        "state_province": land.name if land else "",
        "postal_code": fields["postal_code"],
        "country": "DE",
        "address_type": fields["address_type"],
    }
    return {key: value for key, value in record.items() if value is not None}


def municipality_attributes(terms: Terms, municipality, entity: str, link_id: str) -> list:
    """Attributes naming the municipality and its official key (AGS), where it has one."""
    attributes = [terms.attribute(("property", "municipality"), entity, link_id, municipality.name)]
    if municipality.official_key:
        attributes.append(
            terms.attribute(
                ("property", "municipality_key"), entity, link_id, municipality.official_key
            )
        )
    return attributes


def location(loc: Location, language: str = "de") -> dict:
    """A physical place of an organisation as an HSDS location record with its address."""
    with translation.override(language):
        terms = Terms(language)
        location_id = stable_id("location", loc.pk)
        return compact(
            {
                "id": location_id,
                "location_type": "physical",
                "organization_id": stable_id("organization", loc.organisation_id),
                "name": loc.name,
                "transportation": loc.directions,
                "latitude": loc.latitude if loc.has_exact_coordinates else None,
                "longitude": loc.longitude if loc.has_exact_coordinates else None,
                "addresses": [
                    address_record(
                        loc.municipality,
                        id=stable_id("address", loc.pk),
                        location_id=location_id,
                        address_1=loc.street,
                        city=loc.city,
                        postal_code=loc.postcode,
                        address_type="physical",
                    )
                ],
                "attributes": municipality_attributes(
                    terms, loc.municipality, "location", location_id
                ),
            }
        )


def postal_location(org: Organisation, language: str = "de") -> dict | None:
    """The organisation's own address as a location of type "postal" (None without one)."""
    if not (org.street or org.city):
        return None
    with translation.override(language):
        return _postal_location(org, Terms(language))


def _postal_location(org: Organisation, terms: Terms) -> dict:
    """The record `postal_location` returns (in the active language)."""
    location_id = stable_id("organization_address", org.pk)
    attributes = (
        municipality_attributes(terms, org.municipality, "location", location_id)
        if org.municipality
        else []
    )
    return compact(
        {
            "id": location_id,
            "location_type": "postal",
            "organization_id": stable_id("organization", org.pk),
            "name": org.name,
            "addresses": [
                address_record(
                    org.municipality,
                    id=stable_id("organization_address", org.pk, "address"),
                    location_id=location_id,
                    address_1=org.street,
                    city=org.city or (org.municipality.name if org.municipality else ""),
                    postal_code=org.postcode,
                    address_type="postal",
                )
            ],
            "attributes": attributes,
        }
    )
