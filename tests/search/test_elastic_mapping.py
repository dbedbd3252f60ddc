"""The Elasticsearch backend without a cluster: mapping, analysis, request bodies, and the
backend's calls against a fake client."""

import json
from decimal import Decimal

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import NotFoundError

from search import analysis
from search.analysis import segmented
from search.backends import elastic
from search.backends.base import SORTS, SearchRequest
from search.backends.elastic import (
    ElasticBackend,
    Questions,
    Vocabulary,
    bulk_actions,
    delete_actions,
    dictionary_is_term,
    index_body,
    parse_search_response,
    parse_suggestions,
    parse_vocabulary,
    search_body,
    suggest_body,
    vocabulary_body,
    vocabulary_questions,
)
from search.backends.embedded import _PRICE_RANGES
from search.documents import ProductDocument


def _doc(pk=1, title_th="ผ้าไหมมัดหมี่สุรินทร์", title_en="Surin mudmee silk", stars=5, price="2500"):
    return ProductDocument(
        product_id=pk, upc=f"{pk:013d}", title_th=title_th, title_en=title_en,
        text=segmented(f"{title_th} {title_en} ทอมือ"), title_text=segmented(f"{title_th} {title_en}"),
        category="textile", province_code="TH-32", region="northeast", producer_type="community_group",
        stars=stars, price=Decimal(price), created="2026-01-01T00:00:00+07:00",
    )


def _index_knows(*terms, prefixes=()):
    """``is_term`` and ``has_prefix`` answers, as ``search_body`` takes them."""
    vocabulary = Vocabulary(frozenset(terms), frozenset(prefixes))
    return vocabulary.is_term, vocabulary.has_prefix


def _body(q, *terms, prefixes=(), **kwargs):
    return search_body(SearchRequest(q=q, **kwargs), *_index_knows(*terms, prefixes=prefixes))


def _walk(node):
    """Every dict inside a request body."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _clauses(body, kind):
    return [d[kind] for d in _walk(body) if kind in d]


def _multi_matches(body):
    return {m["query"]: m for m in _clauses(body["query"], "multi_match")}


def _prefixes(body):
    return [m[elastic.PREFIX_FIELD]["query"] for m in _clauses(body["query"], "match") if elastic.PREFIX_FIELD in m]


def _prefix_of(word):
    """The clause for a word starting with ``word``: title edge n-grams, or any word of the text."""
    return {"bool": {"minimum_should_match": 1, "should": [
        {"match": {"title_text.prefix": {"query": word, "operator": "and"}}},
        {"prefix": {"text": {"value": word}}},
    ]}}


def _not_found():
    meta = ApiResponseMeta(status=404, http_version="1.1", headers=HttpHeaders(), duration=0.0,
                           node=NodeConfig("http", "localhost", 9200))
    return NotFoundError("index_not_found_exception", meta, {"error": {"type": "index_not_found_exception"}})


# --- settings and mapping ------------------------------------------------------
@pytest.fixture
def body():
    return index_body("products-20260101000000000000")


def test_word_analyzers_split_on_white_space_and_add_synonyms_at_search_time_only(body):
    analysis_settings = body["settings"]["analysis"]
    index_side = analysis_settings["analyzer"][elastic.WORDS_ANALYZER]
    search_side = analysis_settings["analyzer"][elastic.WORDS_SEARCH_ANALYZER]
    assert index_side == {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}
    assert search_side["tokenizer"] == "whitespace"
    assert search_side["filter"] == ["lowercase", elastic.SYNONYM_FILTER]
    synonym_filter = analysis_settings["filter"][elastic.SYNONYM_FILTER]
    assert synonym_filter["type"] == "synonym_graph"
    rules = synonym_filter["synonyms"]
    # The groups of search.synonyms, analysed like documents (search.analysis), and the known typos.
    assert rules == analysis.elasticsearch_synonym_rules()
    silk = next(r for r in rules if "silk" in r.split(", "))
    assert "ผ้าไหม" in silk.split(", ")
    assert "ชา" in next(r for r in rules if "tea" in r.split(", ")).split(", ")
    assert any(" => " in r for r in rules)
    assert all(r.strip() and "\n" not in r for r in rules)


def test_synonym_rules_are_read_when_the_index_is_created(monkeypatch):
    monkeypatch.setattr(analysis, "elasticsearch_synonym_rules", lambda: ["ผ้าคราม, indigo"])
    rules = index_body()["settings"]["analysis"]["filter"][elastic.SYNONYM_FILTER]["synonyms"]
    assert rules == ["ผ้าคราม, indigo"]


def test_text_fields_use_the_word_analyzers(body):
    props = body["mappings"]["properties"]
    for name in ("text", "title_text"):
        assert props[name]["type"] == "text"
        assert props[name]["analyzer"] == elastic.WORDS_ANALYZER
        assert props[name]["search_analyzer"] == elastic.WORDS_SEARCH_ANALYZER
    # Prefix queries on the whole text (last word typed) are served from indexed prefixes.
    assert props["text"]["index_prefixes"] == {"min_chars": 2, "max_chars": 5}


def test_title_text_has_english_thai_and_prefix_subfields(body):
    analysis = body["settings"]["analysis"]
    fields = body["mappings"]["properties"]["title_text"]["fields"]
    assert fields["english"] == {"type": "text", "analyzer": "english"}
    assert fields["thai"] == {"type": "text", "analyzer": "thai"}
    prefix = fields["prefix"]
    assert prefix["type"] == "text"
    index_side = analysis["analyzer"][prefix["analyzer"]]
    assert index_side["tokenizer"] == "whitespace"
    edge = analysis["filter"][index_side["filter"][-1]]
    assert edge == {"type": "edge_ngram", "min_gram": 1, "max_gram": 20}
    # The query side is not n-grammed; it is cut to max_gram so a long prefix still matches.
    search_side = analysis["analyzer"][prefix["search_analyzer"]]
    assert search_side["tokenizer"] == "whitespace"
    assert [analysis["filter"].get(f, f) for f in search_side["filter"]] == [
        "lowercase", {"type": "truncate", "length": 20}]


def test_facet_and_sort_fields(body):
    props = body["mappings"]["properties"]
    for name in ("upc", "category", "province_code", "region", "producer_type"):
        assert props[name] == {"type": "keyword"}
    assert props["product_id"] == {"type": "integer"}
    assert props["stars"] == {"type": "integer"}
    assert props["price"] == {"type": "scaled_float", "scaling_factor": 100}
    assert props["created"] == {"type": "date"}
    assert body["mappings"]["dynamic"] == "strict"


def test_completion_field_keeps_each_input_whole(body):
    suggest = body["mappings"]["properties"]["suggest"]
    assert suggest["type"] == "completion"
    assert body["settings"]["analysis"]["analyzer"][suggest["analyzer"]] == {
        "type": "custom", "tokenizer": "keyword", "filter": ["lowercase"]}


def test_index_settings_for_building_and_serving():
    building = index_body("x", replicas=1, building=True)["settings"]
    serving = index_body("x", replicas=1)["settings"]
    assert building["refresh_interval"] == "-1" and building["number_of_replicas"] == 0
    assert "refresh_interval" not in serving and serving["number_of_replicas"] == 1
    assert serving["number_of_shards"] == 1


def test_body_is_json():
    json.dumps(index_body(), ensure_ascii=False)
    json.dumps(search_body(SearchRequest(q="ผ้าไหม", min_price=Decimal("10.50"))), ensure_ascii=False)


# --- bulk actions --------------------------------------------------------------
def test_bulk_actions_from_product_documents(body):
    doc = _doc()
    [action] = list(bulk_actions([doc], "products-1"))
    assert action["_op_type"] == "index"
    assert action["_index"] == "products-1"
    assert action["_id"] == "1"
    source = action["_source"]
    # The mapping is strict: every field the source carries must be mapped, and all are filled.
    assert set(source) == set(body["mappings"]["properties"])
    assert source["product_id"] == 1
    assert source["title_text"] == "ผ้าไหม มัดหมี่ สุรินทร์ surin mudmee silk"
    assert source["text"].endswith("ทอ มือ")
    assert source["price"] == 2500.0
    assert source["stars"] == 5
    assert source["created"] == "2026-01-01T00:00:00+07:00"
    assert source["suggest"]["weight"] == 6
    inputs = source["suggest"]["input"]
    assert inputs[:2] == ["ผ้าไหมมัดหมี่สุรินทร์", "surin mudmee silk"]
    assert {"ผ้าไหม", "มัดหมี่", "สุรินทร์", "surin", "mudmee", "silk"} <= set(inputs)
    assert len(inputs) == len(set(inputs))
    json.dumps(action, ensure_ascii=False)


def test_bulk_actions_stream_lazily_and_skip_empty_titles():
    docs = (_doc(pk, title_en="") for pk in range(1, 4))
    actions = bulk_actions(docs, "products")
    assert next(actions)["_id"] == "1"
    rest = list(actions)
    assert [a["_id"] for a in rest] == ["2", "3"]
    assert "" not in rest[0]["_source"]["suggest"]["input"]


def test_delete_actions():
    assert list(delete_actions([3, "4"], "products")) == [
        {"_op_type": "delete", "_index": "products", "_id": "3"},
        {"_op_type": "delete", "_index": "products", "_id": "4"},
    ]


# --- the text query ------------------------------------------------------------
def test_thai_compound_query_requires_each_segmented_word_or_a_synonym():
    body = _body("ผ้าไหม สุรินทร์", "ผ้าไหม", "สุรินทร์")
    silk, surin = body["query"]["bool"]["must"]
    assert {m["query"] for m in _clauses(silk, "multi_match")} >= {"ผ้าไหม", "silk", "thai silk"}
    assert {m["query"] for m in _clauses(surin, "multi_match")} == {"สุรินทร์", "surin"}
    for clause in _clauses(body["query"], "multi_match"):
        assert clause["fields"] == ["title_text^5", "text", "title_text.english^2"]
    phrase = next(c for c in silk["bool"]["should"] if c["multi_match"]["query"] == "thai silk")
    assert phrase["multi_match"]["type"] == "phrase"
    assert phrase["multi_match"]["slop"] == 3  # as the embedded backend's NEAR
    assert _prefixes(body) == []


def test_thai_compound_typed_without_spaces():
    body = _body("ผ้าไหมสุรินทร์", "ผ้าไหม", "สุรินทร์")
    [clause] = body["query"]["bool"]["must"]
    # As in the embedded backend: the segmented words, or the chunk as typed as a prefix.
    segmented_words, raw = clause["bool"]["should"]
    assert clause["bool"]["minimum_should_match"] == 1
    words = {m["query"] for m in _clauses(segmented_words, "multi_match")}
    assert {"ผ้าไหม", "สุรินทร์"} <= words
    assert raw == _prefix_of("ผ้าไหมสุรินทร์")


def test_thai_subfield_only_ranks():
    """ES's own Thai segmentation splits compounds (มะม่วงหิมพานต์), so it never decides matches."""
    body = _body("มะม่วง", "มะม่วง")
    assert "title_text.thai" not in json.dumps(body["query"]["bool"]["must"])
    assert {"match": {"title_text.thai": {"query": "มะม่วง"}}} in body["query"]["bool"]["should"]


def test_latin_typo_is_fuzzy():
    body = _body("bascet scarf ", "scarf")
    assert _multi_matches(body)["bascet"]["fuzziness"] == "AUTO:4,8"
    assert _multi_matches(body)["bascet"]["prefix_length"] == 1
    assert "fuzziness" not in _multi_matches(body)["scarf"]


def test_known_misspellings_are_fixed_before_searching():
    body = _body("cofee", "coffee")  # cofee is in search.synonyms.TYPOS
    assert "coffee" in _multi_matches(body) and "cofee" not in _multi_matches(body)
    assert "กาแฟ" in _multi_matches(body)


def test_known_and_short_latin_words_are_not_fuzzy():
    matches = _multi_matches(_body("silk teak 500g tea bascet", "silk", "500g"))
    assert "fuzziness" not in matches["silk"]  # a word of the index: silk must not bring milk
    assert "fuzziness" not in matches["teak"]  # a synonym entry is a real word
    assert "fuzziness" not in matches["500g"]
    assert "fuzziness" not in matches["tea"]
    assert matches["bascet"]["fuzziness"] == "AUTO:4,8"


def test_last_word_starting_an_indexed_word_is_a_prefix_not_a_typo():
    body = _body("oolo", prefixes=("oolo",))
    assert _prefixes(body) == ["oolo"]
    assert "fuzziness" not in json.dumps(body)
    body = _body("mangi")  # starts no word of the index: maybe a typo
    assert _prefixes(body) == ["mangi"]
    assert _multi_matches(body)["mangi"]["fuzziness"] == "AUTO:4,8"


def test_thai_words_are_never_fuzzy():
    for q in ("กาแฟฟ", "ผ้าไหมมม สุรินทร์", "ชาวเขา", "มะม่วงง "):
        assert "fuzziness" not in json.dumps(_body(q)), q


def test_whole_last_word_is_not_a_prefix():
    # ชา ("tea") is a word of the index: it must not complete to ชาวเขา ("hill tribe").
    body = _body("ชา", "ชา")
    assert _prefixes(body) == []
    [tea] = body["query"]["bool"]["must"]
    assert {m["query"] for m in _clauses(tea, "multi_match")} == {"ชา", "น้ำชา", "tea"}


def test_partial_last_word_matches_as_a_prefix():
    body = _body("ชาว", "ชา")
    [last] = body["query"]["bool"]["must"]
    assert last == _prefix_of("ชาว")


def test_a_trailing_space_ends_the_word():
    assert _prefixes(_body("ชาว ")) == []
    assert _prefixes(_body("oolo ")) == []


def test_only_the_last_word_is_a_prefix():
    assert _prefixes(_body("oolo tea", "tea")) == []
    assert _prefixes(_body("tea oolo", "tea")) == ["oolo"]


def test_missegmented_thai_prefix_also_tries_the_unsegmented_chunk():
    # ผ้าไห segments as ผ้า + ไห ("jar"); the typist means ผ้าไหม.
    body = _body("ผ้าไห", "ผ้า")
    [last] = body["query"]["bool"]["must"]
    assert last["bool"]["minimum_should_match"] == 1
    segmented_words, raw = last["bool"]["should"]
    assert raw == _prefix_of("ผ้าไห")
    assert _prefixes({"query": segmented_words}) == ["ไห"]


def test_whole_words_typed_together_are_not_prefixes():
    body = _body("มะม่วงอบแห้ง", *analysis.tokens("มะม่วงอบแห้ง"), "มะม่วงอบแห้ง")
    assert _prefixes(body) == []


def test_dictionary_fallback_for_the_whole_word_rule():
    assert dictionary_is_term("ชา")
    assert not dictionary_is_term("ผ้าไห")
    assert not dictionary_is_term("coffee")
    assert _prefixes(search_body(SearchRequest(q="ชา"))) == []
    assert "ผ้าไห" in _prefixes(search_body(SearchRequest(q="ผ้าไห")))


def test_relaxed_query_wants_any_part():
    strict = _body("silk zzzz", "silk")
    assert len(strict["query"]["bool"]["must"]) == 2
    relaxed = search_body(SearchRequest(q="silk zzzz"), *_index_knows("silk"), relaxed=True)
    [any_part] = relaxed["query"]["bool"]["must"]
    assert any_part["bool"]["minimum_should_match"] == 1
    assert any_part["bool"]["should"] == strict["query"]["bool"]["must"]


def test_questions_for_the_index_are_those_that_change_the_query():
    questions = vocabulary_questions("bascet ผ้าไห")
    assert {"bascet", "ไห", "ผ้าไห"} <= set(questions.terms)
    assert questions.prefixes == ()
    assert vocabulary_questions("tea oolo").prefixes == ("oolo",)
    assert not vocabulary_questions("   ")


def test_the_index_answers_in_one_request():
    questions = Questions(terms=("ชา", "ผ้าไห"), prefixes=("oolo",))
    body = vocabulary_body(questions)
    assert body["size"] == 0
    assert "query" not in body
    assert body["aggs"] == {
        "t0": {"filter": {"term": {"text": "ชา"}}},
        "t1": {"filter": {"term": {"text": "ผ้าไห"}}},
        "p0": {"filter": {"prefix": {"text": "oolo"}}},
    }
    raw = {"aggregations": {"t0": {"doc_count": 3}, "t1": {"doc_count": 0}, "p0": {"doc_count": 1}}}
    vocabulary = parse_vocabulary(questions, raw)
    assert vocabulary.is_term("ชา") and not vocabulary.is_term("ผ้าไห")
    assert vocabulary.has_prefix("oolo")


def test_query_syntax_characters_are_plain_words():
    body = _body('"silk" * (', "silk")
    assert "silk" in _multi_matches(body)
    assert "query_string" not in json.dumps(body)


# --- filters, facets, sorting, pages -------------------------------------------
@pytest.mark.parametrize("q", ["", "   ", "* ("])
def test_empty_query_matches_all_and_keeps_filters(q):
    body = search_body(SearchRequest(q=q, category="beverage", stars=4))
    assert body["query"] == {"match_all": {}}
    assert body["post_filter"] == {"bool": {"filter": [{"term": {"category": "beverage"}},
                                                       {"range": {"stars": {"gte": 4}}}]}}


def test_no_filters_no_post_filter():
    body = search_body(SearchRequest())
    assert "post_filter" not in body
    for name in ("category", "province", "region", "stars", "producer_type", "price"):
        assert body["aggs"][name]["filter"] == {"match_all": {}}


def test_every_filter_goes_to_the_post_filter():
    request = SearchRequest(q="ผ้าไหม", category="textile", province="TH-32", region="northeast",
                            producer_type="sme", stars=4, min_price=Decimal(200), max_price=Decimal(400))
    body = search_body(request, *_index_knows("ผ้าไหม"))
    assert body["post_filter"]["bool"]["filter"] == [
        {"term": {"category": "textile"}},
        {"term": {"province_code": "TH-32"}},
        {"term": {"region": "northeast"}},
        {"term": {"producer_type": "sme"}},
        {"range": {"stars": {"gte": 4}}},
        {"range": {"price": {"gte": 200.0, "lte": 400.0}}},
    ]
    # Filters never narrow the query itself: facets are counted before the post_filter.
    assert "term" not in json.dumps(body["query"])


def test_facets_are_drill_sideways():
    request = SearchRequest(category="food", province="TH-84", max_price=Decimal(300))
    aggs = search_body(request)["aggs"]
    category = {"term": {"category": "food"}}
    province = {"term": {"province_code": "TH-84"}}
    price = {"range": {"price": {"lte": 300.0}}}
    assert aggs["category"]["filter"]["bool"]["filter"] == [province, price]
    assert aggs["province"]["filter"]["bool"]["filter"] == [category, price]
    assert aggs["region"]["filter"]["bool"]["filter"] == [category, province, price]
    assert aggs["stars"]["filter"]["bool"]["filter"] == [category, province, price]
    assert aggs["producer_type"]["filter"]["bool"]["filter"] == [category, province, price]
    assert aggs["price"]["filter"]["bool"]["filter"] == [category, province]
    fields = {name: agg["aggs"]["values"]["terms"]["field"] for name, agg in aggs.items() if name != "price"}
    assert fields == {"category": "category", "province": "province_code", "region": "region", "stars": "stars",
                      "producer_type": "producer_type"}
    assert aggs["province"]["aggs"]["values"]["terms"]["size"] >= 77


def test_price_ranges_match_the_embedded_buckets():
    ranges = search_body(SearchRequest())["aggs"]["price"]["aggs"]["ranges"]["range"]
    assert ranges["field"] == "price"
    assert [(r["key"], r["from"], r.get("to")) for r in ranges["ranges"]] == list(_PRICE_RANGES)


@pytest.mark.parametrize("sort, first", [
    ("relevance", "_score"),
    ("price_asc", {"price": {"order": "asc"}}),
    ("price_desc", {"price": {"order": "desc"}}),
    ("newest", {"created": {"order": "desc"}}),
    ("stars", {"stars": {"order": "desc"}}),
])
def test_sorts(sort, first):
    order = search_body(SearchRequest(sort=sort))["sort"]
    assert order[0] == first
    assert "product_id" in order[-1]  # a stable tie-break for pagination


def test_every_sort_of_the_interface_is_supported():
    assert set(SORTS) == set(elastic.SORTS)
    assert search_body(SearchRequest(sort="bogus"))["sort"] == elastic.SORTS["relevance"]


def test_pagination_and_total():
    body = search_body(SearchRequest(page=3, page_size=24))
    assert (body["from"], body["size"]) == (48, 24)
    assert body["track_total_hits"] is True
    assert body["_source"] is False
    body = search_body(SearchRequest(page=0, page_size=10))
    assert (body["from"], body["size"]) == (0, 10)


def test_pages_past_the_result_window_are_empty_not_errors():
    body = search_body(SearchRequest(page=500, page_size=24))
    assert body["from"] + body["size"] <= elastic.MAX_RESULT_WINDOW


# --- responses -----------------------------------------------------------------
def _terms_agg(*buckets):
    return {"doc_count": 9, "values": {"buckets": [{"key": k, "doc_count": n} for k, n in buckets]}}


def test_search_response_parsing():
    raw = {
        "hits": {"total": {"value": 7, "relation": "eq"}, "hits": [{"_id": "5", "_score": None}, {"_id": "4"}]},
        "aggregations": {
            "category": _terms_agg(("food", 2), ("textile", 1)),
            "province": _terms_agg(("TH-84", 2)),
            "region": _terms_agg(),
            "stars": _terms_agg((5, 3), (4, 1)),
            "producer_type": _terms_agg(("sme", 1)),
            "price": {"doc_count": 9, "ranges": {"buckets": [
                {"key": key, "from": low, "doc_count": i} for i, (key, low, _high) in enumerate(_PRICE_RANGES)]}},
        },
    }
    response = parse_search_response(raw)
    assert response.count == 7
    assert response.product_ids == [5, 4]
    facets = {name: [(f.value, f.count) for f in values] for name, values in response.facets.items()}
    assert facets["category"] == [("food", 2), ("textile", 1)]
    assert facets["stars"] == [("5", 3), ("4", 1)]
    assert facets["region"] == []
    assert facets["price"] == [(key, i) for i, (key, _low, _high) in enumerate(_PRICE_RANGES)]


# --- suggestions ---------------------------------------------------------------
def test_suggest_body():
    body = suggest_body("  ผ้าไห ")
    assert body["suggest"]["titles"]["prefix"] == "ผ้าไห"
    completion = body["suggest"]["titles"]["completion"]
    assert completion["field"] == "suggest"
    assert completion["skip_duplicates"] is True
    assert "fuzzy" not in completion
    assert suggest_body("Cofe")["suggest"]["titles"]["prefix"] == "cofe"
    assert suggest_body("cofe")["suggest"]["titles"]["completion"]["fuzzy"]["fuzziness"] == "AUTO:4,8"
    assert "fuzzy" not in suggest_body("tea")["suggest"]["titles"]["completion"]
    assert suggest_body("   ") is None


def test_suggestions_are_titles_in_the_typed_script_without_duplicates():
    raw = {"suggest": {"titles": [{"text": "ผ้า", "options": [
        {"text": "ผ้าไหม", "_source": {"title_th": "ผ้าไหมแพรวา", "title_en": "Praewa silk"}},
        {"text": "ผ้าไหมแพรวา", "_source": {"title_th": "ผ้าไหมแพรวา", "title_en": "Praewa silk"}},
        {"text": "ผ้าฝ้าย", "_source": {"title_th": "", "title_en": "Cotton scarf"}},
        {"text": "ผ้าคราม", "_source": {"title_th": "ผ้าครามสกลนคร"}},
    ]}]}}
    assert parse_suggestions(raw) == ["ผ้าไหมแพรวา", "Cotton scarf", "ผ้าครามสกลนคร"]
    assert parse_suggestions(raw, limit=1) == ["ผ้าไหมแพรวา"]
    assert parse_suggestions(raw, english=True) == ["Praewa silk", "Cotton scarf", "ผ้าครามสกลนคร"]
    assert parse_suggestions({}) == []


# --- the backend against a fake client -----------------------------------------
class _Response:
    def __init__(self, body):
        self.body = body


class FakeIndices:
    def __init__(self, client):
        self.client = client
        self.aliases: dict[str, set[str]] = {}  # index -> aliases
        self.concrete: set[str] = set()

    def _log(self, name, **kwargs):
        self.client.calls.append((name, kwargs))

    def create(self, index, settings, mappings):
        self._log("create", index=index, settings=settings)
        self.concrete.add(index)
        self.aliases[index] = set()

    def put_settings(self, index, settings):
        self._log("put_settings", index=index, settings=settings)

    def refresh(self, index):
        self._log("refresh", index=index)

    def exists(self, index):
        return index in self.concrete or any(index in a for a in self.aliases.values())

    def exists_alias(self, name):
        return any(name in a for a in self.aliases.values())

    def get_alias(self, name=None, index=None):
        if name is not None:
            found = {i: {"aliases": {name: {}}} for i, a in self.aliases.items() if name in a}
            if not found:
                raise _not_found()
            return _Response(found)
        prefix = index.rstrip("*")
        return _Response({i: {"aliases": {a: {} for a in al}} for i, al in self.aliases.items()
                          if i.startswith(prefix)})

    def update_aliases(self, actions):
        self._log("update_aliases", actions=actions)
        for action in actions:
            (kind, args), = action.items()
            if kind == "add":
                self.aliases[args["index"]].add(args["alias"])
            elif kind == "remove":
                self.aliases[args["index"]].discard(args["alias"])

    def delete(self, index):
        self._log("delete", index=index)
        self.concrete.discard(index)
        self.aliases.pop(index, None)


class FakeClient:
    def __init__(self, responses=()):
        self.calls = []
        self.indices = FakeIndices(self)
        self.responses = list(responses)

    def options(self, **kwargs):
        return self

    def search(self, index, body):
        self.calls.append(("search", {"index": index, "body": body}))
        response = self.responses.pop(0)
        if isinstance(response, Exception):
            raise response
        return _Response(response)


@pytest.fixture
def bulk_calls(monkeypatch):
    calls = []

    def fake_streaming_bulk(client, actions, **kwargs):
        calls.append((list(actions), kwargs))
        return iter(())

    monkeypatch.setattr(elastic.helpers, "streaming_bulk", fake_streaming_bulk)
    return calls


def _names(client):
    return [name for name, _kwargs in client.calls]


def test_replace_all_builds_a_new_index_then_swaps_the_alias(bulk_calls):
    client = FakeClient()
    backend = ElasticBackend(alias="products", client=client, replicas=1)
    backend.index_replace_all([_doc(1), _doc(2)])
    first = next(i for i in client.indices.concrete)
    assert first.startswith("products-")
    assert _names(client) == ["create", "put_settings", "refresh", "update_aliases"]
    assert client.calls[0][1]["settings"]["refresh_interval"] == "-1"
    assert client.calls[1][1]["settings"] == {"index": {"refresh_interval": None, "number_of_replicas": 1}}
    [(actions, kwargs)] = bulk_calls
    assert [a["_id"] for a in actions] == ["1", "2"]
    assert {a["_index"] for a in actions} == {first}
    assert kwargs["chunk_size"] == 500

    client.calls.clear()
    backend.index_replace_all(iter([_doc(3)]))
    second = max(client.indices.concrete)
    assert second > first
    assert _names(client) == ["create", "put_settings", "refresh", "update_aliases", "delete"]
    assert client.calls[3][1]["actions"] == [{"remove": {"index": first, "alias": "products"}},
                                             {"add": {"index": second, "alias": "products"}}]
    assert client.calls[4][1] == {"index": first}
    assert client.indices.concrete == {second}
    assert client.indices.aliases == {second: {"products"}}


def test_failed_rebuild_drops_the_new_index_and_keeps_the_alias(monkeypatch, bulk_calls):
    client = FakeClient()
    backend = ElasticBackend(alias="products", client=client)
    backend.index_replace_all([_doc(1)])
    serving = set(client.indices.concrete)

    def broken(*args, **kwargs):
        raise RuntimeError("bulk failed")

    monkeypatch.setattr(elastic.helpers, "streaming_bulk", broken)
    with pytest.raises(RuntimeError):
        backend.index_replace_all([_doc(1)])
    assert client.indices.concrete == serving
    assert client.indices.aliases == {next(iter(serving)): {"products"}}


def test_rebuild_replaces_a_concrete_index_squatting_the_alias_name(bulk_calls):
    client = FakeClient()
    client.indices.concrete.add("products")
    client.indices.aliases["products"] = set()
    ElasticBackend(alias="products", client=client).index_replace_all([])
    actions = next(kwargs for name, kwargs in client.calls if name == "update_aliases")["actions"]
    assert actions[0] == {"remove_index": {"index": "products"}}
    assert list(actions[1]) == ["add"]


def test_rebuild_cleans_up_leftovers_of_failed_older_builds(bulk_calls):
    client = FakeClient()
    leftover = "products-20000101000000000000"
    client.indices.create(index=leftover, settings={}, mappings={})
    client.indices.create(index="products-archive", settings={}, mappings={})
    ElasticBackend(alias="products", client=client).index_replace_all([])
    assert leftover not in client.indices.concrete
    assert "products-archive" in client.indices.concrete


def test_upsert_goes_to_the_alias_creating_the_index_if_needed(bulk_calls):
    client = FakeClient()
    backend = ElasticBackend(alias="shop-products", client=client, refresh="wait_for")
    backend.index_upsert(iter([]))
    assert client.calls == [] and bulk_calls == []
    backend.index_upsert(iter([_doc(7)]))
    assert _names(client) == ["create", "update_aliases"]
    [(actions, kwargs)] = bulk_calls
    assert [(a["_index"], a["_id"]) for a in actions] == [("shop-products", "7")]
    assert kwargs["refresh"] == "wait_for"
    backend.index_upsert([_doc(8)])
    assert _names(client) == ["create", "update_aliases"]  # the index exists now


def test_delete_ignores_missing_documents_and_missing_index(bulk_calls):
    client = FakeClient()
    backend = ElasticBackend(alias="products", client=client, refresh=True)
    backend.index_delete([1])
    assert bulk_calls == []
    backend.index_replace_all([])
    backend.index_delete([])
    backend.index_delete([1, 2])
    actions, kwargs = bulk_calls[-1]
    assert actions == list(delete_actions([1, 2], "products"))
    assert kwargs["ignore_status"] == (404,)
    assert kwargs["refresh"] is True


def _hits(*ids):
    return {"hits": {"total": {"value": len(ids), "relation": "eq"}, "hits": [{"_id": str(i)} for i in ids]},
            "aggregations": {}}


def test_search_asks_the_index_which_words_are_whole_then_searches():
    lookup = {"aggregations": {"t0": {"doc_count": 2}}}
    client = FakeClient([lookup, _hits(2)])
    response = ElasticBackend(alias="products", client=client).search(SearchRequest(q="ชา"))
    assert response.product_ids == [2] and response.count == 1
    (_, first), (_, second) = client.calls
    assert first["body"] == vocabulary_body(Questions(terms=("ชา",)))
    assert second["index"] == "products"
    assert second["body"] == _body("ชา", "ชา")
    assert _prefixes(second["body"]) == []


def test_search_with_no_product_having_every_word_retries_with_any_word():
    client = FakeClient([_hits(), _hits(4, 1)])
    # Synonym entries, and no word being typed: nothing to ask the index first.
    response = ElasticBackend(client=client).search(SearchRequest(q="silk mango "))
    assert response.product_ids == [4, 1]
    (_, strict), (_, relaxed) = client.calls
    assert len(strict["body"]["query"]["bool"]["must"]) == 2
    assert relaxed["body"]["query"]["bool"]["must"][0]["bool"]["minimum_should_match"] == 1


def test_search_with_one_part_does_not_retry():
    client = FakeClient([{"aggregations": {}}, _hits()])
    assert ElasticBackend(client=client).search(SearchRequest(q="zzzz")).count == 0
    assert len(client.calls) == 2


def test_search_without_words_needs_no_lookup():
    client = FakeClient([_hits()])
    ElasticBackend(client=client).search(SearchRequest(category="food"))
    assert _names(client) == ["search"]


def test_search_and_suggest_before_any_index_are_empty():
    client = FakeClient([_not_found(), _not_found()])
    backend = ElasticBackend(client=client)
    response = backend.search(SearchRequest(q="ชา"))
    assert (response.count, response.product_ids) == (0, [])
    assert [f.value for f in response.facets["price"]] == [key for key, _l, _h in _PRICE_RANGES]
    assert backend.suggest("ผ้า") == []
    assert backend.suggest("") == []


def test_settings_choose_the_elastic_backend(settings):
    from search.backends import search_backend

    settings.ELASTICSEARCH_URL = "http://search.invalid:9200"
    settings.ELASTICSEARCH_INDEX = "otop-products"
    search_backend.cache_clear()
    try:
        backend = search_backend()
        assert isinstance(backend, ElasticBackend)
        assert backend.alias == "otop-products"
        assert backend.refresh == "wait_for"
    finally:
        search_backend.cache_clear()
