from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from ... import backup
from . import _passphrase


class Command(BaseCommand):
    help = (
        "Back up the database, the uploaded files and the counselling keys (encrypted with a "
        "passphrase) into a new directory, with a manifest of every table's rows and checksum."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        _passphrase.add_argument(parser)
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, **options):
        try:
            manifest = backup.backup(
                options["directory"], _passphrase.read(options), options["database"]
            )
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(table["rows"] for table in manifest["tables"].values())
        self.stdout.write(
            f"Backed up {len(manifest['tables'])} tables ({rows} rows), "
            f"{manifest['media_files']} uploaded files and {manifest['counselling_keys']} "
            f"counselling keys into {options['directory']}"
        )
