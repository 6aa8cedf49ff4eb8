"""`treffpunkt coverage`: the coverage matrix and the gap list, as the dashboard computes them."""

import csv
import json

from django.core.management.base import BaseCommand, CommandError

from treffpunkt.network.models import Network

from ...coverage import Filters, cube, gaps, residents
from ...scope import towns_of


class Command(BaseCommand):
    help = (
        "Print published offers per town × field of action × language "
        "({town, field_of_action, language, offers}) and the gap list."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--town", action="append", default=[], help="Town slug (repeatable).")
        parser.add_argument("--field", action="append", default=[], help="Field slug (repeatable).")
        parser.add_argument("--network", help="Network slug (default: the first with a district).")

    def handle(self, *args, format: str, town: list, field: list, network: str | None, **options):
        networks = Network.objects.filter(region__isnull=False).select_related("region")
        chosen = (
            networks.filter(slug=network).first()
            if network
            else networks.filter(region__kind="kreis").first() or networks.first()
        )
        if chosen is None:
            raise CommandError("No network with a region.")
        towns = towns_of(chosen.region)
        rows = cube(towns, Filters(towns=tuple(town), fields=tuple(field)))
        gap_list = gaps(rows, residents(towns))
        if format == "json":
            self.stdout.write(
                json.dumps(
                    {
                        "network": chosen.slug,
                        "coverage": [row.__dict__ for row in rows],
                        "gaps": [gap.__dict__ for gap in gap_list],
                    },
                    ensure_ascii=False,
                )
            )
            return
        writer = csv.writer(self.stdout)
        writer.writerow(["town", "field_of_action", "language", "offers"])
        writer.writerows([r.town, r.field_of_action, r.language, r.offers] for r in rows)
        self.stdout.write("")
        writer.writerow(["town", "field_of_action", "language", "residents"])
        writer.writerows([g.town, g.field_of_action, g.language, g.residents] for g in gap_list)
