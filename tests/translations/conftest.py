"""Fake LibreTranslate and DeepL servers: http.server in a thread, speaking the real APIs'
request and response formats and recording what they were sent."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest


class FakeService:
    def __init__(self):
        self.requests: list[dict] = []
        self.status = 200  # what to answer with besides 200: 403, 456, 500 …
        self.server = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


def _handler(service: FakeService, respond):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.headers.get("Content-Type", "").startswith("application/json"):
                body = json.loads(raw)
            else:
                body = parse_qs(raw.decode())
            service.requests.append(
                {"path": self.path, "headers": dict(self.headers), "body": body}
            )
            status, answer = respond(service, self.path, dict(self.headers), body)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    return Handler


def _serve(respond):
    service = FakeService()
    service.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(service, respond))
    thread = threading.Thread(target=service.server.serve_forever, daemon=True)
    thread.start()
    return service


def _libretranslate(service, path, headers, body):
    if path != "/translate":
        return 404, {"error": "Not Found"}
    if service.status != 200:
        return service.status, {"error": "Invalid API key" if service.status == 403 else "Error"}
    texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
    translated = [f"[{body['target']}] {text}" for text in texts]
    return 200, {"translatedText": translated if isinstance(body["q"], list) else translated[0]}


def _deepl(service, path, headers, body):
    if path != "/v2/translate":
        return 404, {"message": "Not found"}
    if service.status != 200:
        return service.status, {"message": "Quota exceeded" if service.status == 456 else "Error"}
    if not headers.get("Authorization", "").startswith("DeepL-Auth-Key "):
        return 403, {"message": "Wrong endpoint"}
    return 200, {
        "translations": [
            {"detected_source_language": "DE", "text": f"[{body['target_lang']}] {text}"}
            for text in body["text"]
        ]
    }


@pytest.fixture
def libretranslate_server():
    service = _serve(_libretranslate)
    yield service
    service.server.shutdown()
    service.server.server_close()


@pytest.fixture
def deepl_server():
    service = _serve(_deepl)
    yield service
    service.server.shutdown()
    service.server.server_close()


@pytest.fixture
def unused_url():
    """An address where nothing listens (the port was free a moment ago)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
