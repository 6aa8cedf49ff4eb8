"""Sponsors and mentors: organisations ask for a sponsor (described by need, place and
language, never by name), coordinators match a sponsor, start the sponsorship and follow it
with short check-ins until it ends."""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Max, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from treffpunkt.network import roles
from treffpunkt.network.rules import is_coordinator

from . import rules as pool_rules
from .models import CheckIn, Sponsor, Sponsorship, SponsorshipRequest

Status = SponsorshipRequest.Status
CHECK_IN_EVERY = datetime.timedelta(weeks=6)


class NotPossible(Exception):
    """A step that cannot be taken (the request was matched meanwhile …); says why."""


# --- Who sees what ---------------------------------------------------------------------------


def manages_sponsors(user) -> bool:
    """Network coordinators and the coordinators of a sponsor pool."""
    return is_coordinator(user) or bool(pool_rules.sponsor_organisation_ids(user))


def visible_requests(user):
    """Requests a user may see: all for those who match sponsors, else their organisations'."""
    requests = SponsorshipRequest.objects.select_related("municipality", "language", "requested_by")
    if manages_sponsors(user):
        return requests
    return requests.filter(requested_by_id__in=pool_rules.institution_ids(user))


def manageable_sponsors(user):
    """The sponsors a user may propose and start sponsorships with."""
    return pool_rules.visible_sponsors(user)


def visible_sponsorships(user):
    """Sponsorships of the sponsors a user coordinates, with the date of their last check-in."""
    last = CheckIn.objects.filter(sponsorship=OuterRef("pk")).order_by("-on", "-pk")
    sponsorships = Sponsorship.objects.select_related(
        "sponsor", "request__municipality", "request__requested_by"
    ).annotate(
        last_check_in=Max("check_ins__on"),
        last_going_well=Subquery(last.values("going_well")[:1]),
    )
    if is_coordinator(user):
        return sponsorships
    return sponsorships.filter(
        sponsor__coordinator_organisation_id__in=pool_rules.sponsor_organisation_ids(user)
    )


def pool_organisations(user):
    """Organisations a user may add sponsors for: all for network coordinators, else those
    whose sponsor pool they coordinate."""
    from treffpunkt.network.models import Organisation

    if is_coordinator(user):
        return Organisation.objects.filter(is_active=True)
    return Organisation.objects.filter(pk__in=pool_rules.sponsor_organisation_ids(user))


def requesting_organisations(user):
    """Organisations for which a user may ask for a sponsor."""
    return roles.organisations_for(user, *pool_rules.INSTITUTION_ROLES)


# --- Steps -----------------------------------------------------------------------------------


def start_sponsorship(
    request: SponsorshipRequest, sponsor: Sponsor, started_on: datetime.date | None = None
) -> Sponsorship:
    """Match a sponsor to an open request. The request row is locked, so two coordinators
    clicking at once start one sponsorship, not two."""
    with transaction.atomic():
        locked = SponsorshipRequest.objects.select_for_update().get(pk=request.pk)
        if locked.status != Status.OPEN:
            raise NotPossible(_("This request is no longer open."))
        if not sponsor.is_active:
            raise NotPossible(_("This sponsor is not active."))
        try:
            with transaction.atomic():
                sponsorship = Sponsorship.objects.create(
                    request=locked,
                    sponsor=sponsor,
                    started_on=started_on or timezone.localdate(),
                )
        except IntegrityError:
            raise NotPossible(_("This request is no longer open.")) from None
        locked.status = Status.MATCHED
        locked.save(update_fields=["status"])
    request.status = locked.status
    return sponsorship


def end_sponsorship(sponsorship: Sponsorship, ended_on: datetime.date | None = None) -> None:
    """A sponsorship that ended closes its request."""
    with transaction.atomic():
        sponsorship.ended_on = ended_on or timezone.localdate()
        sponsorship.save(update_fields=["ended_on"])
        SponsorshipRequest.objects.filter(pk=sponsorship.request_id).update(status=Status.CLOSED)


def close_request(request: SponsorshipRequest) -> None:
    """Withdraw an open request (no longer needed, or nobody could be found)."""
    if request.status != Status.OPEN:
        raise NotPossible(_("Only open requests can be withdrawn."))
    request.status = Status.CLOSED
    request.save(update_fields=["status"])


def record_check_in(
    sponsorship: Sponsorship, on: datetime.date, going_well: bool, note: str = ""
) -> CheckIn:
    if sponsorship.ended_on is not None:
        raise NotPossible(_("This sponsorship has ended."))
    return CheckIn.objects.create(sponsorship=sponsorship, on=on, going_well=going_well, note=note)


# --- Following sponsorships ------------------------------------------------------------------


@dataclass
class FollowUp:
    """A running sponsorship as the coordinator's overview shows it."""

    sponsorship: Sponsorship
    last_check_in: datetime.date | None
    due: bool
    worried: bool


def follow_ups(sponsorships, today: datetime.date | None = None) -> list[FollowUp]:
    """Running sponsorships (from `visible_sponsorships`), those needing attention first:
    no check-in for six weeks, or the last one said it was not going well."""
    today = today or timezone.localdate()
    rows = []
    for sponsorship in sponsorships.filter(ended_on__isnull=True):
        last = sponsorship.last_check_in
        due = (last or sponsorship.started_on) + CHECK_IN_EVERY <= today
        worried = last is not None and sponsorship.last_going_well is False
        rows.append(FollowUp(sponsorship, last, due, worried))
    rows.sort(key=lambda row: (not (row.due or row.worried), row.sponsorship.started_on))
    return rows


def open_requests(requests):
    return requests.filter(status=Status.OPEN).order_by("created_at", "pk")


def search_requests(requests, status: str = "", kind: str = ""):
    if status:
        requests = requests.filter(status=status)
    if kind:
        requests = requests.filter(kind=kind)
    return requests.order_by("-created_at", "-pk")
