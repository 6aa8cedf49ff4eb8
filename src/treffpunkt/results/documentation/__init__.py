"""The documentation of an event, one click away, as DOCX and as PDF.

`content.collect(event)` gathers what there is to say as plain data; `docx.build` and
`pdf.build` lay the same data out. Charts are the SVGs of `treffpunkt.live.charts`: the PDF
draws them as vectors, the DOCX gets them as PNGs rasterised from the very same SVGs
(`raster`), so all three show the same numbers.

The fonts are DejaVu Sans (free licence in fonts/LICENSE), shipped with the code so that
umlauts and every other character come out on any machine.
"""

import logging
from pathlib import Path

FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR_FONT = FONTS / "DejaVuSans.ttf"
BOLD_FONT = FONTS / "DejaVuSans-Bold.ttf"
FAMILY = "DejaVu"
# fpdf2 subsets the fonts with fontTools, which logs every table at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def add_fonts(document) -> None:
    """DejaVu Sans, regular and bold, embedded in an fpdf2 document (umlauts, Arabic, Cyrillic)."""
    document.add_font(FAMILY, "", str(REGULAR_FONT))
    document.add_font(FAMILY, "B", str(BOLD_FONT))
