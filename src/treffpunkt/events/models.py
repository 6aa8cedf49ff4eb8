"""Network events: series (an online series of 8–10 parts), events (Fachtage, workshops,
online meetings), their agenda, speakers and rooms, and the registrations of participants."""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from treffpunkt.core.fields import WebAddressField
from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Municipality,
    Network,
    Organisation,
    TargetGroup,
)

VIDEO_PROVIDERS = {  # host name part -> provider, for labels and join instructions
    "webex": "Webex",
    "zoom": "Zoom",
    "bigbluebutton": "BigBlueButton",
    "bbb": "BigBlueButton",
    "jitsi": "Jitsi",
    "meet.": "Jitsi",
    "teams.microsoft": "Microsoft Teams",
}


def new_token() -> str:
    return secrets.token_urlsafe(24)


class EventSeries(models.Model):
    """Several events under one theme, registrable one by one or all at once."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    network = models.ForeignKey(
        Network, verbose_name=_("network"), null=True, blank=True, on_delete=models.SET_NULL
    )
    organisers = models.ManyToManyField(
        Organisation, verbose_name=_("organisers"), related_name="event_series"
    )
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True
    )
    is_public = models.BooleanField(_("shown in the calendar"), default=True)

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")
        ordering = ["-year", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:series", args=[self.slug])

    def owner_organisation_ids(self) -> list[int]:
        return list(self.organisers.values_list("pk", flat=True))


class EventQuerySet(models.QuerySet):
    def public(self):
        """Events visitors may see (published or cancelled: a cancellation is news)."""
        return self.filter(status__in=[Event.Status.PUBLISHED, Event.Status.CANCELLED])

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())


class Event(models.Model):
    """A Fachtag, a workshop, one part of an online series, a dialogue forum."""

    class Format(models.TextChoices):
        ON_SITE = "on_site", _("on site")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("on site and online")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        CANCELLED = "cancelled", _("cancelled")

    series = models.ForeignKey(
        EventSeries,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.ON_SITE
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    video_link = WebAddressField(
        _("link to the video meeting"),
        blank=True,
        help_text=_("Webex, Zoom, BigBlueButton, Jitsi … Only registered participants see it."),
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    requires_registration = models.BooleanField(_("registration required"), default=True)
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True)
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True, related_name="events"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target audience"), blank=True, related_name="events"
    )
    audience_note = models.CharField(_("who should come"), max_length=300, blank=True)
    organisers = models.ManyToManyField(
        Organisation, verbose_name=_("organisers"), related_name="events"
    )
    contact_email = models.EmailField(
        _("contact address"),
        blank=True,
        help_text=_("Replies to e-mails about this event go here. A role address, please."),
    )
    recording_url = WebAddressField(
        _("recording"),
        blank=True,
        help_text=_("Shown only after the visitor agrees to load content of the provider."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    cancellation_reason = models.CharField(_("reason for cancelling"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["status", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="event_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:event", args=[self.pk])

    def owner_organisation_ids(self) -> list[int]:
        return list(self.organisers.values_list("pk", flat=True))

    @property
    def is_online(self) -> bool:
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    @property
    def video_provider(self) -> str:
        """The name of the video conference system the link points to, if known."""
        host = urlsplit(self.video_link).hostname or ""
        return next((name for part, name in VIDEO_PROVIDERS.items() if part in host), "")

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    def registration_is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.requires_registration
            and now < self.ends_at
            and (self.registration_opens_at is None or self.registration_opens_at <= now)
            and (self.registration_closes_at is None or now <= self.registration_closes_at)
        )


class Speaker(models.Model):
    """Someone who speaks at an event: a public role, shown with name and organisation."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]

    def __str__(self) -> str:
        return ", ".join(part for part in (self.name, self.role, self.organisation_name) if part)


class Room(models.Model):
    """A parallel workshop or breakout room of an event, usually one field of action."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="rooms"
    )
    title = models.CharField(_("title"), max_length=200)
    field_of_action = models.ForeignKey(
        FieldOfAction,
        verbose_name=_("field of action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    description = models.TextField(_("description"), blank=True)
    moderators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("moderators"), blank=True
    )
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    video_link = WebAddressField(_("link to the breakout room"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("room")
        verbose_name_plural = _("rooms")
        ordering = ["event", "position", "title"]

    def __str__(self) -> str:
        return self.title

    def owner_organisation_ids(self) -> list[int]:
        return self.event.owner_organisation_ids()


class AgendaItem(models.Model):
    """One point of an event's programme."""

    class Kind(models.TextChoices):
        WELCOME = "welcome", _("welcome")
        KEYNOTE = "keynote", _("keynote")
        TALK = "talk", _("talk")
        BEST_PRACTICE = "best_practice", _("best-practice presentation")
        QUESTIONS = "questions", _("questions and answers")
        WORKSHOP = "workshop", _("workshop phase")
        PLENARY = "plenary", _("plenary")
        BREAK = "break", _("break")

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="agenda"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TALK)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    speakers = models.ManyToManyField(Speaker, verbose_name=_("speakers"), blank=True)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")
        ordering = ["event", "starts_at"]

    def __str__(self) -> str:
        return self.title


class Participant(models.Model):
    """Who registered (no account): one submission of the form, for one or more events.

    The token is the personal link to see, change or cancel without logging in. Personal
    data is removed a configurable number of days after the last event (anonymised_at).
    """

    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language for e-mails"), max_length=12, default="de")
    needs = models.TextField(
        _("accessibility or interpreting needs"),
        blank=True,
        help_text=_("For example: sign language interpreting, step-free access, Arabic."),
    )
    consent_processing = models.BooleanField(_("agrees to the processing of the data"))
    consent_listed = models.BooleanField(_("may be shown on the participant list"), default=False)
    consent_recording = models.BooleanField(_("agrees to being recorded"), default=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    email_verified_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("events:participant", args=[self.token])


class Registration(models.Model):
    """One participant at one event: holding a place, waiting for one, or cancelled."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("registered")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    room = models.ForeignKey(
        Room,
        verbose_name=_("room"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    # The participant's address, lower case, here too: the database refuses a second
    # active registration of one address for one event, however many requests race.
    email = models.CharField(max_length=254, editable=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_address",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.participant} – {self.event} ({self.get_status_display()})"

    def owner_organisation_ids(self) -> list[int]:
        return self.event.owner_organisation_ids()
