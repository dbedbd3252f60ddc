import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings.base")

application = get_wsgi_application()

from marketplace.payments.checks import payments_refuse_to_serve_unconfigured  # noqa: E402  (needs the apps)

payments_refuse_to_serve_unconfigured()

# The Thai analysis and the page templates load now, at process start, never on a visitor's request.
from marketplace.project.warmup import process_warm_up  # noqa: E402

process_warm_up()
