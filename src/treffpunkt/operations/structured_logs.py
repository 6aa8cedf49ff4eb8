"""Logs as one JSON object per line (TREFFPUNKT_LOG_FORMAT=json), each with the id of the
request it belongs to, so that nginx's access log and the workers' logs can be joined.

Imported by the LOGGING setting: no Django models here."""

import contextvars
import json
import logging
import re
import uuid
from datetime import UTC, datetime

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")

# nginx's $request_id is 32 hex digits; anything else from outside is replaced.
VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")
STANDARD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "request_id"}


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (empty outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or request_id.get(),
        }
        # Extra fields given as logger.info(..., extra={...}), when they are plain values.
        for name, value in vars(record).items():
            if name not in STANDARD_ATTRIBUTES and isinstance(value, str | int | float | bool):
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class RequestIdMiddleware:
    """Takes the id nginx gave the request (X-Request-ID) or makes one; returns it in the
    response so that a visitor's error report can be found in the logs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        value = given if VALID_REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id.set(value)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = value
        return response
