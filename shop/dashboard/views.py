from django.views.generic import TemplateView
from oscar.apps.dashboard import views as oscar_views

from .selectors import producer_dashboard


class IndexView(oscar_views.IndexView):
    """Staff keep Oscar's store statistics; a producer sees only figures of their own lines and products.

    Oscar's statistics for a partner user sum the totals of every order holding
    one of their lines, other producers' lines included; none of that is even
    computed for a producer here.
    """

    def get_template_names(self):
        if self.request.user.is_staff:
            return super().get_template_names()
        return ["oscar/dashboard/index_producer.html"]

    def get_context_data(self, **kwargs):
        if self.request.user.is_staff:
            return super().get_context_data(**kwargs)
        ctx = TemplateView.get_context_data(self, **kwargs)
        ctx["producer"] = producer_dashboard(self.request.user)
        return ctx
