"""Treffpunkt's settings with what `bench/live.py` tries under load (never used otherwise):

BENCH_POOL=1: PostgreSQL connection pooling (Django's `pool` option; needs psycopg-pool).
  Without it every database call of a WebSocket opens and closes a connection (CONN_MAX_AGE=0,
  as Django asks under ASGI: persistent connections leak from the per-request threads).
BENCH_CONN_MAX_AGE=seconds: keep database connections (Django closes them after every database
  call of a consumer otherwise; on SQLite the last close also checkpoints the WAL).
BENCH_COALESCE=seconds: see bench/live_experiments.py.
(BENCH_NO_DEFLATE=1 is a flag of uvicorn's, set by bench/live.py.)
"""

import os

from treffpunkt.settings import *  # noqa: F403
from treffpunkt.settings import DATABASES, INSTALLED_APPS

if (
    os.environ.get("BENCH_POOL")
    and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
):
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {"min_size": 2, "max_size": 16}
if os.environ.get("BENCH_CONN_MAX_AGE"):
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ["BENCH_CONN_MAX_AGE"])
if os.environ.get("BENCH_COALESCE"):
    INSTALLED_APPS = [*INSTALLED_APPS, "live_experiments.Experiments"]
