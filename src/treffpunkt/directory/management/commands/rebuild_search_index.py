"""Rebuild the directory's search index from the offers."""

import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from treffpunkt.directory.models import Offer
from treffpunkt.directory.search import indexing


class Command(BaseCommand):
    help = "Drop and rebuild the search index (after restoring a backup or changing analysis)."

    def handle(self, *args, **options):
        started = time.monotonic()
        total = Offer.objects.filter(status=Offer.Status.PUBLISHED).count()
        with tqdm(total=total, unit="offer", disable=options["verbosity"] == 0) as bar:
            indexed = indexing.rebuild(progress=bar.update)
        self.stdout.write(f"{indexed} offers indexed in {time.monotonic() - started:.1f} s.")
