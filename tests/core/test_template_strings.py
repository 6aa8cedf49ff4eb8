"""Every visible string of a public template is marked for translation.

A public template is one rendered for anonymous visitors (and the e-mails they receive). The
check reads each template with Django's lexer, blanks out variables, tags, comments and the
contents of {% blocktranslate %}, and reports letters that remain in text nodes or in
attributes a visitor sees or hears (alt, title, placeholder, aria-label, button values).
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.template.base import Lexer, TokenType

SRC = Path(__file__).resolve().parents[2] / "src" / "treffpunkt"
# Template folders whose pages anonymous visitors see.
PUBLIC_DIRS = [
    SRC / "templates",
    SRC / "core" / "templates",
    SRC / "directory" / "templates",
    SRC / "events" / "templates",
    SRC / "live" / "templates",
    SRC / "practice" / "templates",
    SRC / "results" / "templates",
]
# Back-office pages: editors, organisers and moderators are logged in and see them.
NON_PUBLIC_FOLDERS = {"editor", "organiser", "moderation", "registration"}
NON_PUBLIC_FILES = {
    "directory/email/stale_body.txt",  # to editors about their own offers
    "directory/email/stale_subject.txt",
    "500.html",  # static German and English on purpose: rendered when anything may be broken
    "live/projection.html",  # the moderator's projector view
    "results/import_form.html",
    "results/import_preview.html",
    "results/protocol_events.html",
    "results/protocol_form.html",
    "results/protocol_list.html",
    "results/protocol_notes.html",
    "results/protocol_statement_delete.html",
    "results/protocol_statement_form.html",
    "results/recommendation_form.html",
    "results/recommendation_list.html",
    "results/recommendation_status.html",
    "results/_note_added.html",
    "results/_note_form.html",
    "results/_note_preview.html",
    "results/_recommendation_nav.html",
    "results/_results_nav.html",
}
# Names and abbreviations that stay the same in every language.
ALLOWED_NAMES = ["Open Referral", "Treffpunkt", "iCal", "ICS", "CSV", "HSDS", "JSON", "PDF"]
VISIBLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "aria-roledescription"}
BUTTON_INPUT_TYPES = {"submit", "button", "reset"}
LETTERS = re.compile(r"[^\W\d_]+")
BLOCK_NAME = re.compile(r"^\s*(\w+)")
# Tags whose contents are not text for people (code, or translated as a whole).
SKIPPED_BLOCKS = {
    "blocktranslate": "endblocktranslate",
    "blocktrans": "endblocktrans",
    "comment": "endcomment",
    "verbatim": "endverbatim",
}


def public_templates() -> list[tuple[str, Path]]:
    found = []
    for folder in PUBLIC_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in {".html", ".txt"}:
                continue
            name = path.relative_to(folder).as_posix()
            if NON_PUBLIC_FOLDERS & set(name.split("/")[:-1]) or name in NON_PUBLIC_FILES:
                continue
            found.append((name, path))
    return found


def skeleton(source: str) -> str:
    """The template's markup with every template construct replaced by a space."""
    parts, closing = [], None
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = (BLOCK_NAME.match(token.contents) or [None, ""])[1]
            if closing:
                closing = None if name == closing else closing
            elif name in SKIPPED_BLOCKS:
                closing = SKIPPED_BLOCKS[name]
            parts.append(" ")
        elif token.token_type == TokenType.TEXT and not closing:
            parts.append(token.contents)
        else:
            parts.append(" ")
    return "".join(parts)


def words(text: str) -> list[str]:
    for name in ALLOWED_NAMES:
        text = text.replace(name, " ")
    return LETTERS.findall(text)


class UntranslatedText(HTMLParser):
    """Collects visible text and visible attribute values that still contain words."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self.hidden_depth += 1
        attributes = dict(attrs)
        checked = set(VISIBLE_ATTRIBUTES)
        if tag == "input" and attributes.get("type") in BUTTON_INPUT_TYPES:
            checked.add("value")
        for name, value in attrs:
            if name in checked and value and words(value):
                self.found.append(f'<{tag} {name}="{value.strip()}">')

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self.hidden_depth = max(0, self.hidden_depth - 1)

    def handle_data(self, data):
        if not self.hidden_depth and words(data):
            self.found.append(" ".join(data.split()))


def untranslated(path: Path) -> list[str]:
    parser = UntranslatedText()
    parser.feed(skeleton(path.read_text()))
    parser.close()
    return parser.found


def test_public_templates_are_found():
    names = {name for name, _ in public_templates()}

    assert {"base.html", "core/home.html", "live/session.html", "results/tracking.html"} <= names
    assert "directory/editor/offer_form.html" not in names


@pytest.mark.parametrize(
    ("name", "path"), public_templates(), ids=[name for name, _ in public_templates()]
)
def test_public_template_marks_every_string_for_translation(name, path):
    assert untranslated(path) == []


def test_the_check_finds_unmarked_text_and_attributes(tmp_path):
    template = tmp_path / "t.html"
    template.write_text(
        '{% load i18n %}<h1>{% translate "Hello" %}</h1><p>Öffnungszeiten: {{ hours }}</p>'
        '<img alt="Karte" src="x.png"><input type="submit" value="{% translate "Send" %}">'
        "{% blocktranslate %}Hello {{ name }}{% endblocktranslate %}{# Kommentar #}"
        "<script>const label = 'nicht sichtbar';</script><p>Treffpunkt – 12:30</p>"
    )

    assert untranslated(template) == ["Öffnungszeiten:", '<img alt="Karte">']
