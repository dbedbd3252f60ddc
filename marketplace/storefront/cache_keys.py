"""Cache keys for storefront fragments: language, catalogue generation, date and what else they vary on.

Every cached piece of the storefront goes through ``cache_key_for``, so no key can forget the
language (Thai and English pages share every URL but the prefix) or outlive a change:

* the **language** of the page being rendered;
* the **catalogue generation**, a number bumped by every change that alters what a page shows
  (product, stock, price, picture, certification, producer, category, a CMS publish:
  ``marketplace/storefront/receivers.py``), read from the database once per request;
* **today's date**, because certificates lapse at midnight without any row changing;
* whatever else the caller names (a product's pk, a heading level, a query string, a user).

Use it from other apps as ``cache.get(cache_key_for("category-links"))``, for a whole view's
answer through ``response_cached``, or in templates through ``{% cachedfragment %}``
(``storefront_cache``).
"""

import contextvars
import functools
import hashlib
import re

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models import F
from django.dispatch import receiver
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from marketplace import i18n

from .models import CatalogueGeneration

# Fragments also expire on their own, so a cache never fills with old generations for long.
FRAGMENT_SECONDS = 60 * 60
LINKS_SECONDS = 5 * 60

# Inside a request: the number once read (or _UNREAD). Outside one (commands, tasks): None, never kept.
_UNREAD = -1
_generation: contextvars.ContextVar[int | None] = contextvars.ContextVar("catalogue_generation", default=None)


@receiver(request_started, dispatch_uid="storefront_generation_request_started")
def _request_started(**kwargs) -> None:
    _generation.set(_UNREAD)


@receiver(request_finished, dispatch_uid="storefront_generation_request_finished")
def _request_finished(**kwargs) -> None:
    _generation.set(None)


def _generation_read() -> int:
    return CatalogueGeneration.objects.filter(pk=1).values_list("number", flat=True).first() or 0


def catalogue_generation_current() -> int:
    """The generation number; read at most once per request (one indexed query), always outside one."""
    number = _generation.get()
    if number is None:
        return _generation_read()
    if number == _UNREAD:
        number = _generation_read()
        _generation.set(number)
    return number


def catalogue_generation_bump() -> None:
    """Makes every cached fragment stale, in every process (in the same transaction as the change)."""
    if not CatalogueGeneration.objects.filter(pk=1).update(number=F("number") + 1):
        CatalogueGeneration.objects.get_or_create(pk=1, defaults={"number": 1})
    if _generation.get() is not None:
        _generation.set(_UNREAD)


def language_key(name: str) -> str:
    """The key of ``name`` in the active language: the start of every storefront key, and the whole key of
    what varies with nothing else (links to the category and content index pages)."""
    return f"sf:{name}:{i18n.language()}"


def cache_key_for(name: str, *vary_on) -> str:
    """The key of fragment ``name`` for the active language, generation and date, and ``vary_on``."""
    parts = ":".join(str(part) for part in vary_on)
    digest = hashlib.blake2b(parts.encode(), digest_size=12).hexdigest() if parts else "-"
    return f"{language_key(name)}:{catalogue_generation_current()}:{timezone.localdate():%Y%m%d}:{digest}"


def cached_links(name: str, compute, timeout: int = LINKS_SECONDS):
    """``compute()``'s value cached per language only: links whose pages rarely move (a few minutes stale at worst)."""
    key = language_key(name)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def response_cached(name: str):
    """A view decorator: successful GET answers cached per address, host and language until a change.

    Only for views whose answer depends on nothing but the URL (no session, user or CSRF token),
    such as the JSON search API.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method != "GET":
                return view(request, *args, **kwargs)
            key = cache_key_for(f"response:{name}", request.get_host(), request.is_secure(), request.get_full_path())
            stored = cache.get(key)
            if stored is not None:
                content, content_type, headers = stored
                response = HttpResponse(content, content_type=content_type)
                for header, value in headers.items():
                    response[header] = value
                return response
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming and not response.cookies:
                headers = {h: response[h] for h in ("Cache-Control",) if response.has_header(h)}
                cache.set(key, (response.content, response["Content-Type"], headers), FRAGMENT_SECONDS)
            return response

        return wrapped

    return decorator


# A form's CSRF token belongs to one visitor: cached HTML keeps a placeholder and each visitor's
# copy gets their own token (Django's get_token, which also sets their CSRF cookie).
_CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_CSRF_PLACEHOLDER = "\x00csrf\x00"


def csrf_tokens_out(html: str) -> str:
    """``html`` ready to be shared: each CSRF token replaced by a placeholder."""
    return _CSRF_INPUT.sub(r"\g<1>" + _CSRF_PLACEHOLDER + r"\g<2>", html)


def csrf_tokens_in(html: str, request) -> str:
    """Shared ``html`` for this visitor: the placeholders replaced by their own CSRF token."""
    if _CSRF_PLACEHOLDER not in html:
        return html
    if request is None:
        return html.replace(_CSRF_PLACEHOLDER, "")
    return html.replace(_CSRF_PLACEHOLDER, get_token(request))
