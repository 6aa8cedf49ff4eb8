"""A small scheduler for the periodic background tasks.

`treffpunkt scheduler` wakes every 30 seconds and enqueues every job whose current slot
(the quarter hour, the hour, the day at 04:00, Monday 07:00 …, in local time) has not been
enqueued yet; `treffpunkt db_worker` runs what it enqueues. `--once` does one round, for
cron and tests.

Each slot is enqueued once, however many schedulers run and however often they restart:

- `cache.add(key)` with a key per job and slot ("scheduler:reminders:2026-11-23T10:15")
  is the lock: only the first scheduler to add it enqueues. With schedulers on several
  machines the cache must be shared, i.e. Redis (REDIS_URL); the in-memory cache only
  knows its own process.
- With the database task backend, the task table is the record of the last runs: a job
  already enqueued since its slot began is not enqueued again, even after a restart that
  emptied an in-memory cache.

A slot missed while no scheduler ran is caught up once at the next start (the jobs are
idempotent: reminders, releasing places, anonymising look at the current state).
"""

import datetime
import logging
import threading
from dataclasses import dataclass

from django.core.cache import cache
from django.db import close_old_connections
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

INTERVAL_SECONDS = 30


@dataclass(frozen=True)
class Job:
    """A task to enqueue every `every` (slots from local midnight), or daily at `at`, or
    weekly on `weekday` (0 = Monday) at `at`. Avoid local times between 02:00 and 03:00:
    they are skipped or repeated when the clocks change."""

    name: str
    task: str  # dotted path of a django_tasks task
    every: datetime.timedelta | None = None
    at: datetime.time | None = None
    weekday: int | None = None

    @property
    def period(self) -> datetime.timedelta:
        if self.every:
            return self.every
        return datetime.timedelta(days=7 if self.weekday is not None else 1)

    def slot(self, now: datetime.datetime) -> datetime.datetime:
        """The local wall-clock time (naive) at which the current slot began."""
        wall = timezone.localtime(now).replace(tzinfo=None, second=0, microsecond=0)
        midnight = wall.replace(hour=0, minute=0)
        if self.every:
            step = int(self.every.total_seconds() // 60)
            minutes = wall.hour * 60 + wall.minute
            return midnight + datetime.timedelta(minutes=minutes - minutes % step)
        start = datetime.datetime.combine(wall.date(), self.at or datetime.time(0))
        if self.weekday is not None:
            start -= datetime.timedelta(days=(wall.weekday() - self.weekday) % 7)
        if start > wall:
            start -= self.period
        return start

    def key(self, slot: datetime.datetime) -> str:
        return f"scheduler:{self.name}:{slot:%Y-%m-%dT%H:%M}"


JOBS = [
    Job(
        "reminders",
        "treffpunkt.events.tasks.send_due_reminders",
        every=datetime.timedelta(minutes=15),
    ),
    Job(
        "release-unconfirmed",
        "treffpunkt.events.tasks.release_unconfirmed",
        every=datetime.timedelta(hours=1),
    ),
    Job(
        "anonymise-participants",
        "treffpunkt.events.tasks.anonymise_participants",
        at=datetime.time(4, 0),
    ),
    Job(
        "stale-offers",
        "treffpunkt.events.tasks.notify_stale_offers",
        at=datetime.time(7, 0),
        weekday=0,
    ),
    Job(
        "interpreting-reminders",
        "treffpunkt.pools.interpreting.send_due_reminders",
        every=datetime.timedelta(minutes=15),
    ),
    Job(
        "interpreting-feedback",
        "treffpunkt.pools.interpreting.finish_past_assignments",
        every=datetime.timedelta(hours=1),
    ),
    Job(
        "counselling-overdue",
        "treffpunkt.counselling.tasks.report_overdue_cases",
        every=datetime.timedelta(hours=1),
    ),
    Job(
        "counselling-retention",
        "treffpunkt.counselling.tasks.purge_expired_cases",
        at=datetime.time(4, 30),
    ),
    Job(
        "offer-links",
        "treffpunkt.dashboard.tasks.check_offer_links",
        at=datetime.time(3, 30),
        weekday=6,
    ),
    Job(
        "dashboard-figures",
        "treffpunkt.dashboard.tasks.refresh_quality_figures",
        at=datetime.time(4, 15),
    ),
]


def clock() -> datetime.datetime:
    """Now (a seam for tests)."""
    return timezone.now()


def _enqueued_since(task, start: datetime.datetime) -> bool:
    """Whether the database backend holds this task enqueued at or after `start`."""
    from django_tasks_db.backend import DatabaseBackend

    backend = task.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return False
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=task.module_path, backend_name=backend.alias, enqueued_at__gte=start
    ).exists()


def run_due(now: datetime.datetime | None = None, jobs: list[Job] | None = None) -> list[str]:
    """One round: enqueue each job whose current slot is not enqueued yet. Returns the keys
    of the slots enqueued."""
    now = now or clock()
    enqueued = []
    for job in JOBS if jobs is None else jobs:
        slot = job.slot(now)
        key = job.key(slot)
        timeout = int(job.period.total_seconds() * 2)
        if not cache.add(key, now.isoformat(), timeout):
            continue  # this or another scheduler enqueued the slot
        try:
            task = import_string(job.task)
            if _enqueued_since(task, timezone.make_aware(slot)):
                continue
            task.enqueue()
        except Exception:
            cache.delete(key)  # let the next round try again
            raise
        logger.info("Enqueued %s", key)
        enqueued.append(key)
    return enqueued


def run_forever(stop: threading.Event, interval: float = INTERVAL_SECONDS, report=None) -> None:
    """Rounds every `interval` seconds until `stop` is set. A failing round (database away,
    say) is logged and the next one tries again."""
    while not stop.is_set():
        close_old_connections()
        try:
            for key in run_due():
                if report:
                    report(key)
        except Exception:
            logger.exception("Scheduler round failed")
        stop.wait(interval)
    close_old_connections()
