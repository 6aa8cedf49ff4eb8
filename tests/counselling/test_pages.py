"""The public pages render in every step, in Arabic right to left, and say what they promise."""

import re
from pathlib import Path

import pytest

from tests.core.test_template_strings import untranslated
from tests.factories import UserFactory
from treffpunkt import counselling

from .conftest import login


def test_data_protection_page_is_honest_about_keys_and_periods(client, settings):
    settings.TREFFPUNKT_COUNSELLING_RETENTION_DAYS = 60

    page = client.get("/en/beratung/datenschutz/").content.decode()

    assert "not end-to-end encryption" in page
    assert "60 days after the conversation was closed" in page
    assert "30 days after your first message" in page


def test_the_form_of_the_first_contact_renders_with_labels(client, housing, town, arabic, service):
    page = client.get(
        f"/ar/beratung/schreiben/?thema=wohnen&ort=dorsten&sprache=ar&angebot={service.pk}&w=1"
    ).content.decode()

    assert re.search(r'<html[^>]*lang="ar"[^>]*dir="rtl"', page)
    inputs = set(re.findall(r'<(?:input|textarea|select)[^>]*id="(id_[a-z_]+)"', page))
    labels = set(re.findall(r'<label for="(id_[a-z_]+)"', page))
    assert inputs - {"id_request_0", "id_request_1", "id_request_2"} <= labels | {
        f"id_mode_{n}" for n in range(3)
    }
    assert 'name="consent"' in page


def test_language_tiles_carry_their_language_and_direction(client, housing, town, arabic):
    page = client.get("/beratung/?thema=wohnen&ort=dorsten&w=1").content.decode()

    assert 'lang="ar" dir="rtl">العربية</a>' in page


def test_a_counsellors_case_page_renders(client, service, counsellor, case_and_token):
    case, _ = case_and_token
    login(client, counsellor)

    page = client.get(f"/en/beratung/team/fall/{case.pk}/").content.decode()

    assert "Ich habe eine Frage zur Miete" in page
    assert "Save internal note" in page


def test_a_user_without_counselling_role_sees_no_inbox(client, db):
    login(client, UserFactory())

    assert client.get("/beratung/team/").status_code == 403


PUBLIC_TEMPLATES = sorted(
    path
    for path in (Path(counselling.__file__).parent / "templates" / "counselling").glob("*.html")
)


@pytest.mark.parametrize("path", PUBLIC_TEMPLATES, ids=[path.name for path in PUBLIC_TEMPLATES])
def test_public_templates_mark_every_string_for_translation(path):
    assert untranslated(path) == []
