"""What the dashboard stores itself: residents (the need side), link checks, report snapshots.

Everything else it shows is computed from the other apps' data (see metrics.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import Language, Municipality, Network


class ResidentCount(models.Model):
    """How many residents of a town speak a language (or hold a nationality), e.g. from the
    municipal statistics office. Demo numbers carry `is_demo` and are labelled on the page."""

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("town"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.ForeignKey(
        Language,
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    nationality = models.CharField(_("nationality"), max_length=80, blank=True)
    residents = models.PositiveIntegerField(_("residents"))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    is_demo = models.BooleanField(_("demo numbers"), default=False)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)

    class Meta:
        verbose_name = _("residents")
        verbose_name_plural = _("residents")
        ordering = ["municipality__name", "language__position", "nationality"]

    def __str__(self) -> str:
        group = self.language or self.nationality
        return f"{self.municipality}: {group} {self.residents}"


class LinkCheck(models.Model):
    """The last check of a web address an offer gives (checker task, `quality.check_links`)."""

    offer = models.ForeignKey(
        "directory.Offer", verbose_name=_("offer"), on_delete=models.CASCADE, related_name="+"
    )
    url = models.CharField(_("address"), max_length=300)
    is_broken = models.BooleanField(_("broken"), default=False)
    status = models.CharField(_("answer"), max_length=60, blank=True)
    checked_at = models.DateTimeField(_("checked"))

    class Meta:
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")
        constraints = [
            models.UniqueConstraint(fields=["offer", "url"], name="one_check_per_offer_and_url")
        ]

    def __str__(self) -> str:
        return f"{self.url} ({self.status})"


class ReportSnapshot(models.Model):
    """The dashboard's figures on one day, kept for the committee and for comparison."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    figures = models.JSONField(_("figures"), default=dict)

    class Meta:
        verbose_name = _("report snapshot")
        verbose_name_plural = _("report snapshots")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class QualityFigures(models.Model):
    """Stale offers and data quality of one organisation, overall (town empty) or in one
    town it serves; computed nightly by `quality.refresh_figures` because counting them live
    takes seconds at 200,000 offers (see bench/README.md)."""

    organisation = models.ForeignKey(
        "network.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE,
        related_name="+",
    )  # fmt: skip
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("town"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="+",
    )  # fmt: skip
    published = models.PositiveIntegerField(_("published"), default=0)
    stale = models.PositiveIntegerField(_("stale"), default=0)
    no_languages = models.PositiveIntegerField(_("without languages"), default=0)
    no_opening_hours = models.PositiveIntegerField(_("without opening hours"), default=0)
    no_accessibility = models.PositiveIntegerField(_("without accessibility"), default=0)
    broken_links = models.PositiveIntegerField(_("with a broken link"), default=0)
    computed_at = models.DateTimeField(_("computed"))

    class Meta:
        verbose_name = _("quality figures")
        verbose_name_plural = _("quality figures")
        indexes = [models.Index(fields=["municipality", "organisation"])]

    def __str__(self) -> str:
        return f"{self.organisation_id}/{self.municipality_id}: {self.stale} stale"
