from django.urls import path

from . import views

app_name = "ledger-dashboard"

urlpatterns = [
    path("", views.PayoutReportView.as_view(), name="payouts"),
]
