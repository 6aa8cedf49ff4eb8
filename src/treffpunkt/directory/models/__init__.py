from .offers import (
    AccessibilityFeature,
    ContactChannel,
    Location,
    Offer,
    OfferTranslation,
    Schedule,
)
from .search_index import (
    SearchEntry,
    SearchFacetBit,
    SearchPlace,
    SearchRemoval,
    SearchState,
    SearchText,
    SearchTitle,
    SearchWord,
    SearchWordVariant,
    Synonym,
)

__all__ = [
    "AccessibilityFeature",
    "ContactChannel",
    "Location",
    "Offer",
    "OfferTranslation",
    "Schedule",
    "SearchEntry",
    "SearchFacetBit",
    "SearchPlace",
    "SearchRemoval",
    "SearchState",
    "SearchText",
    "SearchTitle",
    "SearchWord",
    "SearchWordVariant",
    "Synonym",
]
