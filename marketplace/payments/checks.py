"""Payments must be configured for real in production, or local payments asked for by name.

Without Stripe keys the marketplace talks to the local Stripe-compatible server,
verifies webhooks with the public development secret and lets 127.0.0.1 into
the Content-Security-Policy: right on a laptop, a hole in production. So a
configuration without keys is a ``check --deploy`` error and the WSGI
application refuses to start, unless ``MARKETPLACE_LOCAL_PAYMENTS`` is true
(the default only in the development settings, so ``make run`` and the tests
keep working).
"""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured


def payments_configuration_problems() -> list[str]:
    if settings.STRIPE_USE_LOCAL:
        if settings.MARKETPLACE_LOCAL_PAYMENTS:
            return []
        return ["STRIPE_SECRET_KEY is not set, so payments would go to the local development server with the "
                "public development webhook secret. Set STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and "
                "STRIPE_WEBHOOK_SECRET, or MARKETPLACE_LOCAL_PAYMENTS=true for a demo without real payments."]
    return [f"{name} is not set, but STRIPE_SECRET_KEY is." for name in ("STRIPE_PUBLISHABLE_KEY",
                                                                        "STRIPE_WEBHOOK_SECRET")
            if not getattr(settings, name)]


@register(Tags.security, deploy=True)
def check_payments_configuration(app_configs, **kwargs):
    return [Error(problem, id="payments.E001") for problem in payments_configuration_problems()]


def payments_refuse_to_serve_unconfigured() -> None:
    """Called by the WSGI application: a server with unconfigured payments does not start."""
    problems = payments_configuration_problems()
    if problems:
        raise ImproperlyConfigured(" ".join(problems))
