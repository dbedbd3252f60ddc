from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse


def healthz(request):
    """Liveness and database reachability, for the container health check; search may be degraded.

    The answer is 200 while the database answers: without the search engine the shop still
    sells (product pages, basket, checkout), so the container stays in service and the body
    says ``"search": "degraded"`` with the index updates waiting for it.
    """
    from search.pending_updates import pending_updates_count
    from search.selectors import search_available

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    search = "ok" if search_available() else "degraded"
    try:
        waiting = pending_updates_count()
    except DatabaseError:  # not migrated yet (a container starting): liveness does not depend on it
        waiting = None
    return JsonResponse({
        "status": "ok" if search == "ok" else "degraded",
        "database": "ok",
        "search": search,
        "search_updates_waiting": waiting,
    })


# The back office, the basket and the buyer's own pages are not for search engines.
_ROBOTS_DISALLOW = ("/dashboard/", "/cms/", "/django-admin/", "/basket/", "/checkout/", "/accounts/",
                    "/en/dashboard/", "/en/basket/", "/en/checkout/", "/en/accounts/")


def robots_txt(request):
    """robots.txt: what crawlers may skip, and where the sitemap (both languages, hreflang) is."""
    from django.urls import reverse

    lines = ["User-agent: *", *(f"Disallow: {path}" for path in _ROBOTS_DISALLOW), "",
             f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")

def set_language(request):
    """Django's ``set_language``, translating ``next`` from the language its own path is in.

    Django translates ``next`` by resolving it in the active language, which on
    ``/i18n/setlang/`` is always Thai (unprefixed paths are Thai). Resolved in
    Thai, ``/en/...`` matches Wagtail's catch-all page route as a page called
    "en/...", so English → Thai left visitors on the English page. Resolving it
    in the language of its prefix keeps them on the same page, in the other language.
    """
    from urllib.parse import urlsplit

    from django.utils import translation
    from django.views.i18n import set_language as django_set_language

    next_url = request.POST.get("next", request.GET.get("next", ""))
    source = translation.get_language_from_path(urlsplit(next_url).path) or settings.LANGUAGE_CODE
    with translation.override(source):
        return django_set_language(request)
