"""Every named URL pattern of the site, read from the resolver (the access matrix and the URL walk use it)."""

import re

from django.urls import URLPattern, URLResolver, get_resolver


def url_patterns_walk(resolver=None, prefix="", namespaces=()):
    """(route, "namespace:name", pattern) for every named pattern; the route joins its resolvers' prefixes."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
            yield from url_patterns_walk(pattern, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + str(pattern.pattern), ":".join((*namespaces, pattern.name)), pattern


def route_parameters(route: str) -> set[str]:
    """The named parameters of a route, path() converters and re_path() groups alike."""
    return set(re.findall(r"<(?:\w+:)?(\w+)>", route)) | set(re.findall(r"\(\?P<(\w+)>", route))
