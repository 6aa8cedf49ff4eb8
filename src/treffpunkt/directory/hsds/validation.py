"""Validating records against the official HSDS 3.0 JSON schemas in ./schema."""

import datetime
import json
import re
import uuid
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(__file__).with_name("schema")

# The files of a dataset and the schema of their records.
FILES = {
    "services.json": "service",
    "organizations.json": "organization",
    "locations.json": "location",
    "taxonomy_terms.json": "taxonomy_term",
}


class HSDSValidationError(Exception):
    """Records that do not validate against the HSDS schemas; `problems` lists them."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems[:5]))


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")


@cache
def _validators() -> dict:
    """A draft-07 validator for every schema in ./schema, by name ("service", …)."""
    from jsonschema import Draft7Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    schemas = {path.name: json.loads(path.read_text()) for path in SCHEMA_DIR.glob("*.json")}
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT7))
        for name, schema in schemas.items()
    )
    checker = _format_checker()
    return {
        name.removesuffix(".json"): Draft7Validator(
            schema, registry=registry, format_checker=checker
        )
        for name, schema in schemas.items()
    }


def _format_checker():
    """jsonschema's format checks, with stricter uuid, date-time and uri."""
    from jsonschema import FormatChecker

    checker = FormatChecker()

    @checker.checks("uuid", raises=ValueError)
    def is_uuid(value) -> bool:
        return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()

    @checker.checks("date-time", raises=ValueError)
    def is_datetime(value) -> bool:
        if isinstance(value, str):
            parsed = datetime.datetime.fromisoformat(value)
            return "T" in value and parsed.tzinfo is not None
        return True

    @checker.checks("uri")
    def is_uri(value) -> bool:
        return not isinstance(value, str) or bool(_URI.fullmatch(value))

    return checker


def validate(record: dict, schema_name: str) -> list[str]:
    """Problems of `record` against the HSDS schema `schema_name` ("service", …); [] if valid.

    Uses the official schemas in ./schema, draft-07, with format checks (uuid, email, uri,
    date-time) on top.
    """
    validator = _validators()[schema_name]
    problems = []
    for error in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(record)"
        problems.append(f"{where}: {error.message}")
    return problems


def check(datasets: dict[str, dict[str, list[dict]]]) -> list[str]:
    """Every problem of every record, as "de/services.json #3 (<id>): <where>: <what>"."""
    problems = []
    for code, files in datasets.items():
        for filename, records in files.items():
            for index, record in enumerate(records):
                for problem in validate(record, FILES[filename]):
                    problems.append(
                        f"{code}/{filename} #{index} ({record.get('id', '?')}): {problem}"
                    )
    return problems
