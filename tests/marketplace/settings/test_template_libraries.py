"""Our template tag libraries keep names of their own, so none hides one of Oscar's or Wagtail's.

Django's templates.W003 is silenced in the settings for the one deliberate replacement
(``currency_filters``: our baht format for Oscar's templates), so this test keeps watch instead.
"""

from collections import defaultdict

from django.template.backends.django import get_template_tag_modules

DELIBERATE = {"currency_filters"}


def test_no_two_template_tag_libraries_share_a_name():
    modules = defaultdict(set)
    for name, module in get_template_tag_modules():
        modules[name].add(module)
    clashes = {name: found for name, found in modules.items() if len(found) > 1 and name not in DELIBERATE}
    assert clashes == {}
