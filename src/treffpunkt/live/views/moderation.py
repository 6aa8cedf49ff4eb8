"""The moderators' side: their sessions, a new session for an event, and the console of a
session — polls, results, questions, chat and word-cloud terms — with the exports.

Every page asks `live.change_livesession` for the session at hand (`live.add_livesession`
for the event when creating one): moderators and editors of an organising organisation, and
coordinators. Others get 403, visitors the login page.

Buttons are small POST forms that work without JavaScript (redirect back to the console).
Those inside the live parts of the console arrive anew over the WebSocket; htmx posts them
with the console's CSRF token and gets 204, and the change comes back over the WebSocket.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from treffpunkt.events.models import Event

from .. import charts, exporting, fragments, moderation
from ..forms_moderation import PollForm, SessionForm, TemplateForm, TermForm
from ..models import ChatMessage, LiveSession, OpenAnswer, Poll, Question

Visibility = Question.State
RECENT_DAYS = 30  # events that ended this long ago still get new sessions offered


def _session_for(request, code: str) -> LiveSession:
    session = get_object_or_404(
        LiveSession.objects.select_related("event", "room", "current_poll"), code=code
    )
    if not request.user.has_perm("live.change_livesession", session):
        raise PermissionDenied
    return session


def _console(session: LiveSession, anchor: str = ""):
    return redirect(reverse("live:console", args=[session.code]) + (f"#{anchor}" if anchor else ""))


def _done(request, session: LiveSession, anchor: str, message=None):
    """The answer to a button: nothing for htmx (the WebSocket brings the change), else
    back to the console with a note."""
    if request.headers.get("HX-Request"):
        return HttpResponse(status=204)
    if message:
        messages.success(request, message)
    return _console(session, anchor)


def join_url(session: LiveSession) -> str:
    return settings.SITE_URL + reverse("live:session", args=[session.code])


def enter_url() -> str:
    return settings.SITE_URL + reverse("live:enter-code")


# Sessions ------------------------------------------------------------------------------------


@never_cache
@login_required
def session_list(request):
    if not request.user.has_perm("live.view_livesession"):
        raise PermissionDenied
    events = moderation.own_events(request.user)
    sessions = (
        LiveSession.objects.filter(event__in=events)
        .select_related("event", "room")
        .annotate(n_polls=Count("polls", distinct=True))
        .order_by("-event__starts_at", "title", "pk")
    )
    since = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    return render(
        request,
        "live/moderation/sessions.html",
        {
            "sessions": sessions,
            "events": events.filter(ends_at__gte=since).order_by("starts_at", "pk")[:50],
        },
    )


@login_required
def session_create(request, event_pk: int):
    event = get_object_or_404(Event, pk=event_pk)
    if not request.user.has_perm("live.add_livesession", event):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else None
    form = SessionForm(data, event=event, initial={"title": event.title})
    if request.method == "POST" and form.is_valid():
        session = moderation.create_session(
            event, form.cleaned_data["title"], form.cleaned_data["room"]
        )
        messages.success(request, _("The live session has been created. Add the first poll."))
        return _console(session)
    return render(request, "live/moderation/session_form.html", {"event": event, "form": form})


# The console ---------------------------------------------------------------------------------


def _polls(session: LiveSession):
    return session.polls.annotate(
        n_votes=Count("votes", distinct=True), n_open=Count("open_answers", distinct=True)
    ).order_by("position", "pk")


def _render_console(request, session, poll_form=None, template_form=None, status=200):
    values = fragments.context(session, "moderator")
    values.update(
        {
            "oob": False,
            "language": get_language(),
            "polls": _polls(session),
            "poll_form": poll_form or PollForm(),
            "template_form": template_form or TemplateForm(),
            "has_templates": Poll.objects.filter(is_template=True, session=None).exists(),
            "join_url": join_url(session),
            "enter_url": enter_url(),
            "qr_code": charts.qr_code(join_url(session), _("QR code of the join link")),
            "projection_url": reverse(
                "live:projection", args=[session.code, session.projection_key]
            ),
            "n_participants": session.participants.count(),
        }
    )
    return render(request, "live/moderation/console.html", values, status=status)


@never_cache
@login_required
def console(request, code: str):
    return _render_console(request, _session_for(request, code))


@login_required
@require_POST
def poll_create(request, code: str):
    session = _session_for(request, code)
    form = PollForm(request.POST)
    if not form.is_valid():
        return _render_console(request, session, poll_form=form, status=400)
    data = form.cleaned_data
    moderation.create_poll(session, data["kind"], data["question"], data["items"], **form.options())
    messages.success(request, _("The poll has been added. Open it when the room is ready."))
    return _console(session, "polls")


@login_required
@require_POST
def poll_copy(request, code: str):
    session = _session_for(request, code)
    form = TemplateForm(request.POST)
    if not form.is_valid():
        return _render_console(request, session, template_form=form, status=400)
    moderation.copy_template(form.cleaned_data["template"], session)
    messages.success(request, _("The poll has been added from the template."))
    return _console(session, "polls")


POLL_ACTIONS = {
    "open": (moderation.open_poll, gettext_lazy("The poll is open and shown.")),
    "close": (moderation.close_poll, gettext_lazy("The poll is closed.")),
    "current": (moderation.make_current, gettext_lazy("The poll is shown.")),
    "show-results": (
        lambda poll: moderation.show_results(poll, True),
        gettext_lazy("The results are shown."),
    ),
    "hide-results": (
        lambda poll: moderation.show_results(poll, False),
        gettext_lazy("The results are hidden."),
    ),
    "up": (lambda poll: moderation.move_poll(poll, -1), None),
    "down": (lambda poll: moderation.move_poll(poll, 1), None),
    "template": (
        moderation.save_as_template,
        gettext_lazy("The poll has been saved as a template."),
    ),
}


@login_required
@require_POST
def poll_action(request, code: str, poll: int, action: str):
    session = _session_for(request, code)
    if action not in POLL_ACTIONS:
        raise Http404
    act, message = POLL_ACTIONS[action]
    act(get_object_or_404(Poll, pk=poll, session=session))
    return _done(request, session, f"poll-{poll}", message)


SESSION_ACTIONS = {
    "next": gettext_lazy("The next poll is open."),
    "clear": gettext_lazy("No poll is shown; the projection shows the questions."),
    "lock-chat": gettext_lazy("The chat is locked."),
    "unlock-chat": gettext_lazy("The chat is open again."),
}


@login_required
@require_POST
def session_action(request, code: str, action: str):
    session = _session_for(request, code)
    if action not in SESSION_ACTIONS:
        raise Http404
    message = SESSION_ACTIONS[action]
    if action == "next":
        if moderation.next_poll(session) is None:
            message = _("There is no further poll.")
    elif action == "clear":
        moderation.clear_current(session)
    else:
        moderation.lock_chat(session, action == "lock-chat")
    anchor = "live-chat" if action.endswith("chat") else "polls"
    return _done(request, session, anchor, message)


QUESTION_ACTIONS = {
    "approve": lambda question: moderation.set_question_state(question, Visibility.VISIBLE),
    "hide": lambda question: moderation.set_question_state(question, Visibility.HIDDEN),
    "answered": lambda question: moderation.mark_answered(question, True),
    "unanswered": lambda question: moderation.mark_answered(question, False),
    "pin": lambda question: moderation.pin_question(question, True),
    "unpin": lambda question: moderation.pin_question(question, False),
}
SHOW_OR_HIDE = {"show": Visibility.VISIBLE, "hide": Visibility.HIDDEN}


@login_required
@require_POST
def question_action(request, code: str, question: int, action: str):
    session = _session_for(request, code)
    if action not in QUESTION_ACTIONS:
        raise Http404
    QUESTION_ACTIONS[action](get_object_or_404(Question, pk=question, session=session))
    return _done(request, session, "live-questions")


@login_required
@require_POST
def chat_action(request, code: str, message: int, action: str):
    session = _session_for(request, code)
    if action not in SHOW_OR_HIDE:
        raise Http404
    chat_message = get_object_or_404(ChatMessage, pk=message, session=session)
    moderation.set_chat_message_state(chat_message, SHOW_OR_HIDE[action])
    return _done(request, session, "live-chat")


@login_required
@require_POST
def answer_action(request, code: str, answer: int, action: str):
    session = _session_for(request, code)
    if action not in SHOW_OR_HIDE:
        raise Http404
    open_answer = get_object_or_404(OpenAnswer, pk=answer, poll__session=session)
    moderation.set_open_answer_state(open_answer, SHOW_OR_HIDE[action])
    return _done(request, session, "live-results")


TERM_ACTIONS = {
    "merge": lambda poll, data: moderation.merge_term(poll, data["term"], data["into"]),
    "hide": lambda poll, data: moderation.hide_term(poll, data["term"]),
    "reset": lambda poll, data: moderation.reset_term(poll, data["term"]),
}


@login_required
@require_POST
def term_action(request, code: str, poll: int, action: str):
    session = _session_for(request, code)
    if action not in TERM_ACTIONS:
        raise Http404
    word_cloud = get_object_or_404(Poll, pk=poll, session=session, kind=Poll.Kind.WORDCLOUD)
    form = TermForm(request.POST, action=action)
    if not form.is_valid():
        if request.headers.get("HX-Request"):
            return HttpResponse(status=400)
        messages.error(request, _("Please choose the terms."))
        return _console(session, "live-results")
    TERM_ACTIONS[action](word_cloud, form.cleaned_data)
    return _done(request, session, "live-results")


# Exports -------------------------------------------------------------------------------------


def _download(content, content_type: str, session: LiveSession, extension: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    filename = f"live-{session.code}-{timezone.localdate():%Y-%m-%d}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def export_csv(request, code: str):
    session = _session_for(request, code)
    return _download(exporting.as_csv(session), "text/csv; charset=utf-8", session, "csv")


@never_cache
@login_required
def export_json(request, code: str):
    session = _session_for(request, code)
    return _download(exporting.as_json(session), "application/json", session, "json")
