"""One guard at the edge: a request carrying a NUL character is answered 400 before any view runs.

PostgreSQL cannot store or even compare a string holding NUL (``DataError``),
and no real address, search or form ever needs one. Checking every view's
every parameter would miss the next one, so the path, the query string, the
form fields and the cookies are checked once here, for the whole site.
Uploaded files are not looked at: their bytes are the upload rules' business.
The JSON API gets its answer in its own shape (``error`` and ``fields``), as for
any other bad parameter.
"""

from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

NUL = "\x00"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def request_nul_fields(request: HttpRequest) -> list[str]:
    """Where the request carries a NUL: "path", "cookies", or the names of the query or form fields."""
    fields = []
    if NUL in request.path or NUL in request.path_info:
        fields.append("path")
    fields += _nul_fields(request.GET)
    if any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
        fields.append("cookies")
    if request.method == "POST" and request.content_type in FORM_TYPES:
        fields += _nul_fields(request.POST)
    return fields


def _nul_fields(query) -> list[str]:
    return [key.replace(NUL, "") or "?" for key, values in query.lists()
            if NUL in key or any(NUL in value for value in values)]


def _wants_json(request: HttpRequest) -> bool:
    path = request.path_info.replace(NUL, "")
    return "/api/" in path.split("?")[0][:16] or "application/json" in request.headers.get("Accept", "")


class NulGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        try:
            fields = request_nul_fields(request)
        except MultiPartParserError:  # a broken multipart body: as unreadable as a NUL
            fields = ["body"]
        if not fields:
            return self.get_response(request)
        if _wants_json(request):
            message = _("This request contains a character that is not allowed (a null character).")
            return JsonResponse({"error": message, "fields": {name: [message] for name in fields}}, status=400,
                                json_dumps_params={"ensure_ascii": False})
        return HttpResponseBadRequest(render_to_string("400.html", request=request))
