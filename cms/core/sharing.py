"""The picture a page shares on social networks (Open Graph), as an absolute URL."""

from wagtail.images.models import SourceImageIOError

SHARE_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"


def absolute(request, url: str) -> str:
    """``url`` made absolute on the request's host (links that leave the site: feeds, JSON-LD, Open Graph)."""
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def share_image_url(image, request=None) -> str:
    """Absolute URL of a 1200×630 JPEG rendition of a Wagtail image, or "" (a missing file never breaks a page)."""
    if not image:
        return ""
    try:
        rendition = image.get_rendition(SHARE_RENDITION)
    except (OSError, ValueError, SourceImageIOError):
        return ""
    return absolute(request, rendition.url)
