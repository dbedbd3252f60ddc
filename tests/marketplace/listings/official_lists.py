"""Rows and CSV text of the official OTOP list, for the import tests."""

import csv
import datetime
import io

from django.utils import timezone

from marketplace.listings.official_list import COLUMNS


def official_row(**overrides) -> dict[str, str]:
    """One valid row of the official list: a five-star Surin silk, certificate current for a year."""
    expires = timezone.localdate() + datetime.timedelta(days=365)
    row = {
        "upc": "8859100000011",
        "title_th": "ผ้าไหมมัดหมี่ลายโคมเจ็ด",
        "title_en": "Mudmee silk, seven-lantern pattern",
        "description_th": "ผ้าไหมทอมือ ย้อมสีธรรมชาติ",
        "description_en": "Hand-woven silk dyed with natural colours.",
        "category": "textile",
        "stars": "5",
        "certificate_no": f"OPC{expires.year - 2 + 543}-0100011",
        "certificate_expires": expires.isoformat(),
        "producer_name": "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        "producer_type": "community_group",
        "province": "สุรินทร์",
        "district": "เมืองสุรินทร์",
        "subdistrict": "ท่าสว่าง",
        "price": "4500.00",
        "stock": "6",
        "weight_grams": "450",
        "image": "",
    }
    row.update({key: str(value) for key, value in overrides.items()})
    return row


def csv_text(rows: list[dict[str, str]], columns=COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([row.get(column, "") for column in columns] for row in rows)
    return out.getvalue()
