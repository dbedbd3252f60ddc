"""Who acts for which producer: the one home of that rule.

A user acts for a producer when they are one of the users of the producer's
Oscar partner (``partner.users``; ``cms.roles.services`` grants and
revokes it). Everything that asks "may this user see or change this
producer's things" asks here: the dashboard's access checks, its product,
order and stock lists, the certification pages, the CMS choosers and hooks.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet
from shop.partner.models import Partner

from .models import Producer

User = AbstractBaseUser | AnonymousUser

#: Oscar's permission to enter the dashboard, which the Producers group holds.
PRODUCER_PERMISSION = "partner.dashboard_access"


def producer_managed_q(user: User, path: str = "producer") -> Q:
    """A filter for rows whose producer (reached through ``path``) ``user`` acts for.

    ``path`` leads from the filtered model to a ``Producer``: "producer" for
    products, "product__producer" for certifications, "" for producers themselves.
    Add ``.distinct()`` where the path crosses a many-valued relation.
    """
    if not user.is_authenticated:
        return Q(pk__in=[])
    prefix = f"{path}__" if path else ""
    return Q(**{f"{prefix}partner__users": user})


def producers_managed_by(user: User) -> QuerySet[Producer]:
    return Producer.objects.filter(producer_managed_q(user, ""))


def producer_managed_by(producer: Producer, user: User) -> bool:
    """Whether ``user`` acts for this producer."""
    return bool(user.is_authenticated) and producer.partner.users.filter(pk=user.pk).exists()


def partners_managed_by(user: User) -> QuerySet[Partner]:
    """The Oscar partners (stock records, order lines, shipments) of the producers ``user`` acts for."""
    if not user.is_authenticated:
        return Partner.objects.none()
    return Partner.objects.filter(users=user)


def partner_ids_managed_by(user: User) -> list[int]:
    return list(partners_managed_by(user).values_list("pk", flat=True))


def user_is_producer(user: User) -> bool:
    """Acts for at least one producer and may enter Oscar's dashboard."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm(PRODUCER_PERMISSION)
        and producers_managed_by(user).exists()
    )


def producer_users(producer: Producer, active_only: bool = True) -> QuerySet:
    """The accounts that act for this producer, oldest first."""
    users = get_user_model().objects.filter(partners=producer.partner_id).order_by("pk")
    return users.filter(is_active=True) if active_only else users


def producers_with_users() -> QuerySet[Producer]:
    """Producers someone acts for."""
    return Producer.objects.filter(partner__users__isnull=False).distinct()
