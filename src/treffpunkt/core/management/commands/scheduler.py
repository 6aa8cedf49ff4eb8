"""Enqueue the periodic background tasks when they are due (see treffpunkt.core.scheduling)."""

import signal
import threading

from django.core.management.base import BaseCommand

from treffpunkt.core import scheduling


class Command(BaseCommand):
    help = (
        "Enqueue periodic tasks (reminders, releasing unconfirmed places, anonymising, "
        "stale offers) when due; runs until SIGTERM or Ctrl+C. `treffpunkt db_worker` runs them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run one round and exit (for cron and tests)."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=scheduling.INTERVAL_SECONDS,
            help="Seconds between rounds (default: %(default)s).",
        )

    def handle(self, *args, once=False, interval=scheduling.INTERVAL_SECONDS, **options):
        if once:
            for key in scheduling.run_due():
                self._report(key)
            return
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_args: stop.set())
        # What it enqueues is logged (logger treffpunkt.core.scheduling).
        self.stdout.write(f"Scheduler started: a round every {interval:g} seconds.")
        self.stdout.flush()
        scheduling.run_forever(stop, interval=interval)
        self.stdout.write("Scheduler stopped.")

    def _report(self, key: str) -> None:
        self.stdout.write(f"Enqueued {key}")
        self.stdout.flush()
