"""Oscar's wishlist models (the wishlists app is not forked: nothing of the models changes)."""

from oscar.core.loading import get_model

WishList = get_model("wishlists", "WishList")
Line = get_model("wishlists", "Line")
