"""Forms of sponsors and mentors: a sponsor's profile, a request, starting a sponsorship,
a check-in and its end."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import Language

from .forms_jobs import DATE_INPUT, places
from .models import CheckIn, Sponsor, SponsorshipKind, SponsorshipRequest, Weekday
from .sponsorships import manageable_sponsors, pool_organisations, requesting_organisations

WEEKDAY_CHOICES = [(str(value), label) for value, label in Weekday.choices]


class WeekdaysField(forms.TypedMultipleChoiceField):
    """Weekdays as ticked boxes, stored as a list of numbers (0 = Monday)."""

    def __init__(self, **kwargs):
        super().__init__(
            choices=WEEKDAY_CHOICES,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            **kwargs,
        )

    def prepare_value(self, value):
        return [str(day) for day in value] if isinstance(value, (list, tuple)) else value


class SponsorForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label=_("offers"), choices=SponsorshipKind.choices, widget=forms.CheckboxSelectMultiple
    )
    weekdays = WeekdaysField(label=_("usually free on"))

    class Meta:
        model = Sponsor
        fields = [
            "name", "email", "kinds", "municipality", "radius_km", "languages", "weekdays",
            "interests", "coordinator_organisation", "is_active",
        ]  # fmt: skip
        widgets = {"languages": forms.CheckboxSelectMultiple}
        help_texts = {"interests": _("Comma-separated, e.g. football, cooking, maths.")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = pool_organisations(user)
        field = self.fields["coordinator_organisation"]
        field.queryset = organisations
        field.label = _("pool run by")
        if organisations.count() == 1:
            field.initial = organisations.first()
        self.fields["municipality"].queryset = places()


class SponsorshipRequestForm(forms.ModelForm):
    weekdays = WeekdaysField(label=_("suitable days"))

    class Meta:
        model = SponsorshipRequest
        fields = [
            "requested_by",
            "kind",
            "municipality",
            "language",
            "weekdays",
            "interests",
            "note",
        ]
        help_texts = {
            "language": _("Only if the sponsor should speak it."),
            "interests": _("Comma-separated, e.g. football, cooking, maths."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = requesting_organisations(user)
        field = self.fields["requested_by"]
        field.queryset = organisations
        field.label = _("requested by")
        if organisations.count() == 1:
            field.initial = organisations.first()
        self.fields["municipality"].queryset = places()
        self.fields["language"].queryset = Language.objects.exclude(code="de")


class StartForm(forms.Form):
    sponsor = forms.ModelChoiceField(label=_("sponsor"), queryset=Sponsor.objects.none())
    started_on = forms.DateField(label=_("started"), widget=DATE_INPUT)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = manageable_sponsors(user).filter(is_active=True)
        self.fields["started_on"].initial = timezone.localdate()


class CheckInForm(forms.ModelForm):
    class Meta:
        model = CheckIn
        fields = ["on", "going_well", "note"]
        widgets = {"on": DATE_INPUT, "note": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"note": _("A few words; no details about health or residence status.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = timezone.localdate()


class EndForm(forms.Form):
    ended_on = forms.DateField(label=_("ended"), widget=DATE_INPUT)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ended_on"].initial = timezone.localdate()
