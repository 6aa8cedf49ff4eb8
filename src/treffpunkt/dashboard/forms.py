"""The dashboard's filter form (GET, works without JavaScript) and the residents' upload."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import FieldOfAction, Language, Organisation, TargetGroup

from .coverage import Filters
from .participation import Period


class FilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    town = forms.ChoiceField(label=_("Town"), required=False)
    organisation = forms.TypedChoiceField(
        label=_("Organisation"), required=False, coerce=int, empty_value=None
    )
    field = forms.ChoiceField(label=_("Field of action"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    target = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, data, scope):
        super().__init__(data)
        every = [("", _("all"))]
        self.fields["town"].choices = every + [(t.slug, t.name) for t in scope.towns]
        organisations = Organisation.objects.filter(is_active=True)
        if scope.organisation_ids is not None:
            organisations = organisations.filter(pk__in=scope.organisation_ids)
        else:
            organisations = organisations.filter(networks=scope.network)
        self.fields["organisation"].choices = every + [(o.pk, o.name) for o in organisations]
        self.fields["field"].choices = every + [
            (f.slug, f.display_name) for f in FieldOfAction.objects.all()
        ]
        self.fields["language"].choices = every + [
            (lang.code, lang.display_name) for lang in Language.objects.all()
        ]
        self.fields["target"].choices = every + [
            (t.slug, t.display_name) for t in TargetGroup.objects.all()
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data

    def selection(self, scope) -> "Selection":
        """What the figures are narrowed to; an invalid form narrows nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        organisation_ids = scope.organisation_ids
        if data.get("organisation"):
            organisation_ids = {data["organisation"]} & (organisation_ids or {data["organisation"]})
        return Selection(
            filters=Filters(
                towns=_one(data.get("town")),
                fields=_one(data.get("field")),
                languages=_one(data.get("language")),
                targets=_one(data.get("target")),
            ),
            period=Period(data.get("start"), data.get("end")),
            organisation_ids=organisation_ids,
        )


def _one(value: str | None) -> tuple[str, ...]:
    return (value,) if value else ()


class Selection:
    def __init__(self, filters: Filters, period: Period, organisation_ids: set[int] | None):
        self.filters = filters
        self.period = period
        self.organisation_ids = organisation_ids


class ResidentsUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))
    source = forms.CharField(
        label=_("Source"), max_length=200, required=False,
        help_text=_("For example: Statistikstelle Kreis Recklinghausen, 31.12.2025."),
    )  # fmt: skip
    is_demo = forms.BooleanField(label=_("These are demo numbers"), required=False)


class SnapshotForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)

    def title_or_default(self) -> str:
        title = self.cleaned_data.get("title") if self.is_valid() else ""
        return title or str(_("Report of %(day)s")) % {"day": timezone.localdate().isoformat()}
