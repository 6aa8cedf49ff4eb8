"""Forms of the interpreter pool: the institution's request, the coordinator's choice of
interpreters, an interpreter's profile, and the feedback afterwards."""

from django import forms
from django.contrib.auth import get_user_model
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treffpunkt.network import roles
from treffpunkt.network.models import Language, Municipality, Organisation

from .models import (
    Absence,
    AvailabilitySlot,
    Interpreter,
    InterpreterLanguage,
    InterpretingRequest,
    Mode,
)
from .rules import INSTITUTION_ROLES, pool_organisation_ids

DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
SHORTEST, LONGEST = 15, 8 * 60


def _places():
    """Towns and districts (not the federal state), for requests and regions."""
    return Municipality.objects.exclude(kind=Municipality.Kind.STATE).order_by("name")


class RequestForm(forms.ModelForm):
    """What an institution needs — never who the family is."""

    class Meta:
        model = InterpretingRequest
        fields = [
            "institution", "language", "minimum_level", "starts_at", "duration_minutes",
            "mode", "municipality", "place", "topic", "note",
        ]  # fmt: skip
        widgets = {
            "starts_at": DATETIME_INPUT,
            "mode": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 2, "maxlength": 300}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        institutions = roles.organisations_for(user, *INSTITUTION_ROLES)
        self.fields["institution"].queryset = institutions
        if institutions.count() == 1:
            self.fields["institution"].initial = institutions.first()
        self.fields["language"].queryset = Language.objects.order_by("name")
        self.fields["municipality"].queryset = _places()
        self.fields["duration_minutes"].widget.attrs.update(
            {"min": SHORTEST, "max": LONGEST, "step": 15}
        )

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        if starts_at <= timezone.now():
            raise forms.ValidationError(_("Please choose a time in the future."))
        return starts_at

    def clean_duration_minutes(self):
        minutes = self.cleaned_data["duration_minutes"]
        if not SHORTEST <= minutes <= LONGEST:
            raise forms.ValidationError(
                _("Between %(low)s and %(high)s minutes, please.")
                % {"low": SHORTEST, "high": LONGEST}
            )
        return minutes


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How did it go?"),
        choices=[
            (5, _("5 – very well")),
            (4, _("4 – well")),
            (3, _("3 – all right")),
            (2, _("2 – not so well")),
            (1, _("1 – badly")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything we should know?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
        help_text=_("No names or personal details of the family, please."),
    )


class AssignForm(forms.Form):
    interpreter = forms.ModelChoiceField(queryset=Interpreter.objects.none())

    def __init__(self, *args, interpreters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interpreter"].queryset = interpreters


class InviteForm(forms.Form):
    interpreters = forms.ModelMultipleChoiceField(queryset=Interpreter.objects.none())

    def __init__(self, *args, interpreters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interpreters"].queryset = interpreters


class InterpreterForm(forms.ModelForm):
    """An interpreter's profile, kept by the pool's coordinators."""

    modes = forms.MultipleChoiceField(
        label=_("ways of interpreting"), choices=Mode.choices, widget=forms.CheckboxSelectMultiple
    )
    has_account = forms.BooleanField(
        label=_("Sees their assignments when logged in"),
        required=False,
        help_text=_("Links the account with the same e-mail address."),
    )

    class Meta:
        model = Interpreter
        fields = [
            "name", "email", "phone", "coordinator_organisation", "home", "regions", "modes",
            "qualifications", "is_paid", "confidentiality_signed_on",
            "max_assignments_per_month", "is_active",
        ]  # fmt: skip
        widgets = {
            "regions": forms.CheckboxSelectMultiple,
            "qualifications": forms.Textarea(attrs={"rows": 3}),
            "confidentiality_signed_on": DATE_INPUT,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        pools = Organisation.objects.filter(is_active=True)
        if not roles.is_coordinator(user):
            pools = pools.filter(pk__in=pool_organisation_ids(user))
        self.fields["coordinator_organisation"].queryset = pools
        if pools.count() == 1:
            self.fields["coordinator_organisation"].initial = pools.first()
        self.fields["home"].queryset = _places()
        self.fields["regions"].queryset = _places()
        self.fields["has_account"].initial = bool(self.instance.user_id)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("has_account") and cleaned.get("email"):
            accounts = get_user_model().objects.filter(
                email__iexact=cleaned["email"], is_active=True
            )
            if accounts.count() != 1:
                self.add_error(
                    "has_account", _("There is no single account with this e-mail address.")
                )
            elif (
                Interpreter.objects.filter(user=accounts.first())
                .exclude(pk=self.instance.pk)
                .exists()
            ):
                self.add_error("has_account", _("This account belongs to another interpreter."))
            else:
                cleaned["account"] = accounts.first()
        return cleaned

    def save(self, commit=True):
        interpreter = super().save(commit=False)
        interpreter.user = self.cleaned_data.get("account")
        if commit:
            interpreter.save()
            self.save_m2m()
        return interpreter


LanguageFormSet = inlineformset_factory(
    Interpreter,
    InterpreterLanguage,
    fields=["language", "level"],
    extra=2,
    can_delete=True,
)


class SlotForm(forms.ModelForm):
    class Meta:
        model = AvailabilitySlot
        fields = ["weekday", "starts", "ends"]
        widgets = {"starts": TIME_INPUT, "ends": TIME_INPUT}

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts"), cleaned.get("ends")
        if starts and ends and ends <= starts:
            self.add_error("ends", _("The end must be after the start."))
        return cleaned


class AbsenceForm(forms.ModelForm):
    class Meta:
        model = Absence
        fields = ["first_day", "last_day"]
        widgets = {"first_day": DATE_INPUT, "last_day": DATE_INPUT}

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first_day"), cleaned.get("last_day")
        if first and last and last < first:
            self.add_error("last_day", _("The end must not be before the start."))
        return cleaned


SlotFormSet = inlineformset_factory(
    Interpreter,
    AvailabilitySlot,
    form=SlotForm,
    extra=2,
    can_delete=True,
)
AbsenceFormSet = inlineformset_factory(
    Interpreter,
    Absence,
    form=AbsenceForm,
    extra=1,
    can_delete=True,
)
