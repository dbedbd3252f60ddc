from oscar.apps.customer.admin import *  # noqa: F401,F403  (Oscar's fork convention)
