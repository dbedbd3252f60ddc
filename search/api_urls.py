"""The JSON search API, mounted at /api/search/ (see README: "Search API")."""

from django.urls import path

from marketplace.storefront.cache_keys import response_cached

from . import api

app_name = "search-api"

urlpatterns = [
    path("", response_cached("api-search")(api.search), name="search"),
    path("suggest/", api.suggest, name="suggest"),
]
