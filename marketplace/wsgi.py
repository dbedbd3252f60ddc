import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings.base")

application = get_wsgi_application()

# The Thai analysis and the page templates load now, at process start, never on a visitor's request.
from marketplace.warmup import process_warm_up  # noqa: E402

process_warm_up()
