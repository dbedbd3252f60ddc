"""The payout report: what each producer is owed for a period, on screen and as CSV. Staff only."""

from django.contrib.auth.mixins import AccessMixin
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from ..csv_export import csv_render
from ..selectors import ledger_rows, producer_payouts
from .forms import PayoutFilterForm


class StaffRequiredMixin(AccessMixin):
    login_url = reverse_lazy("dashboard:login")

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and request.user.is_active and request.user.is_staff):
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)


class PayoutReportView(StaffRequiredMixin, TemplateView):
    template_name = "ledger/dashboard/payouts.html"

    def get(self, request, *args, **kwargs):
        form = PayoutFilterForm(request.GET or None)
        filters = {}
        if form.is_valid():
            partner = form.cleaned_data.get("partner")
            filters = {"date_from": form.cleaned_data.get("date_from"), "date_to": form.cleaned_data.get("date_to"),
                       "partner_id": partner.pk if partner else None}
        rows = ledger_rows(**filters)
        payouts = producer_payouts(rows)
        download = request.GET.get("download")
        if download == "payouts":
            return self._csv("payouts.csv", payout_csv(payouts))
        if download == "ledger":
            return self._csv("ledger.csv", ledger_csv(rows))
        query = request.GET.copy()
        query.pop("download", None)
        return self.render_to_response(self.get_context_data(
            form=form, rows=rows, payouts=payouts, query=query.urlencode(),
            totals={name: sum((getattr(p, name) for p in payouts), 0)
                    for name in ("gross", "refunded", "commission", "owed")},
        ))

    @staticmethod
    def _csv(filename: str, text: str) -> HttpResponse:
        response = HttpResponse(text, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


def payout_csv(payouts) -> str:
    header = [_("Producer"), _("Orders"), _("Paid by buyers"), _("Refunded"), _("Commission"), _("Owed")]
    return csv_render(header, ([p.producer, p.orders, p.gross, p.refunded, p.commission, p.owed] for p in payouts))


def ledger_csv(rows) -> str:
    header = [_("Order"), _("Paid at"), _("Producer"), _("Kind"), _("Item"), _("Quantity"), _("Paid by buyer"),
              _("Refunded"), _("Commission rate"), _("Commission"), _("Owed")]
    return csv_render(header, (
        [r.order_number, r.paid_at.isoformat(timespec="seconds"), r.producer, r.kind, r.description, r.quantity,
         r.gross, r.refunded, r.commission_rate, r.commission, r.owed]
        for r in rows
    ))
