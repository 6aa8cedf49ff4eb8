"""Stray markup and screen text in pasted protocols: HTML fragments, Markdown emphasis,
LaTeX arrows, and the buttons and panels of video-conference windows copied with the text."""

import html
import re

_LATEX = {r"\leftrightarrow": "↔", r"\rightarrow": "→", r"\leftarrow": "←", r"\Rightarrow": "⇒"}
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
_HEADING_TAG = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_INLINE_TAG = re.compile(r"\s?</?(?:i|u|b|em|strong|span|a|sup|sub)\b[^>]*>\s?", re.I)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")

# Buttons, menus and panel titles of Webex and Zoom (German and English).
UI_PHRASES = [
    "Cisco Webex Meetings",
    "Meeting-Informationen",
    "Menüleiste verbergen",
    "Teilgruppen-Sitzungen",
    "Stummschaltung aufheben",
    "Stimmuschaltung aufheben",
    "Stummschalten",
    "Video stoppen",
    "Video starten",
    "Freigegeben",
    "Freigeben",
    "Hier Chat-Nachricht eingeben",
    "Beliebige Suche",
    "Teilnehmer",
    "Meeting",
    "Hilfe",
    "Suche",
    "Chat",
    "Verbunden",
    "Unmute",
    "Mute",
    "Stop video",
    "Start video",
    "Share",
    "Participants",
    "Enter chat message here",
    "Search",
    "Connected",
    "Breakout sessions",
    "Help",
]
_UI_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"(Teilnehmer|Participants)\s*\(\d+\)",
        r"(An|To):\s*(Alle|Everyone|All)\b.*",
        r"Sie sind derzeit mit der Sitzung .* verbunden\.?",
        r"You are (currently )?connected to .*",
        r"(Es spricht|Speaking):.*",
        r"\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{2,4}",  # a screenshot's clock
        r"(www\.)?menti\.com\s+(Code|use code)[\d ]+",
        r".*Menüleiste verbergen.*",
    )
]
_UI_PHRASE = re.compile("|".join(re.escape(p) for p in UI_PHRASES), re.I)
_PANEL_MEMBER = re.compile(r"([A-ZÄÖÜ]{2,3})\s+((?:[A-ZÄÖÜ][\w'-]+\s*){2,5})")
CHAT_PANEL = re.compile(r"(Chat|Chatprotokoll|Chatverlauf|Chat protocol|Chat log)\s*:?", re.I)


def inline(text: str) -> str:
    """A line without LaTeX arrows, Markdown emphasis and HTML entities; tags stay."""
    for command, arrow in _LATEX.items():
        text = text.replace(command, arrow)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HEADING_TAG.sub(lambda m: "#" * int(m.group(1)) + " " + m.group(2), text)
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text).replace("**", "")
    return html.unescape(text.replace("\xa0", " "))


def _inline_tag(match: re.Match) -> str:
    """Emphasis goes without leaving a gap inside words or before punctuation."""
    opening = not match.group(0).strip().startswith("</")
    before, after = match.group(0)[:1].isspace(), match.group(0)[-1:].isspace()
    return " " if (before and opening) or (after and not opening) else ""


def strip_tags(text: str) -> str:
    return " ".join(_TAG.sub(" ", _INLINE_TAG.sub(_inline_tag, text)).split())


def is_ui(line: str) -> bool:
    """Whether a line is only screen furniture (buttons, panel titles, a clock)."""
    text = line.strip()
    if any(pattern.fullmatch(text) for pattern in _UI_PATTERNS):
        return True
    rest = _UI_PHRASE.sub("", text)
    return bool(text) and not re.search(r"\w", rest)


def is_panel_member(line: str) -> bool:
    """ "FB Frank Martin Brunn BMEL": an entry of a participant list (initials, then the name)."""
    match = _PANEL_MEMBER.fullmatch(line.strip())
    if not match:
        return False
    initials, words = match.group(1), match.group(2).split()
    return initials[0] == words[0][0] and initials[-1] in {w[0] for w in words[1:]}


def has_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2}", text))
