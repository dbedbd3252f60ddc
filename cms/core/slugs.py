"""Page slugs with whole Thai words (WAGTAIL_ALLOW_UNICODE_SLUGS; the slugifier is marketplace/slugs.py).

Wagtail's slug field accepts Unicode letters but not Thai vowels and tone marks (combining
marks), and its editor drops them as the title is typed: "กาแฟดอยช้าง" became "กาแฟดอยชาง".
Here the page's slug field accepts them, a slug the editor made from the title without its
marks is replaced by the whole words, and a new page without a slug gets them too. Wagtail
keeps a redirect from the old URL when a published page's slug changes.
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from marketplace.slugs import slugify, stripped_marks, validate_slug


def page_slug_field_accept_thai() -> None:
    """Page.slug's validators, with Thai marks allowed (called once, when the app is ready)."""
    field = Page._meta.get_field("slug")
    field.validators  # noqa: B018  (a cached property: computed, then replaced below)
    field.__dict__["validators"] = [v for v in field.validators if getattr(v, "code", "") != "invalid"] + [
        validate_slug
    ]


def page_slug_for_title(title: str, submitted: str) -> str:
    """``submitted`` unless it is the title's slug with its Thai marks dropped; then the whole words."""
    whole = slugify(title or "")
    if submitted and whole and submitted != whole and submitted == stripped_marks(whole):
        return whole
    return submitted


class ThaiSlugPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            field = self.fields["slug"]
            field.validators = [v for v in field.validators if getattr(v, "code", "") != "invalid"] + [validate_slug]

    def clean(self):
        cleaned = super().clean()
        submitted = cleaned.get("slug")
        if submitted and "slug" not in self.errors:
            whole = page_slug_for_title(cleaned.get("title", ""), submitted)
            if whole != submitted:
                # The title's page is there already: the same refusal as for any slug in use (Wagtail's words),
                # never a second page under the marks-less slug. (An autosave sent as Publish was leaving
                # made one beside the page just published.)
                if not Page._slug_is_available(whole, self.parent_page, self.instance):
                    self.add_error("slug", _("The slug '%(page_slug)s' is already in use within the parent page.")
                                   % {"page_slug": whole})
                else:
                    cleaned["slug"] = whole
        return cleaned
