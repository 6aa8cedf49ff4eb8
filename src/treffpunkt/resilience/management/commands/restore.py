from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from ... import backup
from . import _passphrase


class Command(BaseCommand):
    help = (
        "Restore a backup into the configured, fresh (empty) database and MEDIA_ROOT, and "
        "check every table's rows and checksum against the backup's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        _passphrase.add_argument(parser)
        parser.add_argument(
            "--keys-file",
            type=Path,
            default=Path(settings.DATA_DIR) / "counselling-keys.env",
            help="Where the counselling keys are written (mode 0600), for the environment file.",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, **options):
        try:
            manifest = backup.restore(
                options["directory"],
                _passphrase.read(options),
                options["keys_file"],
                options["database"],
            )
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {len(manifest['tables'])} tables, every one equal to the backup "
            f"of {manifest['created_at']}, and {manifest['media_files']} uploaded files."
        )
        if manifest["counselling_keys"]:
            self.stdout.write(
                f"The counselling keys are in {options['keys_file']}: put its line into the "
                "environment file, then delete it."
            )
