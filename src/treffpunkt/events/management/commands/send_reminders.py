"""Send the reminders that are due now (the scheduler does this every 15 minutes)."""

from django.core.management.base import BaseCommand

from treffpunkt.events.tasks import remind


class Command(BaseCommand):
    help = "E-mail the participants of events starting in about a day (each once)."

    def handle(self, *args, **options):
        count = remind()
        self.stdout.write(f"{count} reminder(s) enqueued.")
