"""Forms of the import pages: the file, then which column of it is which."""

from django import forms
from django.utils.translation import gettext_lazy as _

from treffpunkt.network import roles

from . import importing
from .columns import COLUMNS

EXAMPLE_LENGTH = 60


class UploadForm(forms.Form):
    """The file and the organisation of rows that name none; the file is read in `clean`."""

    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "CSV or Excel (.xlsx) with the column names in the first row – for example a file "
            "downloaded from “My offers”."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.txt"}),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=None,
        required=False,
        empty_label=_("– as given in the file –"),
        help_text=_("For rows without an organisation."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = roles.organisations_for(user, roles.Role.EDITOR)
        self.fields["organisation"].queryset = organisations
        if organisations.count() == 1:
            self.fields["organisation"].initial = organisations.first()
        self.table: importing.Table | None = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importing.max_bytes():
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB."),
                params={"size": round(importing.max_bytes() / 1024 / 1024, 1)},
            )
        try:
            self.table = importing.read_table(upload, upload.name)
        except importing.ImportFileError as error:
            raise forms.ValidationError(str(error)) from None
        return upload


def column_choices() -> list[tuple[str, str]]:
    return [("", _("– ignore –"))] + [
        (column.key, f"{column.header}{' *' if column.required else ''}") for column in COLUMNS
    ]


class MappingForm(forms.Form):
    """One select per header of the file, and whether duplicates are updated."""

    update_duplicates = forms.BooleanField(
        label=_("Update offers that are already in Treffpunkt"),
        required=False,
        help_text=_(
            "An offer is already there if its organisation, title and first address are the "
            "same. Without this option such rows are skipped."
        ),
    )

    def __init__(
        self, *args, table: importing.Table, mapping: dict, has_default_organisation, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.table = table
        self.has_default_organisation = has_default_organisation
        first_row = table.rows[0] if table.rows else []
        self.columns = []  # (header, bound field, example)
        for index, header in enumerate(table.headers):
            name = f"column_{index}"
            self.fields[name] = forms.ChoiceField(
                label=header,
                choices=column_choices(),
                required=False,
                initial=mapping.get(header) or "",
            )
            example = first_row[index] if index < len(first_row) else ""
            self.columns.append((header, name, _shorten(example)))

    def column_rows(self):
        """(header, bound field, example of the first row) for the template."""
        return [(header, self[name], example) for header, name, example in self.columns]

    def mapping(self) -> dict[str, str | None]:
        return {
            header: self.cleaned_data.get(name) or None for header, name, _example in self.columns
        }

    def clean(self):
        cleaned = super().clean()
        problems = importing.check_mapping(
            self.table.headers, self.mapping(), self.has_default_organisation
        )
        for problem in problems:
            self.add_error(None, problem.message)
        return cleaned


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXAMPLE_LENGTH else text[: EXAMPLE_LENGTH - 1] + "…"
