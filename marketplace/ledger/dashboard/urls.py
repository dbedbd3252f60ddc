from django.urls import path

from . import views

app_name = "ledger-dashboard"

urlpatterns = [
    path("", views.PayoutReportView.as_view(), name="payouts"),
    path("record/<int:partner_id>/", views.PayoutRecordView.as_view(), name="record"),
    path("recorded/", views.PayoutListView.as_view(), name="recorded"),
    path("statement/", views.StatementView.as_view(), name="statement"),
]
