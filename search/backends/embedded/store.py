"""What is kept in memory about one version of the index: its filter, facet and sort columns."""

import json
from collections import Counter

from ...facets import price_band_index
from .speller import Speller


class IndexState:
    """What is cached about one version of the index file."""

    def __init__(self, version):
        self.version = version
        self.terms: dict[str, bool] = {}
        self.prefixes: dict[str, bool] = {}
        self.corrections: dict[str, str | None] = {}
        self.speller: Speller | None = None
        self.store: Store | None = None
        self.group_tokens = False
        self.fine = False  # the index has the ``fine`` column filled
        self.built_for = ""


class Store:
    """The filter, facet and sort columns of one index version, in memory.

    Matching stays in the FTS5 inverted index; what to do with the matches
    (filters, drill-sideways facet counts, sorting, paging) is done here on
    plain lists, which at 100,000 products is several times faster than
    joining every match back to the ``doc`` table in SQL. A product's position
    in the lists is its id when ids are dense enough (the usual case), so the
    row ids FTS5 returns need no translation.
    """

    def __init__(self, rows: list[tuple]):
        rows.sort(key=lambda r: r[0])
        present = [r[0] for r in rows]
        top = present[-1] if present else -1
        self.direct = top <= 4 * len(rows) + 10_000
        size = top + 1 if self.direct else len(rows)
        self.ids = list(range(size)) if self.direct else present
        self.pos = None if self.direct else {pk: n for n, pk in enumerate(present)}
        self.all = present if self.direct else list(range(len(rows)))
        combos: dict[tuple, int] = {}
        self.combo = [0] * size
        self.price = [0.0] * size
        self.stars = [0] * size
        created = [""] * size
        title_len = [0] * size
        self.head = [""] * size  # the first word of the title: what the product is (ผ้าไหม…, กาแฟ…)
        self.province = [""] * size
        self.region_of: dict[str, str] = {}
        for n, (_pk, category, province, region, producer_type, stars, price, made, length, head) in zip(
                self.all, rows, strict=True):
            self.head[n] = head
            key = (category, producer_type, stars, price_band_index(price))
            self.combo[n] = combos.setdefault(key, len(combos))
            self.province[n] = province
            self.region_of[province] = region
            self.price[n], self.stars[n], created[n], title_len[n] = price, stars, made, length
        # At most 5 × 3 × 5 × 5 combos: (category, producer type, stars, price range). Province and
        # region (77 and 6 values) are counted per product instead, so the combos stay few.
        self.combos = list(combos)
        self.combos_by_value: list[dict] = [{} for _ in range(3)]  # category, producer type, stars
        for number, key in enumerate(self.combos):
            for dimension in range(3):
                self.combos_by_value[dimension].setdefault(key[dimension], set()).add(number)
        self.all_provinces = Counter(self.province[n] for n in self.all)
        self.by_province: dict[str, list[int]] = {}
        self.provinces_by_combo: list[Counter] = [Counter() for _ in self.combos]
        for n in self.all:
            self.by_province.setdefault(self.province[n], []).append(n)
            self.provinces_by_combo[self.combo[n]][self.province[n]] += 1
        self.all_counts = Counter(self.combo[n] for n in self.all)
        self.by_price = sorted(self.all, key=self.price.__getitem__)
        self.sorted_prices = [self.price[n] for n in self.by_price]
        self.by_combo: dict[int, list[int]] = {}
        for n in self.all:
            self.by_combo.setdefault(self.combo[n], []).append(n)

        ids, price = self.ids, self.price
        # Whole-catalogue orders (ties broken as the SQL orders did), and as ranks (smaller first).
        self.orders = {
            "price_asc": self.by_price,
            "price_desc": sorted(self.all, key=lambda n: (-price[n], ids[n])),
            "newest": sorted(self.all, key=lambda n: (created[n], ids[n]), reverse=True),
            "stars": sorted(self.all, key=lambda n: (-self.stars[n], ids[n])),
            # Without BM25: short titles (the query is most of the title) and more stars first.
            "static": sorted(self.all, key=lambda n: (title_len[n], -self.stars[n], ids[n])),
        }
        self._ranks: dict[str, list[int]] = {}
        self.rank_static = self.ranks("static")

    def ranks(self, order_name: str) -> list[int]:
        """Position of every product in a whole-catalogue order, computed when first needed."""
        cached = self._ranks.get(order_name)
        if cached is None:
            cached = [0] * len(self.price)
            for position, n in enumerate(self.orders[order_name]):
                cached[n] = position
            self._ranks[order_name] = cached
        return cached

    def positions(self, rowids_json: str) -> list[int]:
        rowids = json.loads(rowids_json)
        if self.direct:
            return rowids
        return [n for n in map(self.pos.get, rowids) if n is not None]
