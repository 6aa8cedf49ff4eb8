"""Production settings: `check --deploy` is clean and headers name no third party."""

import os
import subprocess
import sys

import pytest

PRODUCTION_ENV = {
    "SECRET_KEY": "k9#Qv2!pL7xZr4@Tn8wYb3$Hm6^Ds1&Fg5*Jc0(Ue)Ri-Oa+Ne=Kt]Ph[Sl",
    "ALLOWED_HOSTS": "treffpunkt.example.org",
    "DJANGO_SETTINGS_MODULE": "treffpunkt.settings",
    # A production installation has a master key for counselling messages (a test key here).
    "TREFFPUNKT_COUNSELLING_KEYS": "30HBc5-V_ZJbhCBuuuYIFQKv9ad5AF8q1oZKqWb9vGo=",
}


def run_treffpunkt(*args, env_overrides=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TREFFPUNKT_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(PRODUCTION_ENV | (env_overrides or {}))
    return subprocess.run(
        [sys.executable, "-m", "treffpunkt", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = run_treffpunkt("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = run_treffpunkt("check", env_overrides={"SECRET_KEY": ""})

    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_security_headers(client, db, settings):
    response = client.get("/")

    csp = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "http" not in csp  # no third-party origin
    assert "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("sqlite:////tmp/x.sqlite3", "django.db.backends.sqlite3"),
        ("postgres://treffpunkt@db.example.org:5432/treffpunkt", "django.db.backends.postgresql"),
    ],
)
def test_database_url_selects_the_engine(url, engine):
    result = run_treffpunkt(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        env_overrides={"DATABASE_URL": url},
    )

    assert result.stdout.strip() == engine, result.stderr
