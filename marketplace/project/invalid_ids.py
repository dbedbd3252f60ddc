"""One answer for an id in the address that cannot be an id: 404, as for an id that names nothing.

Many views we do not own (Wagtail's and our choosers' ``chosen/<pk>/`` and ``chosen-multiple/?id=``,
Oscar's) take the id from the URL as a string and hand it straight to the database, where:

* "NaN", "1e309" or "x" fails the field's conversion with a ValueError or ValidationError;
* 99999999999999999999999 converts, but SQLite cannot bind an integer beyond 64 bits: its
  driver raises OverflowError while Django's backend hands it the query's parameters.
  (PostgreSQL's driver sends such a number as a numeric, which simply matches no row.)

Such an error is recognised by where it was raised (a model field preparing a lookup value, or
the database backend binding a parameter), so that any other ValueError or OverflowError, a real
bug, still surfaces as one.
"""

from django.core.exceptions import ValidationError
from django.http import Http404

_FIELD_MODULES = ("django/db/models/fields/", "django/db/models/lookups.py")
_BACKEND_MODULES = ("django/db/backends/",)
# The backend's cursor calls that hand the driver a query and its parameters.
_BACKEND_EXECUTE = ("execute", "executemany")


def innermost_frame(exception: BaseException):
    """The frame the exception was raised in (the last of its traceback), or None."""
    traceback = exception.__traceback__
    last = None
    while traceback is not None:
        last = traceback
        traceback = traceback.tb_next
    return None if last is None else last.tb_frame


def _raised_in(exception: BaseException, modules: tuple[str, ...], functions: tuple[str, ...] = ()) -> bool:
    """Whether the innermost Python frame of the exception is in one of ``modules`` (and ``functions``)."""
    frame = innermost_frame(exception)
    code = None if frame is None else frame.f_code
    return code is not None and any(part in code.co_filename.replace("\\", "/") for part in modules) \
        and (not functions or code.co_name in functions)


def exception_is_an_invalid_id(exception: BaseException) -> bool:
    """An id from the request that the database layer could not take: never a bug of ours."""
    if isinstance(exception, OverflowError) and _raised_in(exception, _BACKEND_MODULES, _BACKEND_EXECUTE):
        return True
    return isinstance(exception, (ValueError, TypeError, ValidationError, OverflowError)) \
        and _raised_in(exception, _FIELD_MODULES)


class InvalidIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if exception_is_an_invalid_id(exception):
            raise Http404("No such object.") from exception
        return None
