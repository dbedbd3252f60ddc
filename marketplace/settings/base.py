"""Settings shared by every environment.

Every value that differs between a laptop and production is read from the
environment; the defaults are the embedded stack (SQLite, the embedded search
index, console e-mail, the local Stripe-compatible server).
"""

import base64
import hashlib
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F401,F403  (Oscar's documented way to load its defaults)

from .environment import env_bool, env_int, env_list, env_str
from .navigation import OSCAR_DASHBOARD_NAVIGATION  # noqa: F401

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("MARKETPLACE_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)  # SQLite and the embedded index need the folder

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me-in-production-0top-plus")
DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Marketplace domain
    "marketplace.accounts",
    "marketplace.geography",
    "marketplace.producers",
    "marketplace.certification",
    "marketplace.listings",
    "marketplace.storefront",
    "marketplace.demo",
    "marketplace.payments",
    "marketplace.ledger",
    "marketplace.scheduling",
    "marketplace.uploads",
    # Wagtail pages (one small app per page family; cms.core holds what they share)
    "cms.core",
    "cms.roles",
    "cms.media",
    "cms.home",
    "cms.producers",
    "cms.stories",
    "cms.villages",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Oscar (forked apps live in shop/ and search/)
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "shop.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "shop.catalogue.apps.CatalogueConfig",
    "shop.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "shop.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "shop.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Background tasks (Wagtail 8 uses django-tasks too)
    "django_tasks",
    "django_tasks_db",
    # Security: Content-Security-Policy header, login brute-force limiting
    "csp",
    "axes",
]

SITE_ID = 1
AUTH_USER_MODEL = "accounts.User"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "marketplace.project.security_headers.AreaCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages and JSON compressed (static files come pre-compressed from WhiteNoise, above, which answers
    # them before this runs). Django's gzip pads responses against BREACH; CSRF tokens are masked.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything looks up the path, query or form: a NUL character is a 400 (in the reader's language).
    "marketplace.project.nul_guard.NulGuardMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    # Signed-out visitors with no basket, session or message get listings and the home page whole
    # from the cache (marketplace/storefront/page_cache.py); after the basket, auth and CSRF layers.
    "marketplace.storefront.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # An id in the address that cannot be an id ("NaN", "1e309") is a 404, not a server error.
    "marketplace.project.invalid_ids.InvalidIdMiddleware",
    # A form without a field a view reads directly (request.POST["name"]) is a 400, not a server error.
    "marketplace.project.missing_fields.MissingFieldMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "marketplace.project.urls"
WSGI_APPLICATION = "marketplace.project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "search.context_processors.search_form",
                "marketplace.storefront.context_processors.storefront",
            ],
            # Thai dates in the Buddhist era in every template, Oscar's and Wagtail's included.
            "builtins": ["marketplace.storefront.templatetags.dates"],
            # One way of writing prices: Oscar's {% load currency_filters %} gets ours.
            "libraries": {"currency_filters": "marketplace.storefront.templatetags.baht_currency"},
        },
    }
]
# That replacement is deliberate: Django's check warns that "currency_filters" names two modules.
SILENCED_SYSTEM_CHECKS = ["templates.W003"]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while a management command writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out login name is refused before any password is checked.
    "marketplace.accounts.login_limits.LoginLimitBackend",
    # One password check by e-mail, the same cost for unknown addresses (marketplace/accounts/auth_backends.py).
    "marketplace.accounts.auth_backends.EmailPasswordBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_REDIRECT_URL = "/"

# --- Login brute-force limiting (django-axes; marketplace/accounts/login_limits.py) ---
# Five wrong passwords for one login name from one client address lock that pair for
# LOGIN_LOCKOUT_MINUTES. Unknown addresses are counted like real ones (same answers, so
# nothing tells an attacker which accounts exist); other accounts and other addresses
# are unaffected. Locked pairs: Django admin (/django-admin/) "Axes" section, or
# `manage.py axes_reset_username <name>`.
AXES_FAILURE_LIMIT = 5
# And failures for one login name from all addresses together (rotating addresses do not help):
# marketplace/accounts/login_limits.py.
MARKETPLACE_LOGIN_ACCOUNT_FAILURE_LIMIT = env_int("LOGIN_ACCOUNT_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "marketplace.accounts.login_limits.login_identifier"
AXES_CLIENT_IP_CALLABLE = "marketplace.accounts.login_limits.client_ip"
AXES_LOCKOUT_CALLABLE = "marketplace.accounts.login_limits.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # its start-up banner would print on every manage.py command
# Failed attempts keep the POST data for the audit trail: mask every login and
# registration field (Oscar prefixes its fields), not only axes' default "password".
AXES_SENSITIVE_PARAMETERS = [
    "username",
    "ip_address",
    "login-username",
    "login-password",
    "registration-email",
    "registration-password1",
    "registration-password2",
]
# How many reverse proxies in front of Django append to X-Forwarded-For (the compose
# stack's nginx: 1, set in production.py). 0 = use the socket address (runserver, tests).
MARKETPLACE_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- Language, time and money -------------------------------------------------
LANGUAGE_CODE = "th"
LANGUAGES = [("th", "ไทย"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "oscar-overrides", BASE_DIR / "locale" / "wagtail-overrides"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False  # page translations arrive with the CMS issue
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin offers our two languages only (Wagtail lists its forty-odd otherwise, in their own names).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# One time zone, Thailand's: the account page then offers no choice (Wagtail listed some 600 zones, in English).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]

OSCAR_DEFAULT_CURRENCY = "THB"
# Templates write baht with marketplace/baht.py (฿3,800; ฿4,340.50); this pattern is for the few
# amounts Oscar formats in Python (basket messages, payment source labels): satang only when there are some.
OSCAR_CURRENCY_FORMAT = {"THB": {"format": "฿#,##0.##", "currency_digits": False}}
OSCAR_SHOP_NAME = _("OTOP PLUS Marketplace")
OSCAR_SHOP_TAGLINE = _("Certified 4–5 star OTOP products")
# The home page in the reader's language ("/" or "/en/"): where logging out, an emptied checkout and the
# dashboard's "Return to site" lead. A bare "/" sent English readers to the Thai shop.
OSCAR_HOMEPAGE = reverse_lazy("home")
OSCAR_PRODUCTS_PER_PAGE = 24
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_THUMBNAILER = "oscar.core.thumbnails.SorlThumbnail"
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
OSCAR_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "shop@otop-plus.example")
# Oscar's report downloads start with a byte-order mark, so Excel reads the Thai as UTF-8.
OSCAR_CSV_INCLUDE_BOM = True
# Reviews come only from buyers of the product (shop/catalogue/reviews/selectors.py) and are
# shown once staff approve them in the dashboard (Customers → Reviews).
OSCAR_ALLOW_ANON_REVIEWS = False
OSCAR_MODERATE_REVIEWS = True
OSCAR_REVIEWS_PER_PAGE = 10

# --- Marketplace rules --------------------------------------------------------
MARKETPLACE_MIN_STARS = env_int("MARKETPLACE_MIN_STARS", 4)
# The platform's share of each order line's price (what the buyer paid after refunds); 0.10 = 10 %.
MARKETPLACE_COMMISSION_RATE = env_str("MARKETPLACE_COMMISSION_RATE", "0.10")
# An order not paid within this many minutes is cancelled and its stock released (expire_unpaid_orders).
MARKETPLACE_UNPAID_ORDER_MINUTES = env_int("MARKETPLACE_UNPAID_ORDER_MINUTES", 60)

# --- Cache ----------------------------------------------------------------------
# Each process keeps its own copy of the storefront's cached pages and fragments; they stay right
# across processes because every key carries the catalogue generation, read from the database
# (marketplace/storefront/cache_keys.py). Room for every product card in both languages.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20_000)},
    }
}
# REDIS_URL (redis://host:6379/0; compose sets it) shares one cache between the workers instead: a
# page rendered by one is served by all, a catalogue change is rendered once, not once per worker,
# and the pages are kept once, not once per worker. A Redis read of a product page costs about
# 0.1 ms against 0.02 ms in the process: both small beside the 2 ms of serving it from the cache and
# the 40–80 ms of rendering it (bench/pages.py --redis measures both caches in one run).
# The cache down is a cache miss, not an error (marketplace/project/shared_cache.py).
if env_str("REDIS_URL"):
    CACHES["default"] = {"BACKEND": "marketplace.project.shared_cache.SharedCache", "LOCATION": env_str("REDIS_URL")}

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Certificate documents are private: kept outside MEDIA_ROOT, served only by a permission-checking view.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed (gzip and Brotli) and fingerprinted copies made by collectstatic, so WhiteNoise serves
    # them with a year's caching; with DEBUG on, files come unhashed from the app folders instead.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "certificates": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}
# WhiteNoise also serves files straight from the apps' folders, DEBUG on or off (make run serves the site
# DEBUG off, after its collectstatic; a file added since is still found); production.py serves only collected ones.
WHITENOISE_USE_FINDERS = True
# Uploaded media from MEDIA_ROOT by Django itself, also with DEBUG off (production.py: the proxy does it).
MARKETPLACE_SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Upload rules for every form (marketplace/uploads): sizes, and a pixel cap that is also
# Pillow's MAX_IMAGE_PIXELS, so decompression bombs are refused before decoding.
MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES = env_int("MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
MARKETPLACE_UPLOAD_DOCUMENT_MAX_BYTES = env_int("MARKETPLACE_UPLOAD_DOCUMENT_MAX_BYTES", 10 * 1024 * 1024)
MARKETPLACE_UPLOAD_IMAGE_MAX_PIXELS = env_int("MARKETPLACE_UPLOAD_IMAGE_MAX_PIXELS", 40_000_000)

# --- E-mail -------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = OSCAR_FROM_EMAIL
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Search -------------------------------------------------------------------
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX = env_str("ELASTICSEARCH_INDEX", "products")  # the alias; indices are <alias>-<timestamp>
ELASTICSEARCH_TIMEOUT = float(env_str("ELASTICSEARCH_TIMEOUT", "30"))  # seconds, for index writes
# Seconds a search may wait: pages answer within 2 s even when the engine hangs.
ELASTICSEARCH_SEARCH_TIMEOUT = float(env_str("ELASTICSEARCH_SEARCH_TIMEOUT", "1.5"))
ELASTICSEARCH_REFRESH = env_str("ELASTICSEARCH_REFRESH", "wait_for")  # a saved product shows in search at once
ELASTICSEARCH_REPLICAS = env_int("ELASTICSEARCH_REPLICAS", 0)
SEARCH_INDEX_PATH = Path(env_str("SEARCH_INDEX_PATH", str(VAR_DIR / "search-index.sqlite3")))
# Oscar's search app is replaced by ours; haystack is never used.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}

# --- Payments -----------------------------------------------------------------
STRIPE_SECRET_KEY = env_str("STRIPE_SECRET_KEY")
STRIPE_PUBLISHABLE_KEY = env_str("STRIPE_PUBLISHABLE_KEY")
STRIPE_WEBHOOK_SECRET = env_str("STRIPE_WEBHOOK_SECRET")
# Another address for Stripe's API with real-looking keys: stripe-mock in the contract tests. Empty: Stripe.
STRIPE_API_BASE = env_str("STRIPE_API_BASE")
# Without real keys the local Stripe-compatible server (localstripe) is used.
LOCALSTRIPE_URL = env_str("LOCALSTRIPE_URL", "http://127.0.0.1:8420")
STRIPE_USE_LOCAL = not STRIPE_SECRET_KEY
# Whether running without keys (on the local server) is wanted: yes on a laptop; production says no
# unless asked (marketplace/payments/checks.py).
MARKETPLACE_LOCAL_PAYMENTS = env_bool("MARKETPLACE_LOCAL_PAYMENTS", True)

# --- Content-Security-Policy (django-csp 4; per-area overrides: marketplace/project/security_headers.py) ---
# The storefront runs no inline code at all: scripts are static files wired by data-
# attributes (static/js/), styles come from stylesheets only. A nonce is added to
# script-src only on pages that ask for one ({{ CSP_NONCE }}, Oscar's dashboard).


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# Stripe.js card element and PromptPay QR codes (Stripe's integration security guide).
_STRIPE_SCRIPTS = ["https://js.stripe.com", "https://*.js.stripe.com"]
_STRIPE_FRAMES = [*_STRIPE_SCRIPTS, "https://hooks.stripe.com"]
_STRIPE_CONNECT = ["https://api.stripe.com", "https://q.stripe.com"]
_STRIPE_IMAGES = ["https://*.stripe.com"]
# Without Stripe keys the pay page loads the local stand-in's Stripe.js, which talks to it.
_LOCALSTRIPE = [origin for origin in [_origin(LOCALSTRIPE_URL)] if origin and STRIPE_USE_LOCAL]
# Media served from another host (a CDN or bucket) when MEDIA_URL is absolute.
_MEDIA = [origin for origin in [_origin(MEDIA_URL)] if origin]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *_STRIPE_SCRIPTS, *_LOCALSTRIPE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_STRIPE_IMAGES, *_MEDIA, *_LOCALSTRIPE],
        "font-src": [SELF],
        "connect-src": [SELF, *_STRIPE_CONNECT, *_LOCALSTRIPE],
        "frame-src": [*_STRIPE_FRAMES, *_LOCALSTRIPE],
        "media-src": [SELF, *_MEDIA],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}


def _handler_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


# Fixed onclick handlers in Oscar's dashboard templates, allowed by hash: the "or cancel"
# links (partials/form.html, catalogue/product_class_form.html) and the popup's close link.
_OSCAR_DASHBOARD_HANDLERS = [
    _handler_hash("window.history.go(-1);return false"),
    _handler_hash("window.close();return false;"),
]
# The back office is third-party code (Wagtail, Oscar's dashboard, Django's admin) that
# still uses inline handlers and style attributes; these directives replace the public
# ones there, and only there. Keys are path prefixes without the language prefix.
MARKETPLACE_CSP_AREA_OVERRIDES = {
    # Wagtail 8's admin still renders inline <script> blocks (page listings, inline panels,
    # date widgets: blocked in Chromium under the public policy). Its templates have no style
    # attributes, but its scripts (core.js, draftail.js, vendor.js) write some into markup,
    # so styles stay relaxed too. No nonce here: a nonce makes browsers ignore 'unsafe-inline'.
    "/cms/": {
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_MEDIA],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    },
    # Oscar's dashboard: its start-up script carries the nonce (oscar/dashboard/base.html);
    # its templates use style attributes and its editor (TinyMCE) injects styles, and two
    # fixed onclick handlers are allowed by hash.
    "/dashboard/": {
        "script-src": [SELF, NONCE],
        "script-src-attr": [UNSAFE_HASHES, *_OSCAR_DASHBOARD_HANDLERS],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_MEDIA],
    },
    # Django's admin (/django-admin/, superusers only) sets style attributes in its widgets.
    "/django-admin/": {
        "style-src": [SELF, UNSAFE_INLINE],
    },
}
# A Wagtail preview is the public page's own policy, except that the admin (same origin)
# may frame it in its preview panel.
MARKETPLACE_CSP_PREVIEW_OVERRIDES = {"frame-ancestors": [SELF]}

# --- Background tasks ---------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "OTOP PLUS"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Oscar's account e-mails write links as <schema>://<the Sites record's domain><path>; both follow the
# site's address (marketplace/storefront/site_address.py), so an https site sends https links.
OSCAR_URL_SCHEMA = urlsplit(WAGTAILADMIN_BASE_URL).scheme or "http"
# No Gravatar avatars: they would send hashes of editors' e-mail addresses to a third party
# (and need its host in the admin's img-src).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No check for new Wagtail releases from editors' browsers (a call to releases.wagtail.org,
# which the admin's connect-src does not allow); upgrades follow requirements.txt.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]
# Documents always download (never render in the site's origin); their content is checked too.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.media.forms.UploadCheckedDocumentForm"
# No SVG (scriptable), GIF or AVIF; the same size and pixel caps as product pictures, and
# stored originals re-encoded without EXIF/GPS (cms/media/forms.py).
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = MARKETPLACE_UPLOAD_IMAGE_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MARKETPLACE_UPLOAD_IMAGE_MAX_PIXELS
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.media.forms.UploadCheckedImageForm"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp"}
# Our image model makes alt text (Wagtail's "description") required, with an optional English one.
WAGTAILIMAGES_IMAGE_MODEL = "media.CustomImage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # The Stripe SDK logs every request at INFO; our payment modules log what matters.
    "loggers": {"stripe": {"level": "WARNING"}},
}
# Run inside the request (the immediate backend of development and `make run`), every task logs two
# INFO lines ("Task id=... state=RUNNING", "... SUCCESSFUL"): over 1,100 of them while `make run` loads
# the demo, burying the log-ins it prints. A failed task still logs (ERROR); a worker keeps them all.
if TASKS["default"]["BACKEND"] == "django_tasks.backends.immediate.ImmediateBackend":
    LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}
