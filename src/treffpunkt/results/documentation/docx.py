"""The documentation of an event as a Word document (python-docx), to edit and send on.

A4, Arial (LibreOffice shows the metrically equal Liberation Sans), headings as Word heading
styles (they make the navigation pane and a table of contents), charts as PNG drawn from the
same SVGs the PDF and the live pages use, and next to each chart its numbers as a table.
"""

import io

from django.utils.translation import get_language, to_locale
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import raster
from .content import Documentation, Line, PollDoc, ProtocolDoc, RecommendationDoc, Said

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FONT = "Arial"
ACCENT = RGBColor(0x00, 0x5A, 0x52)  # the charts' bar colour
INK = RGBColor(0x1B, 0x1F, 0x23)
MUTED = RGBColor(0x4A, 0x52, 0x59)
SHADE = "E3E9E8"  # the charts' track colour, behind table headers
RULE = "B8C2C0"  # table lines
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Cm(21), Cm(29.7), Cm(2.2)
TEXT_WIDTH_CM = 21 - 2 * 2.2
CHART_WIDTH_PX = 720  # live.charts.WIDTH: a chart this wide fills the text width
MAX_CHART_HEIGHT_CM = 21.0  # with its heading, a chart fits on one page


# Styles -----------------------------------------------------------------------------------


def _font_of(element, name: str) -> None:
    """Set a font on a style's or run's properties, replacing the theme fonts."""
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):
            del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def _language(document) -> None:
    """Mark the text as written in the active language (spell checking, hyphenation)."""
    tag = to_locale(get_language() or "de").replace("_", "-")
    if "-" not in tag:
        tag = {"de": "de-DE", "en": "en-GB"}.get(tag, tag)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), tag)
    language.set(qn("w:bidi"), tag if tag.startswith(("ar", "fa", "he")) else "ar-SA")


def _styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font_of(normal.element, FONT)
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before in (("Title", 24, 0), ("Heading 1", 17, 18), ("Heading 2", 13.5, 14),
                               ("Heading 3", 11.5, 10)):  # fmt: skip
        style = styles[name]
        _font_of(style.element, FONT)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = ACCENT if name != "Heading 3" else INK
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6 if name != "Title" else 4)
        style.paragraph_format.keep_with_next = True
    for border in styles["Title"].element.iter(qn("w:bottom")):
        border.attrib.pop(qn("w:themeColor"), None)
        border.set(qn("w:color"), "005A52")
    subtitle = styles["Subtitle"]
    _font_of(subtitle.element, FONT)
    subtitle.font.size = Pt(14)
    subtitle.font.italic = False
    subtitle.font.color.rgb = MUTED
    for name in ("List Bullet", "Header", "Footer", "Caption"):
        _font_of(styles[name].element, FONT)
    styles["List Bullet"].paragraph_format.space_after = Pt(3)


def _page_number(paragraph) -> None:
    """The PAGE field at the end of a paragraph, 8 pt as the rest of the footer."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")  # half points
    properties.append(size)
    number.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    number.append(text)
    field.append(number)
    paragraph._p.append(field)


def _page(document, doc: Documentation) -> None:
    """A4 with margins, a footer with title and page number, and the file's properties."""
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    footer = section.footer.paragraphs[0]
    run = footer.add_run(f"{doc.title} · {doc.labels['documentation']} · {doc.labels['page']} ")
    run.font.size, run.font.color.rgb = Pt(8), MUTED
    _page_number(footer)
    properties = document.core_properties
    properties.title = doc.title
    properties.subject = doc.labels["documentation"]
    properties.author = properties.last_modified_by = "Treffpunkt"
    properties.comments = ""


# Pieces -----------------------------------------------------------------------------------


def _muted(paragraph, text: str, size: float = 9) -> None:
    run = paragraph.add_run(text)
    run.font.size, run.font.color.rgb = Pt(size), MUTED


def _shade(cell, colour: str = SHADE) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _row_properties(row, *names: str) -> None:
    """Switch on row properties: w:tblHeader (repeat on each page), w:cantSplit."""
    properties = row._tr.get_or_add_trPr()
    for name in names:
        element = OxmlElement(name)
        element.set(qn("w:val"), "true")
        properties.append(element)


def _table_look(table) -> None:
    """Thin light grid lines and some room around the text in the cells."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        for attribute, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", RULE)):
            border.set(qn(f"w:{attribute}"), value)
        borders.append(border)
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 45), ("left", 100), ("bottom", 15), ("right", 100)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    layout = properties.find(qn("w:tblLayout"))
    look = properties.find(qn("w:tblLook"))
    (layout if layout is not None else look).addprevious(borders)  # schema order
    if look is not None:
        look.addprevious(margins)
    else:
        properties.append(margins)


def _table(document, widths_cm: list[float], header: tuple[str, ...] | None = None):
    """A table of fixed column widths with light grid lines, its header row shaded."""
    table = document.add_table(rows=0, cols=len(widths_cm))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _table_look(table)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    if header:
        row = table.add_row()
        _row_properties(row, "w:tblHeader")
        for cell, text in zip(row.cells, header, strict=True):
            _shade(cell)
            cell.paragraphs[0].add_run(text).bold = True
    return table


def _row(table, widths_cm: list[float]):
    row = table.add_row()
    _row_properties(row, "w:cantSplit")
    for cell, width in zip(row.cells, widths_cm, strict=True):
        cell.width = Cm(width)
    return row.cells


def _facts(document, lines: list[Line]) -> None:
    if not lines:
        return
    widths = [4.2, TEXT_WIDTH_CM - 4.2]
    table = _table(document, widths)
    for line in lines:
        label, value = _row(table, widths)
        _shade(label)
        label.paragraphs[0].add_run(line.label).bold = True
        _multiline(value, line.value)
    _keep_together(table)
    document.add_paragraph()


def _keep_together(table) -> None:
    """Keep a short table on one page, with the heading above it (all rows but the last
    keep with the next paragraph: Word's and LibreOffice's way)."""
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _multiline(cell, text: str) -> None:
    """Text with line breaks into a cell (or paragraph), one paragraph per line."""
    lines = text.splitlines() or [""]
    cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def _bullet(document, said: Said) -> None:
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run(said.text)
    if said.speaker:
        _muted(paragraph, f" – {said.speaker}")
    for link in said.links:
        paragraph.add_run().add_break(WD_BREAK.LINE)
        _muted(paragraph, f"→ {link}")


def _chart(document, svg: str, size: tuple[float, float], description: str) -> None:
    """The chart as PNG at the charts' scale (720 px = the text width), never taller than
    a page, with its numbers in words as the picture's alternative text."""
    width_cm = min(TEXT_WIDTH_CM, TEXT_WIDTH_CM * size[0] / CHART_WIDTH_PX)
    height_cm = width_cm * size[1] / size[0]
    if height_cm > MAX_CHART_HEIGHT_CM:
        width_cm *= MAX_CHART_HEIGHT_CM / height_cm
    document.add_picture(io.BytesIO(raster.png(svg)), width=Cm(width_cm))
    picture = document.paragraphs[-1]
    for properties in picture._p.iter(qn("wp:docPr")):
        properties.set("descr", description)


# Sections ---------------------------------------------------------------------------------


def _front(document, doc: Documentation) -> None:
    document.add_heading(doc.title, level=0)
    document.add_paragraph(doc.labels["documentation"], style="Subtitle")
    _facts(document, doc.facts)
    if doc.description:
        document.add_paragraph(doc.description)
    _muted(document.add_paragraph(), doc.labels["created"])


def _agenda(document, doc: Documentation) -> None:
    if not doc.agenda:
        return
    document.add_heading(doc.labels["agenda"], level=1)
    widths = [3.0, TEXT_WIDTH_CM - 3.0]
    table = _table(document, widths, (doc.labels["time"], doc.labels["item"]))
    for entry in doc.agenda:
        time, item = _row(table, widths)
        time.paragraphs[0].add_run(entry.time)
        first = item.paragraphs[0]
        first.add_run(entry.title).bold = True
        _muted(first, f"  {entry.kind}")
        if entry.description:
            item.add_paragraph(entry.description)
        for speaker in entry.speakers:
            _muted(item.add_paragraph(), speaker, 9.5)


def _protocol(document, protocol: ProtocolDoc) -> None:
    document.add_heading(protocol.title, level=2)
    _facts(document, protocol.facts)
    for group in protocol.groups:
        document.add_heading(f"{group.heading} ({len(group.statements)})", level=3)
        for said in group.statements:
            _bullet(document, said)
    if protocol.chat:
        document.add_heading(f"{protocol.chat.heading} ({len(protocol.chat.messages)})", level=3)
        summary = document.add_paragraph()
        summary.paragraph_format.keep_with_next = True
        _muted(summary, protocol.chat.summary, 9.5)
        for message in protocol.chat.messages:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            _muted(
                paragraph,
                " ".join(part for part in (message.time, message.speaker) if part) + ": ",
                9,
            )
            run = paragraph.add_run(message.text)
            run.font.size = Pt(9.5)


def _poll(document, poll: PollDoc, labels: dict, level: int = 3) -> None:
    document.add_heading(poll.question, level=level)
    intro = document.add_paragraph()
    intro.paragraph_format.keep_with_next = bool(poll.chart)
    _muted(intro, f"{poll.kind_label} · {poll.context} · {poll.summary}", 9.5)
    if poll.chart:
        _chart(document, poll.chart, poll.chart_size, poll.description)
    if poll.terms:
        _muted(
            document.add_paragraph(),
            " · ".join(f"{line.label} ({line.value})" for line in poll.terms),
            9,
        )
    for answer in poll.answers:
        document.add_paragraph(answer, style="List Bullet")
    if not poll.chart and not poll.answers:
        _muted(document.add_paragraph(), labels["no_answers"])


def _recommendation(document, recommendation: RecommendationDoc, labels: dict) -> None:
    document.add_heading(recommendation.title, level=2)
    _facts(document, recommendation.facts)
    if recommendation.steps:
        heading = document.add_paragraph()
        heading.paragraph_format.keep_with_next = True
        heading.add_run(labels["how"]).bold = True
        for step in recommendation.steps:
            document.add_paragraph(step, style="List Bullet")
    if recommendation.ratings:
        heading = document.add_paragraph()
        heading.paragraph_format.keep_with_next = True
        heading.paragraph_format.space_before = Pt(6)
        heading.add_run(labels["ratings"]).bold = True
        for line in recommendation.ratings:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(line.label).bold = True
            paragraph.add_run(f"{line.separator}{line.value}")


def _protocols(document, doc: Documentation) -> None:
    if not doc.protocols:
        return
    document.add_heading(doc.labels["protocols"], level=1)
    for protocol in doc.protocols:
        _protocol(document, protocol)


def _sessions(document, doc: Documentation) -> None:
    if not doc.sessions:
        return
    document.add_heading(doc.labels["polls"], level=1)
    for session in doc.sessions:
        document.add_heading(session.title, level=2)
        for poll in session.polls:
            _poll(document, poll, doc.labels)


def _word_clouds(document, doc: Documentation) -> None:
    if not doc.word_clouds:
        return
    document.add_heading(doc.labels["word_clouds"], level=1)
    for cloud in doc.word_clouds:
        _poll(document, cloud, doc.labels, level=2)


def _recommendations(document, doc: Documentation) -> None:
    if not doc.recommendations:
        return
    document.add_heading(doc.labels["recommendations"], level=1)
    for recommendation in doc.recommendations:
        _recommendation(document, recommendation, doc.labels)


SECTIONS = (_front, _agenda, _protocols, _sessions, _word_clouds, _recommendations)


def build(doc: Documentation) -> bytes:
    """The DOCX file of the documentation."""
    document = Document()
    _styles(document)
    _language(document)
    _page(document, doc)
    for section in SECTIONS:
        section(document, doc)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
