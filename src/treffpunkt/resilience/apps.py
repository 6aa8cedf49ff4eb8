from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResilienceConfig(AppConfig):
    """Reading from a replica, answering clearly while a service is down, and backups."""

    name = "treffpunkt.resilience"
    label = "resilience"
    verbose_name = _("Operations resilience")
