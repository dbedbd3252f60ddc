"""Filters and facet counts over the matches, "drill-sideways": each facet counted with every
filter but its own, so a shopper sees what choosing another value would give.

Category, producer type, stars and price band are few values each, so products are grouped by
their combination of them (``Store.combos``) and filters become sets of combinations; province
and region are counted per product.
"""

import itertools
from collections import Counter

from ...facets import PRICE_BANDS, VALUE_FACETS
from ..base import FacetValue, SearchRequest
from .store import Store


def filtered_and_counted(store: Store, request: SearchRequest, matched: list[int], priced: list[int], *,
                         whole_catalogue: bool, has_price: bool) -> tuple[list[int], dict[str, list[FacetValue]]]:
    """The products passing every filter, and every facet's counts.

    ``matched``: the products the words matched (the whole catalogue without words);
    ``priced``: those of them within the price filter.
    """
    combo, province_of = store.combo, store.province
    # Filters on the combos (category, producer type, stars) are sets of combos.
    combo_filters: dict[int, set] = {}
    for dimension, value in ((0, request.category), (1, request.producer_type)):
        if value:
            combo_filters[dimension] = store.combos_by_value[dimension].get(value, set())
    if request.stars:
        combo_filters[2] = set().union(*(c for value, c in store.combos_by_value[2].items()
                                         if value >= request.stars))
    combo_ok = (set(range(len(store.combos))).intersection(*combo_filters.values())
                if combo_filters else None)
    # Filters on the place (province, region) are sets of provinces.
    place_filters: dict[str, set] = {}
    if request.province:
        place_filters["province"] = {request.province}
    if request.region:
        place_filters["region"] = {p for p, r in store.region_of.items() if r == request.region}
    place_ok = set.intersection(*place_filters.values()) if place_filters else None

    def place_passing(docs, skip=None):
        allowed = [f for name, f in place_filters.items() if name != skip]
        if not allowed:
            return docs
        wanted = set.intersection(*allowed)
        return [n for n in docs if province_of[n] in wanted]

    cached = whole_catalogue and not has_price
    if cached and place_ok is not None:  # the catalogue's products in these provinces
        placed = sorted(itertools.chain.from_iterable(store.by_province.get(p, ()) for p in place_ok))
    else:
        placed = place_passing(priced)
    counts = store.all_counts if cached and place_ok is None else Counter(map(combo.__getitem__, placed))
    if combo_ok is None:
        selected = placed
    elif cached and place_ok is None:
        selected = list(itertools.chain.from_iterable(store.by_combo.get(number, ()) for number in combo_ok))
        selected.sort()
    else:
        selected = [n for n in placed if combo[n] in combo_ok]

    facets: dict[str, list[FacetValue]] = {}
    combos = store.combos
    for dimension, name in enumerate(("category", "producer_type", "stars")):
        others = [f for d, f in combo_filters.items() if d != dimension]
        found: dict = {}
        for number, n in counts.items():
            if all(number in f for f in others):
                value = combos[number][dimension]
                found[value] = found.get(value, 0) + n
        facets[name] = found
    # Province and region: products passing the combo filters and the other place filter.
    selected_provinces = None
    for name in ("province", "region"):
        if name in place_filters and cached:  # from the counts kept per combo
            others = [f for other, f in place_filters.items() if other != name]
            allowed = set.intersection(*others) if others else None
            provinces = Counter()
            for number in (combo_ok if combo_ok is not None else range(len(combos))):
                for province, n in store.provinces_by_combo[number].items():
                    if allowed is None or province in allowed:
                        provinces[province] += n
        elif name in place_filters:
            base = place_passing(priced, skip=name)
            if combo_ok is not None:
                base = [n for n in base if combo[n] in combo_ok]
            provinces = Counter(map(province_of.__getitem__, base))
        elif selected is store.all:
            provinces = store.all_provinces
        else:
            if selected_provinces is None:
                selected_provinces = Counter(map(province_of.__getitem__, selected))
            provinces = selected_provinces
        if name == "province":
            facets[name] = dict(provinces)
        else:
            regions: dict = {}
            for province, n in provinces.items():
                region = store.region_of[province]
                regions[region] = regions.get(region, 0) + n
            facets[name] = regions
    # Price ranges: every filter but the price.
    if has_price:
        unpriced = place_passing(matched)
        unpriced_counts = (store.all_counts if whole_catalogue and place_ok is None
                           else Counter(map(combo.__getitem__, unpriced)))
    else:
        unpriced_counts = counts
    price_counts = [0] * len(PRICE_BANDS)
    for number, n in unpriced_counts.items():
        if combo_ok is None or number in combo_ok:
            price_counts[combos[number][3]] += n
    ordered_facets = {
        name: [FacetValue(str(value), n) for value, n in
               sorted(facets[name].items(), key=lambda kv: (-kv[1], str(kv[0])))]
        for name in VALUE_FACETS
    }
    ordered_facets["price"] = [FacetValue(band.key, price_counts[i]) for i, band in enumerate(PRICE_BANDS)]
    return selected, ordered_facets
