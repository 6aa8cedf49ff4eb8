"""Load the demo network built from the seed documents (idempotent)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

# Order matters: later loaders point at what earlier ones created.
DEMO_LOADERS = [
    "treffpunkt.core.demo.load",
    "treffpunkt.network.demo.load",
    "treffpunkt.directory.demo.load",
    "treffpunkt.events.demo.load",
    "treffpunkt.live.demo.load",
    "treffpunkt.results.demo.load",
    "treffpunkt.practice.demo.load",
    "treffpunkt.pools.demo.load",
    "treffpunkt.counselling.demo.load",
    "treffpunkt.dashboard.demo.load",
]


class Command(BaseCommand):
    help = "Load (or refresh) the demo network. Running it twice creates no duplicates."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo data although DEBUG is off (demo logins have a known password).",
        )

    def handle(self, *args, allow_production: bool = False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Demo data creates logins with a known password. "
                "Use --allow-production if this really is a demo installation."
            )
        lines: list[str] = []
        for dotted_path in DEMO_LOADERS:
            lines += import_string(dotted_path)()
        self.stdout.write(self.style.SUCCESS("Demo-Daten geladen."))
        for line in lines:
            self.stdout.write(line)
