"""Permission checks for two Wagtail admin views that have none of their own.

Producers are Wagtail admin users, so a view that answers any admin user leaks
across storefronts. Found by tests/security/test_access_matrix.py:

* ``pages/workflow/confirm_cancellation/<page_id>/`` told anyone whether a
  page is in moderation and the workflow's and task's names;
* ``workflows/task_chooser/<task_id>/`` told anyone a task's name.

``marketplace/urls.py`` routes those paths here ahead of Wagtail's own URLs;
``reverse()`` still gives the same paths, so Wagtail's pages work unchanged.
"""

from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views import workflows
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page, Task
from wagtail.permissions import policy_registry

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
