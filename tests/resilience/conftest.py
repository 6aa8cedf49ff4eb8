import pytest
from django.db import connections

from treffpunkt.resilience import replica

ROUTER = ["treffpunkt.resilience.replica.ReplicaRouter"]


@pytest.fixture
def routed(settings):
    """The replica router switched on (tests/settings.py defines the mirrored alias)."""
    settings.DATABASE_ROUTERS = ROUTER
    replica.mark_healthy()
    yield
    replica.mark_healthy()


@pytest.fixture
def lagging_replica(routed):
    """Call it to make the replica stop replaying: its connection then holds one snapshot
    (a read transaction) until the end of the test, blind to what is committed after."""
    connection = connections[replica.REPLICA]
    frozen = []

    def freeze():
        connection.ensure_connection()
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            else:
                cursor.execute("BEGIN")
            cursor.execute("SELECT count(*) FROM events_participant")  # takes the snapshot
        frozen.append(connection)

    yield freeze
    if frozen:
        with connection.cursor() as cursor:
            cursor.execute("ROLLBACK")


@pytest.fixture
def replica_down(routed, monkeypatch):
    """Connecting to the replica fails, as with a stopped cluster or a closed port."""
    connection = connections[replica.REPLICA]
    connection.close()

    def refuse(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused (replica stopped)")

    monkeypatch.setattr(connection, "get_new_connection", refuse)
    return connection
