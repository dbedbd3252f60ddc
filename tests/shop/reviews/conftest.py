from tests.payments.fixtures import fake_stripe  # noqa: F401  (the Stripe stand-in the order fixtures pay through)
