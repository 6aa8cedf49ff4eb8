"""The helper-job exchange: employers post and close jobs, the public board finds them, and
counsellors keep candidate profiles, see suggested jobs and put a candidate in touch with an
employer.

Contact goes through the platform and only with the candidate's consent. The employer's
e-mail holds the candidate's pseudonym, what the counsellor writes and how to reach the
counsellor — nothing else of the profile, never the residence notes, which only the
counsellor ever sees."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from treffpunkt.core.mail import sender_for, templated_message
from treffpunkt.directory.search.text import fold, term, words
from treffpunkt.network import roles
from treffpunkt.network.models import Municipality, Organisation

from .job_matching import open_jobs, reachable_levels
from .models import Candidate, HelperJob, JobContact


class ContactRefused(Exception):
    """A contact that may not be made; the message says why, for the counsellor."""


# --- The public board ------------------------------------------------------------------------


def _job_words(job: HelperJob) -> set[str]:
    """Folded words and their stems of what a seeker would search a job by."""
    found = set()
    for word in words(f"{job.title} {job.skills} {job.tasks}"):
        found.add(fold(word))
        found.add(term(word, "de"))
    return found


def matches_words(job: HelperJob, text: str) -> bool:
    """Every word typed appears in the job's title, skills or tasks — folded, stemmed, and
    as the start of a longer word ("Lager" finds "Lagerarbeit")."""
    known = _job_words(job)
    for word in words(text):
        wanted = {fold(word), term(word, "de")}
        if not any(w.startswith(x) for w in known for x in wanted if x):
            return False
    return True


def board(town: Municipality | None = None, german_level: str = "", skills: str = ""):
    """Open jobs for the public board, newest first: in a town (or a district's towns), that
    need no better German than `german_level`, mentioning every word of `skills`."""
    jobs = open_jobs().select_related("employer", "municipality").order_by("-created_at", "-pk")
    if town is not None:
        jobs = jobs.filter(municipality_id__in=town.self_and_descendant_ids())
    if german_level:
        jobs = jobs.filter(german_level__in=reachable_levels(german_level))
    if skills.strip():
        return [job for job in jobs if matches_words(job, skills)]
    return list(jobs)


def board_towns():
    """The places the board can be filtered by: towns with open jobs and the districts
    they lie in."""
    ids = set(open_jobs().values_list("municipality_id", flat=True))
    frontier = set(ids)
    while frontier:
        frontier = (
            set(
                Municipality.objects.filter(pk__in=frontier, parent__isnull=False).values_list(
                    "parent_id", flat=True
                )
            )
            - ids
        )
        ids |= frontier
    return Municipality.objects.filter(pk__in=ids).exclude(kind=Municipality.Kind.STATE)


# --- Employers -------------------------------------------------------------------------------


def close_job(job: HelperJob, status: str = HelperJob.Status.FILLED) -> HelperJob:
    """Take a job off the board: filled, or closed without anyone."""
    if status not in (HelperJob.Status.FILLED, HelperJob.Status.CLOSED):
        raise ValueError(f"Not a closing status: {status}")
    job.status = status
    job.save(update_fields=["status"])
    return job


def reopen_job(job: HelperJob) -> HelperJob:
    job.status = HelperJob.Status.OPEN
    job.save(update_fields=["status"])
    return job


def contacts_for_employer(job: HelperJob):
    """What an employer sees of the contacts about a job: pseudonym, message, who sent it."""
    return job.contacts.select_related("candidate__organisation", "candidate__counsellor").only(
        "pk",
        "message",
        "created_at",
        "candidate__pseudonym",
        "candidate__organisation__name",
        "candidate__organisation__short_name",
        "candidate__counsellor__first_name",
        "candidate__counsellor__last_name",
        "candidate__counsellor__username",
        "candidate__counsellor__email",
    )


# --- Counsellors -----------------------------------------------------------------------------


def editor_organisations(user):
    """The organisations in which the user may keep candidates or post jobs (as an editor;
    candidates are never kept for another organisation, not even by coordinators)."""
    return Organisation.objects.filter(
        pk__in=roles.organisation_ids(user, roles.Role.EDITOR), is_active=True
    )


def residence_notes_for(user, candidate: Candidate) -> str | None:
    """The residence notes if the user is the candidate's counsellor; None for everyone
    else (colleagues, employers and coordinators included)."""
    if user.has_perm("pools.view_residence_notes", candidate):
        return candidate.residence_notes
    return None


def contact_employer(candidate: Candidate, job: HelperJob, message: str) -> JobContact:
    """Put a candidate in touch with a job's employer and send the employer an e-mail.

    Refused without the candidate's consent, for a job no longer open, and a second time
    for the same job."""
    if not candidate.consents_to_contact:
        raise ContactRefused(_("The candidate has not agreed that employers are contacted."))
    if job.status != HelperJob.Status.OPEN:
        raise ContactRefused(_("This job is no longer open."))
    try:
        with transaction.atomic():
            contact = JobContact.objects.create(job=job, candidate=candidate, message=message)
    except IntegrityError:
        raise ContactRefused(
            _("You have already contacted this employer about this job.")
        ) from None
    transaction.on_commit(lambda: send_contact_email.enqueue(contact.pk))
    return contact


def sent_contacts(candidate: Candidate):
    return candidate.contacts.select_related("job__employer").order_by("-created_at")


# --- The e-mail to the employer --------------------------------------------------------------


def employer_addresses(job: HelperJob) -> list[str]:
    """The employer's public role address; without one, its editors' addresses."""
    if job.employer.email:
        return [job.employer.email]
    return sorted(
        set(
            job.employer.memberships.filter(role=roles.Role.EDITOR, user__is_active=True)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )


def counsellor_name(candidate: Candidate) -> str:
    user = candidate.counsellor
    return user.get_full_name() or user.get_username()


def _sender(candidate: Candidate) -> str:
    """In the name of the counsellor's organisation."""
    return sender_for(candidate.organisation.name)


def contact_message(contact: JobContact) -> EmailMultiAlternatives | None:
    """The e-mail to the employer, in the site's language (organisations have none of
    their own); None if nobody can receive it."""
    job, candidate = contact.job, contact.candidate
    recipients = employer_addresses(job)
    if not recipients:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "job": job,
            "pseudonym": candidate.pseudonym,
            "message": contact.message,
            "counsellor": counsellor_name(candidate),
            "counsellor_email": candidate.counsellor.email,
            "organisation": candidate.organisation.name,
            "contacts_url": settings.SITE_URL + reverse("pools:job-contacts", args=[job.pk]),
            "site_name": settings.TREFFPUNKT_SITE_NAME,
        }
        return templated_message(
            "pools/jobs/email/contact",
            context,
            from_email=_sender(candidate),
            to=recipients,
            reply_to=[candidate.counsellor.email] if candidate.counsellor.email else [],
        )


@task()
def send_contact_email(contact_id: int) -> bool:
    """Send the employer the e-mail of one contact; False if it was withdrawn meanwhile."""
    contact = (
        JobContact.objects.filter(pk=contact_id)
        .select_related("job__employer", "candidate__organisation", "candidate__counsellor")
        .first()
    )
    if contact is None:
        return False
    message = contact_message(contact)
    if message is None:
        return False
    message.send()
    return True
