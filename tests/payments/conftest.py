from tests.payments.fixtures import *  # noqa: F401,F403  (shared fixtures: fake_stripe, localstripe, orders)
