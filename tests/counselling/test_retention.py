"""Cases are deleted after their periods; only counts remain."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from treffpunkt.core.scheduling import JOBS
from treffpunkt.counselling import cases, retention, tasks
from treffpunkt.counselling.models import Attachment, Case, CaseTally, Message

from .conftest import open_case

NOW = timezone.now()


def days_ago(days: int) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def make(service, counsellor, *, created: int, answered: bool, closed: int | None = None) -> Case:
    case, _ = open_case(service, attachment=("application/pdf", b"%PDF-1.4"))
    if answered:
        cases.counsellor_answers(case, counsellor, "Antwort")
    if closed is not None:
        cases.set_status(case, Case.Status.CLOSED)
    Case.objects.filter(pk=case.pk).update(
        created_at=days_ago(created), closed_at=days_ago(closed) if closed is not None else None
    )
    return case


def test_closed_cases_go_after_90_days_unanswered_after_30(service, counsellor):
    old_closed = make(service, counsellor, created=200, answered=True, closed=91)
    recent_closed = make(service, counsellor, created=200, answered=True, closed=89)
    never_answered = make(service, counsellor, created=31, answered=False)
    young_unanswered = make(service, counsellor, created=29, answered=False)
    long_running = make(service, counsellor, created=300, answered=True)

    deleted = retention.purge(NOW)

    assert deleted == {"closed": 1, "unanswered": 1}
    remaining = set(Case.objects.values_list("pk", flat=True))
    assert remaining == {recent_closed.pk, young_unanswered.pk, long_running.pk}
    assert not Case.objects.filter(pk__in=[old_closed.pk, never_answered.pk]).exists()
    assert Message.objects.filter(case_id__in=[old_closed.pk, never_answered.pk]).count() == 0
    assert Attachment.objects.count() == 3


def test_only_counts_remain(service, counsellor, housing):
    make(service, counsellor, created=200, answered=True, closed=100)
    make(service, counsellor, created=200, answered=True, closed=95)

    retention.purge(NOW)

    tallies = list(CaseTally.objects.values_list("service", "language", "reason", "count"))
    assert tallies == [(service.pk, "ar", "closed", 2)]


def test_the_period_is_configurable(service, counsellor, settings):
    settings.TREFFPUNKT_COUNSELLING_RETENTION_DAYS = 10
    make(service, counsellor, created=20, answered=True, closed=11)

    assert retention.purge(NOW) == {"closed": 1, "unanswered": 0}


def test_command_and_task(service, counsellor):
    make(service, counsellor, created=40, answered=False)
    make(service, counsellor, created=41, answered=False)

    call_command("purge_counselling_cases", stdout=StringIO())
    assert Case.objects.count() == 0
    assert tasks.purge_expired_cases.call() == {"closed": 0, "unanswered": 0}


def test_the_scheduler_runs_the_purge_daily():
    [job] = [job for job in JOBS if job.name == "counselling-retention"]

    assert (job.task, job.at) == (
        "treffpunkt.counselling.tasks.purge_expired_cases",
        datetime.time(4, 30),
    )
