"""One answer for an id in the address that cannot be an id: 404, as for an id that names nothing.

Many views we do not own (Wagtail's and our choosers' ``chosen/<pk>/``, Oscar's) take the id from the
URL as a string and hand it straight to the database, where "NaN", "1e309" or "x" fails the field's
conversion with a ValueError or ValidationError: a server error for what is only a bad address. Such
an error is recognised by where it was raised (a model field preparing a lookup value), so that any
other ValueError, a real bug, still surfaces as one.
"""

from django.core.exceptions import ValidationError
from django.http import Http404

_FIELD_MODULES = ("django/db/models/fields/", "django/db/models/lookups.py")


def _raised_preparing_a_lookup(exception: BaseException) -> bool:
    traceback = exception.__traceback__
    last = None
    while traceback is not None:
        last = traceback
        traceback = traceback.tb_next
    return last is not None and any(part in last.tb_frame.f_code.co_filename.replace("\\", "/")
                                    for part in _FIELD_MODULES)


class InvalidIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (ValueError, TypeError, ValidationError, OverflowError)) \
                and _raised_preparing_a_lookup(exception):
            raise Http404("No such object.") from exception
        return None
