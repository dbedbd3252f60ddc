"""The JSON search API, mounted at /api/search/ (see README: "Search API")."""

from django.urls import path

from . import api

app_name = "search-api"

urlpatterns = [
    path("", api.search, name="search"),
    path("suggest/", api.suggest, name="suggest"),
]
