"""Experiments of `bench/live.py --try …`, not Treffpunkt's code: loaded as an app by
bench/live_settings.py into the servers of that run only.

coalesce: BENCH_COALESCE seconds between updates of the shared screens (projection,
moderators) instead of broadcast.COALESCE.

(share-lock, votes locking the poll FOR SHARE and writing with one INSERT … ON CONFLICT, was
an experiment here; `participation.vote` now does both in one statement, FOR KEY SHARE.)
"""

import os

from django.apps import AppConfig


class Experiments(AppConfig):
    name = "live_experiments"
    label = "live_experiments"

    def ready(self):
        from treffpunkt.live import broadcast

        if os.environ.get("BENCH_COALESCE"):
            broadcast.COALESCE = float(os.environ["BENCH_COALESCE"])
