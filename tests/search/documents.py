"""Search documents written by hand, for backend tests."""

import os
from decimal import Decimal

from search.analysis import segmented
from search.documents import ProductDocument

# The node the Elasticsearch tests run against; the suite's own settings never use it.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


def document(pk, title_th, title_en="", *, description="", category="textile", province="TH-32", stars=5,
             price="500", region="northeast", producer_type="community_group", created="2026-01-01T00:00:00"):
    titles = f"{title_th} {title_en}"
    return ProductDocument(
        product_id=pk, upc=f"{pk:013d}", title_th=title_th, title_en=title_en,
        text=segmented(f"{titles} {description}"), title_text=segmented(titles),
        category=category, province_code=province, region=region, producer_type=producer_type, stars=stars,
        price=Decimal(price), created=created,
    )
