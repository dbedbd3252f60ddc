"""The Elasticsearch backend, for deployments that set ``ELASTICSEARCH_URL`` (see search/README.md).

Read top-down: ``mapping`` (what the index stores), ``query`` (requests and
answers), ``backend`` (the index lifecycle and the calls).
"""

from .backend import ElasticBackend
from .mapping import DEFAULT_ALIAS, index_body

__all__ = ["DEFAULT_ALIAS", "ElasticBackend", "index_body"]
