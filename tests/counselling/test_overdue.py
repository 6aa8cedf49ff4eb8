"""Team leads are told once when a promised answer is overdue."""

import datetime

from django.core import mail
from django.utils import timezone

from treffpunkt.core.scheduling import JOBS
from treffpunkt.counselling import cases, overdue
from treffpunkt.counselling.models import Case, Counsellor

from .conftest import make_counsellor, open_case


def test_leads_get_one_mail_per_overdue_answer_without_content(service, counselling_org):
    lead = make_counsellor(counselling_org, email="lead@example.org")
    Counsellor.objects.filter(user=lead).update(is_lead=True)
    late, _ = open_case(service, text="Geheime Frage zur Miete")
    on_time, _ = open_case(service)
    mail.outbox.clear()
    later = timezone.now() + datetime.timedelta(hours=49)
    Case.objects.filter(pk=on_time.pk).update(answer_due_at=later + datetime.timedelta(hours=1))

    first = overdue.report_overdue(later)
    second = overdue.report_overdue(later)

    assert (first, second) == (1, 0)
    [message] = mail.outbox
    assert message.to == ["lead@example.org"]
    assert f"/beratung/team/fall/{late.pk}/" in message.body
    assert "Miete" not in message.body


def test_an_answer_resets_the_report(service, counsellor):
    case, _ = open_case(service)
    later = timezone.now() + datetime.timedelta(hours=49)
    overdue.report_overdue(later)

    cases.counsellor_answers(case, counsellor, "Antwort")
    cases.client_writes(case, "Noch eine Frage")

    case.refresh_from_db()
    assert case.overdue_reported_at is None
    assert overdue.report_overdue(later + datetime.timedelta(hours=49)) == 1


def test_the_scheduler_checks_hourly():
    [job] = [job for job in JOBS if job.name == "counselling-overdue"]

    assert (job.task, job.every) == (
        "treffpunkt.counselling.tasks.report_overdue_cases",
        datetime.timedelta(hours=1),
    )
