"""Loads the demo network from `demo_data`; running it again updates rather than duplicates."""

from django.contrib.auth import get_user_model
from django.db import transaction

from . import demo_data as data
from .models import (
    FieldOfAction,
    Language,
    Membership,
    Municipality,
    Network,
    Organisation,
    TargetGroup,
)


def load_municipalities() -> dict[str, Municipality]:
    places: dict[str, Municipality] = {}
    for slug, name, kind, parent, key, lat, lon, population in data.MUNICIPALITIES:
        places[slug], _ = Municipality.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "parent": places.get(parent) if parent else None,
                "official_key": key,
                "latitude": lat,
                "longitude": lon,
                "population": population,
            },
        )
    return places


def load_vocabularies() -> None:
    for position, (slug, name, pictogram, translations) in enumerate(data.FIELDS_OF_ACTION):
        FieldOfAction.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "pictogram": pictogram,
                "name_translations": translations,
                "description": data.FIELD_DESCRIPTIONS.get(slug, ""),
                "position": position,
            },
        )
    for position, (slug, name, translations) in enumerate(data.TARGET_GROUPS):
        TargetGroup.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "name_translations": translations, "position": position},
        )
    for position, (code, name, native, direction) in enumerate(data.LANGUAGES):
        Language.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "native_name": native,
                "direction": direction,
                "position": position,
            },
        )


def load_organisations(places: dict[str, Municipality]) -> dict[str, Organisation]:
    organisations: dict[str, Organisation] = {}
    for row in data.ORGANISATIONS:
        slug, name, short, kind, place, street, postcode, city, website = row
        organisations[slug], _ = Organisation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "kind": kind,
                "municipality": places.get(place) if place else None,
                "street": street,
                "postcode": postcode,
                "city": city,
                "website": website,
                "description": data.ORGANISATION_DESCRIPTIONS.get(slug, ""),
            },
        )
    for slug, name, region, coordinator, members, description in data.NETWORKS:
        network, _ = Network.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "region": places[region],
                "coordinating_organisation": organisations[coordinator],
                "description": description,
            },
        )
        network.members.set([organisations[member] for member in members])
    return organisations


def load_users(organisations: dict[str, Organisation]) -> list[tuple[str, str]]:
    """Demo logins: one per role, all with the same demo password."""
    User = get_user_model()
    logins = []
    for username, role, organisation, description in data.DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "email": f"{username}@example.org"}
        )
        if created:
            user.set_password(data.DEMO_PASSWORD)
            user.save()
        Membership.objects.get_or_create(
            user=user, organisation=organisations[organisation], role=role
        )
        logins.append((username, description))
    return logins


@transaction.atomic
def load() -> list[str]:
    """Load the network's demo data; returns lines to show the person who ran it."""
    places = load_municipalities()
    load_vocabularies()
    organisations = load_organisations(places)
    logins = load_users(organisations)
    lines = [f"Demo-Zugänge (Passwort für alle: {data.DEMO_PASSWORD}):"]
    lines += [f"  {username:<14} {description}" for username, description in logins]
    return lines
