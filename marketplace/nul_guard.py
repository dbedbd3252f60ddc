"""One guard at the edge: a request carrying a NUL character is answered 400 before any view runs.

PostgreSQL cannot store or even compare a string holding NUL (``DataError``),
and no real address, search or form ever needs one. Checking every view's
every parameter would miss the next one, so the path, the query string, the
form fields and the cookies are checked once here, for the whole site.
Uploaded files are not looked at: their bytes are the upload rules' business.
"""

from django.http import HttpRequest, HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string

NUL = "\x00"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def request_has_nul(request: HttpRequest) -> bool:
    if NUL in request.path or NUL in request.path_info:
        return True
    if _any_nul(request.GET) or any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
        return True
    if request.method == "POST" and request.content_type in FORM_TYPES:
        return _any_nul(request.POST)
    return False


def _any_nul(query) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in query.lists())


class NulGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        try:
            refused = request_has_nul(request)
        except MultiPartParserError:  # a broken multipart body: as unreadable as a NUL
            refused = True
        if refused:
            return HttpResponseBadRequest(render_to_string("400.html"))
        return self.get_response(request)
