from django.db.models import Q

from .models import Province


def province_lookup(name_or_code: str) -> Province | None:
    """The province named in Thai or English (any case), or given by ISO code."""
    value = " ".join(name_or_code.split())
    if not value:
        return None
    return Province.objects.filter(
        Q(code__iexact=value) | Q(name_th=value) | Q(name_en__iexact=value)
    ).first()
