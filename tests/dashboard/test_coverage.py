"""The coverage matrix, the gap list and supply against need on the hand-made network."""

import json
from urllib.parse import urlsplit

from django.core.management import call_command
from django.http import QueryDict

from treffpunkt.dashboard import coverage, need
from treffpunkt.dashboard.coverage import Filters
from treffpunkt.dashboard.scope import towns_of
from treffpunkt.directory.search import engine
from treffpunkt.directory.search.query import SearchQuery

TOWNS = ["dorsten", "gladbeck", "herten", "marl", "recklinghausen"]


def _numbers(matrix, keys):
    position = {c.key: i for i, c in enumerate(matrix.columns)}
    return {town.slug: [cells[position[key]].offers for key in keys] for town, cells in matrix.rows}


def test_fields_matrix_counts_every_town_an_offer_serves(network_data):
    towns = towns_of(network_data["places"]["kreis"])

    matrix = coverage.matrix("fields", towns, network_data["places"]["kreis"], Filters())

    assert _numbers(matrix, ["sprache", "beratung"]) == {
        "dorsten": [1, 1], "gladbeck": [1, 1], "herten": [0, 2], "marl": [1, 1],
        "recklinghausen": [0, 1],
    }  # fmt: skip
    position = [c.key for c in matrix.columns].index("beratung")
    assert matrix.district_wide[position] == 1


def test_languages_matrix_and_target_group_filter(network_data):
    towns = towns_of(network_data["places"]["kreis"])
    kreis = network_data["places"]["kreis"]

    everyone = coverage.matrix("languages", towns, kreis, Filters())
    women = coverage.matrix("languages", towns, kreis, Filters(targets=("frauen",)))

    assert _numbers(everyone, ["ar", "de"]) == {
        "dorsten": [2, 1], "gladbeck": [1, 1], "herten": [1, 1], "marl": [1, 1],
        "recklinghausen": [1, 0],
    }  # fmt: skip
    assert _numbers(women, ["ar", "de"])["dorsten"] == [1, 1]
    assert _numbers(women, ["ar", "de"])["marl"] == [0, 0]


def test_cells_with_zero_or_one_offer_stand_out(network_data):
    towns = towns_of(network_data["places"]["kreis"])
    matrix = coverage.matrix("fields", towns, network_data["places"]["kreis"], Filters())
    keys = [c.key for c in matrix.columns]

    herten = dict(zip(keys, {t.slug: cells for t, cells in matrix.rows}["herten"], strict=False))

    assert [herten[k].is_low for k in ("sprache", "beratung")] == [True, False]


def _search_total(url: str) -> int:
    params = QueryDict(urlsplit(url).query)
    return engine.search(SearchQuery.from_params(params, "de")).total


def test_every_cell_equals_the_number_of_results_of_its_search(network_data):
    towns = towns_of(network_data["places"]["kreis"])
    kreis = network_data["places"]["kreis"]
    filters = Filters(targets=("frauen",))

    cells = [
        cell
        for dimension in ("fields", "languages")
        for f in (Filters(), filters, Filters(languages=("ar",)), Filters(fields=("beratung",)))
        for _, row in coverage.matrix(dimension, towns, kreis, f).rows
        for cell in row
    ]

    assert len(cells) > 50
    assert [cell.offers for cell in cells] == [_search_total(cell.url) for cell in cells]
    assert sum(cell.offers for cell in cells) > 10


def test_a_cells_link_carries_exactly_its_filters(network_data):
    towns = towns_of(network_data["places"]["kreis"])
    kreis = network_data["places"]["kreis"]

    matrix = coverage.matrix("fields", towns, kreis, Filters(targets=("frauen",)))

    town, cells = matrix.rows[0]
    assert cells[0].url == (
        f"/angebote/?thema={matrix.columns[0].key}&zielgruppe=frauen&ort={town.slug}"
    )


def test_gaps_are_ordered_by_the_people_concerned(network_data):
    towns = towns_of(network_data["places"]["kreis"])

    gaps = coverage.gaps(coverage.cube(towns, Filters()), coverage.residents(towns))

    # Dorsten/ar: A and B cover sprache and beratung, 3 fields missing; Marl/ar: only B in
    # Arabic (beratung), 4 missing; Herten/uk: all 5 fields missing.
    assert [(g.town, g.language, g.residents) for g in gaps] == (
        [("dorsten", "ar", 500)] * 3 + [("marl", "ar", 300)] * 4 + [("herten", "uk", 100)] * 5
    )
    assert [g.field_of_action for g in gaps if g.town == "marl"] == [
        "bildung-arbeit", "kita-schule", "sport-freizeit", "sprache",
    ]  # fmt: skip


def test_supply_against_need_per_thousand(network_data):
    towns = towns_of(network_data["places"]["kreis"])

    rows = need.supply_and_need(towns, Filters())

    assert [
        (r.town.slug, r.language.code, r.offers, r.per_thousand, r.uncovered) for r in rows
    ] == [
        ("herten", "uk", 0, 0.0, True),
        ("marl", "ar", 1, 3.33, False),
        ("dorsten", "ar", 2, 4.0, False),
    ]


def test_residents_of_the_latest_year_count(network_data):
    from treffpunkt.dashboard.models import ResidentCount

    places, ar = network_data["places"], network_data["vocab"]["ar"]
    ResidentCount.objects.create(
        municipality=places["dorsten"], language=ar, residents=9, year=2019
    )

    people = coverage.residents(towns_of(places["kreis"]))

    assert people[("dorsten", "ar")] == 500


def test_command_prints_the_same_rows_as_json(network_data, capsys):
    network = network_data["network"]
    towns = towns_of(network_data["places"]["kreis"])

    call_command("coverage", "--format", "json", "--network", network.slug, "--field", "sprache")
    printed = json.loads(capsys.readouterr().out)

    rows = coverage.cube(towns, Filters(fields=("sprache",)))
    assert printed["coverage"] == [r.__dict__ for r in rows]
    assert {"town": "dorsten", "field_of_action": "sprache", "language": "ar", "offers": 1} in (
        printed["coverage"]
    )
    assert [g["town"] for g in printed["gaps"]] == ["marl", "herten"]


def test_command_csv_with_town_filter(network_data, capsys):
    call_command("coverage", "--format", "csv", "--network", network_data["network"].slug,
                 "--town", "herten", "--field", "beratung")  # fmt: skip

    lines = capsys.readouterr().out.splitlines()

    assert lines[0] == "town,field_of_action,language,offers"
    assert "herten,beratung,de,1" in lines
    assert "herten,beratung,ar,1" in lines
    assert lines[lines.index("town,field_of_action,language,residents") + 1] == (
        "herten,beratung,uk,100"
    )


def test_interpreters_per_town_and_language(network_data):
    from tests.factories import InterpreterFactory
    from treffpunkt.pools.models import InterpreterLanguage

    places, ar = network_data["places"], network_data["vocab"]["ar"]
    everywhere = InterpreterFactory(regions=[places["kreis"], places["marl"]])
    in_marl = InterpreterFactory(regions=[places["marl"]])
    retired = InterpreterFactory(regions=[places["marl"]], is_active=False)
    for person in (everywhere, in_marl, retired):
        InterpreterLanguage.objects.filter(interpreter=person).delete()
        InterpreterLanguage.objects.create(interpreter=person, language=ar)
    towns = towns_of(places["kreis"])

    codes, rows = coverage.interpreters(towns, places["kreis"])

    assert codes == ["ar"]
    assert {town.slug: numbers for town, numbers in rows} == {
        "dorsten": [1], "gladbeck": [1], "herten": [1], "marl": [2], "recklinghausen": [1],
    }  # fmt: skip
