"""Reading a certification's history in the reader's language."""

from django import template
from django.utils.translation import gettext

from ..models import OFFICIAL_LIST_NOTE

register = template.Library()


@register.filter
def history_note(note: str) -> str:
    """The note the system wrote, translated; a person's own words (a refusal's reason) as they wrote them."""
    return gettext(note) if note == OFFICIAL_LIST_NOTE else note
