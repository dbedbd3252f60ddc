import oscar.apps.catalogue.apps as apps
from django.urls.resolvers import RegexPattern

from marketplace.slugs import SLUG_CHARACTERS


def _thai_slugs(pattern):
    """Oscar's catalogue URL with its slug parts (``[\\w-]``) also accepting Thai vowels and tone marks."""
    regex = pattern.pattern._regex
    if r"[\w-]" in regex:
        pattern.pattern = RegexPattern(regex.replace(r"[\w-]", SLUG_CHARACTERS), name=pattern.pattern.name,
                                       is_endpoint=pattern.pattern._is_endpoint)
    return pattern


class CatalogueConfig(apps.CatalogueConfig):
    name = 'shop.catalogue'

    def get_urls(self):
        # Product slugs keep whole Thai words (marketplace/slugs.py); Python's \w has no combining marks.
        return [_thai_slugs(pattern) for pattern in super().get_urls()]
