"""The dashboard's product form as a producer posts it: one standalone product with its stock record."""

from marketplace.listings.services import categories_ensure

FORMSETS = ("stockrecords", "productcategory_set", "images", "primary_recommendations")


def product_post(owner, **fields) -> dict:
    data = {
        "producer": owner.pk, "title": "น้ำพริกเผากุ้ง", "title_en": "Shrimp chilli paste",
        "upc": "8851234567890", "description": "<p>สูตรแม่</p>", "description_en": "",
        "weight_grams": "250", "is_public": "on", "is_discountable": "on", "structure": "standalone",
        "slug": "", "meta_title": "", "meta_description": "",
    }
    for prefix in FORMSETS:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0",
                     f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    data.update({
        "stockrecords-TOTAL_FORMS": "1", "stockrecords-0-partner": owner.partner.pk,
        "stockrecords-0-partner_sku": "NP-1", "stockrecords-0-num_in_stock": "20",
        "stockrecords-0-low_stock_threshold": "", "stockrecords-0-price_currency": "THB",
        "stockrecords-0-price": "85.00",
        "productcategory_set-TOTAL_FORMS": "1", "productcategory_set-0-category": categories_ensure()["food"].pk,
    })
    data.update(fields)
    return data
