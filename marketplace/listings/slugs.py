"""Readable product slugs.

Oscar slugifies the Thai title, and its slugifier spells Thai letters as
escapes ("u0e1cu0e49…", five characters a letter): URLs nobody can read or
share. Every product has an English title in the official list, so the slug
comes from it; a product with a Thai title only gets a slug of whole Thai words
(marketplace/slugs.py). The slug is only decoration (Oscar's product URL ends
in the id, and an old slug redirects), so a changed title may change it freely.
"""

from django.utils.text import slugify

from marketplace.slugs import slugify as thai_slugify

SLUG_WORDS_MAX_LENGTH = 80


def product_slug(title_th: str, title_en: str = "") -> str:
    if english := slugify(title_en or ""):
        if len(english) > SLUG_WORDS_MAX_LENGTH:
            # Cut at a word boundary: "mudmee-silk-lantern-pat" reads worse than one word fewer.
            english = english[: SLUG_WORDS_MAX_LENGTH + 1].rsplit("-", 1)[0]
        return english.strip("-")
    return thai_slugify(title_th)[:255].rstrip("-")
