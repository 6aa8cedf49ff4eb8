from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CounsellingConfig(AppConfig):
    name = "treffpunkt.counselling"
    label = "counselling"
    verbose_name = _("Counselling")

    def ready(self):
        from . import checks  # noqa: F401  (registers the key check)
