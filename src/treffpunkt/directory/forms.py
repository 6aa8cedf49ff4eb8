"""Forms editors use to keep their organisation's offers current."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from treffpunkt.network import roles
from treffpunkt.network.models import Municipality

from .models import ContactChannel, Location, Offer, Schedule

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class OfferForm(forms.ModelForm):
    class Meta:
        model = Offer
        fields = [
            "organisation", "title", "summary", "description", "fields_of_action",
            "target_groups", "languages", "format", "cost", "cost_note",
            "registration_required", "registration_note", "accessibility", "minimum_age",
            "maximum_age", "locations", "service_area", "valid_from", "valid_until", "status",
            "last_checked",
        ]  # fmt: skip
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "fields_of_action": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "accessibility": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
            "format": forms.RadioSelect,
            "cost": forms.RadioSelect,
            "status": forms.RadioSelect,
            "valid_from": DATE_INPUT,
            "valid_until": DATE_INPUT,
            "last_checked": DATE_INPUT,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        organisations = roles.organisations_for(user, roles.Role.EDITOR)
        self.fields["organisation"].queryset = organisations
        if organisations.count() == 1 and not self.instance.pk:
            self.fields["organisation"].initial = organisations.first()
        organisation_id = self._organisation_id()
        self.fields["locations"].queryset = Location.objects.filter(
            organisation_id=organisation_id
        ).select_related("municipality")
        self.fields["service_area"].queryset = Municipality.objects.exclude(
            kind=Municipality.Kind.STATE
        )
        self.fields["fields_of_action"].required = True

    def _organisation_id(self):
        if self.is_bound:
            return self.data.get(self.add_prefix("organisation")) or None
        return self.instance.organisation_id or (
            self.fields["organisation"].initial and (self.fields["organisation"].initial.pk)
        )

    def clean(self):
        cleaned = super().clean()
        valid_from, valid_until = cleaned.get("valid_from"), cleaned.get("valid_until")
        if valid_from and valid_until and valid_until < valid_from:
            self.add_error("valid_until", _("The end must not be before the start."))
        low, high = cleaned.get("minimum_age"), cleaned.get("maximum_age")
        if low is not None and high is not None and high < low:
            self.add_error("maximum_age", _("The maximum age must not be below the minimum age."))
        organisation = cleaned.get("organisation")
        for location in cleaned.get("locations") or []:
            if organisation and location.organisation_id != organisation.pk:
                self.add_error("locations", _("This place belongs to another organisation."))
        return cleaned


class NewLocationForm(forms.ModelForm):
    """A new place entered together with an offer; all fields empty means none."""

    class Meta:
        model = Location
        fields = ["name", "street", "postcode", "city", "municipality", "directions"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False
        self.fields["municipality"].queryset = Municipality.objects.exclude(
            kind=Municipality.Kind.STATE
        )

    @property
    def is_empty(self) -> bool:
        return not any(self.cleaned_data.get(name) for name in ("name", "street", "city"))

    def clean(self):
        cleaned = super().clean()
        if any(cleaned.get(name) for name in ("name", "street", "city", "postcode")):
            for name in ("city", "municipality"):
                if not cleaned.get(name):
                    self.add_error(name, _("Please fill in this field for the new place."))
        return cleaned


class ScheduleForm(forms.ModelForm):
    weekday_choices = forms.MultipleChoiceField(
        label=_("weekdays"),
        choices=Schedule.Weekday.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Schedule
        fields = ["frequency", "week_of_month", "date", "opens_at", "closes_at", "note"]
        widgets = {"date": DATE_INPUT, "opens_at": TIME_INPUT, "closes_at": TIME_INPUT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["weekday_choices"].initial = self.instance.weekday_list

    def clean(self):
        cleaned = super().clean()
        frequency = cleaned.get("frequency")
        days = cleaned.get("weekday_choices") or []
        if frequency == Schedule.Frequency.ONCE and not cleaned.get("date"):
            self.add_error("date", _("A single date needs a day."))
        if frequency in (Schedule.Frequency.WEEKLY, Schedule.Frequency.MONTHLY) and not days:
            self.add_error("weekday_choices", _("Choose at least one weekday."))
        if frequency == Schedule.Frequency.MONTHLY and not cleaned.get("week_of_month"):
            self.add_error("week_of_month", _("Which week of the month?"))
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("The end must be after the start."))
        self.instance.weekdays = ",".join(d for d, _label in Schedule.Weekday.choices if d in days)
        return cleaned


class ContactForm(forms.ModelForm):
    class Meta:
        model = ContactChannel
        fields = ["kind", "value", "label"]

    def clean(self):
        cleaned = super().clean()
        kind, value = cleaned.get("kind"), (cleaned.get("value") or "").strip()
        try:
            if kind == ContactChannel.Kind.EMAIL:
                validate_email(value)
            elif kind == ContactChannel.Kind.WEB:
                URLValidator(schemes=["http", "https"])(
                    value if "://" in value else f"https://{value}"
                )
            elif kind == ContactChannel.Kind.PHONE and sum(c.isdigit() for c in value) < 5:
                raise ValidationError(_("This does not look like a phone number."))
        except ValidationError as error:
            self.add_error("value", error)
        return cleaned


ScheduleFormSet = inlineformset_factory(
    Offer, Schedule, form=ScheduleForm, extra=1, can_delete=True, max_num=20
)
ContactFormSet = inlineformset_factory(
    Offer, ContactChannel, form=ContactForm, extra=1, can_delete=True, max_num=10
)
