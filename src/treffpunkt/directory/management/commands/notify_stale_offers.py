"""E-mail editors the offers nobody has confirmed for too long (run daily or weekly)."""

from django.core.management.base import BaseCommand

from treffpunkt.directory.freshness import notify_stale_offers


class Command(BaseCommand):
    help = "Remind editors of offers not checked for TREFFPUNKT_STALE_AFTER_MONTHS months."

    def handle(self, *args, **options):
        sent = notify_stale_offers()
        self.stdout.write(f"{sent} reminder(s) sent.")
