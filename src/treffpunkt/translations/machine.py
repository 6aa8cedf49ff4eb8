"""Machine translation as a helper for translators, never the truth shown to visitors.

Two adapters speak the services' HTTP APIs with the standard library: a self-hosted
LibreTranslate server and DeepL. Which one (if any) is the operator's choice in the settings
(`TREFFPUNKT_MACHINE_TRANSLATION`, `_URL`, `_KEY`); off by default. Their output is saved as
a draft that a person approves (`editing.machine_draft`).
"""

import json
import urllib.error
import urllib.request
from typing import Protocol
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

TIMEOUT_SECONDS = 20
# DeepL wants a variant for English; the other languages go by their upper-case code.
DEEPL_TARGETS = {"en": "EN-GB", "pt": "PT-PT"}


class MachineTranslationError(Exception):
    """The service could not translate; the message says why in words a translator can act on."""


class Translator(Protocol):
    name: str

    def translate(self, texts: list[str], source: str, target: str) -> list[str]: ...


def _detail(error: urllib.error.HTTPError) -> str:
    """The service's own explanation from an error response, if it gives one."""
    try:
        body = json.loads(error.read(2000) or b"{}")
    except ValueError:
        return ""
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or "")[:300]
    return ""


def _post(url: str, body: bytes, headers: dict[str, str], name: str, explain) -> dict:
    """POST `body` and return the JSON answer, or raise MachineTranslationError."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        raise MachineTranslationError(explain(error.code, _detail(error))) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise MachineTranslationError(
            _("%(service)s cannot be reached at %(host)s (%(reason)s). Try again later.")
            % {"service": name, "host": urlsplit(url).netloc, "reason": reason}
        ) from error
    except ValueError as error:
        raise MachineTranslationError(
            _("%(service)s gave an answer that is not JSON.") % {"service": name}
        ) from error
    if not isinstance(answer, dict):
        raise MachineTranslationError(
            _("%(service)s gave an unexpected answer.") % {"service": name}
        )
    return answer


def _general_error(name: str, status: int, detail: str) -> str:
    if status == 429:
        return _("%(service)s is receiving too many requests. Try again in a minute.") % {
            "service": name
        }
    if status >= 500:
        return _("%(service)s has a problem of its own (error %(status)s). Try again later.") % {
            "service": name,
            "status": status,
        }
    return _("%(service)s refused the request (error %(status)s): %(detail)s") % {
        "service": name,
        "status": status,
        "detail": detail or _("no reason given"),
    }


def _expect_texts(translated, count: int, name: str) -> list[str]:
    """One translated text per text sent, or an error."""
    if isinstance(translated, str):
        translated = [translated]
    if not isinstance(translated, list) or len(translated) != count:
        raise MachineTranslationError(
            _("%(service)s gave an unexpected answer.") % {"service": name}
        )
    return [str(text) for text in translated]


class LibreTranslate:
    """A LibreTranslate server: POST /translate {q, source, target, format, api_key}."""

    name = "LibreTranslate"

    def __init__(self, url: str, key: str = ""):
        self.url = url.rstrip("/")
        self.key = key

    def _explain(self, status: int, detail: str) -> str:
        if status == 403:
            return _(
                "LibreTranslate refused the API key "
                "(TREFFPUNKT_MACHINE_TRANSLATION_KEY): %(detail)s"
            ) % {"detail": detail or _("no reason given")}
        return _general_error(self.name, status, detail)

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translate `texts` in one request (q as a list gives translatedText as a list)."""
        body = {"q": texts, "source": source, "target": target, "format": "text"}
        if self.key:
            body["api_key"] = self.key
        answer = _post(
            f"{self.url}/translate",
            json.dumps(body).encode(),
            {"Content-Type": "application/json", "Accept": "application/json"},
            self.name,
            self._explain,
        )
        return _expect_texts(answer.get("translatedText"), len(texts), self.name)


class DeepL:
    """DeepL's API: POST /v2/translate with "Authorization: DeepL-Auth-Key KEY"."""

    name = "DeepL"

    def __init__(self, key: str, url: str = ""):
        self.key = key
        # Free keys end in ":fx" and are only accepted by the free API's host.
        default = "https://api-free.deepl.com" if key.endswith(":fx") else "https://api.deepl.com"
        self.url = (url or default).rstrip("/")

    def _explain(self, status: int, detail: str) -> str:
        if status == 403:
            return _(
                "DeepL refused the authentication key (TREFFPUNKT_MACHINE_TRANSLATION_KEY; "
                'keys of the free plan end in ":fx").'
            )
        if status == 456:
            return _(
                "The DeepL quota is used up (characters per month). Translate by hand or "
                "raise the limit in the DeepL account."
            )
        if status == 413:
            return _("The text is too long for DeepL.")
        return _general_error(self.name, status, detail)

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        body = {
            "text": texts,
            "source_lang": source.upper(),
            "target_lang": DEEPL_TARGETS.get(target, target.upper()),
        }
        answer = _post(
            f"{self.url}/v2/translate",
            json.dumps(body).encode(),
            {
                "Authorization": f"DeepL-Auth-Key {self.key}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
            self.name,
            self._explain,
        )
        translations = answer.get("translations")
        if isinstance(translations, list) and all(isinstance(t, dict) for t in translations):
            translations = [item.get("text", "") for item in translations]
        return _expect_texts(translations, len(texts), self.name)


def configured() -> Translator | None:
    """The translator the operator configured, or None (the default: off)."""
    backend = settings.TREFFPUNKT_MACHINE_TRANSLATION
    url = settings.TREFFPUNKT_MACHINE_TRANSLATION_URL
    key = settings.TREFFPUNKT_MACHINE_TRANSLATION_KEY
    if backend == "libretranslate" and url:
        return LibreTranslate(url, key)
    if backend == "deepl" and key:
        return DeepL(key, url)
    return None
