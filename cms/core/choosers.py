"""Wagtail choosers for Oscar products and OTOP producers.

Neither model is a Wagtail snippet (products are edited in Oscar's dashboard,
producers in the register), so each gets only a chooser: a ``ChooserViewSet``,
whose widget Wagtail then uses for every ForeignKey to the model in page forms.

Each chooser lists what the user may see: CDD officers and admins see every
product or producer; a producer sees only their own (nothing of anyone else's,
not even through the "chosen" URL with someone else's id).
"""

from django import forms
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet

from cms.roles.services import user_manages_all_storefronts
from marketplace.certification.selectors import products_managed_by
from marketplace.producers.models import Producer
from marketplace.producers.selectors import producers_managed_by
from shop.catalogue.models import Product


def products_choosable_by(user):
    if user_manages_all_storefronts(user):
        return Product.objects.filter(producer__isnull=False)
    return products_managed_by(user)


def producers_choosable_by(user):
    if user_manages_all_storefronts(user):
        return Producer.objects.all()
    return producers_managed_by(user)


class _TermFilterForm(BaseFilterForm):
    """A chooser's search box: the term is looked for, case-insensitively, in each of ``search_fields``."""

    search_fields: tuple[str, ...] = ()

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            matches = Q()
            for name in self.search_fields:
                matches |= Q(**{f"{name}__icontains": query})
            objects = objects.filter(matches)
            self.is_searching, self.search_query = True, query
        return objects


class ProductFilterForm(_TermFilterForm):
    q = forms.CharField(label=_("Search term"), required=False,
                        widget=forms.TextInput(attrs={"placeholder": _("Title, barcode or producer")}))
    search_fields = ("title", "title_en", "upc", "producer__name_th", "producer__name_en")


class ProducerFilterForm(_TermFilterForm):
    q = forms.CharField(label=_("Search term"), required=False,
                        widget=forms.TextInput(attrs={"placeholder": _("Name or province")}))
    search_fields = ("name_th", "name_en", "slug", "province__name_th", "province__name_en")


class _ScopedListMixin:
    scope = None  # a function: user -> queryset

    def get_object_list(self):
        return type(self).scope(self.request.user)

    def can_create(self):
        return False  # products come from Oscar's dashboard, producers from the register


class _ScopedChosenMixin:
    scope = None

    def get_object(self, pk):
        return type(self).scope(self.request.user).get(pk=pk)


def _product_columns(view):
    return [
        view.title_column,
        Column("producer", label=_("Producer"), accessor="producer"),
        Column("upc", label=_("Barcode"), accessor="upc"),
    ]


class ProductChooseView(_ScopedListMixin, chooser_views.ChooseView):
    scope = staticmethod(products_choosable_by)
    filter_form_class = ProductFilterForm
    ordering = ("title", "pk")

    @property
    def columns(self):
        return _product_columns(self)


class ProductChooseResultsView(_ScopedListMixin, chooser_views.ChooseResultsView):
    scope = staticmethod(products_choosable_by)
    filter_form_class = ProductFilterForm
    ordering = ("title", "pk")

    @property
    def columns(self):
        return _product_columns(self)


class ProductChosenView(_ScopedChosenMixin, chooser_views.ChosenView):
    scope = staticmethod(products_choosable_by)


class ProducerChooseView(_ScopedListMixin, chooser_views.ChooseView):
    scope = staticmethod(producers_choosable_by)
    filter_form_class = ProducerFilterForm
    ordering = ("name_th", "pk")


class ProducerChooseResultsView(_ScopedListMixin, chooser_views.ChooseResultsView):
    scope = staticmethod(producers_choosable_by)
    filter_form_class = ProducerFilterForm
    ordering = ("name_th", "pk")


class ProducerChosenView(_ScopedChosenMixin, chooser_views.ChosenView):
    scope = staticmethod(producers_choosable_by)


class NoCreateView(chooser_views.CreateView):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class ProductChooserViewSet(ChooserViewSet):
    model = Product
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    chosen_view_class = ProductChosenView
    create_view_class = NoCreateView
    per_page = 20


class ProducerChooserViewSet(ChooserViewSet):
    model = Producer
    icon = "group"
    choose_one_text = _("Choose a producer")
    choose_another_text = _("Choose another producer")
    choose_view_class = ProducerChooseView
    choose_results_view_class = ProducerChooseResultsView
    chosen_view_class = ProducerChosenView
    create_view_class = NoCreateView
    per_page = 20


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="choose-product")
producer_chooser_viewset = ProducerChooserViewSet("producer_chooser", url_prefix="choose-producer")
