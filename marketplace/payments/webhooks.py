"""Stripe's webhook: a signed trigger to re-fetch a PaymentIntent, nothing more.

400 for anything whose signature over the raw body does not check out
(unsigned, forged, tampered with, stale). A verified event is recorded by its
id, so the tenth delivery of an event is acknowledged without acting again;
its PaymentIntent is re-fetched from Stripe and the order moved only along the
allowed states (``services.payment_sync``), so events in any order end in the
same place. Events about PaymentIntents that are not ours are acknowledged and
ignored.
"""

import logging

from django.db.models import F
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import stripe_gateway as gateway
from .models import WebhookDelivery
from .services import payment_sync

logger = logging.getLogger(__name__)

HANDLED_OBJECTS = ("payment_intent", "charge", "refund")


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        event = gateway.webhook_event_parse(request.body, request.headers.get("Stripe-Signature"))
    except gateway.InvalidWebhook as exc:
        logger.warning("Stripe webhook refused: %s", exc)
        return HttpResponseBadRequest("Invalid signature", content_type="text/plain")
    if not event.id:
        return HttpResponseBadRequest("Not an event", content_type="text/plain")

    delivery, created = WebhookDelivery.objects.get_or_create(
        event_id=event.id, defaults={"event_type": event.type[:100], "payment_intent_id": event.payment_intent_id},
    )
    if not created:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(deliveries=F("deliveries") + 1)
        if delivery.processed_at is not None:
            return JsonResponse({"received": True, "outcome": "duplicate"})

    if event.object_type not in HANDLED_OBJECTS or not event.payment_intent_id:
        outcome = "ignored"
    else:
        try:
            outcome = payment_sync(event.payment_intent_id).value
        except gateway.GatewayError as exc:
            # Stripe will deliver the event again later; nothing was changed.
            logger.warning("Stripe webhook %s: could not re-fetch %s: %s", event.id, event.payment_intent_id, exc)
            return HttpResponse("Try again later", status=503, content_type="text/plain")
    WebhookDelivery.objects.filter(pk=delivery.pk).update(outcome=outcome, processed_at=timezone.now())
    return JsonResponse({"received": True, "outcome": outcome})
