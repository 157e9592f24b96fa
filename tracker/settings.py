"""Settings for claimtrack, read from the environment (see README, "Configuration")."""

import re
from pathlib import Path

from corsheaders.defaults import default_headers as default_cors_headers
from django.core.exceptions import ImproperlyConfigured

from tracker.env import env_bool, env_cache, env_database, env_float, env_int, env_list, env_networks, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (generate one with "
                                   "python -c 'import secrets; print(secrets.token_urlsafe(50))').")
    SECRET_KEY = "django-insecure-development-only-key-set-SECRET_KEY-in-production"

# Signs the audit checkpoints (claims.checkpoints). Keep it out of the database and its backups; without
# it, checkpoints are signed with a key derived from SECRET_KEY.
AUDIT_CHECKPOINT_KEY = env_str("AUDIT_CHECKPOINT_KEY")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "tracker.apps.TrackerAdminConfig",  # the admin with the review desk's dashboard (tracker.admin_site)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "csp",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "tracker.apps.TrackerConfig",
    "sources",
    "claims",
    "publishing",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tracker.middleware.ApiGZipMiddleware",
    "tracker.conditional.ApiConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tracker.middleware.RequestIdMiddleware",
    "tracker.observability.RequestObservationMiddleware",
    "tracker.middleware.BodySizeLimitMiddleware",
    "tracker.middleware.QueryValueLimitMiddleware",
    "tracker.throttling.RateLimitHeadersMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "tracker" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env_database("DATABASE_URL", str(BASE_DIR / "db.sqlite3"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Tests and `runserver` without collectstatic: let whitenoise find files in the apps.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_MANIFEST_STRICT = False

# --- Security (production defaults; `manage.py check --deploy` is clean with DEBUG off) ---
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]  # probes and scrapes: plain HTTP from inside
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy: scripts and styles only from our own static files, so text that slips into a
# page (an article's <script>, a note's markup) cannot run. The admin runs under it unchanged.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# --- CORS: off unless origins are listed ---
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
# Browser apps on another origin use conditional requests and read the caching, paging and limit headers.
CORS_ALLOW_HEADERS = (*default_cors_headers, "if-match", "if-none-match", "if-modified-since", "x-request-id")
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "Link", "X-Request-ID", "RateLimit-Limit",
                       "RateLimit-Remaining", "RateLimit-Reset"]

# --- The organisation publishing verdicts (ClaimReview author) ---
# Who sees reviewers', editors' and the importer's account names in the API's history: "everyone", or
# "staff" to keep them internal (others see what was done, when and how, not by whom).
CLAIMTRACK_SHOW_PEOPLE = env_str("CLAIMTRACK_SHOW_PEOPLE", "everyone").strip().lower()
if CLAIMTRACK_SHOW_PEOPLE not in {"everyone", "staff"}:
    raise ImproperlyConfigured(f"CLAIMTRACK_SHOW_PEOPLE={CLAIMTRACK_SHOW_PEOPLE!r} is not everyone or staff.")
CLAIMTRACK_ORGANIZATION_NAME = env_str("CLAIMTRACK_ORGANIZATION_NAME", "claimtrack")
CLAIMTRACK_ORGANIZATION_URL = env_str("CLAIMTRACK_ORGANIZATION_URL", "")

# --- Publishing verdicts (publishing/): fact-check pages, ClaimReview, feeds, the Fact Check Tools search ---
# Off: nothing is public. On: the organisation's name and URL and the site's public address are required at
# start-up (publishing.checks), since every ClaimReview names its author and its page.
CLAIMTRACK_PUBLISHING = env_bool("CLAIMTRACK_PUBLISHING", False)
# Every verdict published when it is given (and withdrawn when set back to unverified); off: reviewers
# publish deliberately (admin action, POST /api/v1/claims/{id}/publish/). Imports never publish.
CLAIMTRACK_AUTO_PUBLISH = env_bool("CLAIMTRACK_AUTO_PUBLISH", False)
# The public address of this site (https://factcheck.example.org): fact-check page URLs in ClaimReview,
# feeds, the sitemap and webhook events.
CLAIMTRACK_SITE_URL = env_str("CLAIMTRACK_SITE_URL", "")
CLAIMTRACK_LANGUAGE = env_str("CLAIMTRACK_LANGUAGE", "en")  # BCP 47: inLanguage of the reviews
# Seconds public pages may be kept by browsers and shared caches (corrections show within this time).
CLAIMTRACK_PAGE_CACHE_SECONDS = env_int("CLAIMTRACK_PAGE_CACHE_SECONDS", 300, minimum=0)
if CLAIMTRACK_PUBLISHING:
    for _name in ("CLAIMTRACK_ORGANIZATION_URL", "CLAIMTRACK_SITE_URL"):
        if not re.fullmatch(r"https?://[^/\s]+(/\S*)?", globals()[_name]):
            raise ImproperlyConfigured(f"CLAIMTRACK_PUBLISHING is on: {_name} must be an absolute http(s) URL "
                                       "(every ClaimReview names its author and its page).")
    if not CLAIMTRACK_ORGANIZATION_NAME.strip():
        raise ImproperlyConfigured("CLAIMTRACK_PUBLISHING is on: CLAIMTRACK_ORGANIZATION_NAME is empty.")

# --- Webhooks (webhooks/): deliveries by `manage.py deliver_webhooks` ---
CLAIMTRACK_WEBHOOKS_TIMEOUT = env_int("CLAIMTRACK_WEBHOOKS_TIMEOUT", 10, minimum=1)  # seconds per attempt
CLAIMTRACK_WEBHOOKS_RETRY_SECONDS = env_int("CLAIMTRACK_WEBHOOKS_RETRY_SECONDS", 30, minimum=0)  # first back-off
CLAIMTRACK_WEBHOOKS_RETRY_WINDOW = env_int("CLAIMTRACK_WEBHOOKS_RETRY_WINDOW", 24 * 3600, minimum=0)
# Receivers on loopback, private, link-local or reserved addresses are refused (SSRF) unless this is on.
CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE = env_bool("CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE", False)
# Largest request body (API JSON, admin forms): bigger ones get 413 before they are read. Django's own
# form-field limit follows it.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_BYTES", 1024 * 1024, minimum=1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BYTES
# Largest article file the importer accepts; bigger files are refused, not read.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024, minimum=1)

# --- Cross-article claim matching (claims/matching.py) ---
# Every import matches its new claims with the stored ones. Off: a bulk load matches later with
# `manage.py match_claims`, which matches whatever was imported unmatched.
CLAIMTRACK_MATCH_ON_IMPORT = env_bool("CLAIMTRACK_MATCH_ON_IMPORT", True)

# --- Check-worthiness (sources/checkworthiness): claims are ranked by the learned model's probability. A
# sentence the extractor's rules keep becomes a claim only if that probability reaches this minimum too
# (0: the rules alone decide, as before the model).
CLAIMTRACK_CHECKWORTHINESS_MIN = env_float("CLAIMTRACK_CHECKWORTHINESS_MIN", 0.0)
# Two claims of different articles share a cluster when their similarity (0-1) reaches this.
CLAIMTRACK_MATCH_THRESHOLD = env_float("CLAIMTRACK_MATCH_THRESHOLD", 0.53)
# How the similarity weighs its signals (they sum to 1).
CLAIMTRACK_MATCH_WEIGHTS = {
    "overlap": env_float("CLAIMTRACK_MATCH_WEIGHT_OVERLAP", 0.5),
    "names": env_float("CLAIMTRACK_MATCH_WEIGHT_NAMES", 0.1),
    "claimant": env_float("CLAIMTRACK_MATCH_WEIGHT_CLAIMANT", 0.1),
    "figures": env_float("CLAIMTRACK_MATCH_WEIGHT_FIGURES", 0.3),
}

# --- REST API ---
API_ANONYMOUS_READ = env_bool("API_ANONYMOUS_READ", True)
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["tracker.permissions.ReadAccess"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "DEFAULT_PARSER_CLASSES": ["tracker.parsers.StrictJSONParser"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "tracker.negotiation.ContentNegotiation",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "tracker.pagination.StablePagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "tracker.api.json_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [  # DRF's, reporting RateLimit-* headers
        "tracker.throttling.AnonRateThrottle",
        "tracker.throttling.UserRateThrottle",
        "tracker.throttling.ScopedRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "120/min"),
        "user": env_str("API_THROTTLE_USER", "1200/min"),
        "auth": env_str("API_THROTTLE_AUTH", "20/min"),  # login attempts per client address
        "auth_user": env_str("API_THROTTLE_AUTH_USER", "10/min"),  # login attempts per username
        "extract": env_str("API_THROTTLE_EXTRACT", "60/min"),  # POST /api/v1/extract/ per user
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # Proxies in front of the app that append to X-Forwarded-For: the client address for throttling is
    # the one the nearest of them saw. 0 (direct): REMOTE_ADDR, so a client cannot pick its own address.
    "NUM_PROXIES": env_int("NUM_PROXIES", 0, minimum=0),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "claimtrack API",
    "DESCRIPTION": "Read claims extracted from news articles and their verification status; "
    "reviewers set verdicts. Errors are JSON: {\"detail\": ...} plus field errors.",
    "VERSION": "1.0.0",
    # OpenAPI 3.1: JSON Schema proper, so "a Ref or null" is oneOf [Ref, null] (3.0.3 cannot say it of a $ref).
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "tracker.schema.add_error_responses"],
    # One name per choice set: claim statuses (also a cluster's verdict), cluster and import-run states.
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": "claims.models.Status",
        "ClusterStateEnum": "claims.models.Cluster.State",
        "ImportRunStateEnum": "sources.models.ImportRun.State",
    },
}

# Throttle counts live here: with several gunicorn workers or servers, point CACHE_URL at Redis so the
# limits hold across them (in each process's memory the real limit is workers x the setting).
CACHES = {"default": env_cache("CACHE_URL")}

# One JSON object a line for log collectors (the default in production), or text for a terminal.
LOG_FORMAT = env_str("LOG_FORMAT", "text" if DEBUG else "json").strip().lower()
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r} is not json or text.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "pythonjsonlogger.json.JsonFormatter", "timestamp": "time",  # ISO 8601, UTC
                 "format": "%(levelname)s %(name)s %(message)s",
                 "rename_fields": {"levelname": "level", "name": "logger"}},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO").upper()},
    # The request record (tracker.observability) replaces Django's own line for 4xx and 5xx answers;
    # errors with their traceback still come from django.request at ERROR.
    "loggers": {"django.request": {"level": "ERROR"}},
}

# Who may read /metrics (Prometheus): comma-separated addresses or networks; empty turns it off.
METRICS_ALLOWED_NETWORKS = env_networks("METRICS_ALLOWED_NETWORKS", "127.0.0.1/32,::1/128")
