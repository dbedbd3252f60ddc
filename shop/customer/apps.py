import oscar.apps.customer.apps as apps
from django.urls import path


class CustomerConfig(apps.CustomerConfig):
    """Oscar's customer app, forked for stock alerts of products on sale only (alerts/views.py)
    and the wishlist heart and page (wishlists/); registration answered by e-mail (views.py)."""

    name = "shop.customer"

    def ready(self):
        super().ready()
        from .wishlists import receivers  # noqa: F401  (a signed-out heart is saved at log-in)
        from .wishlists.views import WishListHeartView

        self.wishlists_heart_view = WishListHeartView
        from .views import AccountActivateView

        self.register_activate_view = AccountActivateView

    def get_urls(self):
        urls = [path("wishlists/heart/<int:product_pk>/", self.wishlists_heart_view.as_view(), name="wishlist-heart"),
                path("register/activate/<str:uidb64>/<str:token>/", self.register_activate_view.as_view(),
                     name="register-activate")]
        return urls + super().get_urls()
