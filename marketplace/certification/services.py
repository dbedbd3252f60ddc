"""Changing certifications, always with a line in their history."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import Certification, CertificationStatus, CertificationStatusChange, StandardApproval


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
            changed_by=recorded_by, note="Recorded from the official OTOP product list.",
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
