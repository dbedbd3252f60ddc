"""Payouts in the dashboard.

Staff: the payout report (what each producer is owed for a period), recording
a payout, and one period's payouts as a CSV for a bulk bank transfer.
Producers (and staff, for any producer): their statement, on screen, as CSV
and as PDF.
"""

import datetime

from django.contrib import messages
from django.contrib.auth.mixins import AccessMixin
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from marketplace.producers.selectors import partners_managed_by
from shop.partner.models import Partner

from ..csv_export import csv_render
from ..payouts import PayoutRefused, payout_due, payout_record
from ..selectors import ledger_rows, producer_payouts
from ..statement_files import statement_csv, statement_pdf
from ..statements import payouts_of_period, producer_statement
from .forms import PayoutFilterForm, PayoutRecordForm, PeriodForm


class StaffRequiredMixin(AccessMixin):
    login_url = reverse_lazy("dashboard:login")

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and request.user.is_active and request.user.is_staff):
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)


class DashboardLoginRequiredMixin(AccessMixin):
    login_url = reverse_lazy("dashboard:login")

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and request.user.is_active):
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)


def _file(content, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _month_so_far() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return today.replace(day=1), today


def _period(request) -> tuple[PeriodForm, datetime.date, datetime.date]:
    """The period asked for in the query string; this month so far when none (or a wrong one) is given."""
    start, end = _month_so_far()
    form = PeriodForm(request.GET if "date_from" in request.GET else None,
                      initial={"date_from": start, "date_to": end})
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    return form, start, end


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
            return _file(payout_csv(payouts), "text/csv; charset=utf-8", "payouts.csv")
        if download == "ledger":
            return _file(ledger_csv(rows), "text/csv; charset=utf-8", "ledger.csv")
        query = request.GET.copy()
        query.pop("download", None)
        start, end = _month_so_far()
        if form.is_valid():
            start = form.cleaned_data.get("date_from") or start
            end = form.cleaned_data.get("date_to") or end
        return self.render_to_response(self.get_context_data(
            form=form, rows=rows, payouts=payouts, query=query.urlencode(),
            period_query=f"date_from={start}&date_to={end}",
            totals={name: sum((getattr(p, name) for p in payouts), 0)
                    for name in ("gross", "refunded", "commission", "owed")},
        ))



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


class PayoutRecordView(StaffRequiredMixin, TemplateView):
    """What is due to one producer for a period, and the form that records its payout."""

    template_name = "ledger/dashboard/payout_record.html"

    def _partner(self) -> Partner:
        partner = Partner.objects.filter(pk=self.kwargs["partner_id"]).first()
        if partner is None:
            raise Http404
        return partner

    def _render(self, partner, form, start, end, period_form):
        return self.render_to_response(self.get_context_data(
            partner=partner, form=form, period_form=period_form, due=payout_due(partner.pk, start, end)))

    def get(self, request, *args, **kwargs):
        period_form, start, end = _period(request)
        form = PayoutRecordForm(initial={"paid_on": timezone.localdate(), "method": "bank"})
        return self._render(self._partner(), form, start, end, period_form)

    def post(self, request, *args, **kwargs):
        partner = self._partner()
        period_form, start, end = _period(request)
        form = PayoutRecordForm(request.POST)
        if form.is_valid():
            try:
                payout = payout_record(partner.pk, start, end, user=request.user, **form.cleaned_data)
            except PayoutRefused as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Payout of ฿%(amount)s to %(producer)s recorded.")
                                 % {"amount": f"{payout.amount:,.2f}", "producer": payout.producer_name})
                return redirect(reverse("ledger-dashboard:recorded") + f"?date_from={payout.paid_on}"
                                f"&date_to={payout.paid_on}")
        return self._render(partner, form, start, end, period_form)


class PayoutListView(StaffRequiredMixin, TemplateView):
    """The payouts paid in a period; as one CSV for the bank's bulk transfer."""

    template_name = "ledger/dashboard/payouts_recorded.html"

    def get(self, request, *args, **kwargs):
        period_form, start, end = _period(request)
        payouts = payouts_of_period(start, end)
        if request.GET.get("download") == "bank":
            return _file(bank_transfer_csv(payouts), "text/csv; charset=utf-8", f"payouts-{start}-{end}.csv")
        return self.render_to_response(self.get_context_data(
            period_form=period_form, payouts=payouts, total=sum((p.amount for p in payouts), 0),
            query=f"date_from={start}&date_to={end}"))


def bank_transfer_csv(payouts) -> str:
    header = [_("Producer"), _("Sent by"), _("Account"), _("Amount"), _("Transfer reference"), _("Paid on"),
              _("Period from"), _("Period until")]
    return csv_render(header, ([p.producer_name, p.get_method_display(), p.account, p.amount, p.reference,
                                p.paid_on.isoformat(), p.period_start.isoformat(), p.period_end.isoformat()]
                               for p in payouts))


class StatementView(DashboardLoginRequiredMixin, TemplateView):
    """A producer's statement: their own lines only; staff choose the producer (``?partner=``)."""

    template_name = "ledger/dashboard/statement.html"

    def _partner(self, request) -> Partner:
        partners = Partner.objects.all() if request.user.is_staff else partners_managed_by(request.user)
        wanted = request.GET.get("partner", "")
        partner = partners.filter(pk=wanted).first() if wanted.isdigit() else partners.order_by("pk").first()
        if partner is None:
            raise Http404
        return partner

    def get(self, request, *args, **kwargs):
        partner = self._partner(request)
        period_form, start, end = _period(request)
        producer = getattr(getattr(partner, "producer", None), "name", "") or partner.name
        statement = producer_statement(partner.pk, producer, start, end)
        download = request.GET.get("download")
        filename = f"statement-{partner.pk}-{start}-{end}"
        if download == "csv":
            return _file(statement_csv(statement), "text/csv; charset=utf-8", filename + ".csv")
        if download == "pdf":
            return _file(statement_pdf(statement), "application/pdf", filename + ".pdf")
        query = f"partner={partner.pk}&date_from={start}&date_to={end}"
        return self.render_to_response(self.get_context_data(
            statement=statement, period_form=period_form, partner=partner, query=query,
            partner_field={"partner": partner.pk},
            partners=Partner.objects.order_by("name") if request.user.is_staff else None))
