"""Back office for events (organisers mostly use their own pages instead).

Moderators and editors see the series, events and registrations of their organisations;
an event of several organisations is theirs if one of them is. Participants' personal data
is for coordinators only, and read-only: registrations change through the registration
service (waiting list, e-mails), never by editing rows.
"""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from rules.contrib.admin import (
    ObjectPermissionsModelAdmin,
    ObjectPermissionsStackedInline,
    ObjectPermissionsTabularInline,
)
from simple_history.admin import SimpleHistoryAdmin

from treffpunkt.network import roles
from treffpunkt.network.admin import OrganisationScopedAdmin
from treffpunkt.network.models import Organisation

from . import changes
from . import registration as registration_service
from .models import AgendaItem, Event, EventSeries, Participant, Registration, Room, Speaker

Role = roles.Role
ORGANISER_ROLES = (Role.MODERATOR, Role.EDITOR)
PLACE_FIELDS = ["format", "venue_name", "street", "postcode", "city", "municipality"]
REGISTRATION_FIELDS = [
    "requires_registration", "capacity", "registration_opens_at", "registration_closes_at",
]  # fmt: skip
AUDIENCE_FIELDS = ["languages", "fields_of_action", "target_groups", "audience_note"]


class OrganisersScopedAdmin(OrganisationScopedAdmin):
    """OrganisationScopedAdmin for data that belongs to several organisations at once
    (`organisers`): visible if one of them is the user's; co-organisers the user may not
    choose are kept when the user saves."""

    organisation_lookup = "organisers"
    scoped_roles = ORGANISER_ROLES

    def get_queryset(self, request):
        queryset = super(OrganisationScopedAdmin, self).get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        own = roles.organisation_ids(request.user, *self.scoped_roles)
        # A subquery, not a join: an event of two own organisations is listed once.
        mine = self.model._default_manager.filter(**{f"{self.organisation_lookup}__in": own})
        return queryset.filter(pk__in=mine.values("pk"))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.related_model is Organisation and not roles.is_coordinator(request.user):
            kwargs["queryset"] = roles.organisations_for(request.user, *self.scoped_roles)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        obj._kept_organisers = []
        if change and not roles.is_coordinator(request.user) and hasattr(obj, "organisers"):
            own = roles.organisation_ids(request.user, *self.scoped_roles)
            obj._kept_organisers = list(obj.organisers.exclude(pk__in=own))
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if kept := getattr(form.instance, "_kept_organisers", None):
            form.instance.organisers.add(*kept)


def _organisation_members(request):
    """Who may be chosen as a room's moderator: people with a role in the user's
    organisations (anyone with a role, for coordinators)."""
    users = get_user_model().objects.filter(is_active=True)
    if roles.is_coordinator(request.user):
        return users.filter(memberships__isnull=False).distinct()
    own = roles.organisation_ids(request.user, *ORGANISER_ROLES)
    return users.filter(memberships__organisation_id__in=own).distinct()


class RoomInline(ObjectPermissionsStackedInline):
    model = Room
    extra = 0
    fields = [
        ("title", "position"),
        ("field_of_action", "capacity"),
        "description",
        "video_link",
        "moderators",
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "moderators":
            kwargs["queryset"] = _organisation_members(request)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class AgendaItemInline(ObjectPermissionsTabularInline):
    model = AgendaItem
    extra = 0
    fields = ["starts_at", "ends_at", "kind", "title", "speakers"]
    autocomplete_fields = ["speakers"]


@admin.register(EventSeries)
class EventSeriesAdmin(OrganisersScopedAdmin):
    list_display = ["title", "year", "theme", "is_public"]
    list_filter = ["is_public", "year"]
    search_fields = ["title", "theme", "description", "organisers__name"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["organisers", "fields_of_action"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin, OrganisersScopedAdmin):
    list_display = ["title", "starts_at", "format", "status", "series"]
    list_filter = ["status", "format", ("series", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "description", "organisers__name", "series__title"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["organisers", "languages", "fields_of_action", "target_groups"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [RoomInline, AgendaItemInline]
    fieldsets = [
        (None, {"fields": ["title", "series", "description", "status", "cancellation_reason"]}),
        (_("When"), {"fields": ["starts_at", "ends_at"]}),
        (_("Where"), {"fields": [*PLACE_FIELDS, "video_link"]}),
        (_("Registration"), {"fields": REGISTRATION_FIELDS}),
        (_("Topics and audience"), {"fields": AUDIENCE_FIELDS}),
        (_("Organisers"), {"fields": ["organisers", "contact_email", "recording_url"]}),
        (_("Changes"), {"fields": ["created_at", "updated_at"]}),
    ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "series" and not roles.is_coordinator(request.user):
            own = roles.organisation_ids(request.user, *self.scoped_roles)
            kwargs["queryset"] = EventSeries.objects.filter(
                pk__in=EventSeries.objects.filter(organisers__in=own).values("pk")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        """Saving here tells participants what the organisers' pages would tell them."""
        before = (
            Event.objects.filter(pk=obj.pk).values("status", "starts_at", "ends_at", "capacity")
        ).first()
        super().save_model(request, obj, form, change)
        if not before:
            return
        if obj.is_cancelled and before["status"] != Event.Status.CANCELLED:
            changes.announce_cancellation(obj)
        elif obj.status == Event.Status.PUBLISHED and (obj.starts_at, obj.ends_at) != (
            before["starts_at"],
            before["ends_at"],
        ):
            changes.announce_move(obj, before["starts_at"])
        old_capacity = before["capacity"]
        if old_capacity is not None and (obj.capacity is None or obj.capacity > old_capacity):
            registration_service.fill_from_waiting_list(obj)


@admin.register(Speaker)
class SpeakerAdmin(ObjectPermissionsModelAdmin):
    """Speakers are shared by the events of all organisations: every organiser may look
    them up and add them; only coordinators change or delete the entries."""

    list_display = ["name", "role", "organisation_name"]
    search_fields = ["name", "role", "organisation_name"]

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("events.view_speaker")

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return request.user.has_perm("events.change_speaker")
        return roles.is_coordinator(request.user)

    def has_delete_permission(self, request, obj=None):
        return roles.is_coordinator(request.user)


class ReadOnlyRegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = ["event", "status", "room", "created_at", "status_changed_at", "checked_in_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return roles.is_coordinator(request.user)


def _delete_releasing_places(queryset_of_registrations, delete) -> None:
    """Delete, then give the places that became free to the waiting lists."""
    events = {
        registration.event
        for registration in queryset_of_registrations.filter(
            status=Registration.Status.REGISTERED
        ).select_related("event")
    }
    delete()
    for event in sorted(events, key=lambda e: e.pk):
        registration_service.fill_from_waiting_list(event)


@admin.register(Participant)
class ParticipantAdmin(ObjectPermissionsModelAdmin):
    """Personal data: coordinators only, read-only; deleting frees the places."""

    list_display = ["name", "email", "organisation_name", "created_at", "email_verified_at"]
    list_filter = ["consent_listed", "consent_recording", "anonymised_at"]
    search_fields = ["name", "email", "organisation_name"]
    date_hierarchy = "created_at"
    fields = [
        "name", "email", "organisation_name", "language", "needs", "consent_processing",
        "consent_listed", "consent_recording", "email_verified_at", "created_at",
        "anonymised_at",
    ]  # fmt: skip
    readonly_fields = fields
    inlines = [ReadOnlyRegistrationInline]

    def has_view_permission(self, request, obj=None):
        return roles.is_coordinator(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        _delete_releasing_places(
            obj.registrations.all(),
            lambda: super(ParticipantAdmin, self).delete_model(request, obj),
        )

    def delete_queryset(self, request, queryset):
        _delete_releasing_places(
            Registration.objects.filter(participant__in=queryset),
            lambda: super(ParticipantAdmin, self).delete_queryset(request, queryset),
        )


@admin.register(Registration)
class RegistrationAdmin(OrganisersScopedAdmin):
    """Who registered where. Read-only: cancelling goes through the registration service,
    so that the next on the waiting list moves up and everyone is told."""

    organisation_lookup = "event__organisers"
    list_display = ["participant", "event", "status", "room", "created_at", "checked_in_at"]
    list_filter = ["status", ("event", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["participant__name", "participant__email", "event__title"]
    list_select_related = ["participant", "event", "room"]
    fields = [
        "participant", "event", "status", "room", "created_at", "status_changed_at",
        "checked_in_at", "reminder_sent_at",
    ]  # fmt: skip
    readonly_fields = fields
    actions = ["cancel_registrations"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return roles.is_coordinator(request.user)

    def has_cancel_permission(self, request):
        return request.user.has_perm("events.change_registration")

    @admin.action(description=_("Cancel the selected registrations"), permissions=["cancel"])
    def cancel_registrations(self, request, queryset):
        cancelled = promoted = 0
        for registration in queryset.exclude(status=Registration.Status.CANCELLED):
            if request.user.has_perm("events.change_registration", registration):
                promoted += len(registration_service.cancel(registration))
                cancelled += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d registration cancelled, %(promoted)d moved up from the waiting list.",
                "%(count)d registrations cancelled, %(promoted)d moved up from the waiting list.",
                cancelled,
            )
            % {"count": cancelled, "promoted": promoted},
            messages.SUCCESS,
        )

    def delete_model(self, request, obj):
        _delete_releasing_places(
            Registration.objects.filter(pk=obj.pk),
            lambda: super(RegistrationAdmin, self).delete_model(request, obj),
        )

    def delete_queryset(self, request, queryset):
        _delete_releasing_places(
            Registration.objects.filter(pk__in=queryset.values("pk")),
            lambda: super(RegistrationAdmin, self).delete_queryset(request, queryset),
        )
