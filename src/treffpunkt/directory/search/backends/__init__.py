"""The database-specific half of the search: SQLite FTS5 or PostgreSQL tsvector + pg_trgm."""

from functools import cache

from django.db import connection

from .base import SearchBackend


@cache
def _backend_for(vendor: str) -> SearchBackend:
    if vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    if vendor == "sqlite":
        from .sqlite import SQLiteBackend

        return SQLiteBackend()
    raise RuntimeError(f"No search backend for database {vendor!r}")


def backend() -> SearchBackend:
    """The backend for the database Treffpunkt runs on."""
    return _backend_for(connection.vendor)
