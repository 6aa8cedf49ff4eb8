"""Charts are well-formed SVG images with a name, bars are as long as their numbers, the word
cloud is the same every time and its words never overlap."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from treffpunkt.live import charts

SVG = "{http://www.w3.org/2000/svg}"
# The word cloud of the seed: "Was könnte die Umsetzung von mehr Begegnungsorten fördern?"
# fmt: off
SEED_TERMS = [
    "kulturelleöffnung", "politischerwille", "interkulturelleoffenheit", "niedrigschwelligkeit",
    "hürdenabbauen", "aktivemitbeteiligung", "auffinanzierterangebote", "engagierteandenorten",
    "zentralegelegeneorte", "kommunikation", "qualifikationinvernein",
    "finanzielleunterstützung", "gemeinsameszielprojekt", "brückenbauer", "konstant",
    "offentlichlokalbevölkerun", "politische rückendeckung", "einkaufszentrum", "lokalebedarf",
    "wille politik", "umsetzung", "willekommen", "offene räume", "abbau von privilegien",
    "finanzielle förderung", "öffentlichkeitsarbeit", "kollektive ressourcen", "aktive aktueure",
    "gegenseitigesverständnis", "interkulturelle sensibili", "strukt barrieren abbauen",
    "erreichbarkeit der orte", "hauptamtliche berutung", "begegnungsorte im",
    "formale auf augenhöhe", "niederschwelliger zugang", "öffentlichen raum", "gute ideen",
    "begleitung", "persönliche ansprache", "politik",
]
# fmt: on


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # raises on anything that is not well-formed XML
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label")
    assert root.find(f"{SVG}title") is not None
    assert "style=" not in svg  # the pages' CSP allows no style attributes
    return root


def shapes(root: ET.Element, css: str) -> list[ET.Element]:
    return [element for element in root.iter() if element.get("class") == css]


def choice_results(counts: dict[str, int], voters: int) -> dict:
    items = [
        {"id": n, "text": text, "count": count, "share": count / voters if voters else 0.0}
        for n, (text, count) in enumerate(counts.items())
    ]
    return {"voters": voters, "items": items}


def test_choice_bars_are_proportional_to_the_votes():
    results = choice_results({"A": 6, "B": 3, "C": 0, "D": 1}, voters=10)

    root = parse(charts.choice_chart(results, "Welche Handlungsempfehlung zuerst diskutieren?"))

    widths = [float(bar.get("width")) for bar in shapes(root, "live-bar")]
    full = float(shapes(root, "live-track")[0].get("width"))
    assert widths == pytest.approx([full * 0.6, full * 0.3, 0.0, full * 0.1])


def test_the_label_says_the_numbers():
    with translation.override("en"):
        svg = charts.choice_chart(choice_results({"A": 3, "B": 1}, 4), "Which first?")

    label = parse(svg).get("aria-label")
    assert label.startswith("Which first? 4 people answered")
    assert "A: 3 (75 %)" in label
    assert "B: 1 (25 %)" in label


def test_ranking_bars_follow_the_points():
    results = {
        "voters": 3,
        "method": "borda",
        "items": [
            {"id": 1, "text": "Systemisch denken!", "points": 8, "mean_place": 1.3},
            {"id": 2, "text": "Lokale Verwaltungspraxis", "points": 4, "mean_place": 2.7},
            {"id": 3, "text": "Potenziale nutzen", "points": 2, "mean_place": 3.0},
        ],
    }

    root = parse(charts.ranking_chart(results, "Reihenfolge"))

    widths = [float(bar.get("width")) for bar in shapes(root, "live-bar")]
    assert widths[1] / widths[0] == pytest.approx(0.5)
    assert widths[2] / widths[0] == pytest.approx(0.25)


def test_rating_columns_follow_the_distribution_and_the_mean_is_marked():
    results = {
        "voters": 5,
        "scale_max": 5,
        "items": [
            {"id": 1, "text": "Inklusive Orte für Begegnung und Sprachpraxis schaffen", "n": 5,
             "mean": 4.2, "distribution": [0, 0, 1, 2, 2]},
            {"id": 2, "text": "Mobilität", "n": 0, "mean": None, "distribution": [0, 0, 0, 0, 0]},
        ],
    }  # fmt: skip

    with translation.override("en"):
        root = parse(charts.rating_chart(results, "Wie wichtig sind die Empfehlungen?"))

    heights = [float(column.get("height")) for column in shapes(root, "live-bar")]
    assert heights[:5] == pytest.approx([0, 0, heights[4] / 2, heights[4], heights[4]])
    assert heights[5:] == [0.0] * 5
    assert len(shapes(root, "live-mean")) == 1  # no mean without answers
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert "4.2" in texts
    assert "average 4.2 (5 answers)" in root.get("aria-label")


def test_long_labels_are_wrapped_within_the_chart():
    label = "Integrationsarbeit als Beitrag zur Stärkung des Zusammenhalts verstehen! " * 4

    lines = charts.wrap(label, 16, charts.WIDTH)

    assert len(lines) == charts.MAX_LABEL_LINES
    assert lines[-1].endswith("…")
    assert all(charts.text_width(line, 16) <= charts.WIDTH for line in lines)
    assert (
        charts.wrap("Donaudampfschifffahrtsgesellschaft", 16, 100)[0]
        != "Donaudampfschifffahrtsgesellschaft"
    )


def seed_cloud() -> dict:
    terms = [
        {"key": text, "text": text, "count": max(1, 9 - n) if n < 8 else 1 + (n % 3 == 0)}
        for n, text in enumerate(SEED_TERMS)
    ]
    return {"voters": 40, "terms": terms}


def test_word_cloud_is_deterministic():
    results = seed_cloud()
    first = charts.word_cloud(results, "Was könnte die Umsetzung fördern?")
    charts.cloud_layout.cache_clear()

    again = charts.word_cloud(results, "Was könnte die Umsetzung fördern?")
    shuffled = charts.word_cloud(
        {"voters": 40, "terms": list(reversed(results["terms"]))},
        "Was könnte die Umsetzung fördern?",
    )

    assert first == again == shuffled


def test_word_cloud_boxes_do_not_overlap_and_every_term_is_placed():
    terms = tuple((term["text"], term["count"]) for term in seed_cloud()["terms"])

    layout = charts.cloud_layout(terms)

    assert sorted(box.text for box in layout) == sorted(SEED_TERMS)
    for index, box in enumerate(layout):
        for other in layout[index + 1 :]:
            assert not box.overlaps(other), (box.text, other.text)


def test_word_cloud_sizes_follow_the_counts_and_the_most_frequent_is_in_the_middle():
    layout = charts.cloud_layout((("selten", 1), ("oft", 9), ("mittel", 4)))

    sizes = {box.text: box.size for box in layout}
    assert sizes["oft"] > sizes["mittel"] > sizes["selten"]
    middle = layout[0]
    assert middle.text == "oft"
    assert middle.x + middle.width / 2 == pytest.approx(0)
    assert middle.y + middle.height / 2 == pytest.approx(0)


def test_word_cloud_svg_has_one_text_per_term_and_escapes_them():
    results = {"voters": 2, "terms": [
        {"key": "script", "text": "<script>alert(1)</script>", "count": 2},
        {"key": "aundb", "text": "A & B", "count": 1},
    ]}  # fmt: skip

    svg = charts.word_cloud(results, 'Frage "mit" <Zeichen>')

    root = parse(svg)
    assert [text.text for text in shapes(root, "live-term")] == [
        "<script>alert(1)</script>",
        "A & B",
    ]
    assert "<script>" not in svg


@pytest.mark.parametrize("kind", ["single", "multiple", "ranking", "rating", "wordcloud"])
def test_without_answers_the_chart_says_so(kind):
    empty = {"voters": 0, "items": [], "terms": [], "scale_max": 5}

    with translation.override("en"):
        root = parse(charts.chart(kind, empty, "Frage?"))

    assert root.get("aria-label") == "Frage? No answers yet."


def test_open_answers_have_no_chart():
    assert charts.chart("open", {"voters": 1, "answers": ["Mehr Räume"]}, "Frage") == ""


def test_qr_code_is_an_svg_image_of_the_link():
    svg = charts.qr_code("https://treffpunkt.example/live/4879889/", "QR code of the join link")

    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-label") == "QR code of the join link"
    assert "live-qr" in root.get("class")
    assert root.find(f"{SVG}path") is not None or root.find("path") is not None
