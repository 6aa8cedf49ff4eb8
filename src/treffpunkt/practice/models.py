"""Good-practice profiles in the structure of the IQ Good Practice sheets: situation,
implementation, conclusion, whom it transfers to, project, provider, contact."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from treffpunkt.directory.models import Offer
from treffpunkt.network.models import FieldOfAction, Municipality, Organisation


class GoodPractice(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    summary = models.CharField(_("in one sentence"), max_length=300)
    situation = models.TextField(_("initial situation and challenge"))
    implementation = models.TextField(_("implementation"))
    conclusion = models.TextField(_("conclusion"), blank=True)
    transfer_to = models.TextField(_("who it transfers to"), blank=True)
    project = models.CharField(_("project"), max_length=200, blank=True)
    provider = models.ForeignKey(
        Organisation, verbose_name=_("provider"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="good_practices",
    )  # fmt: skip
    provider_name = models.CharField(
        _("provider (if not in the network)"), max_length=200, blank=True
    )
    contact = models.CharField(
        _("contact"),
        max_length=300,
        blank=True,
        help_text=_("A role address or office, not a private person."),
    )
    links = models.TextField(_("links"), blank=True, help_text=_("One web address per line."))
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True
    )
    region = models.ForeignKey(
        Municipality, verbose_name=_("region"), null=True, blank=True, on_delete=models.SET_NULL
    )
    tags = models.CharField(
        _("keywords"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    offers = models.ManyToManyField(
        Offer, verbose_name=_("related offers"), blank=True, related_name="good_practices"
    )
    recommendations = models.ManyToManyField(
        "results.Recommendation",
        verbose_name=_("answers recommendations"),
        blank=True,
        related_name="good_practices",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("practice:detail", args=[self.slug])

    def owner_organisation_ids(self) -> list[int]:
        return [self.provider_id] if self.provider_id else []

    @property
    def link_list(self) -> list[str]:
        return [line.strip() for line in self.links.splitlines() if line.strip()]

    @property
    def tag_list(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]
