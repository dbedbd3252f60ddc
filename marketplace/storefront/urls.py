from django.urls import path  # noqa: F401

app_name = "storefront"

# A producer's storefront at /producers/<slug>/ is a Wagtail page now (cms/producers): the
# ProducerPage, or for a producer without one, the producers index serving their register record.
urlpatterns: list = []
