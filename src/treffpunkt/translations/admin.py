from django.contrib import admin

from .models import ContentTranslation


@admin.register(ContentTranslation)
class ContentTranslationAdmin(admin.ModelAdmin):
    """A read-mostly list for coordinators; translating happens in the side-by-side editor."""

    list_display = ["__str__", "language", "state", "machine_translated", "updated_at"]
    list_filter = ["content_type", "language", "state", "machine_translated"]
    readonly_fields = ["content_type", "object_id", "source_values", "translated_by"]
