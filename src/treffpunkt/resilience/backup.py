"""Backups of a Treffpunkt installation, and restoring them into a fresh database.

A backup directory holds the database (pg_dump's custom format on PostgreSQL, a copy made
with SQLite's backup API otherwise), the uploaded files (media.tar), the counselling master
keys encrypted with a passphrase (counselling-keys.json), and manifest.json: the checksum of
each of these files and, per table, the number of rows and a checksum of their content —
taken from the same snapshot as the dump, so that a restore can prove it is complete.
"""

import base64
import datetime
import hashlib
import json
import os
import sqlite3
import subprocess
import tarfile
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from django.conf import settings
from django.db import connections, transaction
from django.db.backends.postgresql.client import DatabaseClient

MANIFEST = "manifest.json"
MEDIA = "media.tar"
KEYS = "counselling-keys.json"
PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
FORMAT = 1
# Scrypt's cost: about 0.1 s and 32 MiB per guess (RFC 7914's interactive figure, doubled).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class BackupError(Exception):
    """The backup cannot be made or does not restore as recorded."""


# --- Table manifest ------------------------------------------------------------------------


def _tables(cursor, vendor: str) -> list[str]:
    if vendor == "postgresql":
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    else:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    return sorted(row[0] for row in cursor.fetchall())


def _primary_key(cursor, vendor: str, table: str) -> list[str]:
    if vendor == "postgresql":
        cursor.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY a.attnum",
            [_quote(table)],
        )
        return [row[0] for row in cursor.fetchall()]
    cursor.execute(f"PRAGMA table_info({_quote(table)})")
    return [row[1] for row in sorted(cursor.fetchall(), key=lambda row: row[5]) if row[5]]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _canonical(value) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _rows_digest(rows: Iterable[tuple]) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        digest.update("\x1f".join(_canonical(value) for value in row).encode() + b"\x1e")
        count += 1
    return count, digest.hexdigest()


def _fetch_all(cursor, size: int = 2000):
    while rows := cursor.fetchmany(size):
        yield from rows


def table_manifest(cursor, vendor: str) -> dict[str, dict]:
    """Rows and a content checksum of every table, rows taken in primary-key order."""
    manifest = {}
    for table in _tables(cursor, vendor):
        order = _primary_key(cursor, vendor, table)
        order_by = ", ".join(_quote(column) for column in order) if order else "1"
        cursor.execute(f"SELECT * FROM {_quote(table)} ORDER BY {order_by}")
        rows, checksum = _rows_digest(_fetch_all(cursor))
        manifest[table] = {"rows": rows, "sha256": checksum}
    return manifest


# --- Files and keys ------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _fernet(passphrase: str, salt: bytes) -> Fernet:
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def seal_keys(keys: list[str], passphrase: str) -> dict:
    """The keys encrypted with a key derived from the passphrase (scrypt, then Fernet)."""
    salt = os.urandom(16)
    token = _fernet(passphrase, salt).encrypt(json.dumps(keys).encode())
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
        "fernet": token.decode(),
    }


def open_keys(sealed: dict, passphrase: str) -> list[str]:
    try:
        plain = _fernet(passphrase, base64.b64decode(sealed["salt"])).decrypt(sealed["fernet"])
    except InvalidToken:
        raise BackupError("The passphrase does not open the counselling keys.") from None
    return json.loads(plain)


def _pack_media(media_root: Path, target: Path) -> int:
    count = 0
    with tarfile.open(target, "w") as archive:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file():
                    archive.add(path, arcname=str(path.relative_to(media_root)))
                    count += 1
    return count


# --- Database ------------------------------------------------------------------------------


def _pg_env(settings_dict: dict) -> dict:
    """The environment pg_dump and pg_restore connect with: what Django's own `dbshell` passes
    (password, SSL mode and certificates, service, passfile from OPTIONS) plus the address."""
    _arguments, django_env = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(django_env or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER")):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    if settings_dict.get("NAME"):
        env["PGDATABASE"] = str(settings_dict["NAME"])
    return env


def _run(command: list[str], env: dict) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _dump_postgresql(alias: str, target: Path) -> dict:
    connection = connections[alias]
    # One snapshot for the dump and the manifest: what pg_dump writes is what was counted.
    with transaction.atomic(using=alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        _run(
            ["pg_dump", "--format=custom", f"--snapshot={snapshot}", "--file", str(target)],
            _pg_env(connection.settings_dict),
        )
        return table_manifest(cursor, "postgresql")


def _dump_sqlite(alias: str, target: Path) -> dict:
    connection = connections[alias]
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        with closing(copy.cursor()) as cursor:
            return table_manifest(cursor, "sqlite")


# --- Backup and restore --------------------------------------------------------------------


def backup(directory: Path, passphrase: str | None, alias: str = "default") -> dict:
    """Write a backup into `directory` (new or empty) and return its manifest."""
    directory.mkdir(parents=True, exist_ok=True)
    if any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty.")
    vendor = connections[alias].vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups of {vendor} databases are not supported.")
    database_file = directory / (PG_DUMP if vendor == "postgresql" else SQLITE_COPY)
    tables = (_dump_postgresql if vendor == "postgresql" else _dump_sqlite)(alias, database_file)
    media_files = _pack_media(Path(settings.MEDIA_ROOT), directory / MEDIA)
    keys = [key for key in settings.TREFFPUNKT_COUNSELLING_KEYS if key.strip()]
    if keys:
        if not passphrase:
            raise BackupError(
                "A passphrase is needed to store the counselling keys "
                "(--passphrase-file or TREFFPUNKT_BACKUP_PASSPHRASE)."
            )
        (directory / KEYS).write_text(json.dumps(seal_keys(keys, passphrase), indent=2))
    files = [database_file.name, MEDIA] + ([KEYS] if keys else [])
    manifest = {
        "format": FORMAT,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "vendor": vendor,
        "database": database_file.name,
        "media_files": media_files,
        "counselling_keys": len(keys),
        "files": {name: file_sha256(directory / name) for name in files},
        "tables": tables,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return manifest


def read_manifest(directory: Path) -> dict:
    """The manifest, after checking that every file it lists is intact."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{directory} holds no {MANIFEST}.") from None
    for name, checksum in manifest["files"].items():
        path = directory / name
        if not path.is_file() or file_sha256(path) != checksum:
            raise BackupError(f"{name} is missing or damaged (checksum differs).")
    return manifest


def _is_empty(alias: str) -> bool:
    connection = connections[alias]
    with connection.cursor() as cursor:
        return not _tables(cursor, connection.vendor)


def _restore_database(directory: Path, manifest: dict, alias: str) -> None:
    connection = connections[alias]
    if manifest["vendor"] != connection.vendor:
        raise BackupError(
            f"The backup is of a {manifest['vendor']} database, the target is {connection.vendor}."
        )
    if not _is_empty(alias):
        raise BackupError("The target database is not empty; restore into a fresh one.")
    source = directory / manifest["database"]
    if connection.vendor == "postgresql":
        connection.close()
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--dbname",
                connection.settings_dict["NAME"],
                str(source),
            ],
            _pg_env(connection.settings_dict),
        )
    else:
        connection.ensure_connection()
        with closing(sqlite3.connect(source)) as copy:
            copy.backup(connection.connection)


def database_manifest(alias: str = "default") -> dict[str, dict]:
    """table_manifest() of a configured database. SQLite is read without Django's type
    converters, as stored (as in the backup copy)."""
    connection = connections[alias]
    if connection.vendor == "sqlite":
        raw = sqlite3.connect(connection.settings_dict["NAME"])
        with closing(raw), closing(raw.cursor()) as cursor:
            return table_manifest(cursor, "sqlite")
    with connection.cursor() as cursor:
        return table_manifest(cursor, connection.vendor)


def verify(manifest: dict, alias: str = "default") -> list[str]:
    """Tables whose rows or checksum differ from the manifest (empty: all equal)."""
    restored = database_manifest(alias)
    recorded = manifest["tables"]
    return sorted(
        table
        for table in set(recorded) | set(restored)
        if recorded.get(table) != restored.get(table)
    )


def restore(
    directory: Path, passphrase: str | None, keys_file: Path, alias: str = "default"
) -> dict:
    """Restore a backup into a fresh database and MEDIA_ROOT; write the counselling keys to
    `keys_file` (readable by its owner only). Raises BackupError unless every table is equal."""
    manifest = read_manifest(directory)
    keys = []
    if manifest["counselling_keys"]:
        if not passphrase:
            raise BackupError("The backup holds counselling keys: a passphrase is needed.")
        keys = open_keys(json.loads((directory / KEYS).read_text()), passphrase)
        if keys_file.exists():
            raise BackupError(f"{keys_file} exists; move it away first.")
    _restore_database(directory, manifest, alias)
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(directory / MEDIA) as archive:
        archive.extractall(media_root, filter="data")
    if keys:
        keys_file.parent.mkdir(parents=True, exist_ok=True)
        keys_file.touch(mode=0o600)
        keys_file.write_text(f"TREFFPUNKT_COUNSELLING_KEYS={','.join(keys)}\n")
    differing = verify(manifest, alias)
    if differing:
        raise BackupError(f"Restored tables differ from the backup: {', '.join(differing)}")
    return manifest
