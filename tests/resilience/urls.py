"""Views that fail the way an outage makes them fail (tests only)."""

from django.db import OperationalError
from django.http import HttpResponse
from django.urls import path
from redis.exceptions import ConnectionError as RedisConnectionError


def database_down(request):
    raise OperationalError("server closed the connection unexpectedly")


def redis_down(request):
    raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def bug(request):
    raise ValueError("a bug")


def fine(request):
    return HttpResponse("fine")


urlpatterns = [
    path("database/", database_down),
    path("redis/", redis_down),
    path("bug/", bug),
    path("fine/", fine),
]
