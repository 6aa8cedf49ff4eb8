"""The editor's form: one field per translatable field, in the target language's direction."""

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from .registry import Translatable


class TranslationForm(forms.Form):
    """Approving needs a translation of every field that has German text; a draft does not."""

    def __init__(self, translatable: Translatable, obj, language: str, *args, **kwargs):
        self.approving = kwargs.pop("approving", False)
        super().__init__(*args, **kwargs)
        self.sources = translatable.source_values(obj)
        direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
        for name in translatable.fields:
            attrs = {"lang": language, "dir": direction}
            widget = (
                forms.Textarea(attrs=attrs | {"rows": 8})
                if translatable.is_long(name)
                else forms.TextInput(attrs=attrs)
            )
            self.fields[name] = forms.CharField(
                label=translatable.field_label(name),
                required=False,
                max_length=translatable.max_length(name),
                widget=widget,
            )

    def clean(self):
        cleaned = super().clean()
        if self.approving:
            for name, source in self.sources.items():
                if source.strip() and not cleaned.get(name, "").strip():
                    self.add_error(name, _("Translate this field before approving."))
        return cleaned
