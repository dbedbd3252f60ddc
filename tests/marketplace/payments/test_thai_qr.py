"""Thai QR (EMVCo) PromptPay payloads, as Thai banking apps read them."""

from decimal import Decimal

import pytest

from marketplace.payments.thai_qr import (
    BILL_PAYMENT_AID,
    CREDIT_TRANSFER_AID,
    crc16_ccitt,
    payload_crc_valid,
    payload_fields,
    promptpay_bill_payload,
    promptpay_transfer_payload,
)

pytestmark = pytest.mark.usefixtures("english_by_default")


def test_the_checksum_is_crc16_ccitt_false():
    assert crc16_ccitt(b"123456789") == 0x29B1  # the standard check value


def test_a_transfer_to_a_phone_number_matches_the_published_example():
    # The example of the widely used promptpay-qr library: 000-000-0000, no amount.
    assert promptpay_transfer_payload("000-000-0000") == (
        "00020101021129370016A000000677010111011300660000000005802TH530376463048956")


def test_a_transfer_with_an_amount_is_a_one_time_code_to_the_phone_in_international_form():
    payload = promptpay_transfer_payload("081-234-5678", Decimal("4.22"))
    fields = payload_fields(payload)
    assert fields["01"] == "12"
    assert fields["29"] == "0016" + CREDIT_TRANSFER_AID + "01130066812345678"
    assert (fields["53"], fields["54"], fields["58"]) == ("764", "4.22", "TH")
    assert payload_crc_valid(payload)


def test_a_bill_payment_carries_the_biller_the_amount_and_the_order_reference():
    payload = promptpay_bill_payload("099999999999901", Decimal("1330"), "OTOP100001", merchant_name="OTOP PLUS DEMO")
    fields = payload_fields(payload)
    assert fields["30"] == "0016" + BILL_PAYMENT_AID + "0115099999999999901" + "0210OTOP100001"
    assert (fields["54"], fields["59"]) == ("1330.00", "OTOP PLUS DEMO")
    assert payload_crc_valid(payload)
    assert not payload_crc_valid(payload.replace("1330.00", "1.00"))


@pytest.mark.parametrize("call", [
    lambda: promptpay_transfer_payload("12345"),
    lambda: promptpay_transfer_payload("0812345678", Decimal("0")),
    lambda: promptpay_bill_payload("12345", Decimal("1"), "REF"),
    lambda: promptpay_bill_payload("099999999999901", Decimal("1"), "ref with spaces"),
])
def test_what_a_bank_app_could_not_read_is_refused(call):
    with pytest.raises(ValueError):
        call()
