"""The registration form: one person, one event or several of a series."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Event, Room
from .registration import Applicant, Choice

NO_ROOM = ""


class RegistrationForm(forms.Form):
    events = forms.ModelMultipleChoiceField(
        label=_("Events"),
        queryset=Event.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Please choose at least one event.")},
    )
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send you a link to confirm your registration."),
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    needs = forms.CharField(
        label=_("Accessibility or interpreting needs"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: sign language interpreting, step-free access, Arabic."),
    )
    consent_processing = forms.BooleanField(
        label=_("I agree that my data is processed to organise the event."),
        error_messages={"required": _("Without this consent we cannot register you.")},
    )
    consent_listed = forms.BooleanField(
        label=_("My name and organisation may appear on the participant list."), required=False
    )
    consent_recording = forms.BooleanField(
        label=_("I agree to being recorded if the event is recorded."), required=False
    )
    # Left empty by people, filled in by spam robots (hidden with CSS, labelled for screen
    # readers as something to leave empty).
    website = forms.CharField(
        label=_("Please leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, events: list[Event], language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        open_events = [event for event in events if event.registration_is_open()]
        self.fields["events"].queryset = Event.objects.filter(pk__in=[e.pk for e in open_events])
        if len(open_events) == 1:
            self.fields["events"].initial = [open_events[0].pk]
        self.room_fields = []
        for event in open_events:
            rooms = list(event.rooms.all())
            if rooms:
                name = f"room_{event.pk}"
                self.fields[name] = forms.ChoiceField(
                    label=_("Workshop or room at “%(event)s”") % {"event": event.title},
                    choices=[(NO_ROOM, _("decide later"))] + [(str(r.pk), r.title) for r in rooms],
                    required=False,
                )
                self.room_fields.append(self[name])

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def choices(self) -> list[Choice]:
        rooms = {
            str(room.pk): room
            for room in Room.objects.filter(event__in=self.cleaned_data["events"])
        }
        return [
            Choice(event, rooms.get(self.cleaned_data.get(f"room_{event.pk}") or NO_ROOM))
            for event in self.cleaned_data["events"]
        ]

    def applicant(self) -> Applicant:
        data = self.cleaned_data
        return Applicant(
            name=data["name"],
            email=data["email"],
            organisation_name=data["organisation_name"],
            language=self.language,
            needs=data["needs"],
            consent_processing=data["consent_processing"],
            consent_listed=data["consent_listed"],
            consent_recording=data["consent_recording"],
        )
