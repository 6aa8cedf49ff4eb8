"""/metrics: Prometheus' text format, only for allowed addresses or the bearer token."""

import asyncio
import uuid

from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from prometheus_client import REGISTRY

from treffpunkt.operations.metrics import LiveConnectionMetrics


def _sample(name, **labels):
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_metrics_are_refused_to_other_addresses(client, db):
    response = client.get("/metrics", REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 403
    assert b"treffpunkt_" not in response.content


def test_metrics_with_the_bearer_token_from_anywhere(client, db, settings):
    settings.TREFFPUNKT_METRICS_TOKEN = "s3cret-token"

    wrong = client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer nope")
    right = client.get(
        "/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer s3cret-token"
    )

    assert wrong.status_code == 403
    assert right.status_code == 200
    assert right["Content-Type"].startswith("text/plain")


def test_requests_are_counted_by_view_and_status(client, db):
    before = _sample(
        "treffpunkt_http_requests_total", view="directory:search", method="GET", status="200"
    )

    client.get("/angebote/")
    client.get("/angebote/")
    text = client.get("/metrics").content.decode()

    after = _sample(
        "treffpunkt_http_requests_total", view="directory:search", method="GET", status="200"
    )
    assert after - before == 2
    assert 'treffpunkt_http_request_duration_seconds_count{view="directory:search"}' in text


def test_task_queue_length_counts_waiting_tasks(client, db):
    for status in ("READY", "READY", "RUNNING", "SUCCESSFUL"):
        DBTaskResult.objects.create(
            id=uuid.uuid4(),
            status=status,
            task_path="treffpunkt.events.tasks.send_reminders",
            args_kwargs={"args": [], "kwargs": {}},
            queue_name="default",
            backend_name="default",
            priority=0,
            run_after=timezone.now(),
            exception_class_path="",
            traceback="",
        )

    text = client.get("/metrics").content.decode()

    assert 'treffpunkt_task_queue_length{status="ready"} 2.0' in text
    assert 'treffpunkt_task_queue_length{status="running"} 1.0' in text


def test_live_connections_are_counted_while_open():
    seen_while_open = []

    async def consumer(scope, receive, send):
        await send({"type": "websocket.accept"})
        seen_while_open.append(_sample("treffpunkt_live_connections"))
        await send({"type": "websocket.close"})

    async def refused(scope, receive, send):
        await send({"type": "websocket.close", "code": 4403})

    async def noop_send(message):
        pass

    async def receive():
        return {"type": "websocket.connect"}

    before = _sample("treffpunkt_live_connections")
    connects = _sample("treffpunkt_live_connects_total")
    asyncio.run(LiveConnectionMetrics(consumer)({"type": "websocket"}, receive, noop_send))
    asyncio.run(LiveConnectionMetrics(refused)({"type": "websocket"}, receive, noop_send))

    assert seen_while_open == [before + 1]
    assert _sample("treffpunkt_live_connections") == before
    assert _sample("treffpunkt_live_connects_total") == connects + 1
