"""Slugs that keep whole Thai words, for page and product URLs.

Django's and Wagtail's slugifiers keep only letters and digits, and Thai vowels above and
below the line and tone marks are neither (they are combining marks), so "กาแฟดอยช้าง"
became "กาแฟดอยชาง": another word, or none. Here a slug keeps every Thai character, Latin
letters are lower-cased, and anything else becomes a hyphen.
"""

import re
import unicodedata

from django.core.validators import RegexValidator
from django.db import models
from django.forms import SlugField as SlugFormField
from django.utils.translation import gettext_lazy as _

# The Thai block (letters, vowels, tone marks, digits) besides \w, for URL patterns and validation.
THAI = "\u0e00-\u0e7f"
SLUG_CHARACTERS = rf"[-\w{THAI}]"
_SLUG_RE = re.compile(rf"^{SLUG_CHARACTERS}+\Z")
_NOT_SLUG = re.compile(rf"[^\w{THAI}\s-]")
_SEPARATORS = re.compile(r"[-\s]+")

validate_slug = RegexValidator(
    _SLUG_RE,
    _("Use letters (Thai or English), digits, hyphens or underscores only."),
    "invalid",
)


def slugify(value, allow_unicode: bool = True) -> str:
    """A URL slug that keeps whole Thai words: "กาแฟดอยช้าง จากไร่" → "กาแฟดอยช้าง-จากไร่"."""
    text = unicodedata.normalize("NFC", str(value))
    if not allow_unicode:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _NOT_SLUG.sub("", text.lower())
    return _SEPARATORS.sub("-", text).strip("-_")


def stripped_marks(slug: str) -> str:
    """``slug`` without Thai combining marks: what Wagtail's editor (and older slugs) made of it."""
    return "".join(c for c in slug if not unicodedata.category(c).startswith("M"))


class _ThaiSlugFormField(SlugFormField):
    default_validators = [validate_slug]

    def __init__(self, *, allow_unicode=False, **kwargs):
        super().__init__(**kwargs)  # Django's allow_unicode would put its own validator (no Thai marks) back


class ThaiSlugField(models.SlugField):
    """A slug field that accepts whole Thai words (see the module docstring)."""

    default_validators = [validate_slug]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": _ThaiSlugFormField, **kwargs})
