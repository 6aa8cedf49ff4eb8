#!/usr/bin/env python3
"""Run Treffpunkt on this machine the way an operator runs it: PostgreSQL, Redis, N uvicorn
workers, the task worker, the scheduler, and nginx in front.

    deploy/prod.py [--workers N] [--port P] [--worker-port W] [--demo]

Prints `ready http://127.0.0.1:P/` once the stack answers; SIGINT/SIGTERM stop every child.
The process ids of the children are in var/prod/run-P/pids.json, and in var/prod/pids.json for
the stack started last (the fault benchmark kills one worker); a child that dies is restarted
after a second, as systemd's Restart=always would. Two stacks can run side by side with other
--port and --worker-port values (ports in use are refused at the start).
Standard library only, so it runs before anything is installed.
"""

import argparse
import base64
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parent.parent
BIN = PROJECT / ".venv" / "bin"
STATE = PROJECT / "var" / "prod"
TEMPLATE = PROJECT / "deploy" / "nginx" / "treffpunkt.conf"
FIRST_WORKER_PORT = 8101


def log(message: str) -> None:
    print(f"prod: {message}", flush=True)


# --- Configuration --------------------------------------------------------------------------


def run_dir(port: int) -> Path:
    """What belongs to the stack on this port (nginx's files, metrics, process ids), so that
    two stacks on different ports can run from one checkout."""
    return STATE / f"run-{port}"


def _persistent_secret(name: str, make) -> str:
    """A key generated once per installation and kept in var/prod (mode 600)."""
    path = STATE / name
    if not path.exists():
        path.write_text(make())
        path.chmod(0o600)
    return path.read_text().strip()


def environment(args) -> dict:
    """The environment every child gets: the operator's values win over these defaults."""
    env = dict(os.environ)
    defaults = {
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/treffpunkt_prod",
        "REDIS_URL": "redis://127.0.0.1:6379/1",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TREFFPUNKT_SITE_URL": f"http://127.0.0.1:{args.port}",
        # nginx in front sets X-Forwarded-Proto; locally it speaks plain HTTP, so no redirect
        # to https and cookies without the Secure flag (TLS: see docs/operations.md).
        "TREFFPUNKT_BEHIND_PROXY": "1",
        "TREFFPUNKT_SSL_REDIRECT": "0",
        "TREFFPUNKT_SECURE_COOKIES": "0",
        "TREFFPUNKT_LOG_FORMAT": "json",
        "TREFFPUNKT_METRICS_ALLOW": "127.0.0.1,::1",
    }
    for key, value in defaults.items():
        env.setdefault(key, value)
    env.pop("TREFFPUNKT_DEBUG", None)
    env.setdefault(
        "SECRET_KEY", _persistent_secret("secret_key", lambda: secrets.token_urlsafe(50))
    )
    env.setdefault(
        "TREFFPUNKT_COUNSELLING_KEYS",
        _persistent_secret(
            "counselling_key", lambda: base64.urlsafe_b64encode(os.urandom(32)).decode()
        ),
    )
    # prometheus_client's multi-process mode: every worker writes its figures here.
    metrics = run_dir(args.port) / "metrics"
    shutil.rmtree(metrics, ignore_errors=True)
    metrics.mkdir(parents=True)
    env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics)
    env["PATH"] = f"{BIN}:{env.get('PATH', '')}"
    return env


def treffpunkt_settings(env: dict, *names: str) -> list[str]:
    """Settings as the workers will see them (one Django start-up for all of them)."""
    code = "from django.conf import settings; " + "; ".join(f"print(settings.{n})" for n in names)
    return subprocess.run(
        [BIN / "treffpunkt", "shell", "--no-imports", "-c", code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[-len(names) :]


# --- Services the application needs ---------------------------------------------------------


def answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def ensure_postgres(env: dict) -> None:
    """Start the Debian cluster on the URL's port if it is down; create the database."""
    url = urlsplit(env["DATABASE_URL"])
    if not url.scheme.startswith("postgres"):
        return
    host, port = url.hostname or "127.0.0.1", url.port or 5432
    if not answers(host, port) and shutil.which("pg_lsclusters"):
        for line in subprocess.run(
            ["pg_lsclusters", "--no-header"], capture_output=True, text=True
        ).stdout.splitlines():
            version, cluster, cluster_port, *_ = line.split()
            if int(cluster_port) == port:
                log(f"starting PostgreSQL {version}/{cluster}")
                subprocess.run(["pg_ctlcluster", version, cluster, "start"], check=False)
    for _ in range(30):
        if answers(host, port):
            break
        time.sleep(1)
    else:
        sys.exit(f"prod: PostgreSQL does not answer on {host}:{port}")
    name = url.path.lstrip("/")
    maintenance = env["DATABASE_URL"].replace(url.path, "/postgres", 1)
    create = (
        "import sys, psycopg\n"
        "with psycopg.connect(sys.argv[1], autocommit=True) as db:\n"
        "    if not db.execute('select 1 from pg_database where datname = %s', [sys.argv[2]])"
        ".fetchone():\n"
        "        db.execute('create database \"' + sys.argv[2].replace('\"', '') + '\"')\n"
        "        print('created')\n"
    )
    done = subprocess.run(
        [BIN / "python", "-c", create, maintenance, name],
        check=True,
        capture_output=True,
        text=True,
    )
    if "created" in done.stdout:
        log(f"created database {name}")


def ensure_nginx() -> str:
    """Debian's nginx, installed on first use (as .ci/run installs chromium)."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else "")
    if found:
        return found
    log("installing nginx (apt-get)")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "nginx"],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    return shutil.which("nginx") or "/usr/sbin/nginx"


def nginx_config(
    root: Path, port: int, worker_ports: list[int], static_root: str, media_root: str
) -> Path:
    """root/nginx.conf: a main context around deploy/nginx/treffpunkt.conf, for `nginx -p root
    -c root/nginx.conf` (no file outside root is written)."""
    for sub in ("logs", "temp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    upstreams = "\n".join(
        f"    server 127.0.0.1:{worker_port} max_fails=1 fail_timeout=2s;"
        for worker_port in worker_ports
    )
    site = (
        TEMPLATE.read_text()
        .replace("@UPSTREAM_SERVERS@", upstreams.strip())
        .replace("@LISTEN@", f"127.0.0.1:{port}")
        .replace("@SERVER_NAME@", "127.0.0.1 localhost")
        .replace("@STATIC_ROOT@", static_root.rstrip("/") + "/")
        .replace("@MEDIA_ROOT@", media_root.rstrip("/") + "/")
    )
    (root / "treffpunkt.conf").write_text(site)
    temp = root / "temp"
    main = f"""# Generated by deploy/prod.py; edit deploy/nginx/treffpunkt.conf instead.
daemon off;
worker_processes auto;
pid {root}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {root}/logs/access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    include {root}/treffpunkt.conf;
}}
"""
    (root / "nginx.conf").write_text(main)
    return root


# --- Children -------------------------------------------------------------------------------


class Stack:
    """The long-running children, restarted when one dies unexpectedly."""

    def __init__(self, env: dict, run: Path):
        self.env = env
        self.run = run
        self.commands: dict[str, list] = {}
        self.processes: dict[str, subprocess.Popen] = {}
        self.started: dict[str, float] = {}
        self.quick_exits: dict[str, int] = {}
        self.stopping = False

    def add(self, name: str, command: list) -> None:
        self.commands[name] = [str(part) for part in command]
        self._start(name)

    def _start(self, name: str) -> None:
        # A session of its own: Ctrl+C reaches only this launcher, which stops children in order.
        self.processes[name] = subprocess.Popen(
            self.commands[name], env=self.env, cwd=PROJECT, start_new_session=True
        )
        self.started[name] = time.monotonic()
        self._write_pids()

    def _write_pids(self) -> None:
        """run-PORT/pids.json, and var/prod/pids.json for the stack started last."""
        pids = json.dumps({name: process.pid for name, process in self.processes.items()}, indent=1)
        (self.run / "pids.json").write_text(pids)
        (STATE / "pids.json").write_text(pids)

    def watch(self) -> None:
        """Restart children that exit while the stack is running."""
        for name, process in list(self.processes.items()):
            if not self.stopping and process.poll() is not None:
                log(f"{name} exited with {process.returncode}; restarting")
                forget_live_gauges(self.run, process.pid)
                # Five exits within seconds of starting: it cannot start (a port taken, …).
                quick = time.monotonic() - self.started[name] < 5
                self.quick_exits[name] = self.quick_exits.get(name, 0) + 1 if quick else 0
                if self.quick_exits[name] >= 5:
                    log(f"{name} keeps failing; stopping")
                    self.stop()
                    sys.exit(1)
                time.sleep(1)
                if not self.stopping:
                    self._start(name)

    def stop(self) -> None:
        self.stopping = True
        # In reverse order of starting: nginx first (no new requests), Redis (if ours) last.
        running = list(reversed(self.processes.items()))
        for _name, process in running:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for name, process in running:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log(f"{name} did not stop; killing it")
                process.kill()
                process.wait()
        for pids in (self.run / "pids.json", STATE / "pids.json"):
            if pids.exists() and json.loads(pids.read_text()).get("nginx") == self._nginx_pid():
                pids.unlink()

    def _nginx_pid(self) -> int | None:
        process = self.processes.get("nginx")
        return process.pid if process else None


def forget_live_gauges(run: Path, pid: int) -> None:
    """What prometheus_client's mark_process_dead does: a dead worker's open connections no
    longer count (its `livesum` gauge file goes)."""
    for path in (run / "metrics").glob(f"gauge_live*_{pid}.db"):
        path.unlink(missing_ok=True)


def wait_until_ready(stack: Stack, port: int, timeout: float = 120) -> None:
    url = f"http://127.0.0.1:{port}/readyz"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stack.watch()
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise SystemExit(f"prod: {url} did not answer within {timeout:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", 3)))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8080)))
    parser.add_argument(
        "--worker-port",
        type=int,
        default=int(os.environ.get("WORKER_PORT", FIRST_WORKER_PORT)),
        help="port of the first ASGI worker; the others follow (default 8101)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="load the demo data (idempotent; demo logins!)"
    )
    args = parser.parse_args()
    worker_ports = [args.worker_port + i for i in range(args.workers)]
    taken = [port for port in [args.port, *worker_ports] if answers("127.0.0.1", port)]
    if taken:
        sys.exit(f"prod: ports in use: {taken} (another stack? see --port and --worker-port)")

    run = run_dir(args.port)
    run.mkdir(parents=True, exist_ok=True)
    env = environment(args)
    nginx = ensure_nginx()
    ensure_postgres(env)
    stack = Stack(env, run)

    def stop(signum, _frame):
        log(f"stopping ({signal.Signals(signum).name})")
        stack.stop()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    redis = urlsplit(env["REDIS_URL"])
    if redis.scheme == "redis" and not answers(redis.hostname, redis.port or 6379):
        log("starting redis-server")
        stack.add(
            "redis",
            ["redis-server", "--port", redis.port or 6379, "--bind", redis.hostname, "--save", ""],
        )

    manage = BIN / "treffpunkt"
    subprocess.run([manage, "migrate", "--no-input", "-v", "0"], env=env, check=True)
    subprocess.run([manage, "collectstatic", "--no-input", "-v", "0"], env=env, check=True)
    if args.demo:
        subprocess.run([manage, "load_demo", "--allow-production"], env=env, check=True)

    for i in range(args.workers):
        stack.add(
            f"web-{i + 1}",
            [
                BIN / "uvicorn",
                "treffpunkt.asgi:application",
                "--host",
                "127.0.0.1",
                "--port",
                worker_ports[i],
                "--proxy-headers",
                "--forwarded-allow-ips",
                "127.0.0.1",
                "--no-access-log",
                "--lifespan",
                "off",
                "--timeout-graceful-shutdown",
                "10",
            ],
        )
    stack.add("tasks", [manage, "db_worker", "--no-reload", "--no-startup-delay"])
    stack.add("scheduler", [manage, "scheduler"])
    static_root, media_root = treffpunkt_settings(env, "STATIC_ROOT", "MEDIA_ROOT")
    config = nginx_config(run / "nginx", args.port, worker_ports, static_root, media_root)
    stack.add("nginx", [nginx, "-p", config, "-c", config / "nginx.conf", "-e", "stderr"])

    wait_until_ready(stack, args.port)
    print(f"ready http://127.0.0.1:{args.port}/", flush=True)
    while True:
        stack.watch()
        time.sleep(0.5)


if __name__ == "__main__":
    main()
