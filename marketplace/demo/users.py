"""Demo log-ins, one or more per role, printed by ``make run``."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from cms.roles.services import (  # noqa: F401  (group names, re-exported for older imports)
    CDD_EDITORS_GROUP,
    PRODUCERS_GROUP,
    admin_grant,
    cdd_editor_grant,
    producer_grant_storefront,
    producer_revoke_storefront,
    roles_ensure,
)
from marketplace.producers.models import Producer
from marketplace.producers.selectors import producers_managed_by


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    producer_key: str = ""  # for producers: which demo producer they act for


DEMO_LOGINS = (
    DemoLogin("admin", "admin@otop.example", "otop-admin-2026"),
    DemoLogin("CDD editor", "editor@otop.example", "otop-editor-2026"),
    DemoLogin("producer", "producer@otop.example", "otop-producer-2026", "textile-surin-khwao-mudmee"),
    DemoLogin("producer", "producer2@otop.example", "otop-producer-2026", "home-dankwian-clay"),
    DemoLogin("consumer", "consumer@otop.example", "otop-consumer-2026"),
)


def demo_users_ensure(producers_by_key: dict[str, Producer]) -> None:
    """The demo log-ins, in their roles (``cms/roles/services.py``; run after the storefronts exist)."""
    User = get_user_model()
    roles_ensure()
    for login in DEMO_LOGINS:
        user = User.objects.filter(email=login.email).first()
        if user is None:
            user = User.objects.create_user(email=login.email, password=login.password)
        if login.role == "admin":
            admin_grant(user)
        elif login.role == "CDD editor":
            cdd_editor_grant(user)
        elif login.role == "producer":
            producer = _producer_for(login.producer_key, producers_by_key)
            for other in producers_managed_by(user).exclude(pk=producer.pk):
                producer_revoke_storefront(other, user)  # a demo log-in acts for exactly one producer
            producer_grant_storefront(producer, user)


def _producer_for(key: str, producers_by_key: dict[str, Producer]) -> Producer:
    """The named demo producer, or the first one of its prefix if the content was renamed."""
    if key in producers_by_key:
        return producers_by_key[key]
    prefix = key.split("-")[0] + "-"
    return next(p for k, p in sorted(producers_by_key.items()) if k.startswith(prefix))
