"""The documentation of an event as DOCX and PDF: agenda and speakers, each room's protocol
grouped by kind, the polls as charts, the word cloud, the recommendations with their ratings;
for the event's organisers only; the demo Fachtag comes out whole."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from docx import Document
from PIL import Image

from tests.factories import (
    EventFactory,
    LiveSessionFactory,
    OrganisationFactory,
    PollFactory,
    ProtocolFactory,
    RecommendationFactory,
    RoomFactory,
    StatementFactory,
    user_with_role,
)
from treffpunkt.events import demo as events_demo
from treffpunkt.events.models import AgendaItem, Event, Speaker
from treffpunkt.live import charts
from treffpunkt.live import demo as live_demo
from treffpunkt.live.models import LiveParticipant, Poll, Vote
from treffpunkt.network import demo as network_demo
from treffpunkt.network.models import Membership
from treffpunkt.results import demo as results_demo
from treffpunkt.results.documentation import content, docx, pdf, raster

NOON = datetime.time(12)


def _vote(poll: Poll, answer: dict) -> None:
    participant = LiveParticipant.objects.create(session=poll.session)
    Vote.objects.create(poll=poll, participant=participant, answer=answer)


def _agenda(event: Event) -> None:
    speaker = Speaker.objects.create(name="Dr. Jürgen Öztürk", role="Integrationsbeauftragter")
    starts = event.starts_at
    welcome = AgendaItem.objects.create(
        event=event, starts_at=starts, title="Begrüßung", kind=AgendaItem.Kind.WELCOME
    )
    welcome.speakers.add(speaker)
    AgendaItem.objects.create(
        event=event,
        starts_at=starts + datetime.timedelta(minutes=30),
        ends_at=starts + datetime.timedelta(minutes=90),
        title="Workshops in drei Räumen",
        kind=AgendaItem.Kind.WORKSHOP,
    )


def _protocols(event: Event) -> None:
    work = RoomFactory(event=event, title="Arbeit und Ausbildung", position=1)
    social = RoomFactory(event=event, title="Soziale Kontakte", position=2)
    first = ProtocolFactory(event=event, room=work, title="Raum 1: Arbeit", present="BT, KL")
    said = [
        ("problem", "Ausbildungen werden abgebrochen, weil die Fachsprache fehlt."),
        ("solution", "Berufssprachkurse parallel zur Ausbildung anbieten."),
        ("problem", "Anerkennung dauert zu lange."),
        ("question", "Wer bezahlt die Dolmetscher?"),
        ("chat", "Link zur Präsentation folgt."),
    ]
    for kind, text in said:
        StatementFactory(protocol=first, kind=kind, text=text, said_at=NOON)
    second = ProtocolFactory(event=event, room=social, title="Raum 2: Begegnung")
    StatementFactory(protocol=second, kind="best_practice", text="Sprachcafé in der Bücherei")


def _polls(event: Event) -> Poll:
    session = LiveSessionFactory(event=event, title="Abschlussplenum")
    rating = PollFactory(
        session=session, kind="rating", question="Wie wichtig sind die Empfehlungen?",
        state="closed", items=["Dolmetscherpool für Kitas", "Begegnungsorte schaffen"],
    )  # fmt: skip
    first, second = rating.items.all()
    for values in ((5, 3), (4, 2), (5, 4)):
        _vote(rating, {str(first.pk): values[0], str(second.pk): values[1]})
    cloud = PollFactory(
        session=session, kind="wordcloud", question="Was nehmen Sie mit?", state="closed"
    )
    for terms in (["Vernetzung", "Mut"], ["Vernetzung"], ["Öffnung"]):
        _vote(cloud, {"terms": terms})
    return rating


@pytest.fixture
def event(organisation):
    event = EventFactory(
        title="Fachtag Integration: Übergänge gestalten",
        organisers=[organisation],
        starts_at=timezone.make_aware(datetime.datetime(2021, 5, 20, 10)),
        ends_at=timezone.make_aware(datetime.datetime(2021, 5, 20, 16)),
    )
    _agenda(event)
    _protocols(event)
    rating = _polls(event)
    recommendation = RecommendationFactory(
        event=event, title="Dolmetscherpool für Kitas", how="Bedarf erheben\nPool aufbauen"
    )
    recommendation.poll_items.add(rating.items.get(text="Dolmetscherpool für Kitas"))
    return event


@pytest.fixture(autouse=True)
def english():
    """The documents' headings come from gettext; the tests read the English msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def doc(event) -> content.Documentation:
    return content.collect(event)


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every paragraph outside tables."""
    document = Document(io.BytesIO(data))
    return [(paragraph.style.name, paragraph.text) for paragraph in document.paragraphs]


def _under(paragraphs: list[tuple[str, str]], heading: str) -> list[tuple[str, str]]:
    """The paragraphs below `heading` up to the next heading of its level or higher."""
    start = next(index for index, (_, text) in enumerate(paragraphs) if text == heading)
    level = paragraphs[start][0]
    rest = paragraphs[start + 1 :]
    end = next(
        (index for index, (style, _) in enumerate(rest) if _is_heading(style) and style <= level),
        len(rest),
    )
    return rest[:end]


def _is_heading(style: str) -> bool:
    return style.startswith("Heading") or style == "Title"


def _pdf_outline(data: bytes) -> list[str]:
    """The bookmark titles of an fpdf2 PDF: objects with a /Parent and a /Title, the title
    a literal string or UTF-16 in hex."""
    titles = []
    for item in data.split(b"endobj"):
        found = re.search(rb"/Title (?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f]+)>)", item)
        if found is None or b"/Parent" not in item:
            continue
        literal, hexadecimal = found.groups()
        if hexadecimal:
            titles.append(bytes.fromhex(hexadecimal.decode()).decode("utf-16"))
        else:
            titles.append(re.sub(rb"\\(.)", rb"\1", literal).decode("latin-1"))
    return titles


def test_the_docx_has_its_sections_in_order(doc):
    paragraphs = _paragraphs(docx.build(doc))

    assert paragraphs[0] == ("Title", "Fachtag Integration: Übergänge gestalten")
    assert [text for style, text in paragraphs if style == "Heading 1"] == [
        "Agenda", "Protocols of the rooms", "Live polls", "Word clouds", "Recommendations",
    ]  # fmt: skip


def test_the_docx_groups_each_rooms_statements_by_kind(doc):
    paragraphs = _paragraphs(docx.build(doc))

    first_room = [(style, text) for style, text in _under(paragraphs, "Raum 1: Arbeit") if text]
    assert first_room == [
        ("Heading 3", "Problems (2)"),
        ("List Bullet", "Ausbildungen werden abgebrochen, weil die Fachsprache fehlt. – BT"),
        ("List Bullet", "Anerkennung dauert zu lange. – BT"),
        ("Heading 3", "Solutions (1)"),
        ("List Bullet", "Berufssprachkurse parallel zur Ausbildung anbieten. – BT"),
        ("Heading 3", "Questions (1)"),
        ("List Bullet", "Wer bezahlt die Dolmetscher? – BT"),
        ("Heading 3", "Chat (1)"),
        ("Normal", "1 chat message from 1 person, 12:00."),
        ("Normal", "12:00 BT: Link zur Präsentation folgt."),
    ]
    second_room = [text for style, text in _under(paragraphs, "Raum 2: Begegnung") if text]
    assert second_room == ["Best practices (1)", "Sprachcafé in der Bücherei – BT"]


def test_the_docx_lists_the_agenda_with_its_speakers(doc):
    document = Document(io.BytesIO(docx.build(doc)))

    agenda = document.tables[1]  # after the event's facts
    rows = [[cell.text for cell in row.cells] for row in agenda.rows]
    assert rows == [
        ["Time", "Programme item"],
        ["10:00", "Begrüßung  welcome\nDr. Jürgen Öztürk, Integrationsbeauftragter"],
        ["10:30–11:30", "Workshops in drei Räumen  workshop phase"],
    ]


def test_the_docx_shows_the_recommendation_with_its_rating(doc):
    paragraphs = _paragraphs(docx.build(doc))

    recommendation = [text for _, text in _under(paragraphs, "Dolmetscherpool für Kitas") if text]
    assert recommendation == [
        "How?",
        "Bedarf erheben",
        "Pool aufbauen",
        "Ratings",
        "Wie wichtig sind die Empfehlungen? "
        "average 4.7 of 5 (3 answers; 1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 2)",
    ]


def test_the_docx_has_the_charts_as_pictures_described_in_words(doc):
    document = Document(io.BytesIO(docx.build(doc)))

    pictures = document.inline_shapes
    descriptions = [shape._inline.docPr.get("descr") for shape in pictures]
    assert len(pictures) == 2  # the rating and the word cloud
    assert descriptions[0].startswith("Wie wichtig sind die Empfehlungen? Dolmetscherpool")
    assert descriptions[1].startswith("Was nehmen Sie mit? Most frequent terms: Vernetzung (2)")
    blobs = [part.blob for part in document.part.package.image_parts]
    assert all(blob.startswith(b"\x89PNG") for blob in blobs)


def test_the_pdf_has_the_same_sections_as_bookmarks(doc):
    data = pdf.build(doc)

    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type /Page\b", data)) >= 3
    assert _pdf_outline(data) == [
        "Agenda",
        "Protocols of the rooms",
        "Raum 1: Arbeit", "Problems (2)", "Solutions (1)", "Questions (1)", "Chat (1)",
        "Raum 2: Begegnung", "Best practices (1)",
        "Live polls", "Abschlussplenum", "Wie wichtig sind die Empfehlungen?",
        "Word clouds", "Was nehmen Sie mit?",
        "Recommendations", "Dolmetscherpool für Kitas",
    ]  # fmt: skip


def test_an_event_without_results_still_has_a_documentation(organisation):
    bare = EventFactory(title="Netzwerktreffen", organisers=[organisation])
    doc = content.collect(bare)

    paragraphs = _paragraphs(docx.build(doc))

    assert [text for style, text in paragraphs if _is_heading(style)] == ["Netzwerktreffen"]
    assert pdf.build(doc).startswith(b"%PDF-")


def test_a_poll_nobody_answered_says_so(event):
    PollFactory(
        session=event.live_sessions.get(), kind="single", question="Noch Fragen?",
        state="closed", items=["Ja", "Nein"],
    )  # fmt: skip

    paragraphs = _paragraphs(docx.build(content.collect(event)))

    assert [text for _, text in _under(paragraphs, "Noch Fragen?")] == [
        "single choice · Abschlussplenum · 0 people answered.",
        "No answers.",
    ]


def test_charts_become_pngs_of_twice_their_size():
    svg = charts.choice_chart(
        {"voters": 2, "items": [{"id": 1, "text": "Ja", "count": 2, "share": 1.0}]}, "Frage?"
    )

    image = Image.open(io.BytesIO(raster.png(svg)))

    width, height = content.svg_size(svg)
    assert image.size == (round(width * 2), round(height * 2))
    assert image.getpixel((5, 5)) == (255, 255, 255)


# The downloads ----------------------------------------------------------------------------


def _url(event, extension: str) -> str:
    return reverse(f"results:documentation-{extension}", args=[event.pk])


def test_organisers_download_both_files(client, moderator, event):
    client.force_login(moderator)

    word = client.get(_url(event, "docx"))
    portable = client.get(_url(event, "pdf"))

    stem = "documentation-fachtag-integration-ubergange-gestalten-2021-05-20"
    assert word["Content-Type"] == docx.CONTENT_TYPE
    assert word["Content-Disposition"] == f'attachment; filename="{stem}.docx"'
    assert _paragraphs(word.content)[0] == ("Title", "Fachtag Integration: Übergänge gestalten")
    assert portable["Content-Type"] == "application/pdf"
    assert portable["Content-Disposition"] == f'attachment; filename="{stem}.pdf"'
    assert portable.content.startswith(b"%PDF-")


def test_the_protocol_list_links_both_files(client, moderator, event):
    client.force_login(moderator)

    html = client.get(reverse("results:protocols", args=[event.pk])).content.decode()

    assert f'href="{_url(event, "docx")}"' in html
    assert f'href="{_url(event, "pdf")}"' in html


def test_other_organisations_and_visitors_get_nothing(client, event):
    other = user_with_role(Membership.Role.MODERATOR, OrganisationFactory(), is_staff=True)
    urls = [_url(event, "docx"), _url(event, "pdf")]

    visitor = [client.get(url) for url in urls]
    client.force_login(other)
    outsider = [client.get(url) for url in urls]

    assert [response.status_code for response in visitor] == [302, 302]
    assert [response.status_code for response in outsider] == [403, 403]
    for response in visitor + outsider:
        assert "Content-Disposition" not in response
        assert b"Dolmetscher" not in response.content


# The demo ---------------------------------------------------------------------------------


def test_the_demo_events_are_documented_whole(db):
    for loader in (network_demo.load, events_demo.load, live_demo.load, results_demo.load):
        loader()
    fachtag = content.collect(results_demo.find_event("fachtag"))
    closing = content.collect(results_demo.find_event("closing"))

    fachtag_docx, closing_pdf = docx.build(fachtag), pdf.build(closing)

    assert len(fachtag.protocols) == 7
    assert sum(text.endswith("“") for _, text in _paragraphs(fachtag_docx)) >= 7
    assert closing.sessions[0].title == "Arbeit und berufsbezogene Bildung"
    assert len(closing.word_clouds) == 1
    assert len(closing.recommendations) == 7
    assert closing_pdf.startswith(b"%PDF-")
    assert "Recommendations" in _pdf_outline(closing_pdf)
