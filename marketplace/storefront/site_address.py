"""The Sites framework's record of this site, kept to the site's real address (WAGTAILADMIN_BASE_URL).

Oscar writes the links and the signature of its account e-mails (password reset, password and e-mail
changed, stock alerts) from ``Site.objects.get_current()``. Left as Django creates it, the record says
"example.com": the reset link led nowhere and the e-mail was signed "the example.com team". Every
``migrate`` (``make run``, the container's entrypoint) sets it from the one setting that names the site's
address, which the order e-mails' links already use.
"""

from urllib.parse import urlsplit

from django.conf import settings

# The brand reads the same in Thai and English e-mails.
SITE_NAME = "OTOP PLUS"


def site_address_sync(using: str = "default", **kwargs) -> None:
    from django.contrib.sites.models import Site

    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
    if domain:
        Site.objects.using(using).update_or_create(pk=settings.SITE_ID, defaults={"domain": domain, "name": SITE_NAME})
