"""Delete counselling cases past their retention period (the scheduler does it daily)."""

from django.core.management.base import BaseCommand

from treffpunkt.counselling import retention


class Command(BaseCommand):
    help = "Delete closed and unanswered counselling cases past their retention period."

    def handle(self, *args, **options):
        deleted = retention.purge()
        self.stdout.write(
            f"Deleted {deleted['closed']} closed and {deleted['unanswered']} unanswered cases."
        )
