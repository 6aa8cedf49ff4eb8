"""Structured logs: one JSON object per line, with the id of the request."""

import json
import logging

from django.http import HttpResponse
from django.test import RequestFactory

from treffpunkt.operations.structured_logs import (
    JSONFormatter,
    RequestIdFilter,
    RequestIdMiddleware,
)


def _logging_view(records):
    def view(request):
        record = logging.makeLogRecord(
            {"name": "treffpunkt.test", "msg": "hello %s", "args": ("x",), "levelname": "INFO"}
        )
        RequestIdFilter().filter(record)
        records.append(record)
        return HttpResponse("ok")

    return view


def test_the_request_id_from_nginx_is_logged_and_returned():
    records = []
    request = RequestFactory().get("/", HTTP_X_REQUEST_ID="3f2a9c1b7d4e4f0a9b8c7d6e5f4a3b2c")

    response = RequestIdMiddleware(_logging_view(records))(request)

    line = json.loads(JSONFormatter().format(records[0]))
    assert response["X-Request-ID"] == "3f2a9c1b7d4e4f0a9b8c7d6e5f4a3b2c"
    assert line["request_id"] == "3f2a9c1b7d4e4f0a9b8c7d6e5f4a3b2c"
    assert line["message"] == "hello x"
    assert line["level"] == "INFO"
    assert line["logger"] == "treffpunkt.test"


def test_an_unusable_request_id_is_replaced():
    records = []
    request = RequestFactory().get("/", HTTP_X_REQUEST_ID='bad"id\nwith newline')

    response = RequestIdMiddleware(_logging_view(records))(request)

    assert response["X-Request-ID"] != 'bad"id\nwith newline'
    assert len(response["X-Request-ID"]) == 32
    assert records[0].request_id == response["X-Request-ID"]


def test_exceptions_and_extra_fields_are_kept():
    try:
        raise ValueError("broken")
    except ValueError:
        import sys

        record = logging.makeLogRecord(
            {"msg": "failed", "exc_info": sys.exc_info(), "case_count": 3}
        )

    line = json.loads(JSONFormatter().format(record))

    assert line["case_count"] == 3
    assert "ValueError: broken" in line["exception"]
    assert line["request_id"] == ""
