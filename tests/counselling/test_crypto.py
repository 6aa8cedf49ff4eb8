"""Envelope encryption: a key per case, wrapped by master keys that can be rotated."""

from io import StringIO

import pytest
from cryptography.fernet import InvalidToken
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from treffpunkt.counselling import cases, checks, crypto
from treffpunkt.counselling.models import Case

from .conftest import KEY_A, KEY_B, open_case


def test_each_case_has_its_own_data_key(service):
    first, _ = open_case(service)
    second, _ = open_case(service)

    key_one = crypto.master().decrypt(bytes(first.wrapped_key))
    key_two = crypto.master().decrypt(bytes(second.wrapped_key))

    assert key_one != key_two


def test_messages_decrypt_with_the_case_key(case_and_token):
    case, _ = case_and_token

    texts = [entry.text for entry in cases.conversation(case, include_notes=False)]

    assert texts == ["Ich habe eine Frage zur Miete"]


def test_rotation_rewraps_data_keys_under_the_new_master_key(service, settings):
    case, _ = open_case(service, text="Vor der Rotation geschrieben")
    settings.TREFFPUNKT_COUNSELLING_KEYS = [KEY_B, KEY_A]

    call_command("rotate_counselling_keys", stdout=StringIO())
    settings.TREFFPUNKT_COUNSELLING_KEYS = [KEY_B]  # the old key is gone
    case = Case.objects.get(pk=case.pk)

    texts = [entry.text for entry in cases.conversation(case, include_notes=False)]
    assert texts == ["Vor der Rotation geschrieben"]


def test_without_the_master_key_nothing_decrypts(service, settings):
    case, _ = open_case(service)
    settings.TREFFPUNKT_COUNSELLING_KEYS = [KEY_B]

    with pytest.raises(InvalidToken):
        cases.conversation(case, include_notes=False)


def test_development_key_only_in_debug(settings, caplog):
    settings.TREFFPUNKT_COUNSELLING_KEYS = []
    settings.DEBUG = True
    crypto._warn_once.cache_clear()

    assert crypto.master().decrypt(crypto.master().encrypt(b"x")) == b"x"
    assert "DEVELOPMENT KEY" in caplog.text

    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured):
        crypto.master()


def test_system_check_fails_in_production_without_keys(settings):
    settings.TREFFPUNKT_COUNSELLING_KEYS = []
    settings.DEBUG = False

    assert [error.id for error in checks.counselling_keys(None)] == ["counselling.E001"]


def test_system_check_rejects_a_malformed_key(settings):
    settings.TREFFPUNKT_COUNSELLING_KEYS = ["not-a-key"]

    assert [error.id for error in checks.counselling_keys(None)] == ["counselling.E002"]


def test_system_check_accepts_keys(settings):
    assert checks.counselling_keys(None) == []
