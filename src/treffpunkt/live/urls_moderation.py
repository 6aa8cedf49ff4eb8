"""URL patterns of the moderators' console and the projection, included by live/urls.py."""

from django.urls import path

from .views import moderation, projection

console = "verwaltung/live/<str:code>"

urlpatterns = [
    path("verwaltung/live/", moderation.session_list, name="sessions"),
    path("verwaltung/live/neu/<int:event_pk>/", moderation.session_create, name="create"),
    path(f"{console}/", moderation.console, name="console"),
    path(f"{console}/export.csv", moderation.export_csv, name="export-csv"),
    path(f"{console}/export.json", moderation.export_json, name="export-json"),
    path(f"{console}/umfragen/neu/", moderation.poll_create, name="poll-create"),
    path(f"{console}/umfragen/vorlage/", moderation.poll_copy, name="poll-copy"),
    path(
        f"{console}/umfragen/<int:poll>/<slug:action>/",
        moderation.poll_action,
        name="poll-action",
    ),
    path(f"{console}/sitzung/<slug:action>/", moderation.session_action, name="session-action"),
    path(
        f"{console}/fragen/<int:question>/<slug:action>/",
        moderation.question_action,
        name="question-action",
    ),
    path(
        f"{console}/chat/<int:message>/<slug:action>/", moderation.chat_action, name="chat-action"
    ),
    path(
        f"{console}/antworten/<int:answer>/<slug:action>/",
        moderation.answer_action,
        name="answer-action",
    ),
    path(f"{console}/begriffe/<int:poll>/<slug:action>/", moderation.term_action, name="term"),
    path("live/<str:code>/projektion/<str:key>/", projection.projection, name="projection"),
]
