"""The import form: pasted text or a file, and the meeting date for chats that give only times."""

from django import forms
from django.utils.translation import gettext_lazy as _

from treffpunkt.events.forms_organiser import DATE_INPUT

from . import importers
from .importers.formats import MAX_BYTES


class ImportForm(forms.Form):
    text = forms.CharField(
        label=_("Pasted text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("A protocol (plain text, Markdown or with HTML fragments) or a chat log."),
    )
    file = forms.FileField(
        label=_("or a file"),
        required=False,
        help_text=_("Text file, saved Webex or Zoom chat, or Mentimeter results (.xlsx)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.html,.xlsx"}),
    )
    date = forms.DateField(
        label=_("Date of the meeting"),
        required=False,
        widget=DATE_INPUT,
        help_text=_("Needed for chats that give only times."),
    )

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("file"), cleaned.get("text", "")
        if upload and upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is too large."))
        data = upload.read() if upload else text.encode()
        if not data.strip():
            raise forms.ValidationError(_("Paste a text or choose a file."))
        try:
            self.parsed = importers.read(data, cleaned.get("date"))
        except importers.ImportRefused as error:
            raise forms.ValidationError(str(error)) from None
        self.source = upload.name if upload else str(_("pasted text"))
        return cleaned
