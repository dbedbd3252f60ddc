"""Content-Security-Policy per site area.

The storefront gets the strict policy of ``CONTENT_SECURITY_POLICY`` (no inline
script or style at all). The back office is built from third-party templates
that still carry inline code, so each back-office path prefix may replace a few
directives, listed in ``MARKETPLACE_CSP_AREA_OVERRIDES`` with the reason for
each. Staff are the only users of those areas, and the strict public policy
stays what protects customers.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase


def area_overrides_for(path: str) -> dict | None:
    """The directive overrides for the back-office area *path* is in, if any.

    Prefixes are written without a language prefix; "/en/dashboard/" is the
    dashboard as much as "/dashboard/" is.
    """
    candidates = [path]
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            candidates.append(path[len(prefix) - 1 :])
    for area_prefix, overrides in settings.MARKETPLACE_CSP_AREA_OVERRIDES.items():
        if any(candidate.startswith(area_prefix) for candidate in candidates):
            return overrides
    return None


class AreaCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the back-office overrides applied by path.

    A view's own ``@csp_replace``/``@csp_update`` still wins: those are applied
    on top of the area's overrides.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        overrides = area_overrides_for(request.path_info)
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview by running a dummy request for the page's public URL
            # through the middleware; that response is what the editor's preview panel frames.
            overrides = {**(overrides or {}), **settings.MARKETPLACE_CSP_PREVIEW_OVERRIDES}
        if overrides:
            parts.replace = {**overrides, **(parts.replace or {})}
        return parts
