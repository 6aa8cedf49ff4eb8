"""Settings for the test suite: Treffpunkt's own, with what makes tests fast and isolated."""

import os
import uuid

os.environ.setdefault("SECRET_KEY", "test-secret-key-" + "x" * 40)

from treffpunkt.settings import *  # noqa: F403
from treffpunkt.settings import CACHES, DATABASES, REDIS_URL

SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not :memory:, so that servers started by browser tests see the same data.
    DATABASES["default"]["TEST"] = {"NAME": f"/tmp/treffpunkt-test-{os.getpid()}.sqlite3"}

# Concurrency tests open dozens of connections at once; a small pool would make them wait.
DATABASES["default"].get("OPTIONS", {}).pop("pool", None)

# A read replica that mirrors the test database (a second connection to it, which sees only
# committed data, like a replica); tests/resilience switch its router on where they need it.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}

if REDIS_URL:
    # Tests clear the cache between tests: give them a Redis database of their own
    # (one per xdist worker), never the one a running Treffpunkt uses.
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:] or 0)
    TEST_REDIS_URL = REDIS_URL.rsplit("/", 1)[0] + f"/{15 - worker}"
    CACHES["default"]["LOCATION"] = TEST_REDIS_URL
    CACHES["default"]["KEY_PREFIX"] = f"treffpunkt-test-{uuid.uuid4().hex[:8]}"

# Pages are rendered fresh in the tests; tests/operations switch the page cache on.
TREFFPUNKT_PAGE_CACHE_SECONDS = 0

# Tasks run at once in the tests, so that e-mails land in the locmem outbox.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Counselling messages are encrypted with this master key in the tests (never a real one).
TREFFPUNKT_COUNSELLING_KEYS = ["f1V0YFuafskePFm5d0-SQA3CAhnz4DRR6vlIXRL1aX4="]
