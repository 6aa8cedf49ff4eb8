"""Offers (Angebote) of the network's organisations, modelled after Open Referral HSDS 3.0.

HSDS names: Offer ~ service, Location ~ location (+ address), Schedule ~ schedule,
ContactChannel ~ phone/email/url, last_checked ~ assured_date, service_area ~ service_area.
"""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Municipality,
    Organisation,
    TargetGroup,
    Vocabulary,
)

from ..schedules import describe_schedule

# Text fields that translations cover; a change to one of them outdates translations.
TRANSLATED_FIELDS = ("title", "summary", "description")


class AccessibilityFeature(Vocabulary):
    """Something that makes an offer usable for more people (step-free, hearing loop, …)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("accessibility feature")
        verbose_name_plural = _("accessibility features")


class Location(models.Model):
    """A place where an organisation holds offers."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="locations",
    )
    name = models.CharField(_("name of the place"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="locations",
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    directions = models.CharField(
        _("how to get there"),
        max_length=300,
        blank=True,
        help_text=_("Bus stop, entrance, floor – whatever helps people find the place."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["city", "name", "street"]

    def __str__(self) -> str:
        parts = [self.name, self.street, f"{self.postcode} {self.city}".strip()]
        return ", ".join(part for part in parts if part)

    @property
    def coordinates(self) -> tuple[float, float]:
        """The place's coordinates, or its municipality's centroid where none are known."""
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        return self.municipality.latitude, self.municipality.longitude

    @property
    def has_exact_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class OfferQuerySet(models.QuerySet):
    def published(self, on: datetime.date | None = None):
        """Offers visitors may see: published and valid on the given day (today)."""
        day = on or timezone.localdate()
        return self.filter(status=Offer.Status.PUBLISHED).exclude(
            models.Q(valid_from__gt=day) | models.Q(valid_until__lt=day)
        )

    def of_organisations(self, organisation_ids):
        return self.filter(organisation_id__in=organisation_ids)


class Offer(models.Model):
    """An integration offer: a course, a counselling service, a club, a meeting place, …"""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        ARCHIVED = "archived", _("archived")

    class Format(models.TextChoices):
        ON_SITE = "on_site", _("on site")
        ONLINE = "online", _("online")
        PHONE = "phone", _("by phone")
        HYBRID = "hybrid", _("on site and online")

    class Cost(models.TextChoices):
        FREE = "free", _("free of charge")
        REDUCED = "reduced", _("reduced fee possible")
        FEE = "fee", _("fee")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="offers",
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("short description"),
        max_length=300,
        help_text=_("One or two sentences shown in the search results."),
    )
    description = models.TextField(_("description"), blank=True)
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), related_name="offers"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="offers"
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages of the offer"),
        blank=True,
        related_name="offers",
        help_text=_("Languages in which the offer is held or counselling is given."),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.ON_SITE
    )
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("note on cost"), max_length=200, blank=True)
    registration_required = models.BooleanField(_("registration required"), default=False)
    registration_note = models.CharField(_("how to register"), max_length=300, blank=True)
    accessibility = models.ManyToManyField(
        AccessibilityFeature, verbose_name=_("accessibility"), blank=True, related_name="offers"
    )
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    locations = models.ManyToManyField(
        Location, verbose_name=_("locations"), blank=True, related_name="offers"
    )
    service_area = models.ManyToManyField(
        Municipality,
        verbose_name=_("also serves"),
        blank=True,
        related_name="served_by_offers",
        help_text=_(
            "Towns or districts the offer is open to beyond its locations "
            "(a district stands for all its towns)."
        ),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last confirmed that everything is still correct."),
    )
    text_version = models.PositiveIntegerField(
        _("version of the German text"), default=1, editable=False
    )
    published_at = models.DateTimeField(_("first published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = OfferQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[fields_of_action, target_groups, languages, accessibility, locations]
    )

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["title"]
        indexes = [models.Index(fields=["organisation", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_until__gte=models.F("valid_from")),
                name="offer_valid_until_after_valid_from",
            ),
            models.CheckConstraint(
                condition=models.Q(maximum_age__isnull=True)
                | models.Q(minimum_age__isnull=True)
                | models.Q(maximum_age__gte=models.F("minimum_age")),
                name="offer_age_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        """Save; a change of the German text starts a new text version and marks the
        translations of earlier versions outdated (stored, so it can be filtered)."""
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        loaded = getattr(self, "_loaded_text", None)
        text_changed = loaded is not None and loaded != self._text()
        if text_changed:
            self.text_version += 1
        super().save(*args, **kwargs)
        if text_changed:
            self.translations.filter(source_version__lt=self.text_version).update(is_outdated=True)
        self._loaded_text = self._text()

    def get_absolute_url(self) -> str:
        return reverse("directory:offer", args=[self.pk])

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if all(name in field_names for name in TRANSLATED_FIELDS):
            instance._loaded_text = instance._text()
        return instance

    def _text(self) -> tuple[str, ...]:
        return tuple(getattr(self, name) for name in TRANSLATED_FIELDS)

    def translation(self, language: str | None = None) -> "OfferTranslation | None":
        """The approved translation into `language` (the active one), if there is one.

        An outdated one only if the operator shows those with a notice (the default)."""
        code = language or get_language() or "de"
        if code == "de":
            return None
        cached = getattr(self, "_prefetched_objects_cache", {}).get("translations")
        candidates = cached if cached is not None else self.translations.all()
        hide_outdated = settings.TREFFPUNKT_OUTDATED_TRANSLATIONS == "source"
        for translation in candidates:
            if translation.language == code and translation.is_approved:
                return None if translation.is_outdated and hide_outdated else translation
        return None

    def localized(self, field: str, language: str | None = None) -> str:
        """A text field in the visitor's language, the German source where none exists."""
        translation = self.translation(language)
        value = getattr(translation, field, "") if translation else ""
        return value or getattr(self, field)


class OfferTranslation(models.Model):
    """The text of an offer in another language, tied to the source version it translates."""

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")

    offer = models.ForeignKey(
        Offer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(_("language"), max_length=12)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("short description"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.APPROVED
    )
    source_version = models.PositiveIntegerField(_("translates version"), default=1)
    is_outdated = models.BooleanField(
        _("outdated"),
        default=False,
        help_text=_("The German text has changed since this translation was made."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "language"], name="one_translation_per_offer_and_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.offer} [{self.language}]"

    def owner_organisation_ids(self) -> list[int]:
        return [self.offer.organisation_id]

    @property
    def is_approved(self) -> bool:
        return self.state == self.State.APPROVED


class Schedule(models.Model):
    """When an offer takes place: weekly, monthly or on one day (HSDS schedule)."""

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("every week")
        MONTHLY = "monthly", _("every month")
        ONCE = "once", _("once")

    class Weekday(models.TextChoices):
        MO = "MO", _("Monday")
        TU = "TU", _("Tuesday")
        WE = "WE", _("Wednesday")
        TH = "TH", _("Thursday")
        FR = "FR", _("Friday")
        SA = "SA", _("Saturday")
        SU = "SU", _("Sunday")

    offer = models.ForeignKey(
        Offer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="schedules"
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("location"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="schedules",
    )
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    weekdays = models.CharField(
        _("weekdays"), max_length=30, blank=True, help_text=_("For example MO,WE.")
    )
    week_of_month = models.SmallIntegerField(
        _("week of the month"),
        null=True,
        blank=True,
        help_text=_("For monthly dates: 1 to 4 for the first to fourth, -1 for the last."),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    opens_at = models.TimeField(_("from"), null=True, blank=True)
    closes_at = models.TimeField(_("until"), null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("For example: not in school holidays.")
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("time")
        verbose_name_plural = _("times")
        ordering = ["date", "weekdays", "opens_at"]

    def __str__(self) -> str:
        return describe_schedule(self)

    def owner_organisation_ids(self) -> list[int]:
        return [self.offer.organisation_id]

    @property
    def weekday_list(self) -> list[str]:
        return [day for day in self.weekdays.split(",") if day]


class ContactChannel(models.Model):
    """How to reach an offer: a role phone number, address, web page or messenger."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("phone")
        EMAIL = "email", _("e-mail")
        WEB = "web", _("website")
        MESSENGER = "messenger", _("messenger")

    offer = models.ForeignKey(
        Offer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="contacts"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    value = models.CharField(_("number or address"), max_length=300)
    label = models.CharField(
        _("label"),
        max_length=100,
        blank=True,
        help_text=_('For example "Beratungstelefon" or "WhatsApp". No names of private persons.'),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["position", "kind"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"

    def owner_organisation_ids(self) -> list[int]:
        return [self.offer.organisation_id]

    @property
    def href(self) -> str:
        """A link that opens the channel on a phone (tel:, mailto:, https:)."""
        if self.kind == self.Kind.PHONE:
            return "tel:" + "".join(c for c in self.value if c.isdigit() or c == "+")
        if self.kind == self.Kind.EMAIL:
            return f"mailto:{self.value}"
        if self.kind == self.Kind.WEB:
            return self.value if "://" in self.value else f"https://{self.value}"
        return ""
