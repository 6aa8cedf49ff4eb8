"""Translations of events, event series, good practices and recommendations, field by field.

Offers keep their own `directory.OfferTranslation`; everything else that is translatable (see
`registry.py`) stores its translations here, one row per object and language.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentTranslation(models.Model):
    """The text of one object in one language, with the German text it translates.

    `source_values` is the German text of each field when the translation was last saved;
    a field whose German text differs now is outdated (see `stores.outdated_fields`). Keeping
    the old text, not only a hash, lets the editor show translators what changed.
    """

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("object"))
    content_object = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=12)
    values = models.JSONField(_("translated text"), default=dict)
    source_values = models.JSONField(_("German text translated"), default=dict)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    machine_translated = models.BooleanField(
        _("machine translated"),
        default=False,
        help_text=_("Some of the text was suggested by machine translation."),
    )
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("content translation")
        verbose_name_plural = _("content translations")
        ordering = ["content_type", "object_id", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="one_content_translation_per_object_and_language",
            )
        ]
        indexes = [models.Index(fields=["content_type", "language"])]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id} [{self.language}]"

    @property
    def is_approved(self) -> bool:
        return self.state == self.State.APPROVED
