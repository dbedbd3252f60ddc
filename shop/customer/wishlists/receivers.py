"""A heart given while signed out is saved once the shopper logs in (or registers)."""

from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.translation import gettext as _

from .services import wishlist_add_remembered


@receiver(user_logged_in, dispatch_uid="wishlist_add_remembered_after_login")
def wishlist_add_after_login(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    product = wishlist_add_remembered(user, request.session)
    if product is not None and hasattr(request, "_messages"):
        messages.success(request, _("“%(title)s” is saved in your wishlist.") % {"title": product.display_title})
