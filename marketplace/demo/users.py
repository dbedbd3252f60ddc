"""Demo log-ins, one or more per role, printed by ``make run``."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from marketplace.producers.models import Producer

PRODUCERS_GROUP = "Producers"
CDD_EDITORS_GROUP = "CDD editors"


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    producer_key: str = ""  # for producers: which demo producer they act for


DEMO_LOGINS = (
    DemoLogin("admin", "admin@otop.example", "otop-admin-2026"),
    DemoLogin("CDD editor", "editor@otop.example", "otop-editor-2026"),
    DemoLogin("producer", "producer@otop.example", "otop-producer-2026", "textile-surin-mudmee"),
    DemoLogin("producer", "producer2@otop.example", "otop-producer-2026", "home-dan-kwian"),
    DemoLogin("consumer", "consumer@otop.example", "otop-consumer-2026"),
)


def _group(name: str, permission_codenames: list[tuple[str, str]]) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    perms = [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in permission_codenames]
    group.permissions.add(*perms)
    return group


def demo_users_ensure(producers_by_key: dict[str, Producer]) -> None:
    User = get_user_model()
    producers_group = _group(PRODUCERS_GROUP, [("partner", "dashboard_access")])
    editors_group = _group(CDD_EDITORS_GROUP, [("wagtailadmin", "access_admin")])
    for login in DEMO_LOGINS:
        user = User.objects.filter(email=login.email).first()
        if user is None:
            user = User.objects.create_user(email=login.email, password=login.password)
        if login.role == "admin" and not user.is_superuser:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        elif login.role == "CDD editor":
            user.groups.add(editors_group)
        elif login.role == "producer":
            user.groups.add(producers_group)
            producer = _producer_for(login.producer_key, producers_by_key)
            producer.partner.users.add(user)


def _producer_for(key: str, producers_by_key: dict[str, Producer]) -> Producer:
    """The named demo producer, or the first one of its prefix if the content was renamed."""
    if key in producers_by_key:
        return producers_by_key[key]
    prefix = key.split("-")[0] + "-"
    return next(p for k, p in sorted(producers_by_key.items()) if k.startswith(prefix))
