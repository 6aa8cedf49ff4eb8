"""Forms of the helper-job exchange: the board's filters, an employer's job, a counsellor's
candidate profile and the message that puts a candidate in touch with an employer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from treffpunkt.network import roles
from treffpunkt.network.models import Language, Municipality, Organisation

from .jobs import board_towns, editor_organisations
from .models import Candidate, HelperJob, Level

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
PLACE_KINDS_EXCLUDED = (Municipality.Kind.STATE, Municipality.Kind.DISTRICT)


def places():
    """Towns and municipalities — where people live and work (no states or districts)."""
    return Municipality.objects.exclude(kind__in=PLACE_KINDS_EXCLUDED)


def _only_organisation_by_default(field, organisations) -> None:
    if organisations.count() == 1:
        field.initial = organisations.first()


class BoardFilterForm(forms.Form):
    """The public board's filters; all optional, read from the query string."""

    ort = forms.ModelChoiceField(
        label=_("Town"), queryset=Municipality.objects.none(), required=False,
        empty_label=_("everywhere"),
    )  # fmt: skip
    deutsch = forms.ChoiceField(
        label=_("My German"),
        required=False,
        choices=[("", _("any level"))]
        + [(value, label) for value, label in Level.choices if value != Level.NATIVE],
    )
    kenntnisse = forms.CharField(
        label=_("Skills or keywords"), required=False, max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ort"].queryset = board_towns()

    def filters(self) -> dict:
        """Arguments for `jobs.board`; invalid values count as not given."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "town": data.get("ort"),
            "german_level": data.get("deutsch") or "",
            "skills": data.get("kenntnisse") or "",
        }


class HelperJobForm(forms.ModelForm):
    class Meta:
        model = HelperJob
        fields = [
            "employer", "title", "tasks", "hours_per_week", "municipality", "place",
            "starts_on", "german_level", "requirements", "support", "skills",
        ]  # fmt: skip
        widgets = {
            "tasks": forms.Textarea(attrs={"rows": 5}),
            "requirements": forms.Textarea(attrs={"rows": 3}),
            "support": forms.Textarea(attrs={"rows": 3}),
            "starts_on": DATE_INPUT,
        }
        help_texts = {
            "support": _("For example language support, a mentor at work, help with papers."),
            "skills": _("Comma-separated, e.g. warehouse work, forklift licence."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if roles.is_coordinator(user):
            employers = Organisation.objects.filter(is_active=True)
        else:
            employers = editor_organisations(user)
        self.fields["employer"].queryset = employers
        _only_organisation_by_default(self.fields["employer"], employers)
        self.fields["municipality"].queryset = places()


class CandidateForm(forms.ModelForm):
    """A counsellor's profile of a job seeker — a pseudonym, never the name."""

    class Meta:
        model = Candidate
        fields = [
            "organisation", "pseudonym", "skills", "german_level", "languages", "municipality",
            "mobility_km", "residence_notes", "consents_to_contact",
        ]  # fmt: skip
        widgets = {
            "languages": forms.CheckboxSelectMultiple,
            "residence_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "pseudonym": _("Not the real name: initials or a code you can recognise."),
            "residence_notes": _(
                "Visible to you only — not to colleagues, employers or coordinators."
            ),
            "consents_to_contact": _(
                "Only then can you put the candidate in touch with employers. The employer "
                "learns the pseudonym and what you write."
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = editor_organisations(user)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].label = _("counselled at")
        _only_organisation_by_default(self.fields["organisation"], organisations)
        self.fields["municipality"].queryset = places()
        self.fields["languages"].queryset = Language.objects.exclude(code="de")


class ContactForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the employer"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2000,
        help_text=_(
            "What the employer should know: what the candidate can do, when they could start, "
            "when you can be reached. Only what the candidate agreed to share."
        ),
    )
