"""Back office: which offers take cases, and who answers them. Cases are not in the admin:
they are read in the team inbox, where every read is logged."""

from django.contrib import admin

from treffpunkt.network.admin import OrganisationScopedAdmin

from .models import CounsellingService, Counsellor


@admin.register(CounsellingService)
class CounsellingServiceAdmin(OrganisationScopedAdmin):
    list_display = ["offer", "organisation", "response_hours", "is_active"]
    list_filter = ["is_active"]
    autocomplete_fields = ["offer"]
    filter_horizontal = ["topics"]
    fields = ["offer", "topics", "response_hours", "is_active"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "offer":
            from treffpunkt.directory.models import Offer
            from treffpunkt.network import roles

            offers = Offer.objects.all()
            if not roles.is_coordinator(request.user):
                offers = offers.filter(
                    organisation__in=roles.organisation_ids(request.user, "editor")
                )
            kwargs["queryset"] = offers
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Counsellor)
class CounsellorAdmin(OrganisationScopedAdmin):
    list_display = ["user", "organisation", "is_lead", "is_active"]
    list_filter = ["is_lead", "is_active"]
    autocomplete_fields = ["user", "organisation"]
    filter_horizontal = ["languages"]
