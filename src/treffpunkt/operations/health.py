"""Readiness: can this worker serve requests? Each check returns None when fine, else why not."""

import functools
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connections


def database() -> str | None:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any driver error means "not ready"
        return f"{type(error).__name__}: {error}"
    return None


def redis_cache() -> str | None:
    try:
        cache.get("treffpunkt:readyz")
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None


@functools.cache
def _redis_client(address: str):
    """One client (with its connection pool) per address and process: a probe every few
    seconds reuses a connection instead of opening one."""
    import redis

    return redis.Redis.from_url(address, socket_timeout=2, socket_connect_timeout=2)


def channel_layer() -> str | None:
    """The Redis behind the live pages' channel layer (several workers need it)."""
    for host in settings.CHANNEL_LAYERS["default"].get("CONFIG", {}).get("hosts", []):
        address = host if isinstance(host, str) else host.get("address", "")
        try:
            _redis_client(address).ping()
        except Exception as error:
            return f"{type(error).__name__}: {error}"
    return None


def checks() -> dict:
    """The checks that apply to this installation (Redis only when it is configured)."""
    found = {"database": database}
    if settings.REDIS_URL:
        found["cache"] = redis_cache
    if "redis" in settings.CHANNEL_LAYERS["default"]["BACKEND"]:
        found["channel_layer"] = channel_layer
    return found


def readiness() -> tuple[bool, dict]:
    """Run every check; the details say what failed and how long each took."""
    details = {}
    for name, check in checks().items():
        started = time.perf_counter()
        problem = check()
        details[name] = {
            "ok": problem is None,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            **({"error": problem} if problem else {}),
        }
    return all(result["ok"] for result in details.values()), details
