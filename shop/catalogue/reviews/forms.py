"""The buyer's review form: stars, text and up to three photos (through the upload rules)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews.forms import SortReviewsForm, VoteForm  # noqa: F401  (Oscar's, unchanged)

from marketplace.uploads.validators import IMAGE_KINDS, validate_image_upload

from .models import MAX_REVIEW_PHOTOS

SCORE_CHOICES = [
    (5, _("5 stars – excellent")),
    (4, _("4 stars – good")),
    (3, _("3 stars – all right")),
    (2, _("2 stars – poor")),
    (1, _("1 star – very poor")),
]


class MultiplePhotoInput(forms.FileInput):
    allow_multiple_selected = True


class ReviewPhotosField(forms.FileField):
    """Zero to ``MAX_REVIEW_PHOTOS`` pictures, each checked by ``marketplace.uploads``."""

    widget = MultiplePhotoInput

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, (list, tuple)) else [data]) if item]
        if len(files) > MAX_REVIEW_PHOTOS:
            raise ValidationError(
                _("Choose at most %(limit)s photos (you chose %(count)s)."),
                code="too_many", params={"limit": MAX_REVIEW_PHOTOS, "count": len(files)},
            )
        errors = []
        for upload in files:
            try:
                super().clean(upload, initial)
                validate_image_upload(upload)
            except ValidationError as error:
                name = getattr(upload, "name", "")
                errors.extend(ValidationError(_("%(name)s: %(problem)s"), params={"name": name, "problem": message})
                              for message in error.messages)
        if errors:
            raise ValidationError(errors)
        return files


class ProductReviewForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Your rating"), choices=SCORE_CHOICES, coerce=int, widget=forms.RadioSelect,
        error_messages={"required": _("Choose how many stars you give the product.")},
    )
    body = forms.CharField(
        label=_("Your review"), min_length=10, max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What did you like or not like? How was the quality, the packaging, the delivery?"),
        error_messages={"required": _("Write a few words about the product.")},
    )
    photos = ReviewPhotosField(
        label=_("Photos (optional)"), required=False,
        help_text=_("Up to 3 photos of the product you received: JPEG, PNG or WebP."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photos"].widget.attrs["accept"] = ",".join(kind.content_type for kind in IMAGE_KINDS)

    def clean_body(self):
        return self.cleaned_data["body"].strip()
