"""Back office for good-practice profiles (editors mostly use the editor pages instead)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.admin import OrganisationScopedAdmin

from .models import GoodPractice


@admin.register(GoodPractice)
class GoodPracticeAdmin(OrganisationScopedAdmin):
    organisation_lookup = "provider"
    list_display = ["title", "provider", "region", "status", "updated_at"]
    list_filter = ["status", "fields_of_action", ("region", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "summary", "tags", "provider__name", "provider_name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["provider", "region", "offers"]
    filter_horizontal = ["fields_of_action", "recommendations"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "status"]}),
        (
            _("The practice"),
            {"fields": ["situation", "implementation", "conclusion", "transfer_to"]},
        ),
        (_("Who"), {"fields": ["project", "provider", "provider_name", "contact", "links"]}),
        (
            _("Connections"),
            {"fields": ["fields_of_action", "region", "tags", "offers", "recommendations"]},
        ),
    ]
