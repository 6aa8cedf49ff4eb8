"""The coordinators' overview: open requests, coverage by language and town (which
languages are missing), hours per interpreter and month."""

import datetime

from django.utils import timezone

from tests.factories import (
    InterpreterFactory,
    InterpretingRequestFactory,
    LanguageFactory,
    MunicipalityFactory,
)
from treffpunkt.pools import overview
from treffpunkt.pools.models import Interpreter


def test_coverage_names_missing_languages_first_and_uncovered_towns(world):
    tigrinya = LanguageFactory(code="ti", name="Tigrinya", native_name="ትግርኛ")
    dorsten = MunicipalityFactory(name="Dorsten")
    InterpretingRequestFactory(institution=world.school, language=tigrinya, municipality=dorsten)
    InterpretingRequestFactory(
        institution=world.school, language=world.arabic, municipality=dorsten
    )
    InterpretingRequestFactory(
        institution=world.school, language=world.arabic, municipality=dorsten, mode="phone"
    )

    rows = overview.coverage(Interpreter.objects.all())

    assert [
        (r.language.code, r.missing, r.interpreters, r.open_requests, r.uncovered_towns)
        for r in rows
    ] == [
        ("ti", True, 0, 1, ["Dorsten"]),
        ("ar", False, 2, 3, ["Dorsten"]),  # the world's request is in Recklinghausen
    ]
    assert rows[1].requests_last_year == 4  # with the other school's assigned one


def test_open_requests_are_those_still_waiting_soonest_first(world):
    later = InterpretingRequestFactory(
        institution=world.school,
        language=world.arabic,
        starts_at=world.request.starts_at + datetime.timedelta(days=1),
        status="offered",
    )
    InterpretingRequestFactory(
        institution=world.school,
        language=world.arabic,
        starts_at=timezone.now() - datetime.timedelta(days=1),
    )

    assert list(overview.open_requests()) == [world.request, later]


def test_hours_per_interpreter_and_month(world):
    now = timezone.now()
    this_month = timezone.localtime(now).replace(day=1, hour=9, minute=0)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=3)
    for starts_at, minutes, status in [
        (this_month, 90, "done"),
        (this_month + datetime.timedelta(hours=3), 30, "done"),
        (last_month, 60, "done"),
        (last_month, 60, "cancelled"),
    ]:
        InterpretingRequestFactory(
            institution=world.school,
            language=world.arabic,
            interpreter=world.interpreter,
            starts_at=starts_at,
            duration_minutes=minutes,
            status=status,
        )

    months, rows = overview.hours_per_month(
        Interpreter.objects.filter(pk__in=[world.interpreter.pk, world.colleague.pk]),
        count=2,
        now=now,
    )

    by_name = {row.interpreter.name: row for row in rows}
    assert months == [last_month.date().replace(day=1), this_month.date()]
    assert by_name["Samira H."].hours == [1.0, 2.0]
    assert by_name["Samira H."].assignments_this_month == 2
    assert by_name["Samira H."].total == 3.0


def test_interpreters_only_of_other_pools_do_not_cover(world):
    InterpreterFactory(name="Olena K.", languages={"uk": "native"}, slots="all")
    ukrainian = LanguageFactory(code="uk")
    InterpretingRequestFactory(institution=world.school, language=ukrainian)

    rows = overview.coverage(Interpreter.objects.filter(coordinator_organisation=world.pool))

    assert (rows[0].language.code, rows[0].missing) == ("uk", True)
