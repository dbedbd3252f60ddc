"""E-mails to the buyer about an order: placed, paid, shipped (per producer), refunded.

One message, Thai first and English below: guests have no language on
record, and Thai buyers and foreign buyers both read it (as the
certification e-mails do).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from .selectors import order_lines_with_refunds
from .tracking import tracking_url

Order = get_model("order", "Order")
Shipment = get_model("order", "Shipment")

EMAIL_KINDS = ("placed", "paid", "shipped", "refunded")
EMAIL_LANGUAGES = ("th", "en")


def order_recipient(order) -> str:
    if order.user_id and order.user.email:
        return order.user.email
    return order.guest_email


def order_status_url(order) -> str:
    """The buyer's page for the order, in the active language (guests get a link with a secret hash)."""
    if order.user_id:
        path = reverse("customer:order", kwargs={"order_number": order.number})
    else:
        path = reverse("customer:anon-order", kwargs={"order_number": order.number,
                                                      "hash": order.verification_hash()})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def order_email_send(order_id: int, kind: str, *, shipment_id: int | None = None, amount: str = "") -> int:
    """Sends one e-mail of ``kind`` about the order; returns how many went out (0 or 1)."""
    if kind not in EMAIL_KINDS:
        raise ValueError(kind)
    order = Order.objects.select_related("user").filter(pk=order_id).first()
    if order is None or not order_recipient(order):
        return 0
    shipment = Shipment.objects.filter(pk=shipment_id, order=order).first() if shipment_id else None
    subjects, bodies = [], []
    for language in EMAIL_LANGUAGES:
        with translation.override(language):
            context = {
                "order": order,
                "lines": list(order.lines.all()),
                "shipments": list(order.shipments.all()),
                "shipment": shipment,
                # Lines refunded in full were not in the parcel.
                "shipment_lines": [line for line in order_lines_with_refunds(shipment.lines.all())
                                   if not line.is_refunded] if shipment else [],
                "tracking_url": tracking_url(shipment.carrier, shipment.tracking_number) if shipment else "",
                "amount": amount,
                "status_url": order_status_url(order),
                "shop_name": settings.OSCAR_SHOP_NAME,
            }
            subjects.append(render_to_string(f"oscar/order/emails/{kind}_subject.{language}.txt", context).strip())
            bodies.append(render_to_string(f"oscar/order/emails/{kind}_body.{language}.txt", context).strip())
    message = EmailMessage(subject=" / ".join(subjects), body="\n\n---\n\n".join(bodies) + "\n",
                           from_email=settings.DEFAULT_FROM_EMAIL, to=[order_recipient(order)])
    return message.send()
