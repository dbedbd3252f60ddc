"""Our moderation workflows named in the reader's language in the page editor's action menu.

A workflow's (and task's) name is data (``cms.roles.services`` finds them by it), and Wagtail puts
it as it is into "Submit to <name>": a Thai producer read "ส่งไปยัง Producer storefronts".
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem

from .services import EDITORIAL_WORKFLOW, STOREFRONT_TASK, STOREFRONT_WORKFLOW

NAME_LABELS = {
    STOREFRONT_WORKFLOW: gettext_lazy("Producer storefronts"),
    EDITORIAL_WORKFLOW: gettext_lazy("CDD editorial"),
    STOREFRONT_TASK: gettext_lazy("CDD editor review"),
}


def _label(name: str) -> str:
    return str(NAME_LABELS.get(name, name))


class SubmitToTranslatedWorkflowMenuItem(SubmitForModerationMenuItem):
    """Wagtail's own item, with the workflow's or task's name as we translate it."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        workflow_state = page.current_workflow_state if page else None
        if workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            task = workflow_state.current_task_state.task
            context["label"] = _("Resubmit to %(task_name)s") % {"task_name": _label(task.name)}
        else:
            workflow_page = page if page and page.pk else context["parent_page"]
            workflow = workflow_page.get_workflow()
            if workflow:
                context["label"] = _("Submit to %(workflow_name)s") % {"workflow_name": _label(workflow.name)}
        return context


@hooks.register("construct_page_action_menu")
def workflow_names_in_the_readers_language(menu_items, request, context):
    for position, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[position] = SubmitToTranslatedWorkflowMenuItem(order=item.order)
