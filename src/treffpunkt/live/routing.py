from django.urls import path

from . import consumers

websocket_urlpatterns = [
    path("ws/live/<str:code>/", consumers.LiveConsumer.as_asgi()),
    path("ws/live/<str:code>/projektion/<str:key>/", consumers.ProjectionConsumer.as_asgi()),
    path("ws/live/<str:code>/moderation/", consumers.ModeratorConsumer.as_asgi()),
]
