"""Forms of the results pages: the protocol header, the note line, a statement, a
recommendation and a change of its status."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from treffpunkt.directory.models import Offer
from treffpunkt.events.forms_organiser import DATE_INPUT, DATETIME_INPUT, TIME_INPUT
from treffpunkt.events.models import Event, Room
from treffpunkt.network import roles
from treffpunkt.network.models import Organisation
from treffpunkt.practice.models import GoodPractice

from . import notes, tracking
from .models import Protocol, Recommendation, Statement

Status = Recommendation.Status


def _offers(*current_ids):
    """Offers to link: the published ones, and those already linked."""
    return Offer.objects.filter(
        Q(pk__in=Offer.objects.published().values("pk"))
        | Q(pk__in=[pk for pk in current_ids if pk])
    ).order_by("title")


class ItemChoiceField(forms.ModelMultipleChoiceField):
    """A live poll item, labelled with its poll's question."""

    def label_from_instance(self, item) -> str:
        return f"{item.poll.question} – {item.text}"


class StatementChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, statement) -> str:
        speaker = f"{statement.speaker}, " if statement.speaker else ""
        return f"{speaker}{statement.get_kind_display()}: {statement.text[:120]}"


# Protocols --------------------------------------------------------------------------------


class ProtocolForm(forms.ModelForm):
    """The header of a protocol, as in the head of a written one."""

    class Meta:
        model = Protocol
        fields = ["title", "room", "place", "starts_at", "ends_at", "present", "setting", "remarks"]
        widgets = {
            "starts_at": DATETIME_INPUT,
            "ends_at": DATETIME_INPUT,
            "remarks": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["room"].queryset = Room.objects.filter(event=event).order_by("position", "pk")
        self.fields["starts_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["ends_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The end lies before the start."))
        return cleaned


class NoteForm(forms.Form):
    """The one line of fast note-taking."""

    line = forms.CharField(
        label=_("Note"),
        max_length=notes.MAX_TEXT,
        help_text=_(
            "Start with the kind and the speaker's initials, e.g. “BT: P: …”. Enter saves."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autofocus": True, "spellcheck": "true"}
        ),
    )

    def __init__(self, *args, preview_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if preview_url:  # with htmx: how the line will be read, as the person types
            self.fields["line"].widget.attrs.update(
                {
                    "hx-get": preview_url,
                    "hx-trigger": "input changed delay:250ms",
                    "hx-target": "#note-preview",
                    "hx-swap": "innerHTML",
                    "hx-sync": "closest form:abort",
                }
            )

    def clean_line(self) -> str:
        line = self.cleaned_data["line"]
        note = notes.parse(line)
        if not note.text:
            raise forms.ValidationError(_("Please write what was said after the prefixes."))
        self.cleaned_data["note"] = note
        return line


class StatementForm(forms.ModelForm):
    class Meta:
        model = Statement
        fields = [
            "speaker",
            "kind",
            "text",
            "said_at",
            "fields_of_action",
            "recommendation",
            "offer",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 4}),
            "said_at": TIME_INPUT,
            "fields_of_action": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        event = self.instance.protocol.event
        self.fields["recommendation"].queryset = Recommendation.objects.filter(
            Q(event=event) | Q(pk=self.instance.recommendation_id or 0)
        ).order_by("title")
        self.fields["offer"].queryset = _offers(self.instance.offer_id)


# Recommendations ----------------------------------------------------------------------------


class RecommendationForm(forms.ModelForm):
    """A recommendation with its origin, owner and links. Rooms, statements and poll items
    to choose from are those of the recommendation's event (save after choosing the event)."""

    statements = StatementChoiceField(
        label=_("Statements it came from"),
        queryset=Statement.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    good_practices = forms.ModelMultipleChoiceField(
        label=_("Good practices that implement it"),
        queryset=GoodPractice.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Recommendation
        fields = [
            "title", "how", "field_of_action", "network", "event", "room", "statements",
            "owner", "due_on", "poll_items", "offers", "good_practices",
        ]  # fmt: skip
        field_classes = {"poll_items": ItemChoiceField}
        widgets = {
            "how": forms.Textarea(attrs={"rows": 6}),
            "due_on": DATE_INPUT,
            "poll_items": forms.CheckboxSelectMultiple,
            "offers": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args, user, events, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.fields["event"].queryset = Event.objects.filter(
            Q(pk__in=events.values("pk")) | Q(pk=instance.event_id or 0)
        ).order_by("-starts_at")
        event = self.origin_event = self._event()
        self.fields["room"].queryset = Room.objects.filter(event=event).order_by("position", "pk")
        self.fields["statements"].queryset = (
            Statement.objects.filter(protocol__event=event)
            .exclude(kind=Statement.Kind.CHAT)
            .select_related("protocol")
            .order_by("protocol", "position", "pk")
        )
        self.fields["poll_items"].queryset = tracking.rateable_items(event)
        self.fields["poll_items"].help_text = _(
            "Items of the event's live polls: their ratings appear with it."
        )
        self.fields["offers"].queryset = _offers(
            *(instance.offers.values_list("pk", flat=True) if instance.pk else [])
        )
        self.fields["good_practices"].queryset = GoodPractice.objects.order_by("title")
        self.fields["owner"].queryset = self._owners(user, event)
        if instance.pk:
            self.initial["statements"] = list(instance.statements.values_list("pk", flat=True))
            self.initial["good_practices"] = list(
                instance.good_practices.values_list("pk", flat=True)
            )

    def _event(self) -> Event | None:
        """The event whose rooms, statements and poll items are offered: the one posted
        (if the user may choose it), else the saved or initial one."""
        choices = self.fields["event"].queryset
        if self.is_bound:
            posted = self.data.get(self.add_prefix("event"), "")
            return choices.filter(pk=posted).first() if str(posted).isdigit() else None
        event = self.instance.event if self.instance.event_id else self.initial.get("event")
        pk = event.pk if isinstance(event, Event) else event
        return choices.filter(pk=pk).first() if pk else None

    def _owners(self, user, event):
        if roles.is_coordinator(user):
            return Organisation.objects.filter(is_active=True)
        own = roles.organisation_ids(user, roles.Role.EDITOR)
        organisers = event.organisers.values("pk") if event else []
        return Organisation.objects.filter(
            Q(pk__in=own) | Q(pk__in=organisers) | Q(pk=self.instance.owner_id or 0)
        )

    def clean(self):
        cleaned = super().clean()
        event = cleaned.get("event")
        for name in ("room",):
            room = cleaned.get(name)
            if room is not None and room.event_id != getattr(event, "pk", None):
                self.add_error(name, _("This room belongs to another event."))
        for name, belongs in (
            ("statements", lambda s: s.protocol.event_id),
            ("poll_items", lambda i: i.poll.session.event_id if i.poll.session_id else None),
        ):
            if any(belongs(obj) != getattr(event, "pk", None) for obj in cleaned.get(name) or []):
                self.add_error(name, _("Choose only from the event the recommendation came from."))
        return cleaned

    def _save_m2m(self):
        super()._save_m2m()
        recommendation = self.instance
        offered = self.fields["statements"].queryset
        chosen = self.cleaned_data.get("statements") or []
        offered.filter(recommendation=recommendation).exclude(pk__in=[s.pk for s in chosen]).update(
            recommendation=None
        )
        Statement.objects.filter(pk__in=[s.pk for s in chosen]).update(
            recommendation=recommendation
        )
        recommendation.good_practices.set(self.cleaned_data.get("good_practices") or [])


class StatusForm(forms.Form):
    """A step on the recommendation's way, with what it needs (a reason for a rejection)."""

    status = forms.ChoiceField(
        label=_("New status"), choices=Status.choices, widget=forms.RadioSelect
    )
    progress = forms.IntegerField(
        label=_("Progress in percent"), min_value=0, max_value=100, required=False,
        help_text=_("While in implementation."),
    )  # fmt: skip
    committee = forms.CharField(
        label=_("Political body"), max_length=200, required=False,
        help_text=_("Which committee or council it was forwarded to."),
    )  # fmt: skip
    forwarded_on = forms.DateField(label=_("Forwarded on"), required=False, widget=DATE_INPUT)
    rejection_reason = forms.CharField(
        label=_("Reason for rejection"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, recommendation: Recommendation, **kwargs):
        self.recommendation = recommendation
        kwargs.setdefault(
            "initial",
            {
                "status": tracking.next_status(recommendation),
                "progress": recommendation.progress,
                "committee": recommendation.committee,
                "forwarded_on": recommendation.forwarded_on,
                "rejection_reason": recommendation.rejection_reason,
            },
        )
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if "status" not in cleaned:
            return cleaned
        errors = tracking.check_change(
            self.recommendation,
            cleaned["status"],
            progress=cleaned.get("progress"),
            committee=cleaned.get("committee") or "",
            reason=cleaned.get("rejection_reason") or "",
            note=cleaned.get("note") or "",
        )
        for name, message in errors.items():
            self.add_error(name, message)
        return cleaned

    def save(self, by):
        data = self.cleaned_data
        return tracking.change_status(
            self.recommendation,
            data["status"],
            by=by,
            note=data.get("note") or "",
            progress=data.get("progress"),
            committee=data.get("committee") or "",
            forwarded_on=data.get("forwarded_on"),
            reason=data.get("rejection_reason") or "",
        )
