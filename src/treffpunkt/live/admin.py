"""Back office for live sessions (moderators mostly use the console instead).

Moderators and editors see the sessions of their organisations' events, with their polls,
questions and chat; coordinators see all and look after the poll templates, which belong to
no session and are shared by the whole network. Participants appear by the name they chose
to show, never by their keys.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsModelAdmin, ObjectPermissionsTabularInline

from treffpunkt.events.admin import OrganisersScopedAdmin
from treffpunkt.events.models import Event, Room
from treffpunkt.network import roles

from . import broadcast, moderation
from .models import ChatMessage, LiveSession, Poll, PollItem, Question
from .moderation import own_events

Visibility = Question.State


@admin.register(LiveSession)
class LiveSessionAdmin(OrganisersScopedAdmin):
    organisation_lookup = "event__organisers"
    list_display = ["title", "event", "room", "code", "is_open", "console"]
    list_filter = ["is_open", "chat_locked"]
    search_fields = ["title", "code", "event__title", "room__title"]
    list_select_related = ["event", "room"]
    fields = [
        "title", "event", "room", "code", "is_open", "chat_enabled", "chat_locked",
        "questions_enabled", "questions_need_approval", "created_at",
    ]  # fmt: skip
    readonly_fields = ["code", "created_at"]

    @admin.display(description=_("console"))
    def console(self, session):
        return format_html(
            '<a href="{}">{}</a>', reverse("live:console", args=[session.code]), _("open")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Event:
            kwargs["queryset"] = own_events(request.user)
        elif db_field.related_model is Room:
            kwargs["queryset"] = Room.objects.filter(event__in=own_events(request.user))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class PollItemInline(ObjectPermissionsTabularInline):
    model = PollItem
    extra = 0
    fields = ["text", "position"]


@admin.register(Poll)
class PollAdmin(ObjectPermissionsModelAdmin):
    """The polls of sessions, and the templates moderators copy into their sessions."""

    list_display = ["question", "kind", "session", "state", "is_template"]
    list_filter = ["is_template", "kind", "state"]
    search_fields = ["question", "session__title"]
    list_select_related = ["session"]
    fields = ["question", "kind", "session", "is_template", "state", "results_visible",
              "scale_max", "max_answers", "position"]  # fmt: skip
    inlines = [PollItemInline]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        sessions = LiveSession.objects.filter(event__in=own_events(request.user))
        return queryset.filter(session__in=sessions) | queryset.filter(is_template=True)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.session_id is None:  # templates are the network's
            return roles.is_coordinator(request.user)
        return super().has_change_permission(request, obj)

    has_delete_permission = has_change_permission

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is LiveSession:
            kwargs["queryset"] = LiveSession.objects.filter(event__in=own_events(request.user))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ModeratedAdmin(admin.ModelAdmin):
    """What participants wrote: read, hide or show again (the room sees it at once)."""

    list_filter = ["state"]
    list_select_related = ["session", "participant"]
    readonly_fields = ["session", "author_name", "text", "created_at"]
    actions = ["hide_selected", "show_selected"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_coordinator(request.user):
            return queryset
        return queryset.filter(session__event__in=own_events(request.user))

    @admin.display(description=_("written by"))
    def author_name(self, obj):
        if getattr(obj, "author_id", None):
            return _("Moderation")
        participant = obj.participant
        return participant.display_name if participant and participant.display_name else "–"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        broadcast.send_now(obj.session, self.parts)

    def _may(self, request, obj=None) -> bool:
        if obj is None:
            return request.user.has_perm("live.change_livesession")
        return request.user.has_perm("live.change_livesession", obj.session)

    def has_module_permission(self, request):
        return self._may(request)

    def has_view_permission(self, request, obj=None):
        return self._may(request, obj)

    has_change_permission = has_delete_permission = has_view_permission

    def has_add_permission(self, request):
        return False

    def _set_state(self, request, queryset, state):
        for obj in queryset.select_related("session"):
            if self._may(request, obj):
                self.change_state(obj, state)

    @admin.action(description=_("Hide the selected entries"))
    def hide_selected(self, request, queryset):
        self._set_state(request, queryset, Visibility.HIDDEN)

    @admin.action(description=_("Show the selected entries"))
    def show_selected(self, request, queryset):
        self._set_state(request, queryset, Visibility.VISIBLE)


@admin.register(Question)
class QuestionAdmin(ModeratedAdmin):
    parts = ("questions",)
    list_display = ["text", "session", "state", "answered", "pinned", "created_at"]
    list_filter = ["state", "answered", "pinned"]
    search_fields = ["text", "session__title"]
    fields = ["session", "author_name", "text", "state", "answered", "pinned", "created_at"]

    def change_state(self, question, state):
        moderation.set_question_state(question, state)


@admin.register(ChatMessage)
class ChatMessageAdmin(ModeratedAdmin):
    parts = ("chat",)
    list_display = ["text", "session", "state", "created_at"]
    search_fields = ["text", "session__title"]
    fields = ["session", "author_name", "text", "state", "created_at"]

    def change_state(self, message, state):
        moderation.set_chat_message_state(message, state)
