"""Server-rendered SVG bar charts. The page puts a table with the same numbers beside each
chart; the SVG is decorative for screen readers (aria-hidden) so nothing is read twice."""

from django.utils.html import escape

BAR_HEIGHT = 18
GAP = 6
LABEL_WIDTH = 180
BAR_WIDTH = 300
NUMBER_WIDTH = 60


def bars(rows: list[tuple[str, int | None]], title: str = "") -> str:
    """Horizontal bars, one per (label, value); None (suppressed) draws no bar and says so."""
    largest = max((value or 0 for _, value in rows), default=0) or 1
    height = max(1, len(rows)) * (BAR_HEIGHT + GAP)
    width = LABEL_WIDTH + BAR_WIDTH + NUMBER_WIDTH
    parts = [
        f'<svg class="dashboard-chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-hidden="true" '
        f'focusable="false">'
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    for index, (label, value) in enumerate(rows):
        y = index * (BAR_HEIGHT + GAP)
        text_y = y + BAR_HEIGHT - 5
        length = round(BAR_WIDTH * (value or 0) / largest)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{text_y}" text-anchor="end" '
            f'class="dashboard-chart__label">{escape(str(label)[:28])}</text>'
        )
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" '
            f'class="dashboard-chart__track"/>'
        )
        if length:
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{BAR_HEIGHT}" '
                f'class="dashboard-chart__bar"/>'
            )
        shown = "–" if value is None else str(value)
        parts.append(
            f'<text x="{LABEL_WIDTH + BAR_WIDTH + 6}" y="{text_y}" '
            f'class="dashboard-chart__value">{shown}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
