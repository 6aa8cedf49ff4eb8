"""nginx (deploy/nginx/treffpunkt.conf) in front of uvicorn: together they send every header
once, never contradict each other, and the CSP allows no inline code."""

import gzip
import http.client
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
pytestmark = pytest.mark.skipif(
    NGINX is None, reason="nginx is not installed (apt-get install nginx; .ci/run does it)"
)
CSS = "src/treffpunkt/core/static/treffpunkt/css/site.css"
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _launcher():
    spec = importlib.util.spec_from_file_location("prod", PROJECT / "deploy" / "prod.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"nothing answers on port {port}")


@pytest.fixture(scope="module")
def static_root():
    """A static root as collectstatic leaves it: a file with a content hash and its .gz."""
    root = Path(tempfile.mkdtemp(prefix="treffpunkt-static-"))
    root.chmod(0o755)  # nginx's worker processes run as another user
    css = (PROJECT / CSS).read_bytes()
    (root / "site.css").write_bytes(css)
    (root / "site.0123456789ab.css").write_bytes(css)
    (root / "site.0123456789ab.css.gz").write_bytes(gzip.compress(css))
    for path in root.iterdir():
        path.chmod(0o644)
    yield root
    shutil.rmtree(root)


@pytest.fixture(scope="module")
def uvicorn_port(django_db_setup, django_db_blocker):
    import uvicorn

    from treffpunkt.asgi import application

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            application,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            proxy_headers=True,
            forwarded_allow_ips="127.0.0.1",
            lifespan="off",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    with django_db_blocker.unblock():
        thread.start()
        _wait_for(port)
        yield port
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def nginx_port(uvicorn_port, static_root):
    root = Path(tempfile.mkdtemp(prefix="treffpunkt-nginx-"))
    root.chmod(0o755)
    port = _free_port()
    config = _launcher().nginx_config(root, port, [uvicorn_port], str(static_root), str(root))
    process = subprocess.Popen(
        [NGINX, "-p", str(config), "-c", str(config / "nginx.conf"), "-e", "stderr"],
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(port)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def _get(port: int, path: str, **headers) -> tuple[int, list[tuple[str, str]], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": "127.0.0.1", **headers})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheaders(), body


def _single(headers: list[tuple[str, str]]) -> dict[str, str]:
    """The headers as a dict, after checking that none is sent twice."""
    names = [name.lower() for name, _value in headers]
    assert sorted({n for n in names if names.count(n) > 1}) == []
    return {name.lower(): value for name, value in headers}


def _csp(value: str) -> dict[str, str]:
    return dict((part.strip() + " ").split(" ", 1) for part in value.split(";") if part.strip())


@pytest.mark.django_db(transaction=True)
def test_a_page_through_nginx_has_each_security_header_once(nginx_port):
    status, headers, body = _get(nginx_port, "/angebote/", **{"Accept-Encoding": "gzip"})

    single = _single(headers)
    csp = _csp(single["content-security-policy"])
    assert status == 200
    assert single["content-encoding"] == "gzip"  # nginx compressed it …
    assert "Accept-Encoding" in single["vary"]  # … and Django's one Vary header says so
    assert "unsafe-inline" not in single["content-security-policy"]
    assert "unsafe-eval" not in single["content-security-policy"]
    assert csp["script-src"].strip() == "'self'"
    # X-Frame-Options and the CSP agree: no framing at all.
    assert single["x-frame-options"] == "DENY"
    assert csp["frame-ancestors"].strip() == "'none'"
    assert single["x-content-type-options"] == "nosniff"
    assert single["referrer-policy"] == "same-origin"
    assert "geolocation=(self)" in single["permissions-policy"]
    assert single["server"] == "nginx"  # no version
    assert len(single["x-request-id"]) == 32  # nginx's $request_id, passed through Django
    assert b"<html" in gzip.decompress(body)


def test_a_static_file_is_cached_for_a_year_and_compressed(nginx_port):
    status, headers, body = _get(
        nginx_port, "/static/site.0123456789ab.css", **{"Accept-Encoding": "gzip"}
    )

    single = _single(headers)
    assert status == 200
    assert single["cache-control"] == "public, max-age=31536000, immutable"
    assert single["content-encoding"] == "gzip"
    assert single["vary"] == "Accept-Encoding"
    assert single["x-content-type-options"] == "nosniff"
    assert "unsafe-inline" not in single["content-security-policy"]
    assert "expires" not in single  # no second, contradicting lifetime
    assert gzip.decompress(body) == (PROJECT / CSS).read_bytes()


def test_a_static_file_without_a_hash_is_cached_briefly(nginx_port):
    status, headers, _body = _get(nginx_port, "/static/site.css")

    single = _single(headers)
    assert status == 200
    assert single["cache-control"] == "public, max-age=3600"


@pytest.fixture
def nginx_without_workers(static_root):
    """nginx whose only worker is down (a port nobody listens on)."""
    root = Path(tempfile.mkdtemp(prefix="treffpunkt-nginx-"))
    root.chmod(0o755)
    port = _free_port()
    config = _launcher().nginx_config(root, port, [_free_port()], str(static_root), str(root))
    process = subprocess.Popen(
        [NGINX, "-p", str(config), "-c", str(config / "nginx.conf"), "-e", "stderr"],
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(port)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def test_a_request_no_worker_can_take_gets_503_with_retry_after(nginx_without_workers):
    status, headers, body = _get(nginx_without_workers, "/angebote/")

    single = _single(headers)
    assert status == 503
    assert single["retry-after"] == "5"
    assert single["cache-control"] == "no-store"
    assert body == b"Treffpunkt is restarting. Please try again in a few seconds.\n"


def _post(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(
        "POST",
        path,
        body="username=a&password=b",
        headers={"Host": "127.0.0.1", "Content-Type": "application/x-www-form-urlencoded"},
    )
    status = connection.getresponse().status
    connection.close()
    return status


@pytest.mark.django_db(transaction=True)
def test_nginx_limits_login_posts_per_address(nginx_port):
    statuses = [_post(nginx_port, "/konto/login/") for _ in range(8)]

    # 10 per minute with a burst of 5: the first six reach Django (403: no CSRF token here).
    assert statuses[:6] == [403] * 6
    assert statuses[6:] == [429, 429]


@pytest.mark.django_db(transaction=True)
def test_websockets_are_upgraded_through_nginx(nginx_port):
    import asyncio

    import websockets

    async def handshake():
        try:
            async with websockets.connect(
                f"ws://127.0.0.1:{nginx_port}/ws/live/NOSUCHCODE/",
                origin=f"http://127.0.0.1:{nginx_port}",
            ):
                return "open"
        except websockets.InvalidStatus as refused:
            return refused.response.status_code

    # Django's live consumer refuses an unknown code during the handshake (403); without the
    # upgrade, nginx would have sent a plain GET, which has no page there (404).
    assert asyncio.run(handshake()) == 403


@pytest.mark.django_db(transaction=True)
def test_a_form_post_through_nginx_passes_the_csrf_origin_check(nginx_port):
    """Django compares the browser's Origin with the Host nginx passes on: the port must
    survive the proxy, or every form on a site with a port would fail with 403."""
    from django.conf import settings

    token = "a" * 32  # an unmasked secret, accepted in the cookie and in the form alike
    origin = f"http://127.0.0.1:{nginx_port}"
    connection = http.client.HTTPConnection("127.0.0.1", nginx_port, timeout=10)
    connection.request(
        "POST",
        "/live/NOSUCHCODE/",
        body=f"csrfmiddlewaretoken={token}&name=x",
        headers={
            "Host": f"127.0.0.1:{nginx_port}",
            "Origin": origin,
            "Cookie": f"{settings.CSRF_COOKIE_NAME}={token}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    status = connection.getresponse().status
    connection.close()

    assert status == 404  # past the CSRF check, into the view: no session with that code
