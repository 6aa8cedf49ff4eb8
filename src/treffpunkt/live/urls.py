from django.urls import include, path

from .views import participant

app_name = "live"

urlpatterns = [
    path("live/", participant.enter_code, name="enter-code"),
    path("live/<str:code>/", participant.session_page, name="session"),
    path("live/<str:code>/abstimmen/<int:poll>/", participant.vote, name="vote"),
    path("live/<str:code>/fragen/", participant.ask, name="ask"),
    path("live/<str:code>/fragen/<int:question>/plus/", participant.upvote, name="upvote"),
    path("live/<str:code>/chat/", participant.chat, name="chat"),
    path("", include("treffpunkt.live.urls_moderation")),
]
