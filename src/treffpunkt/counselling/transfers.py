"""Moving a case to another organisation's counselling service, only with the client's
consent: a counsellor proposes, the client accepts or declines on the personal page. On
acceptance the case changes service, so the old team loses access at once (access follows
the service's organisation), and the access log the client sees records the move."""

import datetime

from django.db import transaction
from django.utils import timezone

from treffpunkt.pools import interpreting

from . import notifications
from .models import Case, CaseRead, CounsellingService, TransferProposal


def targets(case: Case):
    """Services of other organisations that take cases."""
    return (
        CounsellingService.objects.filter(is_active=True, organisation__is_active=True)
        .exclude(organisation_id=case.service.organisation_id)
        .select_related("offer", "organisation")
        .order_by("offer__title", "organisation__name")
    )


def pending(case: Case) -> TransferProposal | None:
    return (
        case.transfers.filter(status=TransferProposal.Status.PENDING)
        .select_related("target__offer", "target__organisation")
        .first()
    )


@transaction.atomic
def propose(case: Case, user, target: CounsellingService) -> TransferProposal:
    """A new proposal replaces one still waiting for the client."""
    case.transfers.filter(status=TransferProposal.Status.PENDING).update(
        status=TransferProposal.Status.WITHDRAWN, decided_at=timezone.now()
    )
    return TransferProposal.objects.create(
        case=case, source=case.service, target=target, proposed_by=user
    )


def _decide(proposal: TransferProposal, status: str) -> bool:
    """Mark a waiting proposal decided; False if it was no longer waiting."""
    now = timezone.now()
    changed = TransferProposal.objects.filter(
        pk=proposal.pk, status=TransferProposal.Status.PENDING
    ).update(status=status, decided_at=now)
    proposal.refresh_from_db()
    return changed == 1


@transaction.atomic
def accept(proposal: TransferProposal) -> bool:
    """The client agrees: the case moves to the target service as a new case for its team.
    The old team's coming appointments and their interpreters are cancelled (the client was
    told so before accepting)."""
    if not _decide(proposal, TransferProposal.Status.ACCEPTED):
        return False
    case = proposal.case
    old = case.service.organisation
    now = timezone.now()
    for link in case.interpreting.select_related("request"):
        interpreting.cancel(link.request)
    case.appointments.filter(starts_at__gte=now).delete()
    case.service = proposal.target
    case.assigned_to = None
    case.status = Case.Status.NEW
    case.closed_at = None
    case.answer_due_at = now + datetime.timedelta(hours=proposal.target.response_hours)
    case.overdue_reported_at = None
    case.save()
    CaseRead.objects.create(
        case=case,
        action=CaseRead.Action.MOVED,
        reader=f"{old} → {proposal.target.organisation} ({proposal.target})",
    )
    transaction.on_commit(lambda: notifications.tell_team_new_case(case))
    return True


def decline(proposal: TransferProposal) -> bool:
    """The client says no: the case stays where it is."""
    return _decide(proposal, TransferProposal.Status.DECLINED)
