"""What a Fachtag yields: protocols of its rooms with statements, and recommendations
(Handlungsempfehlungen) that are tracked until they are implemented or rejected."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from treffpunkt.directory.models import Offer
from treffpunkt.events.models import Event, Room
from treffpunkt.live.models import PollItem
from treffpunkt.network.models import FieldOfAction, Network, Organisation


class Protocol(models.Model):
    """The record of one room or event: where, when, who (by initials), how, and what was said."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="protocols"
    )
    room = models.ForeignKey(
        Room,
        verbose_name=_("room"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="protocols",
    )
    title = models.CharField(_("title"), max_length=300)
    place = models.CharField(_("place"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("from"), null=True, blank=True)
    ends_at = models.DateTimeField(_("until"), null=True, blank=True)
    present = models.CharField(
        _("present"),
        max_length=500,
        blank=True,
        help_text=_("Initials or pseudonyms, never full names."),
    )
    setting = models.CharField(_("conversation setting"), max_length=300, blank=True)
    remarks = models.TextField(_("remarks"), blank=True)
    source = models.CharField(_("imported from"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("protocol")
        verbose_name_plural = _("protocols")
        ordering = ["event", "room__position", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("results:protocol", args=[self.pk])

    def owner_organisation_ids(self) -> list[int]:
        return self.event.owner_organisation_ids()


class Statement(models.Model):
    """One contribution: a problem, a solution, a best practice, a question, a comment or a
    chat message, by a pseudonymous speaker."""

    class Kind(models.TextChoices):
        PROBLEM = "problem", _("problem")
        SOLUTION = "solution", _("solution")
        BEST_PRACTICE = "best_practice", _("best practice")
        QUESTION = "question", _("question")
        COMMENT = "comment", _("comment")
        CHAT = "chat", _("chat message")

    protocol = models.ForeignKey(
        Protocol, verbose_name=_("protocol"), on_delete=models.CASCADE, related_name="statements"
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    speaker = models.CharField(
        _("speaker"), max_length=60, blank=True, help_text=_("Initials or a pseudonym.")
    )
    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices, default=Kind.COMMENT)
    text = models.TextField(_("text"))
    said_at = models.TimeField(_("time"), null=True, blank=True)
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True
    )
    recommendation = models.ForeignKey(
        "Recommendation",
        verbose_name=_("recommendation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
    )
    offer = models.ForeignKey(
        Offer,
        verbose_name=_("offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        ordering = ["protocol", "position", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    def owner_organisation_ids(self) -> list[int]:
        return self.protocol.owner_organisation_ids()


class Recommendation(models.Model):
    """A Handlungsempfehlung: what to do, how, by whom, and what became of it."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        DISCUSSED = "discussed", _("discussed")
        ADOPTED = "adopted", _("adopted by the network")
        FORWARDED = "forwarded", _("forwarded to a political body")
        IMPLEMENTING = "implementing", _("in implementation")
        IMPLEMENTED = "implemented", _("implemented")
        REJECTED = "rejected", _("rejected")

    title = models.CharField(_("title"), max_length=300)
    how = models.TextField(_("how"), blank=True, help_text=_("One step per line."))
    field_of_action = models.ForeignKey(
        FieldOfAction,
        verbose_name=_("field of action"),
        on_delete=models.PROTECT,
        related_name="recommendations",
    )
    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recommendations",
    )
    event = models.ForeignKey(
        Event,
        verbose_name=_("from event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recommendations",
    )
    room = models.ForeignKey(
        Room,
        verbose_name=_("from room"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recommendations",
    )
    owner = models.ForeignKey(
        Organisation, verbose_name=_("responsible organisation"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="recommendations",
    )  # fmt: skip
    due_on = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.PROPOSED
    )
    progress = models.PositiveSmallIntegerField(_("progress in percent"), default=0)
    committee = models.CharField(_("political body"), max_length=200, blank=True)
    forwarded_on = models.DateField(_("forwarded on"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    poll_items = models.ManyToManyField(
        PollItem, verbose_name=_("rated in live polls"), blank=True, related_name="recommendations"
    )
    offers = models.ManyToManyField(
        Offer, verbose_name=_("implemented by offers"), blank=True, related_name="recommendations"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["field_of_action__position", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="progress_at_most_100"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("results:recommendation", args=[self.pk])

    def owner_organisation_ids(self) -> list[int]:
        ids = [self.owner_id] if self.owner_id else []
        return ids + (self.event.owner_organisation_ids() if self.event_id else [])

    @property
    def steps(self) -> list[str]:
        return [line.strip(" -•*\t") for line in self.how.splitlines() if line.strip(" -•*\t")]


class StatusChange(models.Model):
    """The history of a recommendation's status: who moved it where, when and why."""

    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    status = models.CharField(_("status"), max_length=15, choices=Recommendation.Status.choices)
    progress = models.PositiveSmallIntegerField(_("progress in percent"), default=0)
    note = models.TextField(_("note"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.recommendation}: {self.get_status_display()}"
