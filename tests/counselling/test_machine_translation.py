"""Machine translation of messages both ways, only with the client's consent; stored
encrypted and shown beside the original."""

import pytest

from treffpunkt.counselling import cases, machine_translation
from treffpunkt.counselling.models import Message
from treffpunkt.translations import machine

from .conftest import login, open_case

pytestmark = pytest.mark.usefixtures("english")


class FakeTranslator:
    name = "Fake"

    def __init__(self):
        self.calls = []

    def translate(self, texts, source, target):
        self.calls.append((texts, source, target))
        return [f"[{source}→{target}] {text}" for text in texts]


@pytest.fixture
def translator(monkeypatch):
    fake = FakeTranslator()
    monkeypatch.setattr(machine, "configured", lambda: fake)
    return fake


def test_without_consent_nothing_is_sent(
    service, counsellor, translator, django_capture_on_commit_callbacks
):
    case, _ = open_case(service, text="مرحبا")

    with django_capture_on_commit_callbacks(execute=True):
        cases.client_writes(case, "سؤال آخر")
        cases.counsellor_answers(case, counsellor, "Guten Tag")
    translated = [machine_translation.translate_message(m) for m in case.messages.all()]

    assert translator.calls == []
    assert translated == [False, False, False]
    assert list(Message.objects.exclude(translation=b"")) == []


def test_with_consent_both_ways_are_translated_and_stored_encrypted(
    client, service, counsellor, translator, django_capture_on_commit_callbacks
):
    case, token = open_case(service, text="مرحبا")
    client.post(f"/beratung/fall/{token}/uebersetzung/", {"consent": "1"})
    case.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        cases.client_writes(case, "سؤال")
        cases.counsellor_answers(case, counsellor, "Guten Tag")
        cases.add_note(case, counsellor, "intern")

    assert translator.calls == [(["سؤال"], "ar", "de"), (["Guten Tag"], "de", "ar")]
    stored = Message.objects.get(author="counsellor")
    assert b"Guten Tag" not in bytes(stored.translation)
    page = client.get(f"/en/beratung/fall/{token}/")  # English: the source of the messages
    shown = [(entry.text, entry.translation) for entry in page.context["entries"]]
    assert shown == [
        ("مرحبا", ""),
        ("سؤال", "[ar→de] سؤال"),
        ("Guten Tag", "[de→ar] Guten Tag"),
    ]
    assert "Machine translation" in page.content.decode()


def test_a_counsellor_translates_an_earlier_message_once_consent_is_given(
    client, service, counsellor, translator
):
    case, _ = open_case(service, text="مرحبا")
    message = case.messages.get()
    login(client, counsellor)
    url = f"/beratung/team/fall/{case.pk}/"

    client.post(url, {"action": "translate", "message": message.pk})
    before = list(translator.calls)
    machine_translation.set_consent(case, True)
    client.post(url, {"action": "translate", "message": message.pk})

    assert before == []
    assert translator.calls == [(["مرحبا"], "ar", "de")]
    assert cases.conversation(case, include_notes=True)[0].translation == "[ar→de] مرحبا"


def test_withdrawing_consent_removes_the_translations(service, counsellor, translator):
    case, _ = open_case(service, text="مرحبا")
    machine_translation.set_consent(case, True)
    machine_translation.translate_message(case.messages.get())

    machine_translation.set_consent(case, False)

    assert cases.conversation(case, include_notes=False)[0].translation == ""
    assert case.machine_translation_consent is False


def test_a_failing_service_leaves_the_original(service, monkeypatch):
    class Broken:
        name = "Broken"

        def translate(self, texts, source, target):
            raise machine.MachineTranslationError("down")

    monkeypatch.setattr(machine, "configured", lambda: Broken())
    case, _ = open_case(service, text="مرحبا")
    machine_translation.set_consent(case, True)

    assert machine_translation.translate_message(case.messages.get()) is False
    assert cases.conversation(case, include_notes=False)[0].text == "مرحبا"


def test_the_consent_is_offered_only_when_a_service_is_configured(client, service, settings):
    settings.TREFFPUNKT_MACHINE_TRANSLATION = "off"
    _case, token = open_case(service)

    page = client.get(f"/beratung/fall/{token}/")

    assert page.context["translation_offered"] is False
    assert 'id="uebersetzung"' not in page.content.decode()
