"""Create any number of plausible offers for benchmarks and load tests, and index them."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from treffpunkt.directory import demo_generator
from treffpunkt.directory.search import indexing


class Command(BaseCommand):
    help = (
        "Create COUNT more generated offers in the demo towns (published, with places, times, "
        "contacts and translations) and index them. Needs the demo network (load_demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many offers to create.")
        parser.add_argument(
            "--seed", type=int, default=2017, help="The same seed gives the same offers."
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Create offers although DEBUG is off (they appear in the public directory).",
        )

    def handle(self, *args, count: int, seed: int, allow_production: bool = False, **options):
        if count < 1:
            raise CommandError("COUNT must be at least 1.")
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Generated offers appear in the public directory. "
                "Use --allow-production if this really is a test installation."
            )
        quiet = options["verbosity"] == 0
        started = time.monotonic()
        try:
            with tqdm(total=count, unit="offer", desc="create", disable=quiet) as bar:
                ids = demo_generator.generate(count, seed=seed, progress=bar.update)
        except ValueError as error:
            raise CommandError(f"{error} Run load_demo first.") from error
        created = time.monotonic()
        with tqdm(total=len(ids), unit="offer", desc="index", disable=quiet) as bar:
            indexing.index_offers(ids, progress=bar.update)
        indexed = time.monotonic()
        self.stdout.write(
            f"{len(ids)} offers created in {created - started:.1f} s "
            f"and indexed in {indexed - created:.1f} s ({indexed - started:.1f} s in all)."
        )
