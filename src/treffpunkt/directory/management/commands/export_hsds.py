"""Write the directory as Open Referral HSDS 3.0 JSON: `treffpunkt export_hsds DIR`."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from treffpunkt.directory.hsds import export
from treffpunkt.directory.models import Offer
from treffpunkt.network.models import Organisation

SHOWN_PROBLEMS = 20


class Command(BaseCommand):
    help = (
        "Export the directory's offers as Open Referral HSDS 3.0 JSON into DIR, one folder per "
        "language (published offers; every record is validated against the HSDS schemas)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", type=Path, help="Folder to write into.")
        parser.add_argument(
            "--organisation", metavar="SLUG", help="Only the offers of this organisation."
        )
        parser.add_argument(
            "--all-statuses",
            action="store_true",
            help="Also drafts, archived and expired offers (with their HSDS status).",
        )
        parser.add_argument(
            "--no-validate",
            action="store_true",
            help="Write the files without validating them against the HSDS schemas.",
        )

    def handle(self, *args, directory: Path, **options):
        offers = Offer.objects.all() if options["all_statuses"] else Offer.objects.published()
        if slug := options["organisation"]:
            if not Organisation.objects.filter(slug=slug).exists():
                raise CommandError(_('There is no organisation "%(slug)s".') % {"slug": slug})
            offers = offers.filter(organisation__slug=slug)
        try:
            counts = export.export(directory, offers, validate=not options["no_validate"])
        except OSError as error:
            raise CommandError(
                _("Cannot write to %(directory)s: %(error)s")
                % {"directory": directory, "error": error}
            ) from None
        except export.HSDSValidationError as error:
            shown = "\n".join(f"  {problem}" for problem in error.problems[:SHOWN_PROBLEMS])
            raise CommandError(
                _("%(count)s problem(s) with the HSDS records, nothing was written:")
                % {"count": len(error.problems)}
                + "\n"
                + shown
            ) from None
        for path, count in counts.items():
            self.stdout.write(f"{directory / path}: {count}")
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)s offers exported as HSDS to %(directory)s.")
                % {
                    "count": counts.get(f"{settings.LANGUAGE_CODE}/services.json", 0),
                    "directory": directory,
                }
            )
        )
