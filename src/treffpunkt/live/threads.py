"""Where the WebSockets' database work runs, apart from Django's one thread-sensitive thread.

Channels runs `database_sync_to_async` calls of a worker one after another in one thread. In a
vote storm each vote waits there for its database and cache round trips, and a results update
waits behind every vote queued before it: the latency grows with the queue although the CPU is
idle. Participants' actions run in a small pool of threads instead (one connection each, taken
from and returned to the PostgreSQL pool around every call), and updates are rendered in a
thread of their own, so an update never waits behind votes.

SQLite takes one writer at a time anyway (and threads waiting for its lock back off in
sleeps), so there one thread takes the actions.
"""

import functools
from concurrent.futures import ThreadPoolExecutor

from channels.db import DatabaseSyncToAsync
from django.db import connection

# Below the PostgreSQL pool's size per worker (settings: TREFFPUNKT_DB_POOL_SIZE, 20), which
# the HTTP requests and the rendering thread share.
ACTION_THREADS = 8
_executors: dict[str, ThreadPoolExecutor] = {}


def _executor(name: str) -> ThreadPoolExecutor:
    if name not in _executors:
        size = ACTION_THREADS if name == "actions" and connection.vendor == "postgresql" else 1
        _executors[name] = ThreadPoolExecutor(size, thread_name_prefix=f"live-{name}")
    return _executors[name]


def _runs_in(name: str):
    def decorate(func):
        @functools.wraps(func)
        async def run(*args, **kwargs):
            call = DatabaseSyncToAsync(func, thread_sensitive=False, executor=_executor(name))
            return await call(*args, **kwargs)

        return run

    return decorate


# A participant's action (vote, question, chat): many at once on PostgreSQL.
action = _runs_in("actions")
# Reading and rendering an update: one at a time, never queued behind actions.
rendering = _runs_in("rendering")
