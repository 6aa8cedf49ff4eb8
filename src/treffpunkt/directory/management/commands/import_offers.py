"""Import offers from a CSV or XLSX file: `treffpunkt import_offers FILE`."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from treffpunkt.directory import importing
from treffpunkt.directory.columns import COLUMNS_BY_KEY
from treffpunkt.network.models import Organisation

SHOWN_DUPLICATES = 50


class Command(BaseCommand):
    help = (
        "Import offers from a CSV or XLSX file (the columns of the CSV export). Every row is "
        "checked first; if any has a problem, nothing is written. Without --as-user the "
        "import may write into every organisation."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", type=Path, help="A .csv or .xlsx file.")
        parser.add_argument(
            "--organisation", metavar="SLUG", help="Organisation of rows without one."
        )
        parser.add_argument(
            "--map",
            metavar="HEADER=COLUMN",
            action="append",
            default=[],
            help='Assign a header to a column key, e.g. --map "Träger=organisation"; '
            '"HEADER=" ignores the column. May be repeated.',
        )
        parser.add_argument("--dry-run", action="store_true", help="Check only, write nothing.")
        parser.add_argument(
            "--update-duplicates",
            action="store_true",
            help="Update offers that are already there instead of skipping them.",
        )
        parser.add_argument(
            "--as-user", metavar="USERNAME", help="Import with this user's rights (and name)."
        )

    def handle(self, *args, file: Path, **options):
        started = time.monotonic()
        user = _user(options["as_user"])
        organisation = _organisation(options["organisation"])
        table = _read(file)
        mapping = _mapping(table.headers, options["map"])
        self._print_mapping(mapping)
        with tqdm(
            total=len(table), unit="row", disable=options["verbosity"] == 0, file=self.stderr
        ) as bar:
            plan = importing.plan_import(
                table,
                mapping,
                user=user,
                default_organisation=organisation,
                update_duplicates=options["update_duplicates"],
                progress=bar.update,
            )
        self._print_duplicates(plan)
        self._print_counts(plan)
        if plan.problems:
            self._print_problems(plan)
            raise CommandError(
                _("%(count)s problem(s) found, nothing was imported.")
                % {"count": len(plan.problems)},
                returncode=1,
            )
        if options["dry_run"]:
            self.stdout.write(_("Dry run: nothing was written."))
            return
        self._commit(plan, user, options["verbosity"], started)

    def _commit(self, plan, user, verbosity: int, started: float) -> None:
        total = plan.new_count + plan.updated_count
        with tqdm(total=total, unit="offer", disable=verbosity == 0, file=self.stderr) as bar:
            result = importing.commit(plan, user, progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "%(created)s offer(s) created, %(updated)s updated, %(places)s new place(s) "
                    "in %(seconds)s s."
                )
                % {
                    "created": result.created_count,
                    "updated": result.updated_count,
                    "places": result.locations_created,
                    "seconds": f"{time.monotonic() - started:.1f}",
                }
            )
        )

    def _print_mapping(self, mapping: dict) -> None:
        self.stdout.write(_("Columns:"))
        for header, key in mapping.items():
            target = f"{key} ({COLUMNS_BY_KEY[key].header})" if key else _("(ignored)")
            self.stdout.write(f"  {header} -> {target}")

    def _print_counts(self, plan) -> None:
        self.stdout.write(
            _(
                "%(total)s row(s): %(new)s new, %(updated)s to update, "
                "%(skipped)s duplicate(s) skipped, %(invalid)s with problems."
            )
            % {
                "total": plan.total,
                "new": plan.new_count,
                "updated": plan.updated_count,
                "skipped": plan.skipped_count,
                "invalid": plan.invalid_count,
            }
        )

    def _print_problems(self, plan) -> None:
        for problem in plan.problems:
            self.stdout.write(
                _("Row %(row)s, column “%(column)s”: %(message)s")
                % {"row": problem.row, "column": problem.column, "message": problem.message}
            )

    def _print_duplicates(self, plan) -> None:
        for duplicate in plan.duplicates[:SHOWN_DUPLICATES]:
            if duplicate.in_file:
                text = _("Row %(row)s repeats row %(first)s (“%(title)s”), skipped.")
            elif plan.update_duplicates:
                text = _("Row %(row)s: “%(title)s” is offer %(id)s, which will be updated.")
            else:
                text = _("Row %(row)s: “%(title)s” is already offer %(id)s, skipped.")
            self.stdout.write(
                text
                % {
                    "row": duplicate.row,
                    "first": duplicate.first_row,
                    "title": duplicate.title,
                    "id": duplicate.existing_id,
                }
            )
        if len(plan.duplicates) > SHOWN_DUPLICATES:
            self.stdout.write(
                _("… and %(count)s more duplicate(s).")
                % {"count": len(plan.duplicates) - SHOWN_DUPLICATES}
            )


def _user(username: str | None):
    if not username:
        return None  # the operator: coordinator rights
    try:
        return get_user_model().objects.get(username=username, is_active=True)
    except get_user_model().DoesNotExist:
        raise CommandError(_('There is no active user "%(name)s".') % {"name": username}) from None


def _organisation(slug: str | None) -> Organisation | None:
    if not slug:
        return None
    try:
        return Organisation.objects.get(slug=slug)
    except Organisation.DoesNotExist:
        raise CommandError(_('There is no organisation "%(slug)s".') % {"slug": slug}) from None


def _read(path: Path) -> importing.Table:
    try:
        with path.open("rb") as file:
            return importing.read_table(file, path.name)
    except OSError as error:
        raise CommandError(
            _("Cannot read %(file)s: %(error)s") % {"file": path, "error": error}
        ) from None
    except importing.ImportFileError as error:
        raise CommandError(f"{path}: {error}") from None


def _mapping(headers: list[str], overrides: list[str]) -> dict[str, str | None]:
    """The guessed mapping with the --map assignments applied."""
    mapping = importing.guess_mapping(headers)
    for item in overrides:
        header, separator, key = item.rpartition("=")
        header, key = header.strip(), key.strip()
        if not separator or header not in mapping:
            raise CommandError(
                _('--map "%(item)s": the file has no column "%(header)s".')
                % {"item": item, "header": header or item}
            )
        if key and key not in COLUMNS_BY_KEY:
            raise CommandError(
                _('--map "%(item)s": unknown column key "%(key)s". Known keys: %(keys)s')
                % {"item": item, "key": key, "keys": ", ".join(COLUMNS_BY_KEY)}
            )
        if key:  # a column is assigned once: take it away from a guessed header
            mapping.update({h: None for h, k in mapping.items() if k == key})
        mapping[header] = key or None
    return mapping
