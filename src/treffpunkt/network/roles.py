"""Who holds which role in which organisation, looked up once per request and user."""

from collections.abc import Iterable

from .models import Membership, Organisation

Role = Membership.Role
_CACHE_ATTRIBUTE = "_treffpunkt_roles"


def roles_of(user) -> frozenset[tuple[int, str]]:
    """(organisation id, role) pairs of a user, cached on the user object."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is None:
        cached = frozenset(
            Membership.objects.filter(user=user, organisation__is_active=True).values_list(
                "organisation_id", "role"
            )
        )
        setattr(user, _CACHE_ATTRIBUTE, cached)
    return cached


def forget_roles(user) -> None:
    """Drop the cached roles (after memberships changed within one request)."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def organisation_ids(user, *roles: str) -> set[int]:
    """Ids of the organisations in which the user holds any of `roles`."""
    return {org_id for org_id, role in roles_of(user) if role in roles}


def is_coordinator(user) -> bool:
    """Coordinators (and superusers) look after the whole network."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    return any(role == Role.COORDINATOR for _, role in roles_of(user))


def owner_organisation_ids(obj) -> set[int]:
    """The organisations an object belongs to.

    An organisation owns itself; other models either have an `organisation` foreign key or
    define `owner_organisation_ids()` (e.g. an event run by several organisations).
    """
    if isinstance(obj, Organisation):
        return {obj.pk}
    if hasattr(obj, "owner_organisation_ids"):
        return set(obj.owner_organisation_ids())
    organisation_id = getattr(obj, "organisation_id", None)
    return {organisation_id} if organisation_id is not None else set()


def organisations_for(user, *roles: str) -> Iterable[Organisation]:
    """The organisations whose data the user may work on in one of `roles`."""
    if is_coordinator(user):
        return Organisation.objects.filter(is_active=True)
    return Organisation.objects.filter(pk__in=organisation_ids(user, *roles), is_active=True)
