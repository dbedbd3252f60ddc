from django.urls import path

from . import views

app_name = "storefront"

urlpatterns = [
    path("producers/<slug:slug>/", views.producer_detail, name="producer"),
]
