"""Titles, meta descriptions, Open Graph, hreflang, JSON-LD and the sitemap."""

import json
import re
from xml.etree import ElementTree

import pytest
from django.utils import translation

from cms.core.structured_data import json_ld_script
from tests.cms.helpers import add_story, add_village
from tests.factories import ProducerFactory, eligible_product

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]


def meta(html: str, attribute: str, name: str) -> str | None:
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_sitemap_lists_products_storefronts_stories_and_villages_in_both_languages(client, maker_a, maker_b):
    story = add_story(maker_a)
    village = add_village(maker_a)
    register_only = eligible_product(producer=ProducerFactory(slug="no-page-yet"))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    locations = {loc.text for loc in tree.findall("s:url/s:loc", SITEMAP_NS)}
    base = "http://testserver"
    with translation.override("th"):
        product_th = maker_a.product.get_absolute_url()
    with translation.override("en"):
        product_en = maker_a.product.get_absolute_url()
    expected = {
        base + "/", base + "/en/",
        base + "/producers/", base + "/stories/", base + "/villages/",
        base + "/producers/maker-a/", base + "/en/producers/maker-a/", base + "/producers/maker-b/",
        base + story.url, base + "/en" + story.url, base + village.url, base + "/en" + village.url,
        base + product_th, base + product_en,
        base + "/producers/no-page-yet/", base + "/en/producers/no-page-yet/",
    }
    assert expected <= locations
    # Only what may be sold: the uncertified product is not there.
    assert not any(maker_a.hidden_product.slug in loc for loc in locations)
    assert register_only.get_absolute_url() in {loc.replace(base, "") for loc in locations}
    # Each page names its other-language version.
    alternates = tree.findall("s:url/x:link[@rel='alternate']", SITEMAP_NS)
    assert {link.get("hreflang") for link in alternates} == {"th", "en"}


def test_sitemap_leaves_out_inactive_producers_and_drafts(client, maker_a):
    maker_a.producer.is_active = False
    maker_a.producer.save()
    story = add_story(None, slug="draft-story")
    story.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert "/producers/maker-a/" not in xml
    assert "/stories/draft-story/" not in xml
    assert maker_a.product.slug not in xml


def test_storefront_has_title_description_open_graph_hreflang_and_organization(client, maker_a):
    page = maker_a.page
    page.seo_title, page.seo_title_en = "ผ้าไหมบ้านเอ", "Ban A silk"
    page.search_description, page.search_description_en = "คำอธิบายหน้าร้าน", "The storefront of Ban A"
    page.save_revision().publish()
    html = client.get("/en/producers/maker-a/").content.decode()
    assert "<title>Ban A silk | " in html
    assert meta(html, "name", "description") == "The storefront of Ban A"
    assert meta(html, "property", "og:title") == "Ban A silk"
    assert meta(html, "property", "og:locale") == "en_US"
    assert meta(html, "property", "og:url") == "http://testserver/en/producers/maker-a/"
    assert meta(html, "property", "og:image").startswith("http://testserver/media/images/")
    assert '<link rel="canonical" href="http://testserver/en/producers/maker-a/">' in html
    assert '<link rel="alternate" hreflang="th" href="http://testserver/producers/maker-a/">' in html
    (organization,) = json_ld(html)
    assert organization["@type"] == "Organization"
    assert organization["name"] == "Ban A Weavers"
    assert organization["address"]["addressRegion"] == "Surin"
    assert organization["address"]["addressCountry"] == "TH"
    thai = client.get("/producers/maker-a/").content.decode()
    assert "<title>ผ้าไหมบ้านเอ | " in thai and meta(thai, "property", "og:locale") == "th_TH"


def test_product_page_has_product_offer_and_star_rating(client, maker_a):
    with translation.override("th"):
        url = maker_a.product.get_absolute_url()
    html = client.get(url).content.decode()
    (product,) = [data for data in json_ld(html) if data["@type"] == "Product"]
    assert product["name"] == maker_a.product.title
    assert product["sku"] == maker_a.product.upc
    assert product["offers"]["@type"] == "Offer"
    assert product["offers"]["price"] == "1290.00"
    assert product["offers"]["priceCurrency"] == "THB"
    assert product["offers"]["availability"] == "https://schema.org/InStock"
    rating = product["review"]["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"]) == (5, 5)
    assert product["manufacturer"]["url"] == "http://testserver/producers/maker-a/"
    assert meta(html, "property", "og:type") == "product"


def test_preview_of_an_unlisted_product_has_no_structured_data(client, maker_a):
    client.force_login(maker_a.user)
    with translation.override("th"):
        url = maker_a.hidden_product.get_absolute_url()
    html = client.get(url).content.decode()
    assert not [data for data in json_ld(html) if data["@type"] == "Product"]


def test_village_is_a_tourist_attraction_with_coordinates(client, maker_a):
    village = add_village(maker_a)
    html = client.get(village.url).content.decode()
    (place,) = json_ld(html)
    assert place["@type"] == "TouristAttraction"
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 15.001, "longitude": 103.555}
    assert place["address"]["addressRegion"] == "สุรินทร์"


def test_story_is_an_article_with_its_lead_as_description(client, maker_a):
    story = add_story(maker_a)
    html = client.get("/en" + story.url).content.decode()
    (article,) = json_ld(html)
    assert article["@type"] == "Article" and article["headline"] == "A silk story"
    assert meta(html, "name", "description") == "English lead"
    assert meta(html, "property", "og:type") == "article"


def test_json_ld_cannot_break_out_of_its_script_tag():
    script = str(json_ld_script({"name": "</script><script>alert(1)</script>"}))
    assert "</script><script>" not in script
    assert script.count("</script>") == 1


# The keys schema.org consumers (search engines' rich results) need before they use an object.
REQUIRED_KEYS = {
    "Product": {"name", "url"},
    "Offer": {"price", "priceCurrency", "availability"},
    "Review": {"author", "reviewRating"},
    "Rating": {"ratingValue", "bestRating"},
    "Organization": {"name"},
    "Brand": {"name"},
    "PostalAddress": {"addressRegion", "addressCountry"},
    "TouristAttraction": {"name", "url", "address"},
    "GeoCoordinates": {"latitude", "longitude"},
    "Article": {"headline", "author", "datePublished", "publisher"},
}


def structural_problems(data, path="$") -> list[str]:
    """Each object with a known @type lacking a required key, or a value that is empty."""
    problems = []
    if isinstance(data, dict):
        kind = data.get("@type")
        if path == "$" and data.get("@context") != "https://schema.org":
            problems.append(f"{path}: no schema.org @context")
        if not kind:
            problems.append(f"{path}: no @type")
        problems += [f"{path}: {kind} lacks {key}" for key in sorted(REQUIRED_KEYS.get(kind, set()) - data.keys())]
        for key, value in data.items():
            if value in (None, "", [], {}):
                problems.append(f"{path}.{key} is empty")
            elif isinstance(value, dict):
                problems += structural_problems(value, f"{path}.{key}")
    return problems


def test_json_ld_of_every_page_type_has_the_required_keys(client, maker_a):
    story = add_story(maker_a)
    village = add_village(maker_a)
    with translation.override("th"):
        product_url = maker_a.product.get_absolute_url()
    expected = {product_url: "Product", "/producers/maker-a/": "Organization", village.url: "TouristAttraction",
                story.url: "Article"}
    for url, kind in expected.items():
        for language_url in (url, "/en" + url):
            blocks = json_ld(client.get(language_url).content.decode())
            assert kind in {block["@type"] for block in blocks}, language_url
            for block in blocks:
                assert structural_problems(block) == [], language_url
    (product,) = [b for b in json_ld(client.get(product_url).content.decode()) if b["@type"] == "Product"]
    # A product needs an offer or a review to be shown with price and stars: it has both.
    assert product["offers"]["@type"] == "Offer" and product["review"]["reviewRating"]["@type"] == "Rating"
    assert product["review"]["author"]["name"]


def test_structural_check_reports_missing_keys():
    problems = structural_problems({"@context": "https://schema.org", "@type": "Product", "name": "x",
                                    "url": "/p/", "offers": {"@type": "Offer", "price": "1.00"}})
    assert problems == ["$.offers: Offer lacks availability", "$.offers: Offer lacks priceCurrency"]


def test_every_sitemap_row_names_its_thai_and_english_versions(client, maker_a):
    add_story(maker_a)
    add_village(maker_a)
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    rows = tree.findall("s:url", SITEMAP_NS)
    assert len(rows) >= 14  # home, 3 indexes, storefront, story, village, product: each in two languages
    for row in rows:
        location = row.find("s:loc", SITEMAP_NS).text
        alternates = {link.get("hreflang"): link.get("href")
                      for link in row.findall("x:link[@rel='alternate']", SITEMAP_NS)}
        assert set(alternates) == {"th", "en"}, location
        assert location in alternates.values()
        assert alternates["en"] == alternates["th"].replace("http://testserver/", "http://testserver/en/", 1)
