"""Storefront pages and assisted onboarding, as plain functions.

Many producers have weak digital skills, so a CDD officer may set up their
account and storefront for them (:func:`producer_onboard`), fill the page in,
and then hand it over (:func:`producer_handover`): the producer gets an e-mail
with a link to choose their password (Django's password-reset token).
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.html import escape
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from cms.roles.services import producer_grant_storefront, user_by_email
from marketplace.producers.models import Producer
from marketplace.producers.services import ProducerData, producer_upsert

from .models import ProducerIndexPage, ProducerPage, StorefrontOnboarding


def text_to_paragraphs(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) as rich-text HTML."""
    paragraphs = [" ".join(part.split()) for part in (text or "").replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)


def storefront_index() -> ProducerIndexPage:
    index = ProducerIndexPage.objects.first()
    if index is None:
        raise ValidationError(_("There is no producers index page to put storefronts under."))
    return index


@transaction.atomic
def storefront_page_ensure(producer: Producer, *, owner=None, publish: bool = False, **fields) -> tuple[ProducerPage, bool]:
    """The producer's storefront page, created from the register record if missing.

    A new page is a draft unless ``publish``; ``fields`` fill other page fields
    (e.g. ``banner``, ``tagline``). Returns ``(page, created)``.
    """
    page = ProducerPage.objects.filter(producer=producer).first()
    if page is not None:
        return page, False
    page = ProducerPage(
        producer=producer,
        title=producer.name_th,
        title_en=producer.name_en,
        slug=producer.slug,
        story=text_to_paragraphs(producer.story_th),
        story_en=text_to_paragraphs(producer.story_en),
        owner=owner,
        live=False,
        **fields,
    )
    storefront_index().add_child(instance=page)
    revision = page.save_revision(user=owner)
    if publish:
        revision.publish(user=owner)
        page.refresh_from_db()
    return page, True


@dataclass(frozen=True)
class OnboardingResult:
    producer: Producer
    user: object
    page: ProducerPage
    onboarding: StorefrontOnboarding
    user_created: bool


@transaction.atomic
def producer_onboard(*, email: str, acting_user, producer: Producer | None = None,
                     data: ProducerData | None = None) -> OnboardingResult:
    """Create a producer's account and draft storefront on their behalf.

    Either an existing ``producer`` without a storefront or the register ``data``
    of a new one. The account gets no usable password until the hand-over.
    """
    if (producer is None) == (data is None):
        raise ValueError("give either producer or data")
    email = get_user_model().objects.normalize_email(email.strip())
    user = user_by_email(email)
    if user is not None and (user.is_staff or user.is_superuser):
        raise ValidationError(_("This e-mail belongs to a staff account; use the producer's own e-mail."))
    if producer is None:
        producer, _created = producer_upsert(data)
    if ProducerPage.objects.filter(producer=producer).exists() and not StorefrontOnboarding.objects.filter(
        producer=producer
    ).exists():
        raise ValidationError(_("This producer already has a storefront."))
    user_created = user is None
    if user_created:
        user = get_user_model().objects.create_user(email=email, password=None)
    if not producer.email:
        producer.email = email
        producer.save(update_fields=["email"])
    page, _created = storefront_page_ensure(producer, owner=user)
    producer_grant_storefront(producer, user)
    onboarding, _created = StorefrontOnboarding.objects.update_or_create(
        producer=producer, defaults={"user": user, "created_by": acting_user}
    )
    return OnboardingResult(producer, user, page, onboarding, user_created)


def set_password_url(user) -> str:
    """An absolute link where ``user`` chooses a password (Django's reset token; single use)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("password-reset-confirm", kwargs={"uidb64": uid, "token": token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
def producer_handover(onboarding: StorefrontOnboarding, *, acting_user) -> StorefrontOnboarding:
    """E-mail the producer a link to set their password and take over their storefront.

    The message is in Thai, then English, whatever language the officer works in.
    """
    user, producer = onboarding.user, onboarding.producer
    page = ProducerPage.objects.filter(producer=producer).first()
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "producer": producer,
            "user": user,
            "set_password_url": set_password_url(user),
            "cms_url": _absolute(reverse("wagtailadmin_home")),
            "edit_url": _absolute(reverse("wagtailadmin_pages:edit", args=[page.pk])) if page else "",
            "dashboard_url": _absolute(reverse("dashboard:index")),
            "officer": acting_user,
        }
    subjects, bodies = [], []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            subjects.append(" ".join(render_to_string("cms/producers/emails/handover_subject.txt", context).split()))
            bodies.append(render_to_string("cms/producers/emails/handover_body.txt", context).strip())
    subject = " / ".join(dict.fromkeys(subjects))
    body = "\n\n———\n\n".join(bodies) + "\n"
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    onboarding.handed_over_at = timezone.now()
    onboarding.handed_over_by = acting_user
    onboarding.save(update_fields=["handed_over_at", "handed_over_by"])
    return onboarding
