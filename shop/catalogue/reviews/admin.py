from oscar.apps.catalogue.reviews.admin import *  # noqa: F401,F403  (Oscar's fork convention)
