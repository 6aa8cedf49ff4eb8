"""The passphrase that protects the counselling keys in a backup."""

import os
from pathlib import Path

ENV = "TREFFPUNKT_BACKUP_PASSPHRASE"


def add_argument(parser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        help=f"File holding the passphrase (first line); otherwise ${ENV}.",
    )


def read(options) -> str | None:
    if options["passphrase_file"]:
        lines = options["passphrase_file"].read_text().splitlines()
        return lines[0] if lines else None
    return os.environ.get(ENV) or None
