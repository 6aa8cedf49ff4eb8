"""Poll results drawn as SVG on the server: bars for choices and rankings, a histogram with
the mean for ratings, a word cloud, and the QR code of a join link.

Every function takes plain results (as `participation.results` returns them) and gives an
SVG string: no request, no template, no JavaScript, no style attributes — so the same
drawings serve the live pages, the projection and later a DOCX/PDF documentation. Each SVG
is an image (role="img") with a <title> and an aria-label that says the numbers; pages show
a table with the same numbers next to it.
"""

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

WIDTH = 720
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif"
INK = "#1b1f23"
MUTED = "#4a5259"
BAR = "#005a52"  # 7.6:1 on white
TRACK = "#e3e9e8"
MEAN = "#8a3b00"
PAPER = "#ffffff"
CLOUD_COLOURS = ("#005a52", "#8a3b00", "#1b1f23", "#1f4e8c", "#6b2c6e")  # all >= 7:1 on white
LABEL_SIZE = 16
LINE = 20
MAX_LABEL_LINES = 3

# Text width ----------------------------------------------------------------------------

_NARROW = set("fijlrtI.,:;'!|()[]{} -")
_WIDE = set("mwMW@%&")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width of `text` at font size `size`. There are no font metrics on the
    server: the averages fit DejaVu Sans, one of the widest sans-serif fonts, so that the
    boxes of narrower fonts (Segoe UI, Roboto, Noto Sans) rather leave more room."""
    units = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in "WF":
            units += 1.0
        elif ch in _NARROW:
            units += 0.35
        elif ch in _WIDE:
            units += 0.92
        elif ch.isupper() or ch.isdigit():
            units += 0.68
        else:
            units += 0.62
    return units * size * (1.15 if bold else 1.0)


def wrap(text: str, size: float, width: float, max_lines: int = MAX_LABEL_LINES) -> list[str]:
    """`text` broken into lines no wider than `width`; the last line ends in "…" if cut."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_width(candidate, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
        while text_width(current, size) > width and len(current) > 1:  # one very long word
            cut = len(current) - 1
            while cut > 1 and text_width(current[:cut], size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current or not lines:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + "…", size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


# SVG pieces ------------------------------------------------------------------------------


def _n(value: float) -> str:
    """A coordinate: at most two decimals, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _text(x, y, content, size=LABEL_SIZE, fill=INK, anchor="start", bold=False, css=""):
    weight = ' font-weight="700"' if bold else ""
    anchor_attr = f' text-anchor="{anchor}"' if anchor != "start" else ""
    css_attr = f' class="{css}"' if css else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" fill="{fill}"'
        f"{anchor_attr}{weight}{css_attr}>{escape(content)}</text>"
    )


def _rect(x, y, width, height, fill, css=""):
    css_attr = f' class="{css}"' if css else ""
    return (
        f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" '
        f'fill="{fill}"{css_attr}/>'
    )


def svg(width: float, height: float, title: str, label: str, body: list[str], kind: str) -> str:
    """A complete, standalone SVG document (also valid inline in HTML)."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="live-chart live-chart--{kind}" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" width="{_n(width)}" height="{_n(height)}" '
        f'role="img" aria-label="{escape(label)}" font-family="{FONT}">'
        f"<title>{escape(title)}</title>"
        f"{_rect(0, 0, width, height, PAPER)}" + "".join(body) + "</svg>"
    )


def sentence(title: str, rest: str) -> str:
    """The aria-label: the title, then what the chart shows."""
    title = title.strip()
    return f"{title} {rest}" if title.endswith((".", "?", "!", ":")) else f"{title}. {rest}"


def _empty(title: str, kind: str) -> str:
    message = _("No answers yet.")
    return svg(
        WIDTH, 60, title, sentence(title, message), [_text(0, 36, message, fill=MUTED)], kind
    )


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


# Bars: choices and rankings --------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str


VALUE_SPACE = 150  # room for the number right of the longest bar
BAR_HEIGHT = 26


def bar_chart(bars: list[Bar], title: str, summary: str, maximum: float | None = None,
              kind: str = "bars") -> str:  # fmt: skip
    """Horizontal bars, each as long as its value in proportion to `maximum` (by default
    the largest value), the label above and the number at the bar's end."""
    if not bars:
        return _empty(title, kind)
    maximum = maximum or max((bar.value for bar in bars), default=0) or 1
    plot = WIDTH - VALUE_SPACE
    body: list[str] = []
    y = 8.0
    for bar in bars:
        for line in wrap(bar.label, LABEL_SIZE, WIDTH):
            y += LINE
            body.append(_text(0, y - 5, line))
        y += 4
        length = plot * max(bar.value, 0) / maximum
        body.append(_rect(0, y, plot, BAR_HEIGHT, TRACK, "live-track"))
        body.append(_rect(0, y, length, BAR_HEIGHT, BAR, "live-bar"))
        body.append(_text(length + 8, y + BAR_HEIGHT - 7, bar.value_text, bold=True))
        y += BAR_HEIGHT + 14
    return svg(WIDTH, y, title, sentence(title, summary), body, kind)


def choice_chart(results: dict, title: str, kind: str = "single") -> str:
    """Single and multiple choice: bars in proportion to the votes (full width = everyone)."""
    voters = results.get("voters", 0)
    bars = [
        Bar(row["text"], row["count"], f"{row['count']} ({_percent(row['share'])})")
        for row in results.get("items", [])
    ]
    if not voters:
        return _empty(title, kind)
    return bar_chart(bars, title, _summary(voters, bars), maximum=voters, kind=kind)


def ranking_chart(results: dict, title: str) -> str:
    """Rankings: the items in their order, bars in proportion to their Borda points."""
    if not results.get("voters"):
        return _empty(title, "ranking")
    bars = [
        Bar(
            f"{place}. {row['text']}",
            row["points"],
            ngettext("%(points)s point", "%(points)s points", row["points"])
            % {"points": row["points"]},
        )
        for place, row in enumerate(results.get("items", []), start=1)
    ]
    return bar_chart(bars, title, _summary(results["voters"], bars), kind="ranking")


def _summary(voters: int, bars: list[Bar]) -> str:
    people = ngettext("%(count)s person answered", "%(count)s people answered", voters) % {
        "count": voters
    }
    return f"{people}: " + "; ".join(f"{bar.label}: {bar.value_text}" for bar in bars)


# Ratings: a histogram of the scale with the mean -----------------------------------------

AXIS_START = 24
AXIS_END = WIDTH - 170
COLUMN_HEIGHT = 56


def _scale_x(value: float, scale_max: int) -> float:
    if scale_max <= 1:
        return (AXIS_START + AXIS_END) / 2
    return AXIS_START + (value - 1) / (scale_max - 1) * (AXIS_END - AXIS_START)


def rating_chart(results: dict, title: str) -> str:
    """Per item: how often each value of the scale 1..n was given (columns on the scale),
    and the mean as a marker on the same scale and as a number."""
    items = results.get("items", [])
    scale_max = results.get("scale_max", 5)
    if not results.get("voters") or not items:
        return _empty(title, "rating")
    tallest = max((count for row in items for count in row["distribution"]), default=0) or 1
    spacing = (AXIS_END - AXIS_START) / max(scale_max - 1, 1)
    column = min(40.0, spacing * 0.6)
    body: list[str] = []
    parts: list[str] = []
    y = 8.0
    for row in items:
        for line in wrap(row["text"], LABEL_SIZE, WIDTH):
            y += LINE
            body.append(_text(0, y - 5, line))
        y += 18  # room for the counts above the columns
        base = y + COLUMN_HEIGHT
        for value, count in enumerate(row["distribution"], start=1):
            x = _scale_x(value, scale_max)
            height = COLUMN_HEIGHT * count / tallest
            body.append(_rect(x - column / 2, base - height, column, height, BAR, "live-bar"))
            if count:
                body.append(_text(x, base - height - 4, str(count), 13, anchor="middle"))
        body.append(_rect(AXIS_START - column / 2, base, AXIS_END - AXIS_START + column, 2, INK))
        for value in range(1, scale_max + 1):
            body.append(
                _text(_scale_x(value, scale_max), base + 18, str(value), 13, MUTED, "middle")
            )
        if row["mean"] is not None:
            mean = number_format(round(row["mean"], 1), 1)
            x = _scale_x(row["mean"], scale_max)
            body.append(
                f'<path d="M{_n(x)} {_n(base + 2)} l-7 12 h14 z" fill="{MEAN}" class="live-mean"/>'
            )
            body.append(_text(AXIS_END + 44, base - 22, mean, 26, MEAN, bold=True))
            body.append(_text(AXIS_END + 44, base - 2, _("average"), 13, MUTED))
            answers = ngettext("%(n)s answer", "%(n)s answers", row["n"]) % {"n": row["n"]}
            body.append(_text(AXIS_END + 44, base + 16, answers, 13, MUTED))
            parts.append(f"{row['text']}: {_('average')} {mean} ({answers})")
        else:
            parts.append(f"{row['text']}: {_('No answers yet.')}")
        y = base + 40
    label = sentence(title, "; ".join(parts) + f". {_('Scale')} 1–{scale_max}.")
    return svg(WIDTH, y, title, label, body, "rating")


# Word clouds -----------------------------------------------------------------------------

CLOUD_MIN, CLOUD_MAX = 15, 58
CLOUD_GAP = 3
SPIRAL_STEP = 5.0  # pixels along the spiral between tries
SPIRAL_TURN = 5.0  # pixels the spiral widens per radian
MAX_TRIES = 6000
START_BACK = 0.7  # of the previous term's angle, where the next one starts looking


@dataclass(frozen=True)
class Placed:
    text: str
    count: int
    size: int
    x: float  # the box's left edge
    y: float  # the box's top edge
    width: float
    height: float
    bold: bool

    def overlaps(self, other: "Placed", gap: float = 0) -> bool:
        return not (
            self.x + self.width + gap <= other.x
            or other.x + other.width + gap <= self.x
            or self.y + self.height + gap <= other.y
            or other.y + other.height + gap <= self.y
        )


def _font_size(count: int, smallest: int, largest: int) -> int:
    if largest == smallest:
        return (CLOUD_MIN + CLOUD_MAX) // 2
    return round(
        CLOUD_MIN + (CLOUD_MAX - CLOUD_MIN) * math.sqrt((count - smallest) / (largest - smallest))
    )


class _Grid:
    """Placed boxes by the grid cells they cover, so that a try is compared with its
    neighbours only, not with every box placed so far."""

    CELL = 48.0

    def __init__(self):
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def _keys(self, left, top, right, bottom):
        for column in range(math.floor(left / self.CELL), math.floor(right / self.CELL) + 1):
            for row in range(math.floor(top / self.CELL), math.floor(bottom / self.CELL) + 1):
                yield column, row

    def free(self, left, top, right, bottom) -> bool:
        for key in self._keys(left, top, right, bottom):
            for other_left, other_top, other_right, other_bottom in self.cells.get(key, ()):
                if not (
                    right + CLOUD_GAP <= other_left
                    or other_right + CLOUD_GAP <= left
                    or bottom + CLOUD_GAP <= other_top
                    or other_bottom + CLOUD_GAP <= top
                ):
                    return False
        return True

    def add(self, left, top, right, bottom) -> None:
        box = (left, top, right, bottom)
        for key in self._keys(
            left - CLOUD_GAP, top - CLOUD_GAP, right + CLOUD_GAP, bottom + CLOUD_GAP
        ):
            self.cells.setdefault(key, []).append(box)


@lru_cache(maxsize=128)
def cloud_layout(terms: tuple[tuple[str, int], ...]) -> tuple[Placed, ...]:
    """Terms (text, count) placed without overlap: the most frequent first, in the middle,
    each further one at the first free place on an Archimedean spiral around the middle.
    No randomness: the same terms always give the same picture."""
    ordered = sorted(terms, key=lambda term: (-term[1], term[0].casefold(), term[0]))
    if not ordered:
        return ()
    counts = [count for _text, count in ordered]
    grid = _Grid()
    placed: list[Placed] = []
    angle = 0.0
    for rank, (text, count) in enumerate(ordered):
        size = _font_size(count, min(counts), max(counts))
        bold = rank < 3 or size >= 32
        width, height = text_width(text, size, bold) + 4, size * 1.25
        # The middle fills up: smaller terms start searching a little inside of where the
        # previous one found room, instead of at the centre again.
        found = _first_free_place(width, height, grid, angle * START_BACK)
        if found is not None:
            left, top, angle = found
            placed.append(Placed(text, count, size, left, top, width, height, bold))
    return tuple(placed)


def _first_free_place(width, height, grid: _Grid, angle: float):
    step = max(SPIRAL_STEP, height * 0.35)
    for _try in range(MAX_TRIES):
        radius = SPIRAL_TURN * angle
        left = radius * math.cos(angle) * 1.8 - width / 2
        top = radius * math.sin(angle) - height / 2
        if grid.free(left, top, left + width, top + height):
            grid.add(left, top, left + width, top + height)
            return left, top, angle
        angle += step / max(radius, step)
    return None


def word_cloud(results: dict, title: str) -> str:
    """The terms of a word cloud, larger the more often they were given."""
    terms = tuple((term["text"], term["count"]) for term in results.get("terms", []))
    layout = cloud_layout(terms)
    if not layout:
        return _empty(title, "wordcloud")
    left = min(box.x for box in layout) - 8
    top = min(box.y for box in layout) - 8
    width = max(box.x + box.width for box in layout) - left + 8
    height = max(box.y + box.height for box in layout) - top + 8
    body = []
    for index, box in enumerate(layout):
        body.append(
            _text(
                box.x - left + box.width / 2,
                box.y - top + box.size * 0.98,
                box.text,
                box.size,
                CLOUD_COLOURS[index % len(CLOUD_COLOURS)],
                "middle",
                box.bold,
                "live-term",
            )
        )
    shown = "; ".join(f"{box.text} ({box.count})" for box in layout[:15])
    label = sentence(title, f"{_('Most frequent terms')}: {shown}")
    return svg(width, height, title, label, body, "wordcloud")


# Dispatch and QR codes -------------------------------------------------------------------


def chart(kind: str, results: dict | None, title: str) -> str:
    """The chart of a poll kind's results ("" for open answers, which are text)."""
    if not results:
        return ""
    if kind in ("single", "multiple"):
        return choice_chart(results, title, kind)
    drawers = {"ranking": ranking_chart, "rating": rating_chart, "wordcloud": word_cloud}
    return drawers[kind](results, title) if kind in drawers else ""


def qr_code(data: str, label: str) -> str:
    """A QR code as inline SVG (segno, drawn here: no external service sees the link)."""
    import segno

    code = segno.make(data, error="m")
    drawing = code.svg_inline(
        scale=1, border=4, dark=INK, light=PAPER, title=label, svgclass="live-qr", omitsize=True
    )
    return drawing.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
