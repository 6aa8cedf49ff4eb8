"""The facets of the directory search: what can be filtered and counted, and how."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import FieldOfAction, Language, TargetGroup

from ..models import AccessibilityFeature, Offer


@dataclass(frozen=True)
class MaskFacet:
    """A many-valued facet stored as a bit mask (one bit per vocabulary value)."""

    attribute: str  # SearchQuery attribute and URL parameter meaning
    column: str
    bit_dimension: str
    model: type
    key: str  # the field that appears in URLs (slug or code)
    label: str

    def items(self):
        return list(self.model.objects.all())


@dataclass(frozen=True)
class ChoiceFacet:
    """A single-valued facet stored as a small number (the position of the choice)."""

    attribute: str
    column: str
    choices: type
    label: str

    def code(self, value: str) -> int | None:
        values = list(self.choices.values)
        return values.index(value) if value in values else None


MASK_FACETS = [
    MaskFacet("fields", "fields_mask", "field", FieldOfAction, "slug", _("Field of action")),
    MaskFacet("targets", "targets_mask", "target", TargetGroup, "slug", _("Target group")),
    MaskFacet(
        "languages", "languages_mask", "language", Language, "code", _("Language of the offer"),
    ),
    MaskFacet(
        "accessibility", "accessibility_mask", "access", AccessibilityFeature, "slug",
        _("Accessibility"),
    ),
]  # fmt: skip
CHOICE_FACETS = [
    ChoiceFacet("formats", "format", Offer.Format, _("Format")),
    ChoiceFacet("costs", "cost", Offer.Cost, _("Cost")),
]
TOWN_LABEL = _("Town")
FACET_ORDER = ["fields", "towns", "languages", "targets", "formats", "costs", "accessibility"]
