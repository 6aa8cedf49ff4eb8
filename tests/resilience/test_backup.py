"""`treffpunkt backup` and `treffpunkt restore`: a backup restores into a fresh database
with every table equal, row for row."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connections
from django.db.utils import load_backend

from tests.counselling.conftest import make_service, open_case
from tests.factories import EventFactory, MunicipalityFactory, OrganisationFactory, applicant
from treffpunkt.events import registration
from treffpunkt.resilience.backup import database_manifest

PASSPHRASE = "correct horse battery staple"
RESTORED = "restored"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "events").mkdir(parents=True)
    (settings.MEDIA_ROOT / "events" / "programm.pdf").write_bytes(b"%PDF-1.7 Programm")
    return settings.MEDIA_ROOT


@pytest.fixture
def content(transactional_db):
    """Something in the tables that matter: a registration, a counselling case (binary,
    encrypted columns), the organisations and offers behind them."""
    event = EventFactory(capacity=5)
    registration.register(applicant(), [registration.Choice(event)])
    organisation = OrganisationFactory()
    open_case(make_service(organisation, MunicipalityFactory()))


@pytest.fixture
def fresh_database(tmp_path):
    """A second, empty database of the same kind, under the alias "restored"."""
    default = connections["default"]
    settings_dict = dict(default.settings_dict)
    if default.vendor == "postgresql":
        name = f"{settings_dict['NAME']}_restored"
        with default.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    else:
        name = str(tmp_path / "restored.sqlite3")
    # Registered as a connection only, not in settings: the test framework allows such.
    connections[RESTORED] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(
        {**settings_dict, "NAME": name}, RESTORED
    )
    yield connections[RESTORED]
    connections[RESTORED].close()
    del connections[RESTORED]
    if default.vendor == "postgresql":
        with default.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _manifest(alias):
    return database_manifest(alias)


@pytest.fixture
def backed_up(content, media, tmp_path, monkeypatch):
    monkeypatch.setenv("TREFFPUNKT_BACKUP_PASSPHRASE", PASSPHRASE)
    call_command("backup", str(tmp_path / "backup"))
    return tmp_path / "backup"


def test_restore_into_a_fresh_database_equals_the_original(
    backed_up, fresh_database, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    keys_file = tmp_path / "keys.env"

    call_command("restore", str(backed_up), "--database", RESTORED, "--keys-file", str(keys_file))

    original, restored = _manifest("default"), _manifest(RESTORED)
    assert restored == original
    assert original["events_registration"]["rows"] == 1
    assert original["counselling_case"]["rows"] == 1
    assert (settings.MEDIA_ROOT / "events" / "programm.pdf").read_bytes() == b"%PDF-1.7 Programm"
    keys = ",".join(settings.TREFFPUNKT_COUNSELLING_KEYS)
    assert keys_file.read_text() == f"TREFFPUNKT_COUNSELLING_KEYS={keys}\n"
    assert keys_file.stat().st_mode & 0o777 == 0o600


def test_manifest_records_every_table_and_keeps_the_keys_secret(backed_up, settings):
    manifest = json.loads((backed_up / "manifest.json").read_text())

    assert manifest["tables"] == _manifest("default")
    assert manifest["media_files"] == 1
    sealed = (backed_up / "counselling-keys.json").read_text()
    assert settings.TREFFPUNKT_COUNSELLING_KEYS[0] not in sealed


def test_wrong_passphrase_restores_nothing(backed_up, fresh_database, monkeypatch, tmp_path):
    monkeypatch.setenv("TREFFPUNKT_BACKUP_PASSPHRASE", "wrong")

    with pytest.raises(CommandError, match="passphrase"):
        call_command("restore", str(backed_up), "--database", RESTORED)

    assert _manifest(RESTORED) == {}


def test_a_damaged_backup_is_refused(backed_up, fresh_database):
    database = next(backed_up.glob("database.*"))
    database.write_bytes(database.read_bytes()[:-10])

    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(backed_up), "--database", RESTORED)


def test_restore_refuses_a_database_in_use(backed_up, tmp_path):
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(backed_up), "--keys-file", str(tmp_path / "k.env"))


def test_keys_are_not_stored_without_a_passphrase(content, media, tmp_path, monkeypatch):
    monkeypatch.delenv("TREFFPUNKT_BACKUP_PASSPHRASE", raising=False)

    with pytest.raises(CommandError, match="passphrase"):
        call_command("backup", str(tmp_path / "backup"))


def test_pg_dump_connects_as_django_does():
    from treffpunkt.resilience import backup

    env = backup._pg_env(
        {
            "NAME": "treffpunkt",
            "USER": "kreis",
            "PASSWORD": "geheim",
            "HOST": "db.kreis.example",
            "PORT": "6432",
            "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/kreis-ca.pem"},
        }
    )

    assert (env["PGHOST"], env["PGPORT"], env["PGUSER"], env["PGDATABASE"]) == (
        "db.kreis.example",
        "6432",
        "kreis",
        "treffpunkt",
    )
    assert env["PGPASSWORD"] == "geheim"
    assert (env["PGSSLMODE"], env["PGSSLROOTCERT"]) == ("verify-full", "/etc/ssl/kreis-ca.pem")
