"""The form editors describe a good practice with, in the order of the IQ Good Practice sheets."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from treffpunkt.directory.models import Offer
from treffpunkt.network import roles
from treffpunkt.network.models import Municipality
from treffpunkt.results.models import Recommendation

from .models import GoodPractice

# A phone number in a contact points to a person more often than not; offices have addresses.
PHONE = re.compile(r"(?:\+|\b0)\d[\d /()-]{6,}\d")


class OfferChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, offer: Offer) -> str:
        return f"{offer.title} – {offer.organisation.display_name}"


class GoodPracticeForm(forms.ModelForm):
    offers = OfferChoiceField(
        label=_("related offers"), queryset=Offer.objects.none(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Offers in the directory that put this practice into effect."),
    )  # fmt: skip

    class Meta:
        model = GoodPractice
        fields = [
            "title", "slug", "summary", "situation", "implementation", "conclusion",
            "transfer_to", "project", "provider", "provider_name", "contact", "links",
            "fields_of_action", "region", "tags", "offers", "recommendations", "status",
        ]  # fmt: skip
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "situation": forms.Textarea(attrs={"rows": 6}),
            "implementation": forms.Textarea(attrs={"rows": 10}),
            "conclusion": forms.Textarea(attrs={"rows": 5}),
            "transfer_to": forms.Textarea(attrs={"rows": 2}),
            "contact": forms.Textarea(attrs={"rows": 2}),
            "links": forms.Textarea(attrs={"rows": 3}),
            "fields_of_action": forms.CheckboxSelectMultiple,
            "recommendations": forms.SelectMultiple(attrs={"size": 8}),
            "status": forms.RadioSelect,
        }
        help_texts = {
            "slug": _("The end of the page's address. Leave empty to make it from the title."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        organisations = roles.organisations_for(user, roles.Role.EDITOR)
        self.fields["provider"].queryset = organisations
        if not roles.is_coordinator(user):
            self.fields["provider"].required = True
            if organisations.count() == 1 and not self.instance.pk:
                self.fields["provider"].initial = organisations.first()
        self.fields["slug"].required = False
        self.fields["fields_of_action"].required = True
        self.fields["region"].queryset = Municipality.objects.order_by("name")
        linked = self.instance.offers.all() if self.instance.pk else Offer.objects.none()
        self.fields["offers"].queryset = (
            Offer.objects.filter(Q(pk__in=Offer.objects.published()) | Q(pk__in=linked))
            .select_related("organisation")
            .order_by("title", "pk")
        )
        self.fields["recommendations"].queryset = Recommendation.objects.select_related(
            "field_of_action"
        )

    def clean_links(self) -> str:
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        validate = URLValidator(schemes=["https", "http"])
        for line in lines:
            try:
                validate(line)
            except ValidationError:
                raise ValidationError(
                    _("“%(line)s” is not a web address (https://…)."), params={"line": line}
                ) from None
        return "\n".join(lines)

    def clean_contact(self) -> str:
        contact = self.cleaned_data["contact"].strip()
        if PHONE.search(contact):
            raise ValidationError(
                _("Please give the office or a role address, without phone numbers of staff.")
            )
        return contact

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slug") and cleaned.get("title"):
            cleaned["slug"] = unique_slug(cleaned["title"], self.instance.pk)
        return cleaned


def unique_slug(title: str, own_pk: int | None = None) -> str:
    """A slug from the title that no other profile uses ("-2", "-3" … if needed)."""
    base = slugify(title)[:110] or "gute-praxis"
    others = GoodPractice.objects.exclude(pk=own_pk)
    slug, number = base, 2
    while others.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug
