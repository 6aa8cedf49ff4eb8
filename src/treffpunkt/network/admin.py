"""The back office for the network's core data."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsModelAdmin

from . import roles
from .models import (
    FieldOfAction,
    Language,
    Membership,
    Municipality,
    Network,
    Organisation,
    TargetGroup,
)

Role = Membership.Role


class OrganisationScopedAdmin(ObjectPermissionsModelAdmin):
    """Admin for data owned by organisations: editors see and pick only their own.

    Later apps reuse it for offers, events and the like; `organisation_lookup` names the
    path from the model to its owning organisation.
    """

    organisation_lookup = "organisation"
    scoped_roles: tuple[str, ...] = (Role.EDITOR,)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        own = roles.organisation_ids(request.user, *self.scoped_roles)
        return queryset.filter(**{f"{self.organisation_lookup}__in": own})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Organisation and not roles.is_coordinator(request.user):
            kwargs["queryset"] = roles.organisations_for(request.user, *self.scoped_roles)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]

    def has_view_permission(self, request, obj=None):
        return roles.is_coordinator(request.user)

    has_add_permission = has_change_permission = has_delete_permission = has_view_permission


@admin.register(Organisation)
class OrganisationAdmin(OrganisationScopedAdmin):
    organisation_lookup = "pk"
    list_display = ["name", "kind", "municipality", "is_active"]
    list_filter = ["kind", "is_active", ("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "short_name", "city", "postcode"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["municipality"]
    inlines = [MembershipInline]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind", "description", "is_active"]}),
        (_("Address"), {"fields": ["street", "postcode", "city", "municipality"]}),
        (_("Public contact"), {"fields": ["website", "email", "phone"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # Editors may describe their organisation but not rename it away or deactivate it.
        if roles.is_coordinator(request.user):
            return []
        return ["slug", "kind", "is_active"]


@admin.register(Municipality)
class MunicipalityAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "kind", "parent", "official_key", "population"]
    list_filter = ["kind", ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "official_key"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


class VocabularyAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(FieldOfAction)
class FieldOfActionAdmin(VocabularyAdmin):
    list_display = ["name", "slug", "pictogram", "position"]


@admin.register(TargetGroup)
class TargetGroupAdmin(VocabularyAdmin):
    pass


@admin.register(Language)
class LanguageAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "native_name", "code", "direction", "position"]
    list_filter = ["direction"]
    list_editable = ["position"]
    search_fields = ["name", "native_name", "code"]


@admin.register(Network)
class NetworkAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "region", "coordinating_organisation"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["region", "coordinating_organisation"]
    filter_horizontal = ["members"]


@admin.register(Membership)
class MembershipAdmin(ObjectPermissionsModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", ("organisation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["user__username", "user__email", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
