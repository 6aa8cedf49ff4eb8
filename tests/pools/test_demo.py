"""The pools' demo: an interpreter pool for the Kreis Recklinghausen with requests from Kitas
and schools, helper jobs and sponsors — loaded twice without duplicates."""

import pytest

from treffpunkt.network import demo as network_demo
from treffpunkt.pools import demo, interpreter_matching, overview
from treffpunkt.pools import demo_data as data
from treffpunkt.pools.models import (
    Candidate,
    CheckIn,
    HelperJob,
    Interpreter,
    InterpreterLanguage,
    InterpretingRequest,
    Sponsor,
    Sponsorship,
    SponsorshipRequest,
)
from treffpunkt.pools.rules import visible_requests

MODELS = [
    Interpreter,
    InterpreterLanguage,
    InterpretingRequest,
    HelperJob,
    Candidate,
    Sponsor,
    SponsorshipRequest,
    Sponsorship,
    CheckIn,
]


@pytest.fixture
def loaded(db):
    network_demo.load()
    demo.load()


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_loading_twice_creates_no_duplicates(loaded):
    first = _counts()

    demo.load()

    assert _counts() == first
    assert first["Interpreter"] == len(data.INTERPRETERS)
    assert first["InterpretingRequest"] == len(data.REQUESTS)
    assert first["HelperJob"] == len(data.JOBS)


def test_pool_speaks_the_regions_languages(loaded):
    codes = set(InterpreterLanguage.objects.values_list("language__code", flat=True))

    assert {"ar", "kmr", "fa", "prs", "tr", "uk", "ru", "ti", "ro", "bg", "pl"} <= codes


def test_open_kita_request_has_suggestions_and_somali_is_missing(loaded):
    kita_arabic = InterpretingRequest.objects.get(
        institution__slug="kita-sonnenschein-recklinghausen", language__code="ar", status="open"
    )

    matches = interpreter_matching.suggestions(kita_arabic)
    missing = [row.language.code for row in overview.coverage(Interpreter.objects.all())]

    assert matches[0].candidate.interpreter.name == "Amira Haddad"
    assert missing[0] == "so"


def test_demo_interpreter_sees_only_her_own_assignments(loaded):
    amira = Interpreter.objects.get(email=data.INTERPRETER_LOGIN)

    requests = visible_requests(amira.user)

    assert {r.interpreter for r in requests} == {amira}
