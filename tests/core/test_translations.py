"""Every interface catalogue is complete, and compiles without GNU gettext."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
TRANSLATED_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != "en"]


def catalogue(code: str):
    with (LOCALE_DIR / code / "LC_MESSAGES" / "django.po").open("rb") as po_file:
        return read_po(po_file, locale=code)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_has_no_missing_or_fuzzy_entries(code):
    messages = [message for message in catalogue(code) if message.id]

    missing = [
        message.id
        for message in messages
        if message.fuzzy or not (all(message.string) if message.pluralizable else message.string)
    ]

    assert len(messages) > 50
    assert missing == []


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_placeholders_survive_translation(code):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    broken = []
    for message in catalogue(code):
        if not message.id:
            continue
        ids = message.id if message.pluralizable else (message.id,)
        strings = message.string if message.pluralizable else (message.string,)
        # A plural form may use what the singular leaves out ("once" / "%(n)s times").
        expected = set().union(*(placeholder.findall(msgid) for msgid in ids))
        for string in strings:
            found = set(placeholder.findall(string))
            # Unknown placeholders crash at run time; plural forms may drop the number.
            if found - expected or (not message.pluralizable and found != expected):
                broken.append((message.id, string))

    assert broken == []
