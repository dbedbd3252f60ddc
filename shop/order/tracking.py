"""Links to the carriers' own tracking pages, one table for every page and e-mail that shows a tracking number."""

from urllib.parse import quote

from oscar.core.loading import get_class

Carrier = get_class("order.models", "Carrier")

# {number} is the tracking number as the producer typed it (letters, digits and dashes).
TRACKING_URL_TEMPLATES: dict[str, str] = {
    Carrier.THAILAND_POST_EMS: "https://track.thailandpost.co.th/?trackNumber={number}",
    Carrier.THAILAND_POST_REGISTERED: "https://track.thailandpost.co.th/?trackNumber={number}",
    Carrier.KERRY: "https://th.kerryexpress.com/th/track/?track={number}",
    Carrier.FLASH: "https://www.flashexpress.co.th/fle/tracking?se={number}",
    Carrier.JT: "https://www.jtexpress.co.th/service/track?billcode={number}",
}


def tracking_url(carrier: str, tracking_number: str) -> str:
    """The carrier's page for this parcel, or "" for a carrier without one ("other")."""
    template = TRACKING_URL_TEMPLATES.get(carrier)
    if not template or not tracking_number:
        return ""
    return template.format(number=quote(tracking_number, safe=""))
