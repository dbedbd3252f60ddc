"""The order dashboard, restricted for producers.

Staff see every order, its payment, refunds and every producer's shipment,
and may refund. A producer sees only orders that were paid for and hold some
of their lines, and on those only their own lines, their own shipment and the
delivery address: not the other producers' lines, the order's totals or
payment, nor the whole-order actions Oscar's partner dashboard offers
(status changes, payment events, notes, editing the address, CSV of orders).
They mark their shipment shipped, with carrier and tracking number.

Order statuses change only through payments and refunds (``EventHandler``),
so the manual status change is gone for staff too.
"""

import datetime
from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import DecimalField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_class, get_model

from marketplace.baht import format_baht
from marketplace.baht_field import baht_parse
from marketplace.i18n import format_date
from marketplace.ledger.csv_export import csv_render
from marketplace.payments.refunds import (
    RefundRefused,
    RefundRequestItem,
    refund_create,
    refund_request_full,
    refund_send,
)
from marketplace.payments.selectors import (
    order_refundable_amount,
    order_refundable_items,
)
from marketplace.payments.services import order_stripe_source
from marketplace.producers.selectors import partners_managed_by
from shop.order import statuses
from shop.order.selectors import order_shipments_with_lines, shipments_with_lines
from shop.order.services import (
    ShipmentRefused,
    shipment_default_carrier,
    shipment_mark_delivered,
    shipment_mark_shipped,
)

from .forms import ShipmentForm

Order = get_model("order", "Order")
Line = get_model("order", "Line")
Carrier = get_class("order.models", "Carrier")
OrderNoteForm = get_class("dashboard.orders.forms", "OrderNoteForm")

def user_may_refund(user) -> bool:
    return bool(user.is_staff and user.has_perm("order.change_order"))


def queryset_orders_for_user(user):
    """Staff: every order. Producers: paid orders holding some of their lines."""
    queryset = oscar_views.queryset_orders_for_user(user)
    if user.is_staff:
        return queryset
    return queryset.filter(status__in=statuses.PAID_STATUSES)


def get_order_for_user_or_404(user, number):
    try:
        return queryset_orders_for_user(user).get(number=number)
    except Order.DoesNotExist:
        raise Http404()


class OrderListView(oscar_views.OrderListView):
    def dispatch(self, request, *args, **kwargs):
        # Status changes only come from payments; CSV of whole orders is for staff.
        self.actions = ("download_selected_orders",) if request.user.is_staff else ()
        self.base_queryset = queryset_orders_for_user(request.user).order_by("-date_placed")
        # Oscar's dispatch would set base_queryset from its own queryset_orders_for_user: skip it.
        return super(oscar_views.OrderListView, self).dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if request.GET.get("response_format") == "csv" and not request.user.is_staff:
            raise PermissionDenied
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        queryset = super().get_queryset().prefetch_related("shipments")
        if self.request.user.is_staff:
            return queryset
        mine = Q(lines__partner__in=partners_managed_by(self.request.user))
        return queryset.annotate(
            producer_total=Coalesce(Sum("lines__line_price_incl_tax", filter=mine),
                                    Value(Decimal("0.00")), output_field=DecimalField(max_digits=12, decimal_places=2)),
            producer_items=Coalesce(Sum("lines__quantity", filter=mine), Value(0)),
        )

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["order_statuses"] = []
        ctx["is_producer_view"] = not self.request.user.is_staff
        ctx["user_partner_ids"] = partner_ids = set(partners_managed_by(self.request.user).values_list("pk", flat=True))
        # The parcels the page shows, each knowing whether anything of it is left to send (refunds).
        shipments_with_lines(shipment for order in ctx["orders"] for shipment in order.shipments.all()
                             if self.request.user.is_staff or shipment.partner_id in partner_ids)
        return ctx

    def get_search_filter_descriptions(self):
        # Oscar writes the date filters' dates as ISO ("Placed after 2026-12-05"); a reader's date instead.
        descriptions = super().get_search_filter_descriptions()
        data = getattr(self.form, "cleaned_data", None) or {}
        dates = [value for value in (data.get("date_from"), data.get("date_to")) if value]
        if data.get("date_to"):
            dates.append(data["date_to"] + datetime.timedelta(days=1))  # Oscar's "Placed before" names the day after
        for value in dates:
            descriptions = [str(text).replace(value.isoformat(), format_date(value)) for text in descriptions]
        return descriptions

    def download_selected_orders(self, request, orders):
        # Oscar's CSV, made safe against formula injection (customer names and e-mails are typed by buyers).
        header = list(self.CSV_COLUMNS.values())
        rows = ([self.get_row_values(order).get(column, "") for column in self.CSV_COLUMNS] for order in orders)
        response = HttpResponse(csv_render(header, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f"attachment; filename={self.get_download_filename(request)}"
        return response


class OrderDetailView(oscar_views.OrderDetailView):
    order_actions = ("save_note", "delete_note", "ship", "deliver")
    refund_actions = ("refund", "refund_full", "refund_retry")
    line_actions = ()
    producer_order_actions = ("ship",)

    def get_object(self, queryset=None):
        return get_order_for_user_or_404(self.request.user, self.kwargs["number"])

    def get_template_names(self):
        if self.request.user.is_staff:
            return ["oscar/dashboard/orders/order_detail.html"]
        return ["oscar/dashboard/orders/order_detail_producer.html"]

    def get_order_lines(self):
        lines = self.object.lines.all()
        if self.request.user.is_staff:
            return lines
        return lines.filter(partner__in=partners_managed_by(self.request.user))

    def get_shipments(self):
        shipments = self.object.shipments.select_related("partner", "shipped_by")
        if self.request.user.is_staff:
            return shipments
        return shipments.filter(partner__in=partners_managed_by(self.request.user))

    def handle_order_action(self, request, order, action):
        if request.user.is_staff:
            allowed = self.order_actions + (self.refund_actions if user_may_refund(request.user) else ())
        else:
            allowed = self.producer_order_actions
        if action not in allowed:
            raise PermissionDenied
        return getattr(self, action)(request, order)

    def get_order_note_form(self):
        # Oscar binds the note form to any POST: a refused refund or tracking number, shown again,
        # also said "Oops! We found some errors" of a note nobody was writing.
        if self.request.method == "POST" and self.request.POST.get("order_action") != "save_note":
            return OrderNoteForm(order=self.object, user=self.request.user)
        return super().get_order_note_form()

    def handle_line_action(self, request, order, action):
        raise PermissionDenied

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        order = self.object
        lines = list(ctx["lines"])
        shipments = order_shipments_with_lines(order, lines, self.get_shipments())
        refused = getattr(self, "refused_shipment_form", None)
        for shipment in shipments:
            prefix = f"shipment-{shipment.pk}"
            shipment.form = (refused if refused is not None and refused.prefix == prefix
                             else ShipmentForm(prefix=prefix, initial={"carrier": shipment_default_carrier(shipment)}))
        ctx["shipments"] = shipments
        ctx["carriers"] = Carrier.choices
        ctx["can_ship"] = order.status in statuses.PAID_STATUSES
        if self.request.user.is_staff:
            source = order_stripe_source(order)
            ctx["stripe_source"] = source
            ctx["refunds"] = order.refunds.prefetch_related("items").order_by("pk")
            typed = getattr(self, "refund_typed", {})
            ctx["refundable_items"] = [(item, typed.get(item.key, "")) for item in order_refundable_items(order)]
            ctx["refundable_amount"] = order_refundable_amount(order, source)
            ctx["may_refund"] = user_may_refund(self.request.user)
            ctx["can_refund"] = order.status in (statuses.PAID, statuses.PARTLY_REFUNDED) and source is not None
        else:
            ctx["producer_total"] = sum((line.line_price_incl_tax for line in lines), Decimal("0.00"))
        return ctx

    # --- Shipping ----------------------------------------------------------------------------

    def _shipment(self, request, order):
        return get_object_or_404(self.get_shipments(), pk=_posted_id(request, "shipment"))

    def ship(self, request, order):
        shipment = self._shipment(request, order)
        form = ShipmentForm(request.POST, prefix=f"shipment-{shipment.pk}")
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            # Shown again as typed, not reloaded empty: the producer corrects the number instead of retyping it.
            self.refused_shipment_form = form
            return self.render_to_response(self.get_context_data())
        try:
            shipment_mark_shipped(shipment.pk, form.cleaned_data["carrier"], form.cleaned_data["tracking_number"],
                                  user=request.user)
        except ShipmentRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Marked as shipped. The buyer has been told the tracking number."))
        return self.reload_page(fragment="shipments")

    def deliver(self, request, order):
        shipment = self._shipment(request, order)
        try:
            shipment_mark_delivered(shipment.pk, user=request.user)
        except ShipmentRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Marked as delivered."))
        return self.reload_page(fragment="shipments")

    # --- Refunds (staff) ------------------------------------------------------------------------

    def refund(self, request, order):
        items, typed, refused = [], {}, None
        for item in order_refundable_items(order):
            raw = (request.POST.get(f"refund-{item.key}") or "").strip()
            if not raw:
                continue
            typed[item.key] = raw
            try:
                # Typed as it is read: 2,450, ฿1,200.50 (marketplace/baht_field.py).
                items.append(RefundRequestItem(item.key, baht_parse(raw, allow_zero=True)))
            except ValidationError as exc:
                refused = refused or _("%(item)s: “%(value)s” is not an amount. %(reason)s") % {
                    "item": item.label, "value": raw, "reason": exc.messages[0]}
        if refused is None:
            try:
                refund = refund_create(order, items, user=request.user, reason=request.POST.get("reason", ""))
            except RefundRefused as exc:
                refused = str(exc)
            else:
                messages.success(request, _("Refunded %(amount)s.") % {"amount": format_baht(refund.amount)})
                return self.reload_page(fragment="refunds")
        # Shown again as typed, on the refunds tab: staff correct one amount instead of retyping them all.
        messages.error(request, refused)
        self.refund_typed = typed
        return self.render_to_response(self.get_context_data(active_tab="refunds"))

    def refund_full(self, request, order):
        return self._refund(request, order, refund_request_full(order))

    def _refund(self, request, order, items):
        try:
            refund = refund_create(order, items, user=request.user, reason=request.POST.get("reason", ""))
        except RefundRefused as exc:
            return self.reload_page(fragment="refunds", error=str(exc))
        messages.success(request, _("Refunded %(amount)s.") % {"amount": format_baht(refund.amount)})
        return self.reload_page(fragment="refunds")

    def refund_retry(self, request, order):
        refund = get_object_or_404(order.refunds, pk=_posted_id(request, "refund"))
        try:
            refund_send(refund)
        except RefundRefused as exc:
            return self.reload_page(fragment="refunds", error=str(exc))
        messages.success(request, _("Refund sent."))
        return self.reload_page(fragment="refunds")


def _posted_id(request, name: str) -> int:
    """A posted object id; anything else (missing, "abc", a NUL) is a 404, as an unknown id is."""
    value = request.POST.get(name, "")
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise Http404()
    return int(value)


class LineDetailView(oscar_views.LineDetailView):
    def get_object(self, queryset=None):
        order = get_order_for_user_or_404(self.request.user, self.kwargs["number"])
        lines = order.lines.all()
        if not self.request.user.is_staff:
            lines = lines.filter(partner__in=partners_managed_by(self.request.user))
        try:
            return lines.get(pk=self.kwargs["line_id"])
        except Line.DoesNotExist:
            raise Http404()


class ShippingAddressUpdateView(oscar_views.ShippingAddressUpdateView):
    """Changing the delivery address changes it for every producer: staff only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OrderStatsView(oscar_views.OrderStatsView):
    """Whole-order revenue figures: staff only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

