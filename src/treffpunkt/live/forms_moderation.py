"""Forms of the moderators' console: a new session, a new poll, a poll from a template, and
decisions on word-cloud terms."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import LiveSession, Poll

MAX_ITEMS = 20
KINDS_WITH_ITEMS = {Poll.Kind.RATING, Poll.Kind.SINGLE, Poll.Kind.MULTIPLE, Poll.Kind.RANKING}
ITEM_LENGTH = Poll._meta.get_field("question").max_length


class SessionForm(forms.ModelForm):
    """Title and, optionally, one room of the event (a workshop of its own)."""

    class Meta:
        model = LiveSession
        fields = ["title", "room"]

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["room"].queryset = event.rooms.all()
        self.fields["room"].required = False
        self.fields["room"].help_text = _("Leave empty for the whole event.")


class PollForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Poll.Kind.choices)
    question = forms.CharField(label=gettext_lazy("Question"), max_length=ITEM_LENGTH)
    items = forms.CharField(
        label=gettext_lazy("Items"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "One per line: the options to choose, the entries to rank or the statements to "
            "rate. Word clouds and open answers need none."
        ),
    )
    scale_max = forms.IntegerField(
        label=gettext_lazy("Scale from 1 to"), min_value=2, max_value=10, initial=5,
        help_text=gettext_lazy("For ratings."),
    )  # fmt: skip
    max_answers = forms.IntegerField(
        label=gettext_lazy("Answers per person"), min_value=1, max_value=10, initial=3,
        help_text=gettext_lazy("For word clouds: how many terms each person may enter."),
    )  # fmt: skip

    def clean_items(self) -> list[str]:
        lines = [" ".join(line.split()) for line in self.cleaned_data["items"].splitlines()]
        items = [line for line in lines if line]
        if len(items) > MAX_ITEMS:
            raise forms.ValidationError(_("At most %(n)s items, please.") % {"n": MAX_ITEMS})
        if any(len(item) > ITEM_LENGTH for item in items):
            raise forms.ValidationError(
                _("Each item may have at most %(n)s characters.") % {"n": ITEM_LENGTH}
            )
        if len(set(items)) != len(items):
            raise forms.ValidationError(_("Each item may appear once."))
        return items

    def clean(self):
        data = super().clean()
        kind, items = data.get("kind"), data.get("items")
        if items is None or kind is None:
            return data
        if kind in KINDS_WITH_ITEMS:
            least = 1 if kind == Poll.Kind.RATING else 2
            if len(items) < least:
                self.add_error(
                    "items",
                    _("Please enter at least %(n)s items, one per line.") % {"n": least},
                )
        else:
            data["items"] = []
        return data

    def options(self) -> dict:
        return {
            "scale_max": self.cleaned_data["scale_max"],
            "max_answers": self.cleaned_data["max_answers"],
        }


class TemplateChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, poll) -> str:
        return f"{poll.question} ({poll.get_kind_display()})"


class TemplateForm(forms.Form):
    template = TemplateChoiceField(
        label=gettext_lazy("Template"),
        queryset=Poll.objects.filter(is_template=True, session=None).order_by("question", "pk"),
    )


class TermForm(forms.Form):
    """A decision on one word-cloud term (the action is in the address): merge it into
    another, hide it, or undo either."""

    term = forms.CharField(max_length=100)
    into = forms.CharField(label=gettext_lazy("Merge into"), max_length=100, required=False)

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].required = action == "merge"
