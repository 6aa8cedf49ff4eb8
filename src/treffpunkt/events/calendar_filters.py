"""The calendar's filters (field of action, format, region, series), read from a URL.

One plain GET form serves the list, the month view and the iCal feed, so a filtered
calendar can be shared, bookmarked and subscribed to. Unknown values are ignored.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import FieldOfAction, Municipality

from .models import Event, EventSeries

PAGE_PARAM = "seite"

# Whoever asks for "online" can also come to a hybrid event, and so can whoever asks for
# "on site": a filter by format keeps the events that can be attended that way.
FORMATS_ATTENDABLE = {
    Event.Format.ON_SITE: [Event.Format.ON_SITE, Event.Format.HYBRID],
    Event.Format.ONLINE: [Event.Format.ONLINE, Event.Format.HYBRID],
    Event.Format.HYBRID: [Event.Format.HYBRID],
}


@dataclass(frozen=True)
class CalendarFilter:
    field_of_action: FieldOfAction | None = None
    format: str = ""
    region: Municipality | None = None
    series: EventSeries | None = None

    @property
    def has_filters(self) -> bool:
        return bool(self.field_of_action or self.format or self.region or self.series)

    def apply(self, events: QuerySet) -> QuerySet:
        if self.field_of_action:
            events = events.filter(fields_of_action=self.field_of_action)
        if self.format:
            events = events.filter(format__in=FORMATS_ATTENDABLE[self.format])
        if self.region:
            events = events.filter(municipality_id__in=self.region.self_and_descendant_ids())
        if self.series:
            events = events.filter(series=self.series)
        return events

    def params(self) -> list[tuple[str, str]]:
        pairs = [
            ("thema", self.field_of_action.slug if self.field_of_action else ""),
            ("format", self.format),
            ("ort", self.region.slug if self.region else ""),
            ("reihe", self.series.slug if self.series else ""),
        ]
        return [(name, value) for name, value in pairs if value]

    def active(self) -> list[tuple[str, str]]:
        """Each filter set, as its label and the query string without it."""
        chosen = [
            ("field_of_action", self.field_of_action and self.field_of_action.display_name),
            ("format", self.format and Event.Format(self.format).label),
            ("region", self.region and self.region.name),
            ("series", self.series and self.series.title),
        ]
        return [
            (str(label), replace(self, **{name: "" if name == "format" else None}).querystring())
            for name, label in chosen
            if label
        ]

    def querystring(self, **extra) -> str:
        """ "?thema=…&ort=…" (empty without filters), with extra parameters appended."""
        pairs = self.params() + [(name, str(value)) for name, value in extra.items()]
        return "?" + urlencode(pairs) if pairs else ""


def _used_municipalities() -> QuerySet:
    """Places of public events, and the districts and states they lie in."""
    ids = set(
        Event.objects.public()
        .filter(municipality__isnull=False)
        .values_list("municipality_id", flat=True)
    )
    frontier = set(ids)
    while frontier:
        frontier = (
            set(
                Municipality.objects.filter(pk__in=frontier, parent__isnull=False).values_list(
                    "parent_id", flat=True
                )
            )
            - ids
        )
        ids |= frontier
    return Municipality.objects.filter(pk__in=ids)


class CalendarFilterForm(forms.Form):
    """The filter form. It offers the values public events use, and accepts any known one."""

    thema = forms.ModelChoiceField(
        FieldOfAction.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Field of action"),
        empty_label=_("All"),
    )
    format = forms.ChoiceField(
        choices=[("", _("All")), *Event.Format.choices], required=False, label=_("Format")
    )
    ort = forms.ModelChoiceField(
        Municipality.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Region"),
        empty_label=_("All"),
    )
    reihe = forms.ModelChoiceField(
        EventSeries.objects.filter(is_public=True),
        to_field_name="slug",
        required=False,
        label=_("Series"),
        empty_label=_("All"),
    )

    def __init__(self, data=None, **kwargs):
        super().__init__(data, auto_id="filter-%s", **kwargs)
        public = Event.objects.public()
        self._offer(
            "thema",
            FieldOfAction.objects.filter(events__in=public).distinct(),
            lambda field: field.display_name,
        )
        self._offer("ort", _used_municipalities(), str)
        self._offer(
            "reihe", EventSeries.objects.filter(is_public=True, events__in=public).distinct(), str
        )

    def _offer(self, name: str, queryset: QuerySet, label) -> None:
        """Show the values in use (and the chosen one), validate against all."""
        field = self.fields[name]
        chosen = self.data.get(name, "") if self.is_bound else ""
        objects = field.queryset.filter(Q(pk__in=queryset.values("pk")) | Q(slug=chosen))
        field.choices = [("", field.empty_label)] + [
            (obj.slug, label(obj)) for obj in sorted(objects, key=lambda obj: label(obj).lower())
        ]

    def calendar_filter(self) -> CalendarFilter:
        """The filters of the valid fields; an unknown value counts as no filter."""
        self.is_valid()
        data = self.cleaned_data
        return CalendarFilter(
            field_of_action=data.get("thema"),
            format=data.get("format") or "",
            region=data.get("ort"),
            series=data.get("reihe"),
        )


def calendar_filter_from(params) -> tuple[CalendarFilterForm, CalendarFilter]:
    form = CalendarFilterForm(params)
    return form, form.calendar_filter()
