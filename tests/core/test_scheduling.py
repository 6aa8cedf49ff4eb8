"""The scheduler enqueues each periodic job once per slot, however often it runs."""

import datetime
import threading

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db.models import DBTaskResult

from treffpunkt.core import scheduling
from treffpunkt.core.scheduling import JOBS, Job

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def local(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args))


def job(name: str) -> Job:
    return next(job for job in JOBS if job.name == name)


@pytest.mark.parametrize(
    ("name", "now", "slot"),
    [
        ("reminders", (2026, 11, 23, 10, 14, 59), (2026, 11, 23, 10, 0)),
        ("reminders", (2026, 11, 23, 10, 15), (2026, 11, 23, 10, 15)),
        ("release-unconfirmed", (2026, 11, 23, 10, 59), (2026, 11, 23, 10, 0)),
        ("anonymise-participants", (2026, 11, 23, 3, 59), (2026, 11, 22, 4, 0)),
        ("anonymise-participants", (2026, 11, 23, 4, 0), (2026, 11, 23, 4, 0)),
        ("stale-offers", (2026, 11, 23, 6, 59), (2026, 11, 16, 7, 0)),  # a Monday
        ("stale-offers", (2026, 11, 23, 7, 0), (2026, 11, 23, 7, 0)),
        ("stale-offers", (2026, 11, 29, 23, 0), (2026, 11, 23, 7, 0)),  # the Sunday after
        ("reminders", (2026, 7, 1, 12, 20), (2026, 7, 1, 12, 15)),  # summer time
    ],
)
def test_slots_are_local_wall_clock_times(name, now, slot):
    assert job(name).slot(local(*now)) == datetime.datetime(*slot)


def test_keys_name_the_job_and_its_slot():
    reminders = job("reminders")

    assert reminders.key(reminders.slot(local(2026, 11, 23, 10, 20))) == (
        "scheduler:reminders:2026-11-23T10:15"
    )


CORE_JOBS = ["reminders", "release-unconfirmed", "anonymise-participants", "stale-offers"]


@pytest.fixture(autouse=True)
def core_jobs_only(monkeypatch):
    """The mechanism is tested on the first four jobs; apps add more over time."""
    monkeypatch.setattr(scheduling, "JOBS", [job for job in JOBS if job.name in CORE_JOBS])


def test_every_job_names_a_task_that_exists():
    from django.utils.module_loading import import_string

    assert {job.name for job in JOBS} >= {*CORE_JOBS, "interpreting-reminders"}
    for job in JOBS:
        assert hasattr(import_string(job.task), "enqueue"), job.task


@pytest.fixture
def dummy_backend(settings):
    settings.TASKS = DUMMY
    return task_backends["default"]


def enqueued(backend) -> list[str]:
    return [result.task.name for result in backend.results]


def test_each_job_is_enqueued_once_per_slot(db, dummy_backend):
    monday = local(2026, 11, 23, 10, 20)

    first = scheduling.run_due(monday)
    second = scheduling.run_due(monday + datetime.timedelta(seconds=30))
    next_quarter = scheduling.run_due(local(2026, 11, 23, 10, 30))
    next_hour = scheduling.run_due(local(2026, 11, 23, 11, 0))

    assert first == [
        "scheduler:reminders:2026-11-23T10:15",
        "scheduler:release-unconfirmed:2026-11-23T10:00",
        "scheduler:anonymise-participants:2026-11-23T04:00",
        "scheduler:stale-offers:2026-11-23T07:00",
    ]
    assert second == []
    assert next_quarter == ["scheduler:reminders:2026-11-23T10:30"]
    assert next_hour == [
        "scheduler:reminders:2026-11-23T11:00",
        "scheduler:release-unconfirmed:2026-11-23T11:00",
    ]
    assert enqueued(dummy_backend) == [
        "send_due_reminders",
        "release_unconfirmed",
        "anonymise_participants",
        "notify_stale_offers",
        "send_due_reminders",
        "send_due_reminders",
        "release_unconfirmed",
    ]


def test_a_failed_enqueue_is_tried_again_in_the_next_round(db, dummy_backend, monkeypatch):
    now = local(2026, 11, 23, 10, 20)
    reminders = job("reminders")
    broken = Job("broken", "treffpunkt.does.not.exist", every=datetime.timedelta(minutes=15))

    with pytest.raises(ImportError):
        scheduling.run_due(now, jobs=[broken])

    assert cache.get(broken.key(broken.slot(now))) is None
    assert scheduling.run_due(now, jobs=[reminders]) == ["scheduler:reminders:2026-11-23T10:15"]


def test_twice_once_enqueues_each_job_once_in_the_database(db, settings, monkeypatch, capsys):
    settings.TASKS = DATABASE
    monkeypatch.setattr(scheduling, "clock", lambda: local(2026, 11, 23, 10, 20))

    call_command("scheduler", "--once")
    call_command("scheduler", "--once")

    paths = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert paths == [
        "treffpunkt.events.tasks.anonymise_participants",
        "treffpunkt.events.tasks.notify_stale_offers",
        "treffpunkt.events.tasks.release_unconfirmed",
        "treffpunkt.events.tasks.send_due_reminders",
    ]
    assert capsys.readouterr().out == (
        "Enqueued scheduler:reminders:2026-11-23T10:15\n"
        "Enqueued scheduler:release-unconfirmed:2026-11-23T10:00\n"
        "Enqueued scheduler:anonymise-participants:2026-11-23T04:00\n"
        "Enqueued scheduler:stale-offers:2026-11-23T07:00\n"
    )


def test_a_restart_with_an_empty_cache_finds_the_runs_in_the_task_table(db, settings):
    settings.TASKS = DATABASE
    now = timezone.now()
    scheduling.run_due(now)
    cache.clear()  # the in-memory cache of a restarted scheduler

    again = scheduling.run_due(now)
    cache.clear()
    daily = [job("reminders"), job("anonymise-participants")]
    next_day = scheduling.run_due(now + datetime.timedelta(days=1), jobs=daily)

    assert again == []
    assert [key.split(":")[1] for key in next_day] == ["reminders", "anonymise-participants"]
    assert DBTaskResult.objects.count() == 6


def test_two_schedulers_at_once_enqueue_each_job_once(db, dummy_backend):
    now = local(2026, 11, 23, 10, 20)
    results = []
    barrier = threading.Barrier(2)

    def scheduler():
        barrier.wait()
        results.append(scheduling.run_due(now))

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(key for keys in results for key in keys) == [
        "scheduler:anonymise-participants:2026-11-23T04:00",
        "scheduler:release-unconfirmed:2026-11-23T10:00",
        "scheduler:reminders:2026-11-23T10:15",
        "scheduler:stale-offers:2026-11-23T07:00",
    ]


def test_the_loop_runs_rounds_until_it_is_stopped(db, dummy_backend):
    stop = threading.Event()
    reported = []

    def report(key):
        reported.append(key)
        stop.set()

    scheduling.run_forever(stop, interval=0.01, report=report)

    assert len(reported) == 4
    assert stop.is_set()
