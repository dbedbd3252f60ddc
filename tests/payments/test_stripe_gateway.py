"""The Stripe module: every POST carries the idempotency key it is given; values come back as dataclasses."""

from unittest import mock

import pytest
import stripe

from marketplace.payments import stripe_gateway as gateway


@pytest.fixture
def sdk(monkeypatch, settings):
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    settings.STRIPE_USE_LOCAL = False
    client = mock.MagicMock()
    intent = {"id": "pi_1", "status": "requires_payment_method", "amount": 1000, "currency": "thb",
              "client_secret": "pi_1_secret", "metadata": {"order_number": "100001"}, "latest_charge": None}
    for method in ("create", "retrieve", "update", "confirm", "cancel"):
        getattr(client.v1.payment_intents, method).return_value = intent
    client.v1.refunds.create.return_value = {"id": "re_1", "status": "succeeded", "amount": 500,
                                             "payment_intent": "pi_1"}
    monkeypatch.setattr(gateway, "_client", lambda: client)
    return client


def _keys(call_list):
    return [call.args[-1]["idempotency_key"] for call in call_list]


def test_every_post_carries_the_idempotency_key(sdk):
    gateway.payment_intent_create(amount=1000, currency="THB", method="card", order_number="100001",
                                  idempotency_key="k-create")
    gateway.payment_intent_confirm_card("pi_1", payment_method_id="pm_1", idempotency_key="k-confirm")
    gateway.payment_intent_confirm_promptpay("pi_1", email="a@b.th", return_url="https://x/", idempotency_key="k-pp")
    gateway.payment_intent_cancel("pi_1", idempotency_key="k-cancel")
    gateway.refund_create(payment_intent_id="pi_1", amount=500, idempotency_key="k-refund", reference="r")

    assert _keys(sdk.v1.payment_intents.create.call_args_list) == ["k-create"]
    assert _keys(sdk.v1.payment_intents.update.call_args_list) == ["k-confirm-attach"]
    assert _keys(sdk.v1.payment_intents.confirm.call_args_list) == ["k-confirm", "k-pp"]
    assert _keys(sdk.v1.payment_intents.cancel.call_args_list) == ["k-cancel"]
    assert _keys(sdk.v1.refunds.create.call_args_list) == ["k-refund"]


def test_the_payment_intent_is_created_for_one_method_in_baht(sdk):
    intent = gateway.payment_intent_create(amount=129000, currency="THB", method="promptpay", order_number="100001",
                                           idempotency_key="k")
    params = sdk.v1.payment_intents.create.call_args.args[0]
    assert params == {"amount": 129000, "currency": "thb", "payment_method_types": ["promptpay"],
                      "metadata": {"order_number": "100001"}}
    assert isinstance(intent, gateway.PaymentIntent)
    assert (intent.id, intent.currency, intent.order_number) == ("pi_1", "THB", "100001")


def test_the_promptpay_qr_code_is_read_from_the_next_action(sdk):
    sdk.v1.payment_intents.confirm.return_value = {
        "id": "pi_1", "status": "requires_action", "amount": 1000, "currency": "thb", "client_secret": "s",
        # The shape Stripe documents for next_action.promptpay_display_qr_code.
        "metadata": {}, "next_action": {"type": "promptpay_display_qr_code", "promptpay_display_qr_code": {
            "data": "00020101021230...", "hosted_instructions_url": "https://payments.stripe.com/qr/instructions/x",
            "image_url_png": "https://qr.stripe.com/x.png", "image_url_svg": "https://qr.stripe.com/x.svg"}},
    }
    intent = gateway.payment_intent_confirm_promptpay("pi_1", email="a@b.th", return_url="https://x/",
                                                      idempotency_key="k")
    assert (intent.next_action, intent.promptpay_qr_image_url) == ("promptpay_display_qr_code",
                                                                   "https://qr.stripe.com/x.png")
    assert intent.promptpay_qr_hosted_instructions_url == "https://payments.stripe.com/qr/instructions/x"
    params = sdk.v1.payment_intents.confirm.call_args.args[1]
    # PromptPay refunds are paid out after Stripe e-mails the buyer, so the e-mail goes with the confirmation.
    assert params["payment_method_data"] == {"type": "promptpay", "billing_details": {"email": "a@b.th"}}


def test_the_refunds_of_a_payment_intent_are_listed_with_our_reference(sdk):
    page = mock.MagicMock()
    page.auto_paging_iter.return_value = iter([
        {"id": "re_ours", "status": "succeeded", "amount": 500, "payment_intent": "pi_1",
         "metadata": {"reference": "refund-7"}},
        {"id": "re_dash", "status": "pending", "amount": 300, "payment_intent": {"id": "pi_1"}, "metadata": {}},
    ])
    sdk.v1.refunds.list.return_value = page

    refunds = gateway.refund_list("pi_1")

    assert sdk.v1.refunds.list.call_args.args[0] == {"payment_intent": "pi_1", "limit": 100}
    assert [(r.id, r.status, r.amount, r.payment_intent_id, r.reference) for r in refunds] == [
        ("re_ours", "succeeded", 500, "pi_1", "refund-7"), ("re_dash", "pending", 300, "pi_1", ""),
    ]


def test_stripe_errors_become_gateway_errors(sdk):
    sdk.v1.payment_intents.update.side_effect = stripe.CardError("Your card was declined.", None, "card_declined")
    with pytest.raises(gateway.PaymentDeclined):
        gateway.payment_intent_confirm_card("pi_1", payment_method_id="pm_x", idempotency_key="k")
    sdk.v1.payment_intents.retrieve.side_effect = stripe.APIConnectionError("down")
    with pytest.raises(gateway.GatewayError) as caught:
        gateway.payment_intent_retrieve("pi_1")
    assert caught.value.retryable


def test_local_mode_points_the_sdk_and_the_page_at_the_local_server(settings):
    settings.STRIPE_USE_LOCAL = True
    settings.LOCALSTRIPE_URL = "http://127.0.0.1:8420"
    assert gateway.stripe_js_url() == "http://127.0.0.1:8420/js.stripe.com/v3/"
    assert gateway.publishable_key().startswith("pk_test_")
    assert gateway.webhook_secret() == gateway.LOCAL_WEBHOOK_SECRET
    assert not gateway.promptpay_available()
    client = gateway._client()
    assert client._requestor._options.base_addresses["api"] == "http://127.0.0.1:8420"


def test_with_real_keys_stripe_js_comes_from_stripe(settings):
    settings.STRIPE_USE_LOCAL = False
    settings.STRIPE_PUBLISHABLE_KEY = "pk_live_x"
    assert gateway.stripe_js_url() == "https://js.stripe.com/v3/"
    assert gateway.publishable_key() == "pk_live_x"
    assert gateway.promptpay_available()
