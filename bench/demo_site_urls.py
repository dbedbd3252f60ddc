"""The site's URLs plus /media/, which nginx serves in production (see demo_site_settings)."""

from django.conf import settings
from django.urls import re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve

from marketplace.project.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    # 30 days, as nginx's "expires 30d" (docker/nginx/default.conf).
    re_path(r"^media/(?P<path>.*)$", cache_control(max_age=30 * 24 * 3600)(serve),
            {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
