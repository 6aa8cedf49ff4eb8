"""Whose dashboard: the network a user coordinates, its towns, and which organisations'
offers they may act on (coordinators: all; editors: their own)."""

from dataclasses import dataclass

from treffpunkt.network import roles
from treffpunkt.network.models import Municipality, Network


@dataclass
class Scope:
    network: Network
    district: Municipality | None
    towns: list[Municipality]
    is_coordinator: bool
    organisation_ids: set[int] | None  # None: every organisation


def network_for(user) -> Network | None:
    """The user's network: one their organisation coordinates or belongs to, with a region."""
    with_region = Network.objects.filter(region__isnull=False).select_related("region")
    own = roles.organisation_ids(user, *roles.Role.values)
    if own:
        mine = with_region.filter(coordinating_organisation_id__in=own).first()
        mine = mine or with_region.filter(members__in=own).distinct().first()
        if mine:
            return mine
    if not roles.is_coordinator(user):
        return None
    # Without an organisation of their own (a superuser): the first district network.
    return (
        with_region.filter(region__kind=Municipality.Kind.DISTRICT).first() or with_region.first()
    )


def towns_of(region: Municipality) -> list[Municipality]:
    """The towns (lowest level) inside a region, by name."""
    ids = region.self_and_descendant_ids()
    places = Municipality.objects.filter(pk__in=ids)
    parents = set(places.exclude(parent_id=None).values_list("parent_id", flat=True))
    return list(places.exclude(pk__in=parents).order_by("name"))


def scope_for(user) -> Scope | None:
    """The dashboard scope of a user, or None if they have nothing to see."""
    network = network_for(user)
    if network is None:
        return None
    coordinator = roles.is_coordinator(user)
    return Scope(
        network=network,
        district=network.region,
        towns=towns_of(network.region),
        is_coordinator=coordinator,
        organisation_ids=None if coordinator else roles.organisation_ids(user, roles.Role.EDITOR),
    )
