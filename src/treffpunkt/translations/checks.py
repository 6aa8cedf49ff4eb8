"""System checks: settings of content translation that would otherwise fail late."""

from django.conf import settings
from django.core.checks import Error, register

OUTDATED_MODES = ("notice", "source")
MACHINE_BACKENDS = ("off", "libretranslate", "deepl")


@register()
def check_settings(app_configs, **kwargs) -> list[Error]:
    errors = []
    if settings.TREFFPUNKT_OUTDATED_TRANSLATIONS not in OUTDATED_MODES:
        errors.append(
            Error(
                "TREFFPUNKT_OUTDATED_TRANSLATIONS must be one of: " + ", ".join(OUTDATED_MODES),
                id="translations.E001",
            )
        )
    backend = settings.TREFFPUNKT_MACHINE_TRANSLATION
    if backend not in MACHINE_BACKENDS:
        errors.append(
            Error(
                "TREFFPUNKT_MACHINE_TRANSLATION must be one of: " + ", ".join(MACHINE_BACKENDS),
                id="translations.E002",
            )
        )
    if backend == "libretranslate" and not settings.TREFFPUNKT_MACHINE_TRANSLATION_URL:
        errors.append(
            Error(
                "LibreTranslate needs TREFFPUNKT_MACHINE_TRANSLATION_URL.", id="translations.E003"
            )
        )
    if backend == "deepl" and not settings.TREFFPUNKT_MACHINE_TRANSLATION_KEY:
        errors.append(
            Error("DeepL needs TREFFPUNKT_MACHINE_TRANSLATION_KEY.", id="translations.E004")
        )
    return errors
