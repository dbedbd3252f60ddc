from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views.bulk_actions.add_tags import AddTagsBulkAction
from wagtail.permissions import policy_registry


class PermittedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images, limited to the collections the user may use.

    Wagtail's own endpoint hides only privacy-restricted collections, so a
    producer could list every other producer's pictures (unused ones too) by
    title and file; the admin pages and the chooser already limit them.
    """

    def get_queryset(self):
        permitted = policy_registry.get_by_type(get_image_model()).instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


class PermittedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents, limited to those the user may use: none for a producer.

    Wagtail's own endpoint listed every document's title and download URL to any admin user.
    """

    def get_queryset(self):
        permitted = policy_registry.get_by_type(get_document_model()).instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


# After Wagtail's own images and documents hooks (order 0), which register the unrestricted endpoints.
@hooks.register("construct_admin_api", order=100)
def construct_admin_api(router):
    router.register_endpoint("images", PermittedImagesAdminAPIViewSet)
    router.register_endpoint("documents", PermittedDocumentsAdminAPIViewSet)


class TagImagesBulkAction(AddTagsBulkAction):
    """Wagtail's "Tag" button under the selected images, named as the verb it is.

    Wagtail writes both the image list's filter ("Tag", a noun: แท็ก) and this button ("Tag", a verb) as the
    same msgid, so one Thai word served both and the button read "แท็ก" as if it were a heading.
    """

    display_name = pgettext_lazy("bulk action on the selected images", "Tag")


# After Wagtail's own (order 0): the registry keeps the last action registered under "add_tags".
hooks.register("register_bulk_action", TagImagesBulkAction, order=100)
