from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """What the operator needs: health checks, metrics, structured logs, the page cache."""

    name = "treffpunkt.operations"
    label = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
