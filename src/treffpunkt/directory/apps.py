from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "treffpunkt.directory"
    label = "directory"
    verbose_name = _("Directory of offers")

    def ready(self):
        from .search import sync  # noqa: F401  (keeps the search index in step with saves)
