"""Back office for results (organisers mostly use their own pages instead).

Organisers see the protocols of their organisations' events with the statements inline;
recommendations show their history read-only: a status changed here is recorded like one
changed on the organisers' pages (`tracking.change_status`), with who and when.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsModelAdmin, ObjectPermissionsTabularInline

from treffpunkt.events.models import Event
from treffpunkt.events.views.organiser import organised_events
from treffpunkt.network import roles

from . import tracking
from .models import Protocol, Recommendation, Statement, StatusChange
from .views.recommendations import changeable


class StatementInline(ObjectPermissionsTabularInline):
    model = Statement
    extra = 0
    fields = ["position", "speaker", "kind", "text", "said_at", "recommendation", "offer"]
    raw_id_fields = ["recommendation", "offer"]


@admin.register(Protocol)
class ProtocolAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "event", "room", "created_at"]
    list_filter = [("event", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "event__title", "room__title", "statements__text"]
    list_select_related = ["event", "room"]
    fields = [
        "event",
        "room",
        "title",
        "place",
        "starts_at",
        "ends_at",
        "present",
        "setting",
        "remarks",
        "source",
    ]
    inlines = [StatementInline]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        return queryset.filter(event__in=organised_events(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Event:
            kwargs["queryset"] = organised_events(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["changed_at", "status", "progress", "note", "changed_by"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return True


STATUS_FIELDS = ("status", "progress", "committee", "forwarded_on", "rejection_reason")


class RecommendationAdminForm(forms.ModelForm):
    class Meta:
        model = Recommendation
        fields = [
            "title", "how", "field_of_action", "network", "event", "room", "poll_items", "owner",
            "due_on", "offers", *STATUS_FIELDS,
        ]  # fmt: skip

    def clean(self):
        """A change of status needs what it needs on the organisers' pages (a reason for a
        rejection, the political body for a forwarding)."""
        cleaned = super().clean()
        if set(STATUS_FIELDS) & set(self.changed_data) and "status" in cleaned:
            errors = tracking.check_change(
                self.instance,
                cleaned["status"],
                progress=cleaned.get("progress"),
                committee=cleaned.get("committee") or "",
                reason=cleaned.get("rejection_reason") or "",
                note="-",  # a change in the back office is noted as such
            )
            for name, message in errors.items():
                self.add_error(name, message)
        return cleaned


@admin.register(Recommendation)
class RecommendationAdmin(ObjectPermissionsModelAdmin):
    form = RecommendationAdminForm
    list_display = ["title", "field_of_action", "status", "progress", "due_on", "owner", "event"]
    list_filter = ["status", "field_of_action", "network"]
    search_fields = ["title", "how", "committee"]
    list_select_related = ["field_of_action", "owner", "event"]
    raw_id_fields = ["event", "room", "owner"]
    filter_horizontal = ["poll_items", "offers"]
    fieldsets = [
        (None, {"fields": ["title", "how", "field_of_action", "network"]}),
        (_("Origin"), {"fields": ["event", "room", "poll_items"]}),
        (_("Responsibility"), {"fields": ["owner", "due_on", "offers"]}),
        (
            _("Status"),
            {"fields": ["status", "progress", "committee", "forwarded_on", "rejection_reason"]},
        ),
    ]
    inlines = [StatusChangeInline]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        return queryset.filter(pk__in=changeable(request.user).values("pk"))

    def save_model(self, request, obj, form, change):
        """New recommendations start their history; a changed status goes through the tracking
        (which checks it and records who changed it)."""
        if not change:
            super().save_model(request, obj, form, change)
            tracking.record_start(obj, by=request.user)
            return
        new = {name: getattr(obj, name) for name in STATUS_FIELDS}
        status_fields = set(new) & set(form.changed_data)
        saved = Recommendation.objects.get(pk=obj.pk)
        for name in new:  # save the rest as it was, then change the status properly
            setattr(obj, name, getattr(saved, name))
        super().save_model(request, obj, form, change)
        if status_fields:
            try:
                tracking.change_status(
                    obj,
                    new["status"],
                    by=request.user,
                    progress=new["progress"],
                    committee=new["committee"],
                    forwarded_on=new["forwarded_on"],
                    reason=new["rejection_reason"],
                    note=str(_("Changed in the back office.")),
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))


@admin.register(StatusChange)
class StatusChangeAdmin(ObjectPermissionsModelAdmin):
    """The history of all recommendations, to read (a coordinator may delete a wrong entry)."""

    list_display = ["recommendation", "status", "progress", "changed_at", "changed_by"]
    list_filter = ["status"]
    search_fields = ["recommendation__title", "note"]
    list_select_related = ["recommendation", "changed_by"]
    fields = ["recommendation", "status", "progress", "note", "changed_by", "changed_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        return queryset.filter(recommendation__in=changeable(request.user))
