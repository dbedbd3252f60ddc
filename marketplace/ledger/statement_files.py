"""A producer's statement as files: CSV for a spreadsheet, PDF (Thai, Sarabun) to keep or print.

The PDF embeds Sarabun (SIL Open Font License, ``fonts/OFL.txt``): the Thai
and Latin subsets of the storefront's font, as TrueType, with HarfBuzz
shaping so Thai vowels and tone marks sit where they belong.
"""

from pathlib import Path

from django.utils.timezone import localdate
from django.utils.translation import gettext as _

from .csv_export import csv_render
from .models import EntryKind
from .statements import Statement, statement_date

FONTS = Path(__file__).resolve().parent / "fonts"


def _kind(row) -> str:
    return _("Shipping") if row.kind == EntryKind.SHIPPING else _("Goods")


def statement_csv(statement: Statement) -> str:
    header = [_("Order"), _("Paid at"), _("Kind"), _("Item"), _("Quantity"), _("Earnings"), _("Refunded"),
              _("Commission"), _("Owed"), _("Paid out"), _("Still owed")]
    rows = [[row.order_number, localdate(row.paid_at).isoformat(), _kind(row), row.description, row.quantity,
             row.gross, row.refunded, row.commission, row.owed, row.paid, row.outstanding]
            for row in statement.rows]
    totals = statement.totals
    rows.append([_("Total"), "", "", "", "", totals["gross"], totals["refunded"], totals["commission"],
                 totals["owed"], totals["paid"], totals["outstanding"]])
    return csv_render(header, rows)


def _money(value) -> str:
    return f"฿{value:,.2f}"


def statement_pdf(statement: Statement) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(f"{statement.producer} {statement.period}")
    for style, weight in (("", "400"), ("B", "700")):
        pdf.add_font("Sarabun", style, FONTS / f"sarabun-latin-{weight}.ttf")
        pdf.add_font("SarabunThai", style, FONTS / f"sarabun-thai-{weight}.ttf")
    pdf.set_fallback_fonts(["SarabunThai"])
    pdf.set_text_shaping(True)
    pdf.add_page()
    pdf.set_font("Sarabun", "B", 18)
    pdf.cell(text=_("Statement"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sarabun", "", 13)
    pdf.cell(text=statement.producer, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text=_("Period: %(period)s") % {"period": statement.period}, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("Sarabun", "", 10)
    headings = [_("Order"), _("Date"), _("Item"), _("Earnings"), _("Refunded"), _("Commission"), _("Owed"),
                _("Paid out")]
    totals = statement.totals
    with pdf.table(col_widths=(18, 26, 70, 22, 22, 22, 22, 22), text_align=(
            "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
            headings_style=FontFace(emphasis="BOLD")) as table:
        table.row(headings)
        for row in statement.rows:
            table.row([row.order_number, statement_date(localdate(row.paid_at)),
                       f"{row.description} × {row.quantity}" if row.kind == EntryKind.LINE else
                       f"{_kind(row)}: {row.description}",
                       _money(row.gross), _money(row.refunded), _money(row.commission), _money(row.owed),
                       _money(row.paid)])
        table.row([_("Total"), "", "", _money(totals["gross"]), _money(totals["refunded"]),
                   _money(totals["commission"]), _money(totals["owed"]), _money(totals["paid"])],
                  style=FontFace(emphasis="BOLD"))
    pdf.ln(4)
    pdf.set_font("Sarabun", "B", 12)
    pdf.cell(text=_("Still owed for this period: %(amount)s") % {"amount": _money(totals["outstanding"])},
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text=_("Still owed in all: %(amount)s") % {"amount": _money(statement.owed_overall)},
             new_x="LMARGIN", new_y="NEXT")
    if statement.payouts:
        pdf.ln(3)
        pdf.cell(text=_("Payouts"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sarabun", "", 10)
        with pdf.table(col_widths=(30, 50, 30, 40, 50), headings_style=FontFace(emphasis="BOLD")) as table:
            table.row([_("Paid on"), _("Period"), _("Amount"), _("Sent by"), _("Transfer reference")])
            for payout in statement.payouts:
                table.row([statement_date(payout.paid_on),
                           f"{statement_date(payout.period_start)} – {statement_date(payout.period_end)}",
                           _money(payout.amount), payout.get_method_display(), payout.reference])
    return bytes(pdf.output())
