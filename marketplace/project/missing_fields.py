"""A form posted without a field the view reads as ``request.POST["name"]`` is a 400, not a server error.

Views we do not own index the request's query or form directly (Wagtail's page copy reads
``request.POST["new_parent_page"]``): a body cut off, or sent without that field, raised
MultiValueDictKeyError, a server error. It is recognised by where it was raised, a lookup in the
request's own QueryDict, so a KeyError of any other dictionary, a real bug, still surfaces as one.
"""

from django.http import HttpResponseBadRequest, QueryDict
from django.template.loader import render_to_string
from django.utils.datastructures import MultiValueDictKeyError

from .invalid_ids import innermost_frame


def _raised_by_a_request_lookup(exception: BaseException) -> bool:
    frame = innermost_frame(exception)
    return frame is not None and isinstance(frame.f_locals.get("self"), QueryDict)


class MissingFieldMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError) and _raised_by_a_request_lookup(exception):
            return HttpResponseBadRequest(render_to_string("400.html", {"form_incomplete": True}, request=request))
        return None
