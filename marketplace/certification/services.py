"""Changing certifications, always with a line in their history."""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from shop.catalogue.models import Product

from marketplace.i18n import format_date
from marketplace.producers.selectors import producer_managed_by, producer_users
from marketplace.uploads.services import image_without_metadata

from .models import (
    OFFICIAL_LIST_NOTE,
    Certification,
    CertificationStatus,
    CertificationStatusChange,
    StandardApproval,
)
from .selectors import certifications_lapsed
from .validators import document_type_of

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StandardData:
    kind: str
    number: str
    expires_on: datetime.date | None = None


@dataclass(frozen=True)
class CertificationData:
    stars: int
    certificate_no: str
    selection_year: int
    expires_on: datetime.date
    standards: tuple[StandardData, ...] = ()


@transaction.atomic
def certification_record_official(product, data: CertificationData, recorded_by=None) -> tuple[Certification, bool]:
    """Records a certification from the official OTOP list as verified.

    Matched by certificate number per product; returns ``(certification,
    changed)`` and changes nothing when the record is already as given.
    """
    certification = Certification.objects.filter(product=product, certificate_no=data.certificate_no).first()
    now = timezone.now()
    if certification is None:
        certification = Certification.objects.create(
            product=product,
            stars=data.stars,
            certificate_no=data.certificate_no,
            selection_year=data.selection_year,
            expires_on=data.expires_on,
            status=CertificationStatus.VERIFIED,
            submitted_by=recorded_by,
            verified_by=recorded_by,
            verified_at=now,
        )
        CertificationStatusChange.objects.create(
            certification=certification, from_status="", to_status=CertificationStatus.VERIFIED,
            changed_by=recorded_by, note=OFFICIAL_LIST_NOTE,
        )
        changed = True
    else:
        changed = False
        for field in ("stars", "selection_year", "expires_on"):
            if getattr(certification, field) != getattr(data, field):
                setattr(certification, field, getattr(data, field))
                changed = True
        if changed:
            certification.save()
    for standard in data.standards:
        _, created = StandardApproval.objects.update_or_create(
            certification=certification, kind=standard.kind,
            defaults={"number": standard.number, "expires_on": standard.expires_on},
        )
        changed = changed or created
    return certification, changed


# --- The certification life cycle -------------------------------------------
#
#   (new) ──submit──▶ PENDING ──verify──▶ VERIFIED ──revoke──▶ REVOKED
#                        │                    └──expire──▶ EXPIRED
#                        └──reject──▶ REJECTED   (a resubmission is a new certification)

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    CertificationStatus.PENDING: frozenset({CertificationStatus.VERIFIED, CertificationStatus.REJECTED}),
    CertificationStatus.VERIFIED: frozenset({CertificationStatus.REVOKED, CertificationStatus.EXPIRED}),
}
MAX_STANDARDS = 4


class CertificationTransitionError(Exception):
    """A status change the life cycle does not allow, e.g. verifying a rejected certification."""

    def __init__(self, certification: Certification, to_status: str, detail: str = ""):
        self.certification = certification
        self.from_status = certification.status
        self.to_status = to_status
        message = _("Certification %(number)s cannot go from “%(from)s” to “%(to)s”.") % {
            "number": certification.certificate_no,
            "from": CertificationStatus(certification.status).label,
            "to": CertificationStatus(to_status).label,
        }
        if detail:
            message = f"{message} {detail}"
        self.message = message
        super().__init__(message)


def transition_allowed(from_status: str, to_status: str) -> bool:
    return to_status in ALLOWED_TRANSITIONS.get(from_status, frozenset())


def _history(
    certification: Certification, from_status: str, to_status: str, by: AbstractBaseUser | None, note: str = ""
) -> None:
    CertificationStatusChange.objects.create(
        certification=certification, from_status=from_status, to_status=to_status, changed_by=by, note=note,
    )


@transaction.atomic
def certification_submit(
    product: Product, data: CertificationData, document: File | None, submitted_by: AbstractBaseUser
) -> Certification:
    """A producer submits (or renews) a star certification for one of their products.

    Creates a new PENDING certification with its standards approvals; a
    rejected or lapsed one is never reopened, the resubmission is a new row.
    Raises ``PermissionDenied`` unless ``submitted_by`` acts for the product's
    producer, and ``ValidationError`` for invalid data or document.
    """
    if product.producer_id is None or not producer_managed_by(product.producer, submitted_by):
        raise PermissionDenied("Only the product's own producer may submit its certification.")
    if len(data.standards) > MAX_STANDARDS:
        raise ValidationError(_("At most %(max)d standards approvals can be given.") % {"max": MAX_STANDARDS})
    kinds = [standard.kind for standard in data.standards]
    if len(set(kinds)) != len(kinds):
        raise ValidationError(_("Give each kind of standards approval only once."))
    duplicate = Certification.objects.filter(
        product=product, certificate_no=data.certificate_no,
        status__in=[CertificationStatus.PENDING, CertificationStatus.VERIFIED],
    )
    if duplicate.exists():
        raise ValidationError(
            _("Certificate %(number)s is already pending or verified for this product.")
            % {"number": data.certificate_no}
        )
    certification = Certification(
        product=product,
        stars=data.stars,
        certificate_no=data.certificate_no,
        selection_year=data.selection_year,
        expires_on=data.expires_on,
        status=CertificationStatus.PENDING,
        submitted_by=submitted_by,
    )
    if document is not None:
        kind = document_type_of(document)
        if kind is not None and kind.is_image:
            # A phone photo of the certificate carries the workshop's GPS position and the camera:
            # stored re-encoded without them, as product pictures are.
            document = image_without_metadata(document, kind)
        # The stored name (and so the download's type) comes from the content, not the uploaded name.
        certification.document = File(document, name=f"certificate.{kind.extension if kind else 'bin'}")
    approvals = [
        StandardApproval(kind=standard.kind, number=standard.number, expires_on=standard.expires_on)
        for standard in data.standards
    ]
    # Everything is checked before anything (the document file included) is written.
    certification.full_clean(exclude=["submitted_by", "verified_by"])
    for approval in approvals:
        approval.full_clean(exclude=["certification"])
    certification.save()  # writes the document to storage
    for approval in approvals:
        approval.certification = certification
        approval.save()
    _history(certification, "", CertificationStatus.PENDING, submitted_by, "Submitted for verification.")
    return certification


def _transition(certification: Certification, to_status: str, by: AbstractBaseUser | None, note: str = "",
                guard: Callable[[Certification], None] | None = None, **fields) -> Certification:
    """Moves one certification to ``to_status`` under a row lock; must run inside a transaction.

    The row is re-read with ``select_for_update``, so of two staff acting at
    once the second sees the first's result and gets a transition error.
    """
    locked = Certification.objects.select_for_update().get(pk=certification.pk)
    if not transition_allowed(locked.status, to_status):
        raise CertificationTransitionError(locked, to_status)
    if guard is not None:
        guard(locked)
    from_status = locked.status
    locked.status = to_status
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.save(update_fields=["status", *fields])
    _history(locked, from_status, to_status, by, note)
    # The caller's instance follows the change.
    certification.status = locked.status
    for name, value in fields.items():
        setattr(certification, name, value)
    return locked


def _reason_required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give a reason."), code="required")
    return reason


@transaction.atomic
def certification_verify(certification: Certification, by: AbstractBaseUser) -> Certification:
    """Staff confirm a pending certification; the product becomes eligible if it meets the rule."""

    def not_lapsed(locked: Certification) -> None:
        if locked.expires_on < timezone.localdate():
            raise CertificationTransitionError(
                locked, CertificationStatus.VERIFIED,
                _("It expired on %(date)s.") % {"date": format_date(locked.expires_on)},
            )

    verified = _transition(
        certification, CertificationStatus.VERIFIED, by, "Verified.", guard=not_lapsed,
        verified_by=by, verified_at=timezone.now(),
    )
    transaction.on_commit(lambda: certification_notify_producer(verified.pk, CertificationStatus.VERIFIED))
    return verified


@transaction.atomic
def certification_reject(certification: Certification, by: AbstractBaseUser, reason: str) -> Certification:
    """Staff refuse a pending certification, telling the producer why."""
    reason = _reason_required(reason)
    rejected = _transition(certification, CertificationStatus.REJECTED, by, reason, rejection_reason=reason)
    transaction.on_commit(lambda: certification_notify_producer(rejected.pk, CertificationStatus.REJECTED))
    return rejected


@transaction.atomic
def certification_revoke(certification: Certification, by: AbstractBaseUser, reason: str) -> Certification:
    """Staff withdraw a verified certification (e.g. the CDD cancelled it)."""
    reason = _reason_required(reason)
    return _transition(certification, CertificationStatus.REVOKED, by, reason)


def certifications_expire(today: datetime.date | None = None) -> list[int]:
    """Marks verified certifications that lapsed before ``today`` as expired.

    Idempotent. Returns the ids of the products concerned (sorted, unique),
    whose listings the caller should refresh.
    """
    today = today or timezone.localdate()
    product_ids: set[int] = set()
    lapsed = certifications_lapsed(today)
    for certification in lapsed.order_by("pk"):
        with transaction.atomic():
            try:
                _transition(
                    certification, CertificationStatus.EXPIRED, None,
                    f"Expired: the certificate ran until {certification.expires_on.isoformat()}.",
                    guard=_still_lapsed(today),
                )
            except CertificationTransitionError:
                continue  # revoked meanwhile
            except _NotLapsed:
                continue  # renewed meanwhile
            product_ids.add(certification.product_id)
    return sorted(product_ids)


class _NotLapsed(Exception):
    pass


def _still_lapsed(today: datetime.date) -> Callable[[Certification], None]:
    def guard(locked: Certification) -> None:
        if locked.expires_on >= today:
            raise _NotLapsed
    return guard


# --- E-mail to the producer ---------------------------------------------------

_NOTICE_TEMPLATES = {
    CertificationStatus.VERIFIED: "verified",
    CertificationStatus.REJECTED: "rejected",
}
# Thai first, then English, in one message: producers have no language preference on record.
NOTICE_LANGUAGES = ("th", "en")


def certification_notice_recipients(certification: Certification) -> list[str]:
    """The producer's partner users' e-mail addresses, then the producer's own address, without repeats."""
    producer = certification.product.producer
    if producer is None:
        return []
    addresses = list(
        producer_users(producer).exclude(email="").values_list("email", flat=True)
    )
    if producer.email:
        addresses.append(producer.email)
    unique: dict[str, str] = {}
    for address in addresses:
        unique.setdefault(address.strip().lower(), address.strip())
    return list(unique.values())


def certification_notify_producer(certification_id: int, status: str) -> int:
    """Sends the producer the verified/rejected notice; returns how many messages went out (0 or 1)."""
    certification = (
        Certification.objects.select_related("product__producer__partner").filter(pk=certification_id).first()
    )
    if certification is None or status not in _NOTICE_TEMPLATES:
        return 0
    recipients = certification_notice_recipients(certification)
    if not recipients:
        return 0
    name = _NOTICE_TEMPLATES[status]
    subjects, bodies = [], []
    for language in NOTICE_LANGUAGES:
        with translation.override(language):
            context = {
                "certification": certification,
                "product": certification.product,
                "producer": certification.product.producer,
                "min_stars": settings.MARKETPLACE_MIN_STARS,
            }
            subjects.append(
                render_to_string(f"certification/emails/{name}_subject.{language}.txt", context).strip()
            )
            bodies.append(render_to_string(f"certification/emails/{name}_body.{language}.txt", context).strip())
    message = EmailMessage(
        subject=" / ".join(subjects), body="\n\n---\n\n".join(bodies) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL, to=recipients,
    )
    try:
        return message.send()
    except Exception:  # noqa: BLE001  the status change is committed; a mail outage must not turn it into a 500
        logger.exception("Could not send the %s notice for certification %s", status, certification_id)
        return 0
