"""The admin form of our pages: picture fields offer only the pictures the editor may use.

Wagtail's image chooser lists only permitted pictures, but the form behind it
accepted any picture's id, so a producer could post another producer's
picture onto their own storefront and see it in the preview. The choices of
every picture field (the page's and its inline panels') are limited to the
pictures the user may choose, plus the one already there. (On top of the
Thai slug rules of ``slugs.ThaiSlugPageForm``.)
"""

from django.db.models import Q
from django.forms import ModelChoiceField
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .slugs import ThaiSlugPageForm


class PermittedPicturesPageForm(ThaiSlugPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        permitted = policy_registry.get_by_type(get_image_model()).instances_user_has_any_permission_for(
            self.for_user, ["choose"]
        ).values("pk")
        pictures_limit(self, permitted)
        for formset in self.formsets.values():
            for form in formset.forms:
                pictures_limit(form, permitted)


def pictures_limit(form, permitted) -> None:
    image_model = get_image_model()
    for name, field in form.fields.items():
        if isinstance(field, ModelChoiceField) and field.queryset.model is image_model:
            already_there = Q(pk=form.initial[name]) if form.initial.get(name) else Q(pk__in=[])
            field.queryset = image_model.objects.filter(Q(pk__in=permitted) | already_there)
