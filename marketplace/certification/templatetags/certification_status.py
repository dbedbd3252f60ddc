"""Showing a certification's status as it is today, not as the last expiry job left it."""

from django import template

from ..models import Certification, CertificationStatus
from ..selectors import certification_effective_status

register = template.Library()


@register.filter
def effective_status(certification: Certification) -> CertificationStatus:
    """A ``CertificationStatus``: compares equal to its value ('verified'), ``.label`` is the translated name."""
    return certification_effective_status(certification)


@register.filter
def effective_status_label(certification: Certification) -> str:
    return certification_effective_status(certification).label
