"""Where localstripe behaves differently from Stripe, taught to behave like Stripe.

Installed by ``localstripe_server`` before it serves; only ever runs in that
development process.

* **A new card after a decline.** Stripe leaves a PaymentIntent whose charge
  failed in ``requires_payment_method``; attaching another payment method
  makes it ``requires_confirmation`` again, so the buyer can pay with another
  card. localstripe keeps reading the failed charge and refuses the second
  confirmation, so the order could never be paid.
"""

from localstripe import resources


def _payment_intent_new_attempt_on_new_payment_method() -> None:
    update = resources.PaymentIntent._update

    def _update(self, **data):
        if data.get("payment_method") and self.status == "requires_payment_method":
            self.latest_charge = None
            self._authentication_failed = False
        update(self, **data)

    resources.PaymentIntent._update = _update


def extensions_install() -> None:
    _payment_intent_new_attempt_on_new_payment_method()
