"""Pages of the helper-job exchange: the public board and job pages; employers' jobs and the
contacts they received; counsellors' candidates, suggested jobs and the contact form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import job_matching, jobs
from ..forms_jobs import BoardFilterForm, CandidateForm, ContactForm, HelperJobForm
from ..models import Candidate, HelperJob
from ..rules import visible_candidates, visible_jobs

JOBS_PER_PAGE = 20


def _require(user, permission: str, obj=None) -> None:
    if not user.has_perm(permission, obj):
        raise PermissionDenied


# --- Public ----------------------------------------------------------------------------------


def job_board(request):
    """Open jobs, filtered by town, German level and skills."""
    form = BoardFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    found = jobs.board(**filters)
    page = Paginator(found, JOBS_PER_PAGE).get_page(request.GET.get("seite"))
    query = request.GET.copy()
    query.pop("seite", None)
    return render(
        request,
        "pools/jobs/board.html",
        {
            "form": form,
            "page": page,
            "filtered": any(filters.values()),
            "query": query.urlencode(),
        },
    )


def job_detail(request, pk: int):
    """A job's public page; counsellors also see which of their candidates it suits."""
    job = get_object_or_404(HelperJob.objects.select_related("employer", "municipality"), pk=pk)
    may_manage = request.user.has_perm("pools.change_helperjob", job)
    if job.status != HelperJob.Status.OPEN and not may_manage:
        raise Http404
    fitting = []
    if request.user.is_authenticated and job.status == HelperJob.Status.OPEN:
        own = Candidate.objects.filter(counsellor=request.user)
        fitting = job_matching.fitting_candidates(job, own)
    return render(
        request,
        "pools/jobs/job_detail.html",
        {"job": job, "may_manage": may_manage, "fitting": fitting},
    )


# --- Employers -------------------------------------------------------------------------------


@login_required
def employer_jobs(request):
    _require(request.user, "pools.add_helperjob")
    shown = (
        visible_jobs(request.user)
        .select_related("employer", "municipality")
        .annotate(contact_count=Count("contacts"))
        .order_by("status", "-created_at")
    )
    return render(request, "pools/jobs/employer_jobs.html", {"jobs": shown})


def _save_job(request, job: HelperJob | None):
    form = HelperJobForm(request.POST or None, instance=job, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("The job has been saved."))
        return redirect("pools:job-edit", pk=saved.pk)
    return render(request, "pools/jobs/job_form.html", {"form": form, "job": job})


def _job_for(request, pk: int) -> HelperJob:
    job = get_object_or_404(HelperJob, pk=pk)
    _require(request.user, "pools.change_helperjob", job)
    return job


@login_required
def job_create(request):
    _require(request.user, "pools.add_helperjob")
    return _save_job(request, None)


@login_required
def job_edit(request, pk: int):
    return _save_job(request, _job_for(request, pk))


@login_required
@require_POST
def job_close(request, pk: int):
    job = _job_for(request, pk)
    status = request.POST.get("status", HelperJob.Status.FILLED)
    if status not in (HelperJob.Status.FILLED, HelperJob.Status.CLOSED):
        status = HelperJob.Status.CLOSED
    jobs.close_job(job, status)
    messages.success(request, _("The job is no longer shown on the board."))
    return redirect("pools:employer-jobs")


@login_required
@require_POST
def job_reopen(request, pk: int):
    jobs.reopen_job(_job_for(request, pk))
    messages.success(request, _("The job is shown on the board again."))
    return redirect("pools:employer-jobs")


@login_required
def job_contacts(request, pk: int):
    """The candidates counsellors put in touch about a job: pseudonym and message only."""
    job = get_object_or_404(HelperJob.objects.select_related("employer"), pk=pk)
    _require(request.user, "pools.view_jobcontact", job)
    contacts = jobs.contacts_for_employer(job).order_by("-created_at")
    return render(request, "pools/jobs/job_contacts.html", {"job": job, "contacts": contacts})


# --- Counsellors -----------------------------------------------------------------------------


@login_required
def candidate_list(request):
    """The candidates of the user's organisations; the user's own first."""
    _require(request.user, "pools.add_candidate")
    candidates = visible_candidates(request.user).select_related("municipality", "counsellor")
    own = [c for c in candidates if c.counsellor_id == request.user.pk]
    colleagues = [c for c in candidates if c.counsellor_id != request.user.pk]
    return render(request, "pools/jobs/candidates.html", {"own": own, "colleagues": colleagues})


def _candidate_for(request, pk: int) -> Candidate:
    """A candidate of the user's organisations; others do not exist for the user."""
    return get_object_or_404(
        visible_candidates(request.user).select_related(
            "municipality", "counsellor", "organisation"
        ),
        pk=pk,
    )


@login_required
def candidate_detail(request, pk: int):
    """A candidate's profile with suggested jobs and their reasons."""
    candidate = _candidate_for(request, pk)
    return render(
        request,
        "pools/jobs/candidate_detail.html",
        {
            "candidate": candidate,
            "residence_notes": jobs.residence_notes_for(request.user, candidate),
            "may_change": request.user.has_perm("pools.change_candidate", candidate),
            "may_contact": request.user.has_perm("pools.add_jobcontact", candidate),
            "suggestions": job_matching.suggested_jobs(candidate),
            "contacted": set(candidate.contacts.values_list("job_id", flat=True)),
            "contacts": jobs.sent_contacts(candidate),
        },
    )


def _save_candidate(request, candidate: Candidate | None):
    form = CandidateForm(request.POST or None, instance=candidate, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        if candidate is None:
            saved.counsellor = request.user
        saved.save()
        form.save_m2m()
        messages.success(request, _("The profile has been saved."))
        return redirect("pools:candidate", pk=saved.pk)
    return render(request, "pools/jobs/candidate_form.html", {"form": form, "candidate": candidate})


@login_required
def candidate_create(request):
    _require(request.user, "pools.add_candidate")
    return _save_candidate(request, None)


@login_required
def candidate_edit(request, pk: int):
    candidate = _candidate_for(request, pk)
    _require(request.user, "pools.change_candidate", candidate)
    return _save_candidate(request, candidate)


@login_required
@require_POST
def candidate_delete(request, pk: int):
    candidate = _candidate_for(request, pk)
    _require(request.user, "pools.delete_candidate", candidate)
    candidate.delete()
    messages.success(request, _("The profile and its contacts have been deleted."))
    return redirect("pools:candidates")


@login_required
def candidate_contact(request, pk: int, job_pk: int):
    """Put a candidate in touch with a job's employer (needs the candidate's consent)."""
    candidate = _candidate_for(request, pk)
    _require(request.user, "pools.add_jobcontact", candidate)
    job = get_object_or_404(
        HelperJob.objects.select_related("employer", "municipality"),
        pk=job_pk,
        status=HelperJob.Status.OPEN,
    )
    form = ContactForm(request.POST or None)
    if request.method == "POST" and candidate.consents_to_contact and form.is_valid():
        try:
            jobs.contact_employer(candidate, job, form.cleaned_data["message"])
        except jobs.ContactRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("The employer has been sent your message by e-mail."))
        return redirect("pools:candidate", pk=candidate.pk)
    reasons = [
        m.reasons
        for m in job_matching.suggested_jobs(candidate, HelperJob.objects.filter(pk=job.pk))
    ]
    return render(
        request,
        "pools/jobs/contact_form.html",
        {
            "candidate": candidate,
            "job": job,
            "form": form,
            "reasons": reasons[0] if reasons else [],
            "already": candidate.contacts.filter(job=job).exists(),
        },
        status=200 if candidate.consents_to_contact else 403,
    )
