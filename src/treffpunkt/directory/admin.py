"""Back office for the directory (editors mostly use the editor pages instead)."""

from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from treffpunkt.network.admin import OrganisationScopedAdmin, VocabularyAdmin

from .models import (
    AccessibilityFeature,
    ContactChannel,
    Location,
    Offer,
    OfferTranslation,
    Schedule,
    Synonym,
)


class ScheduleInline(admin.TabularInline):
    model = Schedule
    extra = 0


class ContactInline(admin.TabularInline):
    model = ContactChannel
    extra = 0


class TranslationInline(admin.StackedInline):
    model = OfferTranslation
    extra = 0
    readonly_fields = ["is_outdated"]


@admin.register(Offer)
class OfferAdmin(SimpleHistoryAdmin, OrganisationScopedAdmin):
    list_display = ["title", "organisation", "status", "last_checked", "updated_at"]
    list_filter = [
        "status",
        "format",
        "cost",
        "fields_of_action",
        ("organisation", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "summary", "organisation__name"]
    autocomplete_fields = ["organisation", "locations", "service_area"]
    filter_horizontal = ["fields_of_action", "target_groups", "languages", "accessibility"]
    date_hierarchy = "updated_at"
    inlines = [ScheduleInline, ContactInline, TranslationInline]


@admin.register(Location)
class LocationAdmin(SimpleHistoryAdmin, OrganisationScopedAdmin):
    list_display = ["__str__", "organisation", "municipality"]
    list_filter = [("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "street", "city", "postcode", "organisation__name"]
    autocomplete_fields = ["organisation", "municipality"]


@admin.register(AccessibilityFeature)
class AccessibilityFeatureAdmin(VocabularyAdmin):
    pass


@admin.register(Synonym)
class SynonymAdmin(ObjectPermissionsModelAdmin):
    list_display = ["terms", "note"]
    search_fields = ["terms"]
