import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from marketplace.i18n import BUDDHIST_ERA_OFFSET

from .validators import validate_certificate_document

CERTIFICATE_DOCUMENTS_STORAGE_ALIAS = "certificates"


def certificate_document_storage() -> Storage:
    """Where supporting documents are kept: the ``certificates`` storage if configured, else the default.

    Documents are never linked by their media URL (a permission-checking view
    serves them), so a private storage outside the public media folder fits.
    """
    if CERTIFICATE_DOCUMENTS_STORAGE_ALIAS in settings.STORAGES:
        return storages[CERTIFICATE_DOCUMENTS_STORAGE_ALIAS]
    return storages["default"]


def certificate_document_path(instance: "Certification", filename: str) -> str:
    """An unguessable name that keeps only the extension (set from the sniffed content on submission)."""
    suffix = PurePath(filename).suffix.lower()[:8]
    return f"certificates/{timezone.localdate().year}/{uuid.uuid4().hex}{suffix}"


class CertificationStatus(models.TextChoices):
    PENDING = "pending", _("Pending verification")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")


class StandardKind(models.TextChoices):
    FDA = "fda", _("Thai FDA (อย.)")
    TCPS = "tcps", _("Community Product Standard (มผช.)")
    TIS = "tis", _("Thai Industrial Standard (มอก.)")
    HALAL = "halal", _("Halal")


class Certification(models.Model):
    """An OTOP Product Champion star rating for one product, as issued by the CDD."""

    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="certifications", verbose_name=_("product")
    )
    stars = models.PositiveSmallIntegerField(
        _("stars"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    certificate_no = models.CharField(_("certificate number"), max_length=64)
    selection_year = models.PositiveSmallIntegerField(
        _("selection year (C.E.)"), validators=[MinValueValidator(2001), MaxValueValidator(2200)]
    )
    expires_on = models.DateField(_("expires on"), db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=CertificationStatus.choices, default=CertificationStatus.PENDING,
        db_index=True,
    )
    document = models.FileField(
        _("supporting document"), upload_to=certificate_document_path, storage=certificate_document_storage,
        validators=[validate_certificate_document], max_length=200, blank=True,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)

    class Meta:
        ordering = ("-expires_on",)
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        constraints = [
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="certification_stars_1_to_5"),
        ]
        indexes = [
            models.Index(fields=["product", "status", "expires_on"]),
            models.Index(fields=["status", "submitted_at"], name="certification_queue_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_no} ({self.stars}★ {self.selection_year})"

    @property
    def selection_year_be(self) -> int:
        return self.selection_year + BUDDHIST_ERA_OFFSET


class StandardApproval(models.Model):
    """A standards approval (อย., มผช., มอก., Halal) that a star rating requires."""

    certification = models.ForeignKey(Certification, on_delete=models.CASCADE, related_name="standards")
    kind = models.CharField(_("standard"), max_length=8, choices=StandardKind.choices)
    number = models.CharField(_("approval number"), max_length=64)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)

    class Meta:
        ordering = ("kind",)
        verbose_name = _("standards approval")
        verbose_name_plural = _("standards approvals")
        constraints = [
            models.UniqueConstraint(fields=["certification", "kind"], name="one_approval_per_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"


# The history note the official list's import leaves: stored in English like every note the system writes,
# shown in the reader's language (``certification_history.history_note``).
OFFICIAL_LIST_NOTE = gettext_noop("Recorded from the official OTOP product list.")


class CertificationStatusChange(models.Model):
    """One step in a certification's history, kept forever for audit."""

    certification = models.ForeignKey(Certification, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=16, choices=CertificationStatus.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=CertificationStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ("changed_at", "pk")
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
