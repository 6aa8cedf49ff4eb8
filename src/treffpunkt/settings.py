"""Treffpunkt settings, read from the environment.

Every setting an operator may change is an environment variable documented in README.md.
The defaults give an embedded installation (SQLite, in-memory cache, console e-mail) that
needs nothing but Python; production sets DATABASE_URL, REDIS_URL, SECRET_KEY and ALLOWED_HOSTS.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent.parent

env = environ.Env()

DEBUG = env.bool("TREFFPUNKT_DEBUG", default=False)
DATA_DIR = Path(env.str("TREFFPUNKT_DATA_DIR", default=str(PROJECT_DIR / "var")))

# A development key is only acceptable while DEBUG is on; production must set SECRET_KEY.
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("Set SECRET_KEY (or TREFFPUNKT_DEBUG=1 for development).")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("TREFFPUNKT_SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "treffpunkt.core",
    "treffpunkt.network",
    "treffpunkt.directory",
    "treffpunkt.events",
    "treffpunkt.live",
    "treffpunkt.results",
    "treffpunkt.practice",
    "treffpunkt.pools",
    "treffpunkt.translations",
    "treffpunkt.counselling",
    "treffpunkt.dashboard",
    "treffpunkt.operations",
    "treffpunkt.resilience",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rules.apps.AutodiscoverRulesConfig",
    "csp",
    "simple_history",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "channels",
]

MIDDLEWARE = [
    "treffpunkt.operations.metrics.RequestMetricsMiddleware",
    "treffpunkt.operations.structured_logs.RequestIdMiddleware",
    "treffpunkt.operations.proxy.CompressedByProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before session, CSRF and CSP: a cached page for an anonymous visitor skips them all.
    "treffpunkt.operations.page_cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "treffpunkt.resilience.middleware.ServiceUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "treffpunkt.core.two_factor.RequireTwoFactorMiddleware",
    "treffpunkt.resilience.middleware.ReplicaRoutingMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "treffpunkt.urls"
ASGI_APPLICATION = "treffpunkt.asgi.application"
WSGI_APPLICATION = "treffpunkt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "treffpunkt.core.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'treffpunkt.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer commits; IMMEDIATE takes the write lock at
    # BEGIN, so concurrent writers queue up (busy timeout) instead of failing on upgrade.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            ),
        }
    )
    # Closing the last connection to a WAL database checkpoints it (milliseconds per close, more
    # than a vote costs); SQLite has no connection limit, so connections are kept for a minute.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("TREFFPUNKT_SQLITE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "TREFFPUNKT_DB_POOL", default=True
):
    # Under ASGI a request may run in a new thread, so persistent connections (CONN_MAX_AGE)
    # would leak; a pool per worker process reuses connections instead of opening one per call.
    # The pool replaces broken connections itself; a health check would add a query per use.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 2,
        "max_size": env.int("TREFFPUNKT_DB_POOL_SIZE", default=20),
        "timeout": 20,
    }
# A streaming replica for public reads (deploy/replica.sh); writes and a client's reads for
# some seconds after it wrote go to the primary. The same options, with short waits so that
# a replica that is down makes reads fall back to the primary quickly.
if env.str("DATABASE_REPLICA_URL", default=""):
    _replica = env.db("DATABASE_REPLICA_URL")
    DATABASES["replica"] = {
        **DATABASES["default"],
        **{key: _replica[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")},
        "OPTIONS": {**DATABASES["default"].get("OPTIONS", {}), "connect_timeout": 2},
    }  # PostgreSQL only: SQLite has no replicas
    if "pool" in DATABASES["replica"]["OPTIONS"]:
        DATABASES["replica"]["OPTIONS"]["pool"] = {
            **DATABASES["replica"]["OPTIONS"]["pool"],
            "timeout": 2,
        }
    DATABASE_ROUTERS = ["treffpunkt.resilience.replica.ReplicaRouter"]
TREFFPUNKT_REPLICA_STICKY_SECONDS = env.int("TREFFPUNKT_REPLICA_STICKY_SECONDS", default=15)
TREFFPUNKT_REPLICA_RETRY_SECONDS = env.int("TREFFPUNKT_REPLICA_RETRY_SECONDS", default=5)
# Seconds a client is asked to wait when the database or Redis is briefly unreachable (503).
TREFFPUNKT_RETRY_AFTER_SECONDS = env.int("TREFFPUNKT_RETRY_AFTER_SECONDS", default=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("TREFFPUNKT_CACHE_PREFIX", default="treffpunkt"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- E-mail ---------------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Treffpunkt <treffpunkt@localhost>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# --- Users and permissions ------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:home"

# --- Languages ------------------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("uk", _("Ukrainian")),
    ("tr", _("Turkish")),
    ("fa", _("Persian")),
]
LANGUAGES_BIDI = ["ar", "fa"]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files --------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("TREFFPUNKT_STATIC_ROOT", default=str(PROJECT_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("TREFFPUNKT_MEDIA_ROOT", default=str(DATA_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- Security -------------------------------------------------------------------------------
# Behind a TLS-terminating proxy (nginx) that sets X-Forwarded-Proto.
if env.bool("TREFFPUNKT_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("TREFFPUNKT_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("TREFFPUNKT_HSTS_SECONDS", default=0 if DEBUG else 31536000)
# includeSubDomains only covers hosts below Treffpunkt's own host name; preload has no effect
# until the operator submits the domain to the browsers' preload list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
# Off only where nginx speaks plain HTTP on 127.0.0.1 (deploy/prod.py, the benchmarks).
SECURE_COOKIES = env.bool("TREFFPUNKT_SECURE_COOKIES", default=not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_COOKIES
# Load balancers and Prometheus ask the workers directly, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# No third-party origin anywhere: scripts, styles, fonts and images come from Treffpunkt itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# --- Directory -----------------------------------------------------------------------------
# Map tiles: a tile server of the operator's choice. Tiles from another origin are only
# requested after the visitor agrees (the address goes to that server).
TREFFPUNKT_MAP_TILES_URL = env.str(
    "TREFFPUNKT_MAP_TILES_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
TREFFPUNKT_MAP_ATTRIBUTION = env.str(
    "TREFFPUNKT_MAP_ATTRIBUTION", default="© OpenStreetMap-Mitwirkende"
)
# Pages with a map allow this origin for images (and only those pages).
TREFFPUNKT_MAP_TILES_ORIGIN = (
    "/".join(TREFFPUNKT_MAP_TILES_URL.split("/")[:3]) if "://" in TREFFPUNKT_MAP_TILES_URL else ""
)
TREFFPUNKT_MAP_NEEDS_CONSENT = env.bool(
    "TREFFPUNKT_MAP_NEEDS_CONSENT", default=bool(TREFFPUNKT_MAP_TILES_ORIGIN)
)
# Offers not confirmed for this many months are flagged to their editors.
TREFFPUNKT_STALE_AFTER_MONTHS = env.int("TREFFPUNKT_STALE_AFTER_MONTHS", default=6)
# Limits of one CSV/XLSX import.
TREFFPUNKT_IMPORT_MAX_ROWS = env.int("TREFFPUNKT_IMPORT_MAX_ROWS", default=100_000)
TREFFPUNKT_IMPORT_MAX_BYTES = env.int("TREFFPUNKT_IMPORT_MAX_BYTES", default=20 * 1024 * 1024)

# --- Events ---------------------------------------------------------------------------------
# Places of addresses not confirmed by the link in the first e-mail are freed after this.
TREFFPUNKT_CONFIRMATION_HOURS = env.int("TREFFPUNKT_CONFIRMATION_HOURS", default=48)
# Participants' personal data is removed this many days after the event (counts stay).
TREFFPUNKT_ANONYMISE_AFTER_DAYS = env.int("TREFFPUNKT_ANONYMISE_AFTER_DAYS", default=90)
# Reminders go out to registrations of events starting between these many hours from now.
TREFFPUNKT_REMINDER_WINDOW_HOURS = (
    env.int("TREFFPUNKT_REMINDER_FROM_HOURS", default=20),
    env.int("TREFFPUNKT_REMINDER_UNTIL_HOURS", default=28),
)
# Registrations per client address and hour (public forms are rate-limited).
TREFFPUNKT_REGISTRATION_RATE = env.str("TREFFPUNKT_REGISTRATION_RATE", default="20/h")
# django-ratelimit only knows django-redis by name; Django's own RedisCache has the atomic
# add/incr it needs. Without Redis (one process, a demo) the in-memory cache is enough.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"] + (
    [] if REDIS_URL else ["django_ratelimit.E003"]
)

# --- Live participation ---------------------------------------------------------------------
# In-memory for one process; Redis so that several ASGI workers serve one event.
CHANNEL_LAYERS = {
    "default": (
        {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [REDIS_URL],
                "prefix": env.str("TREFFPUNKT_CACHE_PREFIX", default="treffpunkt"),
            },
        }
        if REDIS_URL
        else {"BACKEND": "channels.layers.InMemoryChannelLayer"}
    )
}

# --- Content translation --------------------------------------------------------------------
# A translation whose German source changed since: "notice" shows it with a notice, "source"
# shows the German text instead.
TREFFPUNKT_OUTDATED_TRANSLATIONS = env.str("TREFFPUNKT_OUTDATED_TRANSLATIONS", default="notice")
# Machine translation as a helper for translators (its output is a draft): off, libretranslate
# (the operator's own server at the URL) or deepl (the URL is derived from the key).
TREFFPUNKT_MACHINE_TRANSLATION = env.str("TREFFPUNKT_MACHINE_TRANSLATION", default="off")
TREFFPUNKT_MACHINE_TRANSLATION_URL = env.str("TREFFPUNKT_MACHINE_TRANSLATION_URL", default="")
TREFFPUNKT_MACHINE_TRANSLATION_KEY = env.str("TREFFPUNKT_MACHINE_TRANSLATION_KEY", default="")

# --- Counselling ----------------------------------------------------------------------------
# Master keys (Fernet, comma-separated) that wrap each case's own key: the first encrypts, all
# decrypt, so a new key goes first and `treffpunkt rotate_counselling_keys` re-wraps the rest.
TREFFPUNKT_COUNSELLING_KEYS = env.list("TREFFPUNKT_COUNSELLING_KEYS", default=[])
# Closed cases are deleted after this many days; first contacts never answered after the second.
TREFFPUNKT_COUNSELLING_RETENTION_DAYS = env.int("TREFFPUNKT_COUNSELLING_RETENTION_DAYS", default=90)
TREFFPUNKT_COUNSELLING_UNANSWERED_DAYS = env.int(
    "TREFFPUNKT_COUNSELLING_UNANSWERED_DAYS", default=30
)
TREFFPUNKT_COUNSELLING_UPLOAD_MAX_BYTES = env.int(
    "TREFFPUNKT_COUNSELLING_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024
)
# Counsellors confirm their login with a one-time code (TOTP) before they see any case.
TREFFPUNKT_COUNSELLING_REQUIRE_2FA = env.bool("TREFFPUNKT_COUNSELLING_REQUIRE_2FA", default=True)
OTP_TOTP_ISSUER = env.str("TREFFPUNKT_SITE_NAME", default="Treffpunkt")
# New cases per client address and hour; messages per case and hour.
TREFFPUNKT_COUNSELLING_CASE_RATE = env.str("TREFFPUNKT_COUNSELLING_CASE_RATE", default="5/h")
TREFFPUNKT_COUNSELLING_MESSAGE_RATE = env.str("TREFFPUNKT_COUNSELLING_MESSAGE_RATE", default="30/h")

# --- Background tasks -----------------------------------------------------------------------
# Tasks are stored in the database and run by `treffpunkt db_worker`; `treffpunkt scheduler`
# enqueues the periodic ones. TREFFPUNKT_TASKS_IMMEDIATE=1 runs them in the request instead.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if env.bool("TREFFPUNKT_TASKS_IMMEDIATE", default=False)
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env.str("TREFFPUNKT_API_RATE", default="120/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Treffpunkt API",
    "DESCRIPTION": "Read-only access to the directory of integration offers.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
}

# --- Logging --------------------------------------------------------------------------------
# TREFFPUNKT_LOG_FORMAT=json: one JSON object per line with the request's id (X-Request-ID).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "treffpunkt.operations.structured_logs.JSONFormatter"},
    },
    "filters": {"request_id": {"()": "treffpunkt.operations.structured_logs.RequestIdFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": env.str("TREFFPUNKT_LOG_FORMAT", default="plain"),
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("TREFFPUNKT_LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- Treffpunkt -----------------------------------------------------------------------------
TREFFPUNKT_SITE_NAME = env.str("TREFFPUNKT_SITE_NAME", default="Treffpunkt")
# Who runs this installation (shown in the footer; the imprint holds the legal details).
TREFFPUNKT_OPERATOR = env.str(
    "TREFFPUNKT_OPERATOR", default="Kommunales Integrationszentrum (Demo-Betrieb)"
)
# Accessibility statement (BITV 2.0): feedback on barriers goes to this address; the date of
# the operator's last review; the enforcement body of the operator's Land (NRW: Ombudsstelle
# für barrierefreie Informationstechnik), by default the federal one under § 16 BGG.
TREFFPUNKT_OPERATOR_EMAIL = env.str("TREFFPUNKT_OPERATOR_EMAIL", default="treffpunkt@localhost")
TREFFPUNKT_ACCESSIBILITY_REVIEWED_ON = env.str(
    "TREFFPUNKT_ACCESSIBILITY_REVIEWED_ON", default="2026-11-23"
)
TREFFPUNKT_ENFORCEMENT_BODY = env.str(
    "TREFFPUNKT_ENFORCEMENT_BODY", default="Schlichtungsstelle nach § 16 BGG"
)
TREFFPUNKT_ENFORCEMENT_URL = env.str(
    "TREFFPUNKT_ENFORCEMENT_URL", default="https://www.schlichtungsstelle-bgg.de/"
)
# Feedback messages per client address and hour.
TREFFPUNKT_FEEDBACK_RATE = env.str("TREFFPUNKT_FEEDBACK_RATE", default="5/h")

# --- Operations -----------------------------------------------------------------------------
# /metrics answers these addresses (networks allowed), or a request with this bearer token.
TREFFPUNKT_METRICS_ALLOW = env.list("TREFFPUNKT_METRICS_ALLOW", default=["127.0.0.1", "::1"])
TREFFPUNKT_METRICS_TOKEN = env.str("TREFFPUNKT_METRICS_TOKEN", default="")
# Public pages for anonymous visitors are cached this long (0: off); on by default only with
# Redis, where every worker sees the same cache and the same invalidations.
TREFFPUNKT_PAGE_CACHE_SECONDS = env.int(
    "TREFFPUNKT_PAGE_CACHE_SECONDS", default=300 if REDIS_URL else 0
)
# Memory per worker for the bitsets of searched words (directory/search/postings.py): about
# 25 KB per word at 200,000 offers, so 48 MB keep some 1,900 words.
TREFFPUNKT_SEARCH_TERM_CACHE_MB = env.int("TREFFPUNKT_SEARCH_TERM_CACHE_MB", default=48)
# Coordinators, staff and superusers must confirm every login with a TOTP code (django-otp);
# without it they reach neither the admin nor any other page.
TREFFPUNKT_REQUIRE_2FA = env.bool("TREFFPUNKT_REQUIRE_2FA", default=False)
# Login attempts per client address, and per user name.
TREFFPUNKT_LOGIN_RATE = env.str("TREFFPUNKT_LOGIN_RATE", default="10/m")
