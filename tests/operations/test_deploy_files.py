"""The files in deploy/ describe a working production: the environment template passes
`check --deploy`, and its JSON logs are JSON."""

import json
from pathlib import Path

from tests.core.test_settings import PRODUCTION_ENV, run_treffpunkt

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _example_environment() -> dict:
    values = {}
    for line in (DEPLOY / "treffpunkt.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split("=", 1)
            values[name] = value.split("   #", 1)[0].strip()
    # What the operator fills in: a real key, and a real counselling master key.
    values["SECRET_KEY"] = PRODUCTION_ENV["SECRET_KEY"]
    values["TREFFPUNKT_COUNSELLING_KEYS"] = PRODUCTION_ENV["TREFFPUNKT_COUNSELLING_KEYS"]
    return values


def test_the_environment_template_passes_check_deploy():
    environment = _example_environment()

    result = run_treffpunkt(
        "check", "--deploy", "--fail-level", "WARNING", env_overrides=environment
    )

    assert environment["TREFFPUNKT_REQUIRE_2FA"] == "1"
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_json_logs_are_one_object_per_line():
    result = run_treffpunkt(
        "shell",
        "--no-imports",
        "-c",
        "import logging; logging.getLogger('treffpunkt.test').warning('Kein Platz mehr')",
        env_overrides={"TREFFPUNKT_LOG_FORMAT": "json"},
    )

    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["message"] == "Kein Platz mehr"
    assert line["level"] == "WARNING"
    assert line["logger"] == "treffpunkt.test"
    assert line["request_id"] == ""
