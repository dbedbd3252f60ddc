import re

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.core import admin_guards
from cms.core.sitemaps import sitemap as cms_sitemap
from marketplace.listings.views import packaging_link
from marketplace.slugs import SLUG_CHARACTERS
from marketplace.storefront.views import healthz, robots_txt, set_language

urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("p/<str:upc>/", packaging_link, name="packaging-link"),
    # Before Django's own: translates "next" from its own language (see the view).
    path("i18n/setlang/", set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    # Wagtail admin views without a permission check of their own, or a leaky one, guarded
    # (cms/core/admin_guards.py).
    path("cms/pages/workflow/confirm_cancellation/<int:page_id>/", admin_guards.confirm_workflow_cancellation),
    path("cms/workflows/task_chooser/<int:task_id>/", admin_guards.task_chosen),
    path("cms/bulk/<str:app_label>/<str:model_name>/<str:action>/", admin_guards.bulk_action),
    path("cms/reports/", include(admin_guards.reports_guarded_urls())),
    path("cms/failwhale/", admin_guards.error_test),
    path("cms/login/", admin_guards.login),
    path("cms/", include(wagtailadmin_urls)),
    # Pages in both languages (hreflang alternates) and the products on sale: cms/core/sitemaps.py.
    path("sitemap.xml", cms_sitemap, name="sitemap"),
    path("documents/", include(wagtaildocs_urls)),
    path("api/search/", include("search.api_urls")),
    # Stripe posts here; not translated, no language prefix.
    path("payments/", include("marketplace.payments.urls")),
]

# Thai at /, English under /en/.
urlpatterns += i18n_patterns(
    # The Wagtail home page is the shop's home; Oscar's own "home" redirect is shadowed.
    path("", wagtail_views.serve, {"path": ""}, name="home"),
    path("", include("marketplace.storefront.urls")),
    path("dashboard/certifications/", include("marketplace.certification.dashboard.urls")),
    path("dashboard/payouts/", include("marketplace.ledger.dashboard.urls")),
    path("", include(apps.get_app_config("oscar").urls[0])),
    # Wagtail's page route, also for slugs with Thai vowels and tone marks (\w has none; marketplace/slugs.py).
    re_path(r"^((?:%s+/)*)$" % SLUG_CHARACTERS, wagtail_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.MARKETPLACE_SERVE_MEDIA:
    # Uploaded pictures on a laptop (make run, DEBUG off as well); in production the proxy serves /media/.
    urlpatterns += [re_path(r"^%s(?P<path>.*)$" % re.escape(settings.MEDIA_URL.lstrip("/")), serve_file,
                            {"document_root": settings.MEDIA_ROOT})]
