"""The feedback form of the accessibility statement."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .accessibility import Feedback


class FeedbackForm(forms.Form):
    message = forms.CharField(
        label=_("Which barrier did you notice?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    page = forms.CharField(
        label=_("On which page?"),
        help_text=_("The web address or the title of the page."),
        max_length=500,
        required=False,
    )
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Only if you would like an answer."),
        required=False,
    )
    # Bots fill in every field; people do not see this one.
    website = forms.CharField(
        label=_("Please leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def feedback(self) -> Feedback:
        data = self.cleaned_data
        return Feedback(
            message=data["message"],
            page=data["page"],
            name=data["name"],
            email=data["email"],
            language=get_language() or "",
        )
