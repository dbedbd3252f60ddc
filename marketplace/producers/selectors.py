from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from .models import Producer


def producer_managed_by(producer: Producer, user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether ``user`` acts for this producer (through Oscar's partner users)."""
    return bool(user.is_authenticated) and producer.partner.users.filter(pk=user.pk).exists()


def producers_managed_by(user: AbstractBaseUser | AnonymousUser) -> QuerySet[Producer]:
    if not user.is_authenticated:
        return Producer.objects.none()
    return Producer.objects.filter(partner__users=user)
