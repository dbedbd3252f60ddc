"""Thai QR payment payloads (PromptPay), in the EMVCo merchant-presented QR format banks' apps read.

A payload is a run of ``ID LL value`` fields (two-digit id, two-digit
length) ending with field 63, a CRC16-CCITT checksum over everything before
it, its own "6304" included. PromptPay has two kinds, told apart by the AID in
the merchant account field:

* credit transfer to a PromptPay ID (a phone number or a 13-digit national or
  tax id), field 29, AID ``A000000677010111``;
* bill payment to a biller (tax id plus a 2-digit suffix) with the buyer's
  references, field 30, AID ``A000000677010112``: what a shop shows for an
  order.

Used by the local Stripe-compatible server to draw its PromptPay QR codes;
with real Stripe, Stripe draws them.
"""

import re
from decimal import Decimal

CREDIT_TRANSFER_AID = "A000000677010111"
BILL_PAYMENT_AID = "A000000677010112"
THB_NUMERIC = "764"  # ISO 4217


def crc16_ccitt(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, as EMVCo asks."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def _field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"field {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def _promptpay_id(account: str) -> tuple[str, str]:
    """The sub-field of field 29 for a PromptPay ID: 01 for a phone number, 02 for a 13-digit id."""
    digits = re.sub(r"\D", "", account)
    if len(digits) == 13:
        return "02", digits
    if len(digits) == 10 and digits.startswith("0"):
        return "01", "0066" + digits[1:]  # 08x-xxx-xxxx as 0066 8x xxx xxxx
    raise ValueError("a PromptPay ID is a Thai phone number (10 digits) or a 13-digit national or tax id")


def _with_crc(payload: str) -> str:
    payload += "6304"
    return payload + f"{crc16_ccitt(payload.encode('ascii')):04X}"


def _amount(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    if amount <= 0:
        raise ValueError("the amount must be positive")
    return _field("54", f"{Decimal(amount):.2f}")


def promptpay_transfer_payload(account: str, amount: Decimal | None = None) -> str:
    """A credit transfer to a PromptPay ID; with an amount it is a one-time (dynamic) code."""
    sub_tag, value = _promptpay_id(account)
    merchant = _field("00", CREDIT_TRANSFER_AID) + _field(sub_tag, value)
    return _with_crc(_field("00", "01") + _field("01", "12" if amount is not None else "11")
                     + _field("29", merchant) + _field("58", "TH") + _field("53", THB_NUMERIC) + _amount(amount))


def promptpay_bill_payload(biller_id: str, amount: Decimal, reference1: str, reference2: str = "",
                           merchant_name: str = "") -> str:
    """A bill payment to ``biller_id`` (15 digits) for ``amount``, carrying the order's references."""
    if not re.fullmatch(r"\d{15}", biller_id):
        raise ValueError("a biller id is 15 digits: a 13-digit tax id and a 2-digit suffix")
    references = [r for r in (reference1, reference2) if r]
    if not reference1 or any(not re.fullmatch(r"[A-Z0-9]{1,20}", r) for r in references):
        raise ValueError("references are 1 to 20 upper-case letters or digits")
    merchant = _field("00", BILL_PAYMENT_AID) + _field("01", biller_id) + _field("02", reference1)
    if reference2:
        merchant += _field("03", reference2)
    payload = (_field("00", "01") + _field("01", "12") + _field("30", merchant) + _field("53", THB_NUMERIC)
               + _amount(amount) + _field("58", "TH"))
    if merchant_name:
        payload += _field("59", merchant_name[:25])
    return _with_crc(payload)


def payload_fields(payload: str) -> dict[str, str]:
    """The top-level fields of a payload, by id (for checks and tests)."""
    fields, i = {}, 0
    while i < len(payload):
        tag, length = payload[i:i + 2], int(payload[i + 2:i + 4])
        fields[tag] = payload[i + 4:i + 4 + length]
        i += 4 + length
    return fields


def payload_crc_valid(payload: str) -> bool:
    return len(payload) > 8 and payload[-8:-4] == "6304" and (
        f"{crc16_ccitt(payload[:-4].encode('ascii')):04X}" == payload[-4:].upper())
