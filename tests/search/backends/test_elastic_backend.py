"""What only the Elasticsearch backend has: a mapping any server accepts, the alias lifecycle,
and quick failure when the node is away. Its search behaviours: tests/search/backends/test_backends.py."""

import socket
import time

import pytest

from search.backends.base import SearchRequest, SearchUnavailable
from search.backends.elastic import ElasticBackend, index_body
from search.backends.elastic.mapping import index_mappings
from tests.search.documents import document

# What every Elasticsearch server ships, without any module or plugin.
PREBUILT_ANALYZERS = {"whitespace", "keyword", "standard", "simple"}


def _analyzers(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("analyzer", "search_analyzer"):
                yield value
            yield from _analyzers(value)


def test_the_mapping_needs_nothing_but_the_servers_core():
    body = index_body()
    assert "analysis" not in body["settings"]  # no custom analyzers, tokenizers or filters
    assert set(_analyzers(body["mappings"])) <= PREBUILT_ANALYZERS
    types = {field["type"] for field in body["mappings"]["properties"].values()}
    assert types <= {"integer", "keyword", "text", "double", "date", "completion"}


@pytest.mark.elasticsearch
def test_a_real_node_stores_exactly_the_production_mapping(elastic_backend):
    elastic_backend.index_replace_all([document(1, "ผ้าไหมมัดหมี่สุรินทร์", "Surin mudmee silk")])
    stored = elastic_backend.client.indices.get_mapping(index=elastic_backend.alias).body
    (mapping,) = [m["mappings"] for m in stored.values()]
    expected = index_mappings()
    assert mapping["dynamic"] == expected["dynamic"]
    assert mapping["properties"].keys() == expected["properties"].keys()
    for name, field in expected["properties"].items():
        assert {k: v for k, v in mapping["properties"][name].items() if k in field} == field, name


@pytest.mark.elasticsearch
def test_a_rebuild_swaps_the_alias_and_drops_the_old_index(elastic_backend):
    client = elastic_backend.client
    elastic_backend.index_replace_all([document(1, "ผ้าไหม", "Silk")])
    before = set(client.indices.get_alias(name=elastic_backend.alias).body)
    elastic_backend.index_replace_all([document(9, "ยาหม่องสมุนไพร", "Herbal balm", category="herbal")])
    after = set(client.indices.get_alias(name=elastic_backend.alias).body)
    assert len(after) == 1 and after.isdisjoint(before)
    assert set(client.indices.get_alias(index=f"{elastic_backend.alias}-*").body) == after
    assert elastic_backend.search(SearchRequest()).product_ids == [9]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_node_fails_fast_and_is_not_asked_again_at_once():
    backend = ElasticBackend(f"http://127.0.0.1:{_closed_port()}")
    started = time.monotonic()
    with pytest.raises(SearchUnavailable):
        backend.search(SearchRequest(q="ผ้าไหม"))
    with pytest.raises(SearchUnavailable):
        backend.suggest("ผ้า")
    with pytest.raises(SearchUnavailable):
        backend.index_upsert([document(1, "ผ้าไหม")])
    assert time.monotonic() - started < 2
    assert backend.available() is False
