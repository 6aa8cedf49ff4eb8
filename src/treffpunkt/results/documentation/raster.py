"""The chart SVGs of `treffpunkt.live.charts` as PNG, for documents that take no SVG (DOCX).

The charts use a small part of SVG: filled <rect>s, <text> (size, fill, anchor, bold) and
filled <path>s of straight lines (the mean marker). That part is drawn here with Pillow and
the shipped DejaVu Sans, so the PNG is the SVG itself, not a second drawing of the numbers.
Anything else in an SVG is left out.
"""

import io
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from . import BOLD_FONT, REGULAR_FONT

NS = "{http://www.w3.org/2000/svg}"
ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}  # Pillow: horizontal + baseline
_PATH_TOKENS = re.compile(r"[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")


@lru_cache(maxsize=64)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD_FONT if bold else REGULAR_FONT), size)


def _number(element: ET.Element, name: str, default: float = 0.0) -> float:
    try:
        return float(element.get(name, default))
    except ValueError:
        return default


def _colour(value: str | None) -> str | None:
    return None if value in (None, "", "none") else value


def path_points(d: str) -> list[list[tuple[float, float]]]:
    """The polygons of a path of straight lines (M, L, H, V, Z, absolute or relative)."""
    tokens = _PATH_TOKENS.findall(d)
    shapes: list[list[tuple[float, float]]] = []
    x = y = 0.0
    command = ""
    index = 0
    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
            if command in "Zz":
                if shapes and shapes[-1]:
                    x, y = shapes[-1][0]
                continue
        values = tokens[index : index + (1 if command in "HhVv" else 2)]
        index += len(values)
        if command in "Mm":
            x, y = (
                (float(values[0]), float(values[1]))
                if command == "M"
                else (x + float(values[0]), y + float(values[1]))
            )
            shapes.append([(x, y)])
            command = "L" if command == "M" else "l"  # further pairs are lines
            continue
        if command == "L":
            x, y = float(values[0]), float(values[1])
        elif command == "l":
            x, y = x + float(values[0]), y + float(values[1])
        elif command == "H":
            x = float(values[0])
        elif command == "h":
            x += float(values[0])
        elif command == "V":
            y = float(values[0])
        elif command == "v":
            y += float(values[0])
        else:
            break  # curves and arcs: not used by the charts
        if not shapes:
            shapes.append([(0.0, 0.0)])
        shapes[-1].append((x, y))
    return shapes


def _draw(draw: ImageDraw.ImageDraw, element: ET.Element, scale: float, inherited: dict) -> None:
    tag = element.tag.removeprefix(NS)
    fill = _colour(element.get("fill", inherited.get("fill", "#000000")))
    if tag == "rect" and fill:
        x, y = _number(element, "x") * scale, _number(element, "y") * scale
        width, height = _number(element, "width") * scale, _number(element, "height") * scale
        if width > 0 and height > 0:
            draw.rectangle((x, y, x + width - 1, y + height - 1), fill=fill)
    elif tag == "text" and fill and element.text:
        size = max(1, round(_number(element, "font-size", 16) * scale))
        bold = element.get("font-weight", inherited.get("font-weight", "")) in ("700", "bold")
        anchor = ANCHORS.get(
            element.get("text-anchor", inherited.get("text-anchor", "start")), "ls"
        )
        position = (_number(element, "x") * scale, _number(element, "y") * scale)
        draw.text(position, element.text, fill=fill, font=_font(size, bold), anchor=anchor)
    elif tag == "path" and fill:
        for shape in path_points(element.get("d", "")):
            if len(shape) > 2:
                draw.polygon([(px * scale, py * scale) for px, py in shape], fill=fill)
    elif tag == "g":
        inner = inherited | {
            key: element.get(key)
            for key in ("fill", "font-weight", "text-anchor")
            if element.get(key)
        }
        for child in element:
            _draw(draw, child, scale, inner)


def png(svg: str, scale: float = 2.0) -> bytes:
    """The SVG drawn `scale` times its size in pixels, as PNG bytes."""
    root = ET.fromstring(svg)
    width = _number(root, "width") or 720
    height = _number(root, "height") or 60
    image = Image.new("RGB", (max(1, round(width * scale)), max(1, round(height * scale))), "white")
    draw = ImageDraw.Draw(image)
    inherited = {
        key: root.get(key) for key in ("fill", "font-weight", "text-anchor") if root.get(key)
    }
    for child in root:
        _draw(draw, child, scale, inherited)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(96 * scale, 96 * scale))
    return out.getvalue()
