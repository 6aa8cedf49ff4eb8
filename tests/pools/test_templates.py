"""Every template of the pools compiles (e-mails are rendered in background tasks, where a
broken template would only show as a mail that never arrives)."""

from pathlib import Path

import pytest
from django.template.loader import get_template

import treffpunkt.pools

TEMPLATES = Path(treffpunkt.pools.__file__).parent / "templates"
NAMES = sorted(str(path.relative_to(TEMPLATES)) for path in TEMPLATES.rglob("*.*"))


@pytest.mark.parametrize("name", NAMES)
def test_template_compiles(name):
    assert get_template(name).template.name == name
