"""Forms organisers use: events with their programme and rooms, series, and the forms to
copy, move and cancel an event. Times are entered and shown in Europe/Berlin."""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import URLValidator
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from treffpunkt.network import roles
from treffpunkt.network.models import Municipality, Organisation

from .models import AgendaItem, Event, EventSeries, Room, Speaker

ORGANISER_ROLES = (roles.Role.MODERATOR, roles.Role.EDITOR)
DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
SPEAKER_SEPARATOR, PART_SEPARATOR = ";", ","

web_address_validator = URLValidator(
    schemes=["http", "https"],
    code="web_address",  # not "invalid": URLField would put its own message in place
    message=_("Please enter a web address starting with https:// or http://."),
)


def _only_http(field: forms.Field) -> None:
    field.validators.append(web_address_validator)


def _local(value: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def organisers_for(user):
    """The organisations whose events the user may organise."""
    return roles.organisations_for(user, *ORGANISER_ROLES)


class OrganisersMixin:
    """Organisers limited to the user's own organisations (all for coordinators).

    Co-organisers the user may not choose stay as they are: a moderator of A editing an
    event of A and B cannot drop B by saving.
    """

    def _limit_organisers(self, user) -> None:
        own = organisers_for(user)
        self.fields["organisers"].queryset = own
        self.fields["organisers"].required = True
        self.kept_organisers: list[Organisation] = []
        if self.instance.pk and not roles.is_coordinator(user):
            self.kept_organisers = list(
                self.instance.organisers.exclude(pk__in=own.values("pk")).order_by("name")
            )
        if not self.instance.pk and own.count() == 1:
            self.fields["organisers"].initial = [own.first()]

    def _save_m2m(self):
        super()._save_m2m()
        if self.kept_organisers:
            self.instance.organisers.add(*self.kept_organisers)


@dataclass
class EventBounds:
    """What the programme and the rooms are checked against."""

    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    capacity: int | None


class EventForm(OrganisersMixin, forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "series", "title", "description", "starts_at", "ends_at", "format", "venue_name",
            "street", "postcode", "city", "municipality", "video_link", "capacity",
            "requires_registration", "registration_opens_at", "registration_closes_at",
            "languages", "fields_of_action", "target_groups", "audience_note", "organisers",
            "contact_email", "recording_url", "status",
        ]  # fmt: skip
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "starts_at": DATETIME_INPUT,
            "ends_at": DATETIME_INPUT,
            "registration_opens_at": DATETIME_INPUT,
            "registration_closes_at": DATETIME_INPUT,
            "format": forms.RadioSelect,
            "status": forms.RadioSelect,
            "languages": forms.CheckboxSelectMultiple,
            "fields_of_action": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "organisers": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self._limit_organisers(user)
        series = self.fields["series"]
        if not roles.is_coordinator(user):
            own_series = EventSeries.objects.filter(
                organisers__in=roles.organisation_ids(user, *ORGANISER_ROLES)
            ).values("pk")
            series.queryset = EventSeries.objects.filter(
                Q(pk__in=own_series) | Q(pk=self.instance.series_id)
            )
        self.fields["municipality"].queryset = Municipality.objects.exclude(
            kind=Municipality.Kind.STATE
        )
        for name in ("video_link", "recording_url"):
            _only_http(self.fields[name])
        allowed = [Event.Status.DRAFT, Event.Status.PUBLISHED]
        if self.instance.is_cancelled:
            allowed.append(Event.Status.CANCELLED)
        self.fields["status"].choices = [
            (value, label) for value, label in Event.Status.choices if value in allowed
        ]
        if self.instance.pk and self.instance.status != Event.Status.DRAFT:
            # Participants must hear about a new date: that is what "move" is for.
            for name in ("starts_at", "ends_at"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "To change the date of a published event, use “Move”: the participants "
                    "are told."
                )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must be after the start."))
            ends = None
        opens, closes = cleaned.get("registration_opens_at"), cleaned.get("registration_closes_at")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must open before it closes."))
        if ends and closes and closes > ends:
            self.add_error(
                "registration_closes_at", _("Registration must close before the event ends.")
            )
        if ends and opens and opens >= ends:
            self.add_error(
                "registration_opens_at", _("Registration must open before the event ends.")
            )
        return cleaned

    def bounds(self) -> EventBounds:
        """The times and places entered (the saved ones where the entry is invalid)."""
        cleaned = getattr(self, "cleaned_data", {})
        starts = cleaned.get("starts_at") or self.instance.starts_at
        ends = cleaned.get("ends_at") or self.instance.ends_at
        if starts and ends and ends <= starts:
            ends = None
        capacity = cleaned.get("capacity", self.instance.capacity)
        return EventBounds(starts, ends, capacity)


class SeriesForm(OrganisersMixin, forms.ModelForm):
    class Meta:
        model = EventSeries
        fields = [
            "title", "slug", "theme", "year", "description", "network", "organisers",
            "fields_of_action", "is_public",
        ]  # fmt: skip
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "fields_of_action": forms.CheckboxSelectMultiple,
            "organisers": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_organisers(user)
        self.fields["slug"].required = False
        self.fields["slug"].help_text = _("Part of the web address. Empty: made from the title.")

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if slug:
            return slug
        base = slugify(self.cleaned_data.get("title") or "")[:90] or "reihe"
        taken = set(
            EventSeries.objects.exclude(pk=self.instance.pk)
            .filter(slug__startswith=base)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug


# Programme -----------------------------------------------------------------------------


def parse_speakers(text: str) -> list[tuple[str, str, str]]:
    """ "Name, Rolle, Organisation; Name, Rolle" → (name, role, organisation) triples.

    Commas after the second belong to the organisation ("Caritas, Migrationsdienst").
    """
    speakers = []
    for entry in text.split(SPEAKER_SEPARATOR):
        if not entry.strip():
            continue
        parts = [part.strip() for part in entry.split(PART_SEPARATOR, 2)]
        parts += [""] * (3 - len(parts))
        speakers.append((parts[0], parts[1], parts[2]))
    return speakers


def format_speakers(speakers) -> str:
    entries = []
    for speaker in speakers:
        parts = [speaker.name, speaker.role, speaker.organisation_name]
        while parts and not parts[-1]:
            parts.pop()
        entries.append(f"{PART_SEPARATOR} ".join(parts))
    return f"{SPEAKER_SEPARATOR} ".join(entries)


def speaker_for(name: str, role: str, organisation_name: str) -> Speaker:
    """The existing entry for this person in this role, or a new one."""
    existing = (
        Speaker.objects.filter(name=name, role=role, organisation_name=organisation_name)
        .order_by("pk")
        .first()
    )
    return existing or Speaker.objects.create(
        name=name, role=role, organisation_name=organisation_name
    )


class AgendaItemForm(forms.ModelForm):
    day = forms.DateField(
        label=_("Day"),
        required=False,
        widget=DATE_INPUT,
        help_text=_("Only for events over several days; empty: the first day."),
    )
    start_time = forms.TimeField(label=_("From"), widget=TIME_INPUT)
    end_time = forms.TimeField(label=_("Until"), required=False, widget=TIME_INPUT)
    speakers_text = forms.CharField(
        label=_("Speakers"),
        required=False,
        help_text=_("Name, role, organisation; the next person …"),
    )

    class Meta:
        model = AgendaItem
        fields = ["kind", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    field_order = ["day", "start_time", "end_time", "kind", "title", "speakers_text"]

    def __init__(self, *args, bounds: EventBounds | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.bounds = bounds
        self.speakers: list[tuple[str, str, str]] = []
        if self.instance.pk:
            starts = timezone.localtime(self.instance.starts_at)
            self.initial.setdefault("day", starts.date())
            self.initial.setdefault("start_time", starts.time().replace(second=0, microsecond=0))
            if self.instance.ends_at:
                ends = timezone.localtime(self.instance.ends_at)
                self.initial.setdefault("end_time", ends.time().replace(second=0, microsecond=0))
            self.initial.setdefault("speakers_text", format_speakers(self.instance.speakers.all()))

    def clean_speakers_text(self):
        text = self.cleaned_data.get("speakers_text") or ""
        speakers = parse_speakers(text)
        limits = [field.max_length for field in (
            Speaker._meta.get_field("name"),
            Speaker._meta.get_field("role"),
            Speaker._meta.get_field("organisation_name"),
        )]  # fmt: skip
        for speaker in speakers:
            if not speaker[0]:
                raise forms.ValidationError(
                    _("Each speaker needs a name: “Name, role, organisation; …”.")
                )
            if any(len(part) > limit for part, limit in zip(speaker, limits, strict=True)):
                raise forms.ValidationError(
                    _("“%(speaker)s” is too long for one speaker. Separate people with “;”."),
                    params={"speaker": ", ".join(speaker)},
                )
        self.speakers = speakers
        return text

    def clean(self):
        cleaned = super().clean()
        start_time, end_time = cleaned.get("start_time"), cleaned.get("end_time")
        bounds = self.bounds
        if start_time is None or bounds is None or bounds.starts_at is None:
            return cleaned
        day = cleaned.get("day") or timezone.localtime(bounds.starts_at).date()
        starts = timezone.make_aware(datetime.datetime.combine(day, start_time))
        ends = timezone.make_aware(datetime.datetime.combine(day, end_time)) if end_time else None
        if ends and ends <= starts:
            self.add_error("end_time", _("The end must be after the start."))
            return cleaned
        if bounds.ends_at and (starts < bounds.starts_at or (ends or starts) > bounds.ends_at):
            self.add_error(
                "start_time",
                _("This item must lie within the event (%(start)s – %(end)s).")
                % {"start": _local(bounds.starts_at), "end": _local(bounds.ends_at)},
            )
            return cleaned
        self.instance.starts_at, self.instance.ends_at = starts, ends
        return cleaned

    def _save_m2m(self):
        super()._save_m2m()
        self.instance.speakers.set([speaker_for(*speaker) for speaker in self.speakers])


# Rooms ---------------------------------------------------------------------------------


class ModeratorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        full_name = user.get_full_name()
        return f"{full_name} ({user.get_username()})" if full_name else user.get_username()


def possible_moderators(organisation_ids):
    """People with a role in one of the organisations."""
    return (
        get_user_model()
        .objects.filter(memberships__organisation_id__in=organisation_ids, is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class RoomForm(forms.ModelForm):
    class Meta:
        model = Room
        fields = [
            "title", "field_of_action", "description", "capacity", "video_link", "moderators",
        ]  # fmt: skip
        field_classes = {"moderators": ModeratorChoiceField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 2}),
            "moderators": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, bounds: EventBounds | None = None, organisation_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.bounds = bounds
        moderators = self.fields["moderators"]
        moderators.queryset = possible_moderators(organisation_ids)
        moderators.help_text = _("People with a role in one of the organising organisations.")
        _only_http(self.fields["video_link"])

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        limit = self.bounds.capacity if self.bounds else None
        if capacity is not None and limit is not None and capacity > limit:
            raise forms.ValidationError(
                _("A room cannot have more places than the event (%(capacity)s)."),
                params={"capacity": limit},
            )
        return capacity


AgendaFormSet = inlineformset_factory(
    Event, AgendaItem, form=AgendaItemForm, extra=2, can_delete=True, max_num=60
)
RoomFormSet = inlineformset_factory(
    Event, Room, form=RoomForm, extra=1, can_delete=True, max_num=30
)


# Changes -------------------------------------------------------------------------------


class CopyForm(forms.Form):
    starts_on = forms.DateField(label=_("Date of the copy"), widget=DATE_INPUT)


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for cancelling"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The participants read this in the e-mail and on the event's page."),
    )


class MoveForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("New start"), widget=DATETIME_INPUT)
    ends_at = forms.DateTimeField(label=_("New end"), widget=DATETIME_INPUT)

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must be after the start."))
        if starts and starts < timezone.now():
            self.add_error("starts_at", _("The new date lies in the past."))
        return cleaned
