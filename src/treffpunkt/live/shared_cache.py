"""One cache client per process for the live app's claims, marks and rate counters.

Django keeps a cache client per async context, so every WebSocket connection would open its
own Redis connection (connect and handshake) at its first vote: in a vote storm, hundreds at
once, which cost more than the votes. One client per process instead; its connection pool is
thread-safe and serves the threads of `threads` and the HTTP requests alike.
"""

from functools import cache as _once

from django.core.cache import caches


@_once
def _client():
    return caches.create_connection("default")


class _Shared:
    def __getattr__(self, name):
        return getattr(_client(), name)


cache = _Shared()
