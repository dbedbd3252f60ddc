from .forms import ProductSearchForm


def search_form(request):
    """The header search box on every page, keeping what was typed."""
    return {"search_form": ProductSearchForm(request.GET or None)}
