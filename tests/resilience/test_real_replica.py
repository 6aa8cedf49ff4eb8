"""Against the streaming replica of deploy/replica.sh (port 5433), where one runs: skipped
unless the tests use PostgreSQL and a standby answers on TREFFPUNKT_TEST_REPLICA_PORT."""

import os
import time

import psycopg
import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import EventFactory
from treffpunkt.resilience import replica

PORT = int(os.environ.get("TREFFPUNKT_TEST_REPLICA_PORT", "5433"))


def _standby(settings_dict) -> psycopg.Connection | None:
    try:
        connection = psycopg.connect(
            host=settings_dict["HOST"] or "127.0.0.1",
            port=PORT,
            user=settings_dict["USER"] or "postgres",
            password=settings_dict["PASSWORD"] or None,
            dbname=settings_dict["NAME"],
            connect_timeout=2,
            autocommit=True,
        )
    except psycopg.Error:
        return None
    if not connection.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
        connection.close()
        return None
    return connection


@pytest.fixture
def standby(transactional_db):
    default = connections["default"]
    if default.vendor != "postgresql":
        pytest.skip("the replica needs PostgreSQL")
    connection = _standby(default.settings_dict)
    if connection is None:
        pytest.skip(f"no standby on port {PORT} (deploy/replica.sh start)")
    yield connection
    connection.close()


def _replicated(standby, event_pk: int, timeout: float = 10) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if standby.execute("SELECT 1 FROM events_event WHERE id = %s", [event_pk]).fetchone():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError("not replicated within 10 s")


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_public_page_is_read_from_the_real_replica(standby, client, settings, monkeypatch):
    settings.DATABASE_ROUTERS = ["treffpunkt.resilience.replica.ReplicaRouter"]
    replica.mark_healthy()
    event = EventFactory(title="Sprachcafé")
    _replicated(standby, event.pk)
    alias = connections[replica.REPLICA]
    alias.close()
    # A copy: in the tests the mirror shares the primary's settings dictionary.
    monkeypatch.setattr(alias, "settings_dict", {**alias.settings_dict, "PORT": PORT})

    with CaptureQueriesContext(alias) as queries:
        response = client.get(reverse("events:event", args=[event.pk]))
    alias.close()

    assert "Sprachcafé" in response.text
    assert len(queries) > 0
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        standby.execute("DELETE FROM events_event")
