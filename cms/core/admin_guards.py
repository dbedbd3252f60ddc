"""Permission checks for Wagtail admin views that have none of their own, or a leaky one.

Producers are Wagtail admin users, so a view that answers any admin user leaks
across storefronts. Found by tests/security/test_access_matrix.py:

* ``pages/workflow/confirm_cancellation/<page_id>/`` told anyone whether a
  page is in moderation and the workflow's and task's names;
* ``workflows/task_chooser/<task_id>/`` told anyone a task's name;
* ``bulk/<app>/<model>/<action>/?id=…`` (delete, add to collection, add tags… of images,
  documents, pages) listed by title every object the user may not touch;
* ``reports/…`` (workflows, site history, page types, locked and aging pages) showed other
  producers' pages and e-mail addresses: for those who look after every storefront only;
* ``failwhale/`` raises a server error on purpose (to test error reporting): any admin user, a
  producer too, could fill the error log and the admins' inboxes with it. Superusers only; found
  by tests/security/test_url_walk.py;
* ``login/`` sends a signed-in user straight on to ``next``, through ``redirect()``, which takes
  anything without a "/" or "." for a URL pattern's name: ``?next=0`` was a server error
  (NoReverseMatch). Here ``next`` must be an address on this site, or the user goes to the CMS home.

``marketplace/project/urls.py`` routes those paths here ahead of Wagtail's own URLs;
``reverse()`` still gives the same paths, so Wagtail's pages work unchanged.
"""

from urllib.parse import urlsplit

from django.apps import apps
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from django.urls import path
from wagtail.admin.views import account as wagtail_account
from wagtail.admin.urls import reports as wagtail_reports_urls
from wagtail.admin.views import home as wagtail_home
from wagtail.admin.views import workflows
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page, Task
from wagtail.permissions import policy_registry

from cms.roles.services import user_manages_all_storefronts

# The same decorators Wagtail puts on every admin URL.
_confirm_workflow_cancellation = page_viewset_registry.as_view("confirm_workflow_cancellation", page_id_kwarg="page_id")


@never_cache
@require_admin_access
def confirm_workflow_cancellation(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    return _confirm_workflow_cancellation(request, page_id=page_id)


@never_cache
@require_admin_access
def task_chosen(request, task_id):
    # Those who may set up workflows choose tasks (Wagtail's task chooser itself asks the same).
    if not policy_registry.get_by_type(Task).user_has_any_permission(request.user, ["add", "change", "delete"]):
        return permission_denied(request)
    return workflows.task_chosen(request, task_id)


@never_cache
@require_admin_access
def bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk action, refused whole if any object asked for is one the user may not act on."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    try:
        _objects, refused = action_class(request, model).get_actionable_objects()
    except (ValueError, TypeError, ValidationError) as error:  # ids that are not ids
        raise Http404 from error
    if refused["items_with_no_access"]:
        return permission_denied(request)
    return wagtail_bulk_action(request, app_label, model_name, action)


def reports_guard(view):
    """Wagtail's reports, for superusers and those who look after every storefront."""

    @never_cache
    @require_admin_access
    def guarded(request, *args, **kwargs):
        if not (request.user.is_superuser or user_manages_all_storefronts(request.user)):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return guarded


def reports_guarded_urls() -> list:
    """Wagtail's report URLs with their views guarded; unnamed, so ``reverse()`` still gives Wagtail's."""
    return [path(str(pattern.pattern), reports_guard(pattern.callback)) for pattern in wagtail_reports_urls.urlpatterns]


@never_cache
@require_admin_access
def error_test(request):
    """Wagtail's deliberate server error, for superusers checking the error reporting; 404 for the rest."""
    if not request.user.is_superuser:
        raise Http404
    return wagtail_home.error_test(request)


class LoginView(wagtail_account.LoginView):
    """Wagtail's CMS log-in, sending the user on only to an address on this site, else to the CMS home."""

    def get_redirect_url(self) -> str:
        # Django's answer is "" for another host or an unsafe scheme; a bare word ("0", "NaN", a
        # URL name) or a relative path is no address either: never reversed, never followed.
        url = super().get_redirect_url()
        return url if url.startswith("/") or urlsplit(url).scheme in ("http", "https") else ""


login = LoginView.as_view()
