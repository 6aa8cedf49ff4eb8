"""Liveness and readiness: what load balancers and orchestrators ask."""

import json

import pytest
from django.db import OperationalError, connections


def test_healthz_answers_without_database_or_cookies(client):
    # No `db` fixture: pytest-django makes any database access fail this test.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert response.cookies == {}
    assert "no-store" in response["Cache-Control"]


def test_readyz_reports_every_configured_check(client, db):
    response = client.get("/readyz")

    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] is True
    assert response.cookies == {}


def test_readyz_is_503_with_details_when_the_database_fails(client, db, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    with monkeypatch.context() as patched:
        patched.setattr(connections["default"], "cursor", broken_cursor)
        response = client.get("/readyz")

    body = json.loads(response.content)
    assert response.status_code == 503
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == {
        "ok": False,
        "ms": body["checks"]["database"]["ms"],
        "error": "OperationalError: connection refused",
    }


def test_readyz_checks_redis_when_it_is_configured(client, db, settings):
    # A Redis nobody listens on: the cache and the channel layer are not ready.
    unreachable = "redis://127.0.0.1:1/0"
    settings.REDIS_URL = unreachable
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": unreachable,
        }
    }
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [unreachable]},
        }
    }

    response = client.get("/readyz")

    checks = json.loads(response.content)["checks"]
    assert response.status_code == 503
    assert checks["database"]["ok"] is True
    assert checks["cache"]["ok"] is False
    assert checks["channel_layer"]["ok"] is False
    assert "Connection" in checks["cache"]["error"]


def test_health_urls_have_no_language_prefix(client):
    assert client.get("/en/healthz").status_code == 404


def test_probes_reuse_one_redis_connection(settings):
    from treffpunkt.operations import health

    address = "redis://127.0.0.1:6379/0"
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [address]},
        }
    }
    if health.channel_layer() is not None:
        pytest.skip("no Redis on 127.0.0.1:6379")

    for _ in range(5):
        assert health.channel_layer() is None

    assert health._redis_client(address).connection_pool._created_connections == 1


def test_a_worker_keeps_its_start_up_objects_out_of_full_collections():
    import gc

    from treffpunkt import asgi

    assert asgi.application is not None
    assert gc.get_freeze_count() > 10_000
