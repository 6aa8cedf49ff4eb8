"""The documentation of an event as PDF (fpdf2, pure Python), ready to send to the network.

A4 with a title page (facts, description, contents), then agenda, protocols, polls, word
clouds and recommendations; every heading is a bookmark. Charts are the SVGs of
`treffpunkt.live.charts`, drawn as vectors; DejaVu Sans is embedded (subset), so umlauts and
other characters print on any machine.
"""

import io
import logging
import re

from django.utils.translation import get_language
from fpdf import FPDF, FontFace
from fpdf.outline import OutlineSection

from treffpunkt.live import charts

from . import FAMILY, add_fonts
from .content import Documentation, Line, PollDoc, ProtocolDoc, RecommendationDoc, Said

CONTENT_TYPE = "application/pdf"
ACCENT = (0x00, 0x5A, 0x52)  # the charts' bar colour
INK = (0x1B, 0x1F, 0x23)
MUTED = (0x4A, 0x52, 0x59)
SHADE = (0xE3, 0xE9, 0xE8)  # the charts' track colour
RULE = (0xB8, 0xC2, 0xC0)
MARGIN = 20.0
BOTTOM = 18.0
HEADINGS = {
    1: (16.0, 9.0),
    2: (13.0, 6.0),
    3: (11.0, 4.0),
}  # level: (size in pt, space above in mm)
KEEP_WITH_HEADING = 22.0  # mm of content that must fit below a heading on the same page
CHART_WIDTH_PX = 720  # live.charts.WIDTH fills the text width
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)  # fpdf2 warns about it; the text is beside

# fpdf2 subsets fonts with fontTools, which reports every table it prunes at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def _line_height(size: float) -> float:
    return size * 0.5


class DocumentationPDF(FPDF):
    """An A4 page with the documentation's footer and a few layout helpers."""

    def __init__(self, doc: Documentation):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.doc = doc
        add_fonts(self)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_title(doc.title)
        self.set_subject(doc.labels["documentation"])
        self.set_author("Treffpunkt")
        self.set_creator("Treffpunkt")
        self.set_lang(get_language() or "de")
        self.set_display_mode("fullwidth")
        self.alias_nb_pages()
        self.set_line_width(0.2)
        self.set_draw_color(*RULE)

    # Page furniture ---------------------------------------------------------------------

    def footer(self):
        self.set_y(-12)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        title = f"{self.doc.title} · {self.doc.labels['documentation']}"
        page = f"{self.doc.labels['page']} {self.page_no()} / {{nb}}"
        self.cell(self.epw - 25, 5, self._fit(title, self.epw - 28), align="L")
        self.cell(25, 5, page, align="R")

    def _fit(self, text: str, width: float) -> str:
        """`text` shortened with "…" to fit `width` in the current font."""
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "…") > width:
            text = text[:-1]
        return text.rstrip() + "…"

    # Text -------------------------------------------------------------------------------

    def font(self, size: float = 10, bold: bool = False, colour=INK) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_text_color(*colour)

    def text_block(
        self, text: str, size: float = 10, bold: bool = False, colour=INK, after: float = 2
    ):
        self.font(size, bold, colour)
        self.multi_cell(0, _line_height(size), text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def height_of(self, text: str, size: float, bold: bool = False, width: float = 0) -> float:
        self.font(size, bold)
        return self.multi_cell(
            width or self.epw, _line_height(size), text, align="L", dry_run=True, output="HEIGHT"
        )

    def room_left(self) -> float:
        return self.page_break_trigger - self.y

    def keep(self, height: float) -> None:
        """A new page unless `height` mm fit on this one (a label with its first lines)."""
        if height > self.room_left():
            self.add_page()

    def heading(self, text: str, level: int, keep: float = KEEP_WITH_HEADING) -> None:
        """A heading that never stands alone at the bottom of a page; also a bookmark."""
        size, above = HEADINGS[level]
        height = self.height_of(text, size, bold=True)
        if self.y > self.t_margin + 1:
            if height + above + keep > self.room_left():
                self.add_page()
            else:
                self.ln(above)
        self.start_section(text, level=level - 1, strict=False)
        self.text_block(text, size, bold=True, colour=ACCENT if level < 3 else INK, after=1.5)
        if level == 1:
            self.set_draw_color(*ACCENT)
            self.line(self.l_margin, self.y, self.l_margin + self.epw, self.y)
            self.set_draw_color(*RULE)
            self.ln(3)

    def runs(
        self, parts: list[tuple[str, float, bool, tuple]], indent: float = 0, bullet: str = ""
    ) -> None:
        """Text of mixed size and colour flowing as one paragraph, optionally as a bullet."""
        size = parts[0][1]
        height = _line_height(size)
        left = self.l_margin
        if bullet:
            self.font(size, colour=ACCENT)
            self.set_x(left + indent)
            self.cell(5, height, bullet)
        self.set_left_margin(left + indent + (5 if bullet else 0))
        self.set_x(self.l_margin)
        for text, part_size, bold, colour in parts:
            if text:
                self.font(part_size, bold, colour)
                self.write(height, text)
        self.set_left_margin(left)
        self.ln(height + 1.2)

    def bullet(self, said: Said, size: float = 10) -> None:
        parts = [(said.text, size, False, INK)]
        if said.speaker:
            parts.append((f" – {said.speaker}", size - 1, False, MUTED))
        parts += [(f"\n→ {link}", size - 1, False, MUTED) for link in said.links]
        self.runs(parts, bullet="•")

    # Tables and charts ------------------------------------------------------------------

    def facts(self, lines: list[Line], label_width: float = 42) -> None:
        if not lines:
            return
        self.font(9.5)
        label_style = FontFace(family=FAMILY, emphasis="BOLD", color=INK, fill_color=SHADE)
        with self.table(
            col_widths=(label_width, self.epw - label_width), width=self.epw,
            first_row_as_headings=False, text_align="LEFT", v_align="TOP",
            line_height=_line_height(9.5), padding=(1.4, 2), borders_layout="HORIZONTAL_LINES",
        ) as table:  # fmt: skip
            for line in lines:
                row = table.row()
                row.cell(line.label, style=label_style)
                row.cell(line.value)
        self.ln(4)

    def chart_size(self, size: tuple[float, float]) -> tuple[float, float]:
        """Width and height in mm: the charts' scale, smaller only to fit a page."""
        width_px, height_px = size
        width = min(self.epw, self.epw * width_px / CHART_WIDTH_PX)
        height = width * height_px / width_px
        tallest = self.page_break_trigger - self.t_margin - 30  # room for heading and intro
        if height > tallest:
            width, height = width * tallest / height, tallest
        return width, height

    def chart(self, svg: str, size: tuple[float, float], description: str = "") -> None:
        width, height = self.chart_size(size)
        if height > self.room_left():
            self.add_page()
        drawing = _TITLE.sub(
            "", svg.replace(f'font-family="{charts.FONT}"', f'font-family="{FAMILY}"')
        )
        self.image(
            io.BytesIO(drawing.encode()),
            x=self.l_margin,
            y=self.y,
            w=width,
            h=height,
            alt_text=description or None,
        )
        self.set_y(self.y + height + 3)


# Sections ---------------------------------------------------------------------------------


def _title_page(pdf: DocumentationPDF, doc: Documentation) -> None:
    pdf.add_page()
    pdf.set_fill_color(*ACCENT)
    pdf.rect(0, 0, pdf.w, 9, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_y(28)
    pdf.text_block(doc.labels["documentation"].upper(), 10, bold=True, colour=MUTED, after=2)
    pdf.text_block(doc.title, 22, bold=True, colour=ACCENT, after=6)
    pdf.facts(doc.facts)
    if doc.description:
        pdf.text_block(doc.description, 10, after=4)
    pdf.text_block(doc.labels["created"], 8.5, colour=MUTED, after=6)
    if pdf.room_left() < 60:
        pdf.add_page()
    pdf.insert_toc_placeholder(_contents, pages=1)


def _contents(pdf: DocumentationPDF, outline: list[OutlineSection]) -> None:
    """The contents on the title page: the sections, and their parts if there is room."""
    pdf.set_x(pdf.l_margin)
    pdf.text_block(pdf.doc.labels["contents"], 13, bold=True, colour=ACCENT, after=2)
    entries = [entry for entry in outline if entry.level <= 1]
    if len(entries) * 5.6 > pdf.room_left() - 4:
        entries = [entry for entry in outline if entry.level == 0]
    for entry in entries:
        size = 10.5 if entry.level == 0 else 9.5
        pdf.font(size, bold=entry.level == 0, colour=INK if entry.level == 0 else MUTED)
        indent = 6 * entry.level
        link = pdf.add_link(page=entry.page_number)
        pdf.set_x(pdf.l_margin + indent)
        label = pdf._fit(entry.name, pdf.epw - indent - 14)
        pdf.cell(pdf.epw - indent - 12, 5.6, label, link=link)
        pdf.cell(
            12, 5.6, str(entry.page_number), align="R", link=link, new_x="LMARGIN", new_y="NEXT"
        )


def _agenda(pdf: DocumentationPDF, doc: Documentation) -> None:
    """The programme: the time left, the item with its kind, description and speakers."""
    if not doc.agenda:
        return
    pdf.heading(doc.labels["agenda"], 1)
    time_width = 30  # "13:30–14:15" in bold with a gap
    for entry in doc.agenda:
        texts = [entry.title, entry.description, *entry.speakers]
        needed = sum(pdf.height_of(text, 10, width=pdf.epw - time_width) for text in texts if text)
        if needed + 4 > pdf.room_left():
            pdf.add_page()
        top = pdf.y
        pdf.font(10, bold=True)
        pdf.cell(time_width, _line_height(10), entry.time)
        pdf.set_y(top)
        left = pdf.l_margin
        pdf.set_left_margin(left + time_width)
        pdf.runs([(entry.title, 10, True, INK), (f"  {entry.kind}", 8.5, False, MUTED)])
        if entry.description:
            pdf.runs([(entry.description, 9.5, False, INK)])
        for speaker in entry.speakers:
            pdf.runs([(speaker, 9, False, MUTED)])
        pdf.set_left_margin(left)
        pdf.ln(1)
        pdf.line(left, pdf.y, left + pdf.epw, pdf.y)
        pdf.ln(2.5)
    pdf.ln(2)


def _protocol(pdf: DocumentationPDF, protocol: ProtocolDoc) -> None:
    pdf.heading(protocol.title, 2, keep=40)
    pdf.facts(protocol.facts)
    for group in protocol.groups:
        pdf.heading(f"{group.heading} ({len(group.statements)})", 3)
        for said in group.statements:
            pdf.bullet(said)
    if protocol.chat:
        pdf.heading(f"{protocol.chat.heading} ({len(protocol.chat.messages)})", 3)
        pdf.text_block(protocol.chat.summary, 9.5, colour=MUTED, after=1.5)
        for message in protocol.chat.messages:
            who = " ".join(part for part in (message.time, message.speaker) if part)
            pdf.runs([(f"{who}: " if who else "", 8.5, True, MUTED), (message.text, 9, False, INK)])


def _intro(poll: PollDoc) -> str:
    return f"{poll.kind_label} · {poll.context} · {poll.summary}"


def _poll_start(pdf: DocumentationPDF, poll: PollDoc) -> float:
    """The height below a poll's heading that belongs on its page: the intro and the chart."""
    if not poll.chart:
        return KEEP_WITH_HEADING
    return pdf.height_of(_intro(poll), 9) + 2 + pdf.chart_size(poll.chart_size)[1]


def _poll(pdf: DocumentationPDF, poll: PollDoc, labels: dict, level: int = 3) -> None:
    """The question, what and where it was, the chart (or the answers), a word cloud's terms."""
    intro = _intro(poll)
    pdf.heading(poll.question, level, keep=_poll_start(pdf, poll))
    pdf.text_block(intro, 9, colour=MUTED, after=2)
    if poll.chart:
        pdf.chart(poll.chart, poll.chart_size, poll.description)
    if poll.terms:
        pdf.text_block(
            " · ".join(f"{line.label} ({line.value})" for line in poll.terms),
            8.5,
            colour=MUTED,
            after=4,
        )
    for answer in poll.answers:
        pdf.bullet(Said(answer), 9.5)
    if not poll.chart and not poll.answers:
        pdf.text_block(labels["no_answers"], 9.5, colour=MUTED)


def _recommendation_height(pdf: DocumentationPDF, recommendation: RecommendationDoc) -> float:
    """About the height of a recommendation below its title (to keep it on one page)."""
    width = pdf.epw - 5
    facts = sum(
        max(pdf.height_of(line.value, 9.5, width=pdf.epw - 46), 5) + 2.8
        for line in recommendation.facts
    )
    steps = sum(pdf.height_of(step, 10, width=width) + 1.2 for step in recommendation.steps)
    ratings = sum(
        pdf.height_of(f"{line.label} {line.value}", 9.5, width=width) + 1.2
        for line in recommendation.ratings
    )
    return (
        facts
        + 4
        + steps
        + ratings
        + 14 * bool(recommendation.steps)
        + 16 * bool(recommendation.ratings)
    )


def _recommendation(pdf: DocumentationPDF, recommendation: RecommendationDoc, labels: dict) -> None:
    keep = min(
        _recommendation_height(pdf, recommendation), pdf.page_break_trigger - pdf.t_margin - 20
    )
    pdf.heading(recommendation.title, 2, keep=keep)
    pdf.facts(recommendation.facts)
    if recommendation.steps:
        pdf.keep(14)
        pdf.text_block(labels["how"], 10, bold=True, after=1)
        for step in recommendation.steps:
            pdf.bullet(Said(step))
    if recommendation.ratings:
        pdf.ln(1)
        pdf.keep(16)
        pdf.text_block(labels["ratings"], 10, bold=True, after=1)
        for line in recommendation.ratings:
            pdf.runs(
                [(line.label, 9.5, True, INK), (line.separator + line.value, 9.5, False, INK)],
                bullet="•",
            )


def _protocols(pdf: DocumentationPDF, doc: Documentation) -> None:
    if not doc.protocols:
        return
    pdf.heading(doc.labels["protocols"], 1, keep=60)
    for protocol in doc.protocols:
        _protocol(pdf, protocol)


def _sessions(pdf: DocumentationPDF, doc: Documentation) -> None:
    """The polls by live session; a session's title stays with its first poll's chart."""
    if not doc.sessions:
        return
    pdf.heading(doc.labels["polls"], 1, keep=80)
    for session in doc.sessions:
        first = session.polls[0]
        size, above = HEADINGS[3]
        below = pdf.height_of(first.question, size, bold=True) + above + _poll_start(pdf, first)
        pdf.heading(session.title, 2, keep=below)
        for poll in session.polls:
            _poll(pdf, poll, doc.labels)


def _word_clouds(pdf: DocumentationPDF, doc: Documentation) -> None:
    if not doc.word_clouds:
        return
    pdf.heading(doc.labels["word_clouds"], 1, keep=80)
    for cloud in doc.word_clouds:
        _poll(pdf, cloud, doc.labels, level=2)


def _recommendations(pdf: DocumentationPDF, doc: Documentation) -> None:
    if not doc.recommendations:
        return
    pdf.heading(doc.labels["recommendations"], 1, keep=80)
    for recommendation in doc.recommendations:
        _recommendation(pdf, recommendation, doc.labels)


SECTIONS = (_title_page, _agenda, _protocols, _sessions, _word_clouds, _recommendations)


def build(doc: Documentation) -> bytes:
    """The PDF file of the documentation."""
    pdf = DocumentationPDF(doc)
    for section in SECTIONS:
        section(pdf, doc)
    return bytes(pdf.output())
