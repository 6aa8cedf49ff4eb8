"""Routing public reads to a PostgreSQL read replica, and falling back when it is down.

Reads go to the replica only where a request allowed it (ReplicaRoutingMiddleware: anonymous,
safe methods, no recent write by this client); everything else — writes, tasks, commands,
WebSockets, reads inside a transaction — uses the primary. A replica that cannot be reached
is left alone for a few seconds, so public pages keep coming from the primary meanwhile.
"""

import logging
import time
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)

REPLICA = "replica"


@dataclass
class _Scope:
    allowed: bool  # reads may go to the replica
    used: bool = False  # a query was sent there (to know whom to blame for an error)


# Mutated in place rather than set again, so that threads the request hops through agree.
_scope: ContextVar[_Scope | None] = ContextVar("treffpunkt_replica_scope", default=None)

_unhealthy_until = 0.0  # time.monotonic() until which the replica is not tried again


ROUTER = "treffpunkt.resilience.replica.ReplicaRouter"


def configured() -> bool:
    """A replica is configured and its router routes (settings.py adds both together)."""
    return REPLICA in settings.DATABASES and ROUTER in settings.DATABASE_ROUTERS


@contextmanager
def reads_allowed(allowed: bool):
    """Within the block, public reads may go to the replica (if `allowed`)."""
    token = _scope.set(_Scope(allowed))
    try:
        yield
    finally:
        _scope.reset(token)


def replica_was_used() -> bool:
    scope = _scope.get()
    return scope is not None and scope.used


def use_primary_only() -> None:
    """The rest of the current request reads from the primary."""
    scope = _scope.get()
    if scope is not None:
        scope.allowed = False


def mark_unhealthy() -> None:
    """Send reads to the primary for a while; the connection is dropped so that it reconnects."""
    global _unhealthy_until
    _unhealthy_until = time.monotonic() + settings.TREFFPUNKT_REPLICA_RETRY_SECONDS
    logger.warning(
        "Read replica unavailable; reading from the primary for %s s",
        settings.TREFFPUNKT_REPLICA_RETRY_SECONDS,
    )
    # A broken connection may fail to close; it is discarded either way.
    with suppress(DatabaseError):
        connections[REPLICA].close()


def mark_healthy() -> None:
    global _unhealthy_until
    _unhealthy_until = 0.0


def is_healthy() -> bool:
    """Whether the replica can be used now (connects if needed; a failure is remembered)."""
    if time.monotonic() < _unhealthy_until:
        return False
    try:
        connections[REPLICA].ensure_connection()
    except DatabaseError:
        mark_unhealthy()
        return False
    return True


class ReplicaRouter:
    """DATABASE_ROUTERS entry, active when DATABASE_REPLICA_URL is set."""

    def db_for_read(self, model, **hints):
        scope = _scope.get()
        if (
            scope is not None
            and scope.allowed
            # A read inside a transaction belongs with the writes around it.
            and not connections[DEFAULT_DB_ALIAS].in_atomic_block
            and is_healthy()
        ):
            scope.used = True
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # both aliases hold the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary's schema by itself
