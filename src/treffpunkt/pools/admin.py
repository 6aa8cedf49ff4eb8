"""Back office for the interpreter pool (coordinators mostly use their own pages instead).

Pool coordinators see the interpreters of their pool; institutions their own requests.
Assignments, invitations and their answers change through interpreting.py (first accepted
wins, e-mails), so the back office shows them read-only.
"""

from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin, ObjectPermissionsTabularInline

from treffpunkt.network import roles
from treffpunkt.network.models import Organisation

from .models import (
    Absence,
    AvailabilitySlot,
    Interpreter,
    InterpreterLanguage,
    InterpretingRequest,
    RequestInvitation,
)
from .rules import (
    INSTITUTION_ROLES,
    pool_organisation_ids,
    visible_interpreters,
    visible_requests,
)


class LanguageInline(ObjectPermissionsTabularInline):
    model = InterpreterLanguage
    extra = 1


class SlotInline(ObjectPermissionsTabularInline):
    model = AvailabilitySlot
    extra = 1


class AbsenceInline(ObjectPermissionsTabularInline):
    model = Absence
    extra = 0


@admin.register(Interpreter)
class InterpreterAdmin(ObjectPermissionsModelAdmin):
    list_display = [
        "name", "coordinator_organisation", "home", "max_assignments_per_month",
        "confidentiality_signed_on", "is_active",
    ]  # fmt: skip
    list_filter = [
        "is_active",
        "is_paid",
        ("coordinator_organisation", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "email"]
    filter_horizontal = ["regions"]
    autocomplete_fields = ["home"]
    raw_id_fields = ["user"]
    inlines = [LanguageInline, SlotInline, AbsenceInline]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(pk__in=visible_interpreters(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "coordinator_organisation" and not roles.is_coordinator(request.user):
            kwargs["queryset"] = Organisation.objects.filter(
                pk__in=pool_organisation_ids(request.user)
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class InvitationInline(admin.TabularInline):
    model = RequestInvitation
    extra = 0
    fields = ["interpreter", "answer", "sent_at", "answered_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("pools.view_overview")


@admin.register(InterpretingRequest)
class InterpretingRequestAdmin(ObjectPermissionsModelAdmin):
    list_display = ["__str__", "institution", "municipality", "topic", "status", "interpreter"]
    list_filter = ["status", "mode", "topic", "language"]
    date_hierarchy = "starts_at"
    readonly_fields = [
        "status", "interpreter", "assigned_at", "reminder_sent_at", "created_by", "created_at",
    ]  # fmt: skip
    inlines = [InvitationInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(pk__in=visible_requests(request.user).values("pk"))
            .select_related("language", "institution", "municipality", "interpreter")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "institution" and not roles.is_coordinator(request.user):
            kwargs["queryset"] = roles.organisations_for(request.user, *INSTITUTION_ROLES)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
