from django.conf import settings
from django.db import connection
from django.http import HttpResponse


def healthz(request):
    """Liveness and database reachability, for the container health check."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")



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
