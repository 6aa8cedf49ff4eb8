"""The machine translation adapters against local servers that speak the real APIs."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.factories import EventFactory
from treffpunkt.translations import editing, machine, registry
from treffpunkt.translations.status import Status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_libretranslate_sends_the_documented_request(libretranslate_server):
    translator = machine.LibreTranslate(libretranslate_server.url, key="secret")

    texts = translator.translate(["Sprachkurs", "Für alle"], "de", "ar")

    assert texts == ["[ar] Sprachkurs", "[ar] Für alle"]
    [request] = libretranslate_server.requests
    assert request["path"] == "/translate"
    assert request["headers"]["Content-Type"] == "application/json"
    assert request["body"] == {
        "q": ["Sprachkurs", "Für alle"],
        "source": "de",
        "target": "ar",
        "format": "text",
        "api_key": "secret",
    }


def test_libretranslate_without_key_sends_none(libretranslate_server):
    machine.LibreTranslate(libretranslate_server.url + "/").translate(["Hallo"], "de", "uk")

    assert "api_key" not in libretranslate_server.requests[0]["body"]


def test_libretranslate_bad_key_is_explained(libretranslate_server):
    libretranslate_server.status = 403

    with pytest.raises(machine.MachineTranslationError) as error:
        machine.LibreTranslate(libretranslate_server.url, key="wrong").translate(["A"], "de", "en")

    assert "API key" in str(error.value)
    assert "Invalid API key" in str(error.value)


def test_deepl_sends_the_documented_request(deepl_server):
    translator = machine.DeepL("abc-123:fx", url=deepl_server.url)

    texts = translator.translate(["Sprachkurs", "Für alle"], "de", "en")

    assert texts == ["[EN-GB] Sprachkurs", "[EN-GB] Für alle"]
    [request] = deepl_server.requests
    assert request["path"] == "/v2/translate"
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key abc-123:fx"
    assert request["body"] == {
        "text": ["Sprachkurs", "Für alle"],
        "source_lang": "DE",
        "target_lang": "EN-GB",
    }


def test_deepl_free_keys_use_the_free_host():
    assert machine.DeepL("abc:fx").url == "https://api-free.deepl.com"
    assert machine.DeepL("abc").url == "https://api.deepl.com"


@pytest.mark.parametrize(
    ("status", "words"),
    [(403, "authentication key"), (456, "quota is used up"), (500, "Try again later")],
)
def test_deepl_errors_are_explained(deepl_server, status, words):
    deepl_server.status = status

    with pytest.raises(machine.MachineTranslationError) as error:
        machine.DeepL("secret-key", url=deepl_server.url).translate(["A"], "de", "tr")

    assert words in str(error.value)
    assert "secret-key" not in str(error.value)


@pytest.mark.parametrize("adapter", [machine.LibreTranslate, machine.DeepL])
def test_a_server_that_is_down_is_explained(unused_url, adapter):
    translator = (
        adapter(unused_url) if adapter is machine.LibreTranslate else adapter("k", unused_url)
    )

    with pytest.raises(machine.MachineTranslationError) as error:
        translator.translate(["A"], "de", "fa")

    assert "cannot be reached" in str(error.value)
    assert unused_url.removeprefix("http://") in str(error.value)


def test_machine_translation_is_off_by_default():
    assert machine.configured() is None


def test_settings_choose_the_adapter(deepl_server):
    with override_settings(
        TREFFPUNKT_MACHINE_TRANSLATION="deepl",
        TREFFPUNKT_MACHINE_TRANSLATION_KEY="k:fx",
        TREFFPUNKT_MACHINE_TRANSLATION_URL=deepl_server.url,
    ):
        translator = machine.configured()

    assert (translator.name, translator.url) == ("DeepL", deepl_server.url)


# Machine output is a draft that visitors do not see -----------------------------------------


def test_machine_output_is_a_draft_not_shown_to_visitors(
    client, coordinator, libretranslate_server
):
    event = EventFactory(title="Fachtag Wohnen", description="Wir reden über Wohnungen.")
    client.force_login(coordinator)
    with override_settings(
        TREFFPUNKT_MACHINE_TRANSLATION="libretranslate",
        TREFFPUNKT_MACHINE_TRANSLATION_URL=libretranslate_server.url,
    ):
        response = client.post(
            reverse("translations:machine", args=["events.event", event.pk, "en"])
        )

    assert response.status_code == 302
    record = editing.record_of(registry.get("events.event"), event, "en")
    assert record.values == {
        "title": "[en] Fachtag Wohnen",
        "description": "[en] Wir reden über Wohnungen.",
        "audience_note": "",
    }
    assert (record.status, record.machine_translated) == (Status.DRAFT, True)
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert "[en] Fachtag Wohnen" not in html
    assert '<span class="fallback" lang="de" dir="ltr">Fachtag Wohnen</span>' in html


def test_machine_error_is_shown_and_nothing_saved(client, coordinator, deepl_server):
    deepl_server.status = 456
    event = EventFactory()
    client.force_login(coordinator)
    with override_settings(
        TREFFPUNKT_MACHINE_TRANSLATION="deepl",
        TREFFPUNKT_MACHINE_TRANSLATION_KEY="k",
        TREFFPUNKT_MACHINE_TRANSLATION_URL=deepl_server.url,
    ):
        response = client.post(
            reverse("translations:machine", args=["events.event", event.pk, "tr"]), follow=True
        )

    messages = [str(message) for message in response.context["messages"]]
    assert messages == [
        "No machine translation: The DeepL quota is used up (characters per month). "
        "Translate by hand or raise the limit in the DeepL account."
    ]
    assert editing.record_of(registry.get("events.event"), event, "tr") is None


def test_machine_fills_only_empty_and_outdated_fields(coordinator, libretranslate_server):
    event = EventFactory(title="Fachtag", description="Alt")
    translatable = registry.get("events.event")
    editing.save(
        translatable, event, "uk", {"title": "Фахтаг", "description": "Старий"},
        user=coordinator, approve=True,
    )  # fmt: skip
    event.description = "Neu"
    event.save()

    filled = editing.machine_draft(
        translatable, event, "uk", user=coordinator,
        translator=machine.LibreTranslate(libretranslate_server.url),
    )  # fmt: skip

    assert filled == ["description"]
    assert libretranslate_server.requests[0]["body"]["q"] == ["Neu"]
    record = editing.record_of(translatable, event, "uk")
    assert record.values["title"] == "Фахтаг"
    assert record.values["description"] == "[uk] Neu"
    assert record.status == Status.DRAFT
