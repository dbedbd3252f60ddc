"""The admin form of our pages: picture fields offer only the pictures the editor may use.

Wagtail's image chooser lists only permitted pictures, but the form behind it
accepted any picture's id, so a producer could post another producer's
picture onto their own storefront and see it in the preview. The choices of
every picture field (the page's and its inline panels') are limited to the
pictures the user may choose, plus the one already there. (On top of the
Thai slug rules of ``slugs.ThaiSlugPageForm``.)

Every date field of a page (a story's date, scheduled publishing's moments) is typed and shown in the
editor's era: Wagtail's own fields read and write Christian-era years only (``admin_date_input``).
"""

from django.db.models import Q
from django.forms import DateField, DateTimeField, ModelChoiceField
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from marketplace.date_fields import EraDateField, EraDateTimeField

from .admin_date_input import EraAdminDateInput, EraAdminDateTimeInput
from .slugs import ThaiSlugPageForm


class PermittedPicturesPageForm(ThaiSlugPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        dates_in_editors_era(self)
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


ERA_FIELDS = {DateField: (EraDateField, EraAdminDateInput), DateTimeField: (EraDateTimeField, EraAdminDateTimeInput)}


def dates_in_editors_era(form) -> None:
    """Each date (a story's) and date-time (scheduled publishing) field of the form, in the editor's era."""
    for name, field in list(form.fields.items()):
        if type(field) in ERA_FIELDS:
            field_class, widget_class = ERA_FIELDS[type(field)]
            form.fields[name] = field_class(label=field.label, required=field.required, help_text=field.help_text,
                                            initial=field.initial, disabled=field.disabled, widget=widget_class())
