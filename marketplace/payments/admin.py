from django.contrib import admin

from .models import Refund, RefundItem, WebhookDelivery


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ("event_id", "event_type", "payment_intent_id", "outcome", "deliveries", "received_at")
    list_filter = ("event_type", "outcome")
    search_fields = ("event_id", "payment_intent_id")
    readonly_fields = [f.name for f in WebhookDelivery._meta.fields]


class RefundItemInline(admin.TabularInline):
    model = RefundItem
    extra = 0
    readonly_fields = ("line", "shipment", "amount")
    can_delete = False


@admin.register(Refund)
class RefundAdmin(admin.ModelAdmin):
    list_display = ("order", "amount", "status", "stripe_refund_id", "created_by", "created_at")
    list_filter = ("status",)
    search_fields = ("order__number", "stripe_refund_id")
    readonly_fields = [f.name for f in Refund._meta.fields]
    inlines = [RefundItemInline]
