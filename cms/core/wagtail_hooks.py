import datetime

from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks

from cms.roles.services import user_manages_all_storefronts

from .choosers import producer_chooser_viewset, product_chooser_viewset
from .slugs import page_slug_for_title


@hooks.register("register_admin_viewset")
def register_choosers():
    return [product_chooser_viewset, producer_chooser_viewset]


@hooks.register("insert_global_admin_css")
def thai_font_for_the_admin():
    """Sarabun, as on the storefront and Oscar's dashboard: without Thai system fonts, Thai shows as boxes."""
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("cms/css/admin.css"),
    )


# How recent the draft autosave created must be for a second "create" to take its place.
AUTOSAVED_DRAFT_WINDOW = datetime.timedelta(minutes=10)


@hooks.register("before_create_page")
def replace_the_draft_autosave_just_created(request, parent_page, page_class):
    """A second "create" of a page that autosave has just created replaces that draft.

    Wagtail's autosave creates a new page as a draft on its first save; the editor then switches the
    form over to that page's edit view. A Publish (or another autosave) sent before the switch, e.g.
    right after choosing a product, still posted to the create view, which tried to create the page
    again: "This slug is already in use", with the autosaved draft left behind. The request carries
    the whole form, so the draft it would collide with is removed first and the page is created from
    the request: the same user's draft, never published, under the same parent, with the same slug,
    one revision old (the autosave's) and from the last ten minutes. Handing the request to the
    draft's edit view instead would add the form's inline rows (product cards) a second time.

    "The same slug" is the one the form saves, not the one posted: the editor's script drops Thai marks
    from the slug it makes of the title, and the form (slugs.ThaiSlugPageForm) saved the autosaved draft
    under the whole words. Matched on the posted slug, the draft was missed and the Publish, its whole-word
    slug taken, created a second page under the marks-less one.
    """
    submitted = request.POST.get("slug", "") if request.method == "POST" else ""
    if not submitted:
        return None
    saved_as = {submitted, page_slug_for_title(request.POST.get("title", ""), submitted)}
    draft = (
        page_class.objects.child_of(parent_page)
        .filter(slug__in=saved_as, live=False, first_published_at__isnull=True, owner=request.user,
                latest_revision_created_at__gte=timezone.now() - AUTOSAVED_DRAFT_WINDOW)
        .first()
    )
    if draft is not None and draft.revisions.count() == 1:
        draft.delete()
    return None


@hooks.register("construct_reports_menu")
def hide_reports_from_producers(request, menu_items):
    """The reports are refused to producers (cms/core/admin_guards.py): no menu to them either."""
    if not (request.user.is_superuser or user_manages_all_storefronts(request.user)):
        menu_items[:] = []
