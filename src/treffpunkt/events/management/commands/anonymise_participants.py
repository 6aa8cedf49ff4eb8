"""Remove the personal data of participants whose events are long over."""

from django.conf import settings
from django.core.management.base import BaseCommand

from treffpunkt.events import retention


class Command(BaseCommand):
    help = (
        "Anonymise participants whose every event ended more than "
        "TREFFPUNKT_ANONYMISE_AFTER_DAYS days ago (counts per event and room stay)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count who would be anonymised."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.TREFFPUNKT_ANONYMISE_AFTER_DAYS
        if dry_run:
            count = retention.due().count()
            self.stdout.write(f"{count} participant(s) would be anonymised (after {days} days).")
            return
        count = retention.anonymise_participants()
        self.stdout.write(f"{count} participant(s) anonymised (after {days} days).")
