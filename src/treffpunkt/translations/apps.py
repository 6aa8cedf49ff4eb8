from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "treffpunkt.translations"
    label = "translations"
    verbose_name = _("Content translation")

    def ready(self) -> None:
        from . import checks, registry  # noqa: F401  (system checks, built-in content types)

        registry.register_defaults()
