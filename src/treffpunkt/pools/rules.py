"""Who may do what in the pools.

Interpreter pool: network coordinators and the pool coordinators — editors of the organisation
that runs a pool (`Interpreter.coordinator_organisation`) — manage interpreters and assign them.
Pool coordinators see the open requests (their queue) and the requests their interpreters
took, never those of other pools. Institutions (editors and moderators of the requesting
organisation) make requests and see only their own. An interpreter (a user linked through
`Interpreter.user`) sees only their own invitations and assignments.

Helper-job exchange: editors of the employer manage its jobs; counsellors (editors of an
organisation) manage their candidates — the organisation sees the profile, residence notes
only the counsellor. Sponsors: coordinators of the sponsor's organisation (its editors) and
network coordinators.

Lists are narrowed with the querysets at the end (`visible_requests` and friends), so a list
page and a permission check never disagree.
"""

import rules
from django.db.models import Q

from treffpunkt.network import roles
from treffpunkt.network.rules import is_coordinator

from .models import (
    Candidate,
    HelperJob,
    Interpreter,
    InterpretingRequest,
    RequestInvitation,
    Sponsor,
    SponsorshipRequest,
)

Role = roles.Role
INSTITUTION_ROLES = (Role.EDITOR, Role.MODERATOR)
QUEUE_STATUSES = (InterpretingRequest.Status.OPEN, InterpretingRequest.Status.OFFERED)


# --- Who is who -------------------------------------------------------------------------------


def pool_organisation_ids(user) -> set[int]:
    """Organisations whose interpreter pool the user coordinates (as their editor)."""
    own = roles.organisation_ids(user, Role.EDITOR)
    if not own:
        return set()
    return set(
        Interpreter.objects.filter(coordinator_organisation_id__in=own)
        .values_list("coordinator_organisation_id", flat=True)
        .distinct()
    )


def institution_ids(user) -> set[int]:
    """Organisations for which the user may request interpreters."""
    return roles.organisation_ids(user, *INSTITUTION_ROLES)


def interpreter_of(user) -> Interpreter | None:
    """The interpreter profile linked to the user, if any (cached on the user object)."""
    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, "_treffpunkt_interpreter"):
        user._treffpunkt_interpreter = Interpreter.objects.filter(user=user).first()
    return user._treffpunkt_interpreter


def sponsor_organisation_ids(user) -> set[int]:
    """Organisations whose sponsors the user coordinates (as their editor)."""
    own = roles.organisation_ids(user, Role.EDITOR)
    if not own:
        return set()
    return set(
        Sponsor.objects.filter(coordinator_organisation_id__in=own)
        .values_list("coordinator_organisation_id", flat=True)
        .distinct()
    )


def _interpreter(obj) -> Interpreter | None:
    """The interpreter an object belongs to (a profile, a language, a slot, an absence…)."""
    if isinstance(obj, Interpreter):
        return obj
    return getattr(obj, "interpreter", None)


# --- Interpreter pool -------------------------------------------------------------------------


@rules.predicate
def is_pool_coordinator(user, obj=None) -> bool:
    """Without an object: coordinates a pool at all. With an interpreter (or something of an
    interpreter's, or an invitation): that interpreter belongs to the user's pool. With a
    request: it is open, or one of the user's interpreters took it."""
    pools = pool_organisation_ids(user)
    if not pools or obj is None:
        return bool(pools)
    if isinstance(obj, InterpretingRequest):
        if obj.status in QUEUE_STATUSES:
            return True
        return obj.interpreter is not None and obj.interpreter.coordinator_organisation_id in pools
    interpreter = _interpreter(obj)
    return interpreter is not None and interpreter.coordinator_organisation_id in pools


@rules.predicate
def is_institution(user, obj=None) -> bool:
    """Editor or moderator of the requesting institution (without an object: of any)."""
    own = institution_ids(user)
    if obj is None:
        return bool(own)
    request = obj.request if isinstance(obj, RequestInvitation) else obj
    return getattr(request, "institution_id", None) in own


@rules.predicate
def is_the_interpreter(user, obj) -> bool:
    """The user is the interpreter of a profile, an invitation or an assignment."""
    me = interpreter_of(user)
    if me is None or obj is None:
        return False
    if isinstance(obj, InterpretingRequest):
        return obj.interpreter_id == me.pk
    interpreter = _interpreter(obj)
    return interpreter is not None and interpreter.pk == me.pk


@rules.predicate
def is_invited(user, obj) -> bool:
    """The user's interpreter profile was offered this request and may still accept it."""
    me = interpreter_of(user)
    if me is None or not isinstance(obj, InterpretingRequest) or obj.status not in QUEUE_STATUSES:
        return False
    return obj.invitations.filter(interpreter=me, answer=RequestInvitation.Answer.PENDING).exists()


@rules.predicate
def is_cancellable(user, obj=None) -> bool:
    return obj is None or obj.status in (*QUEUE_STATUSES, InterpretingRequest.Status.ASSIGNED)


@rules.predicate
def is_in_queue(user, obj=None) -> bool:
    return obj is None or obj.status in QUEUE_STATUSES


manages_pool = is_coordinator | is_pool_coordinator

rules.add_perm("pools", is_coordinator | is_pool_coordinator | is_institution)

for model in ("interpreter", "interpreterlanguage", "availabilityslot", "absence"):
    rules.add_perm(f"pools.view_{model}", manages_pool | is_the_interpreter)
    for action in ("add", "change", "delete"):
        rules.add_perm(f"pools.{action}_{model}", manages_pool)

rules.add_perm(
    "pools.view_interpretingrequest",
    manages_pool | is_institution | is_the_interpreter | is_invited,
)
rules.add_perm("pools.add_interpretingrequest", is_coordinator | is_institution)
rules.add_perm(
    "pools.change_interpretingrequest", (is_coordinator | is_institution) & is_cancellable
)
rules.add_perm(
    "pools.cancel_interpretingrequest", (is_coordinator | is_institution) & is_cancellable
)
rules.add_perm("pools.delete_interpretingrequest", is_coordinator)
rules.add_perm("pools.assign_interpretingrequest", manages_pool & is_in_queue)
rules.add_perm("pools.give_feedback", is_institution)
rules.add_perm("pools.view_overview", manages_pool)

rules.add_perm("pools.view_requestinvitation", manages_pool | is_the_interpreter)
rules.add_perm("pools.add_requestinvitation", manages_pool)
rules.add_perm("pools.change_requestinvitation", is_coordinator)
rules.add_perm("pools.delete_requestinvitation", is_coordinator)


# --- Helper-job exchange ----------------------------------------------------------------------


@rules.predicate
def is_employer_editor(user, obj=None) -> bool:
    """Editor of the employer of a job (or of a contact's job); without an object: of any."""
    own = roles.organisation_ids(user, Role.EDITOR)
    if obj is None:
        return bool(own)
    job = getattr(obj, "job", obj)
    return getattr(job, "employer_id", None) in own


@rules.predicate
def is_counsellor_organisation(user, obj=None) -> bool:
    """Editor of the organisation that keeps a candidate (or a contact's candidate)."""
    own = roles.organisation_ids(user, Role.EDITOR)
    if obj is None:
        return bool(own)
    candidate = getattr(obj, "candidate", obj)
    return getattr(candidate, "organisation_id", None) in own


@rules.predicate
def is_counsellor(user, obj=None) -> bool:
    """The counsellor of a candidate (or of a contact's candidate); without an object: an
    editor anywhere, who may keep candidates."""
    if obj is None:
        return bool(roles.organisation_ids(user, Role.EDITOR))
    candidate = getattr(obj, "candidate", obj)
    return getattr(candidate, "counsellor_id", None) == user.pk


@rules.predicate
def is_the_counsellor(user, obj) -> bool:
    """The counsellor of this very candidate (residence notes are for their eyes only)."""
    candidate = getattr(obj, "candidate", obj)
    return obj is not None and getattr(candidate, "counsellor_id", None) == user.pk


rules.add_perm("pools.view_helperjob", is_coordinator | is_employer_editor)
rules.add_perm("pools.add_helperjob", is_coordinator | is_employer_editor)
rules.add_perm("pools.change_helperjob", is_coordinator | is_employer_editor)
rules.add_perm("pools.delete_helperjob", is_coordinator | is_employer_editor)

# Candidates are personal data: their organisation sees them, their counsellor changes them.
rules.add_perm("pools.view_candidate", is_counsellor_organisation)
rules.add_perm("pools.add_candidate", is_counsellor)
rules.add_perm("pools.change_candidate", is_counsellor)
rules.add_perm("pools.delete_candidate", is_counsellor)
rules.add_perm("pools.view_residence_notes", is_the_counsellor)

rules.add_perm("pools.view_jobcontact", is_employer_editor | is_counsellor_organisation)
rules.add_perm("pools.add_jobcontact", is_counsellor)
rules.add_perm("pools.change_jobcontact", is_counsellor)
rules.add_perm("pools.delete_jobcontact", is_counsellor | is_coordinator)


# --- Sponsors and mentors ---------------------------------------------------------------------


@rules.predicate
def is_sponsor_coordinator(user, obj=None) -> bool:
    """Editor of the organisation a sponsor (or a sponsorship's sponsor) belongs to; without
    an object, or with a request: coordinates sponsors at all."""
    own = sponsor_organisation_ids(user)
    if obj is None or isinstance(obj, SponsorshipRequest):
        return bool(own)
    sponsorship = getattr(obj, "sponsorship", obj)
    sponsor = getattr(sponsorship, "sponsor", sponsorship)
    return getattr(sponsor, "coordinator_organisation_id", None) in own


@rules.predicate
def is_requesting_organisation(user, obj=None) -> bool:
    own = institution_ids(user)
    if obj is None:
        return bool(own)
    return getattr(obj, "requested_by_id", None) in own


manages_sponsors = is_coordinator | is_sponsor_coordinator

for model in ("sponsor", "sponsorship", "checkin"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"pools.{action}_{model}", manages_sponsors)
rules.add_perm("pools.view_sponsorshiprequest", manages_sponsors | is_requesting_organisation)
rules.add_perm("pools.add_sponsorshiprequest", manages_sponsors | is_requesting_organisation)
rules.add_perm("pools.change_sponsorshiprequest", manages_sponsors | is_requesting_organisation)
rules.add_perm("pools.delete_sponsorshiprequest", is_coordinator)


# --- Visible sets -----------------------------------------------------------------------------


def visible_requests(user):
    """The interpreting requests a user may see, as a queryset."""
    requests = InterpretingRequest.objects.all()
    if is_coordinator(user):
        return requests
    condition = Q(institution_id__in=institution_ids(user))
    pools = pool_organisation_ids(user)
    if pools:
        condition |= Q(status__in=QUEUE_STATUSES)
        condition |= Q(interpreter__coordinator_organisation_id__in=pools)
    me = interpreter_of(user)
    if me is not None:
        condition |= Q(interpreter=me) | Q(
            status__in=QUEUE_STATUSES,
            invitations__interpreter=me,
            invitations__answer=RequestInvitation.Answer.PENDING,
        )
    return requests.filter(condition).distinct()


def visible_interpreters(user):
    """The interpreter profiles a user may see."""
    interpreters = Interpreter.objects.all()
    if is_coordinator(user):
        return interpreters
    condition = Q(coordinator_organisation_id__in=pool_organisation_ids(user))
    me = interpreter_of(user)
    if me is not None:
        condition |= Q(pk=me.pk)
    return interpreters.filter(condition)


def assignable_interpreters(user):
    """The interpreters a user may assign or invite: all for coordinators, their pool's else."""
    interpreters = Interpreter.objects.filter(is_active=True)
    if is_coordinator(user):
        return interpreters
    return interpreters.filter(coordinator_organisation_id__in=pool_organisation_ids(user))


def visible_jobs(user):
    """Jobs an employer's editor (or a coordinator) manages."""
    if is_coordinator(user):
        return HelperJob.objects.all()
    return HelperJob.objects.filter(employer_id__in=roles.organisation_ids(user, Role.EDITOR))


def visible_candidates(user):
    """Candidates of the user's organisations (never all of them, not even for coordinators)."""
    return Candidate.objects.filter(organisation_id__in=roles.organisation_ids(user, Role.EDITOR))


def visible_sponsors(user):
    if is_coordinator(user):
        return Sponsor.objects.all()
    return Sponsor.objects.filter(coordinator_organisation_id__in=sponsor_organisation_ids(user))
