"""The editor's dates in Wagtail's admin: a story's date and scheduled publishing, in the editor's era.

Wagtail's date chooser wrote and read Christian-era years only (``WAGTAIL_DATE_FORMAT`` is one strftime
format for every language); its calendar (xdsoft's datetimepicker) has ``yearOffset`` for the Buddhist era.
"""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from cms.stories.models import StoryPage
from tests.cms.helpers import add_story, edit_url

pytestmark = pytest.mark.django_db


def _chooser_config(html: str, field_id: str) -> dict:
    """The options Wagtail's template passes to the calendar: ``initDateChooser("id_date", {...});``."""
    return json.loads(re.search(rf'init(?:Date|DateTime)Chooser\("{field_id}", (\{{.*?\}})\);', html).group(1))


def _input(html: str, field_id: str) -> str:
    return re.search(rf'<input[^>]*id="{field_id}"[^>]*>', html).group(0)


@pytest.fixture
def story(maker_a):
    page = add_story(maker_a)
    page.date = datetime.date(2026, 11, 29)
    page.save_revision().publish()
    return page


def test_a_thai_editor_sees_and_picks_the_storys_date_in_the_buddhist_era(client, editor, story):
    client.force_login(editor)

    html = client.get(edit_url(story)).content.decode()

    date_input = _input(html, "id_date")
    assert 'value="29/11/2569"' in date_input and 'placeholder="วว/ดด/ปปปป พ.ศ."' in date_input
    config = _chooser_config(html, "id_date")
    assert config["yearOffset"] == 543 and config["format"] == "d/m/Y"
    assert 'placeholder="วว/ดด/ปปปป พ.ศ. ชช:นน"' in _input(html, "id_go_live_at")
    assert _chooser_config(html, "id_go_live_at")["yearOffset"] == 543


def test_an_editor_working_in_english_sees_the_christian_era(client, editor, story):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)

    html = client.get(edit_url(story)).content.decode()

    assert 'value="29/11/2026"' in _input(html, "id_date")
    assert _chooser_config(html, "id_date")["yearOffset"] == 0


def _story_form(story, data=None):
    form_class = StoryPage.get_edit_handler().get_form_class()
    return form_class(data, instance=story, parent_page=story.get_parent(), for_user=None)


def test_the_date_typed_in_the_buddhist_era_is_that_day(story):
    with translation.override("th"):
        form = _story_form(story)
        assert form.fields["date"].clean("28/03/2570") == datetime.date(2027, 3, 28)
        assert form.fields["date"].clean("28/03/2027") == datetime.date(2027, 3, 28)
        go_live = form.fields["go_live_at"].clean("01/04/2570 09:00")
    assert timezone.localtime(go_live).replace(tzinfo=None) == datetime.datetime(2027, 4, 1, 9, 0)


def test_a_date_that_is_none_is_refused_in_thai(story):
    with translation.override("th"):
        form = _story_form(story)
        with pytest.raises(ValidationError) as refused:
            form.fields["date"].clean("31/02/2570")
    assert "ไม่มีวันที่ 31/02/2570 ในปฏิทิน" in str(refused.value)
