from django.urls import path

from . import views

app_name = "certification-dashboard"

urlpatterns = [
    path("", views.QueueView.as_view(), name="queue"),
    path("<int:pk>/", views.CertificationDetailView.as_view(), name="detail"),
    path("<int:pk>/document/", views.CertificationDocumentView.as_view(), name="document"),
    path("mine/", views.MyCertificationsView.as_view(), name="mine"),
    path("mine/submit/", views.CertificationSubmitView.as_view(), name="submit"),
]
