"""Texts the operator of an installation sets: imprint and privacy notice."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LegalText(models.Model):
    """A legally required page whose content only the operator can write."""

    class Kind(models.TextChoices):
        IMPRINT = "imprint", _("Imprint")
        PRIVACY = "privacy", _("Privacy notice")

    kind = models.CharField(_("page"), max_length=20, choices=Kind.choices, unique=True)
    body = models.TextField(
        _("text"),
        help_text=_("Plain text; blank lines separate paragraphs, web addresses become links."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("legal text")
        verbose_name_plural = _("legal texts")
        ordering = ["kind"]

    def __str__(self) -> str:
        return self.get_kind_display()
