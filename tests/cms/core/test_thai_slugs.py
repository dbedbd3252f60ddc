"""Story and village URLs keep whole Thai words (vowels and tone marks); an old URL redirects to the new one."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from cms.core.slugs import ThaiSlugPageForm, page_slug_for_title
from cms.stories.models import StoryIndexPage, StoryPage
from marketplace.slugs import stripped_marks
from tests.cms.helpers import add_story

pytestmark = pytest.mark.django_db

TITLE = "กาแฟดอยช้าง จากไร่บนดอยสู่แก้วของคุณ"
WHOLE = "กาแฟดอยช้าง-จากไร่บนดอยสู่แก้วของคุณ"


def test_new_story_without_a_slug_gets_whole_thai_words(client, maker_a):
    index = StoryIndexPage.objects.get()
    page = StoryPage(title=TITLE, title_en="", intro="บทนำ", body="<p>เนื้อเรื่อง</p>")
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.slug == WHOLE
    response = client.get(page.url)
    assert response.status_code == 200
    assert TITLE in response.content.decode()


def test_story_with_a_thai_slug_saves_and_is_served(client, maker_a):
    story = add_story(maker_a, slug=WHOLE, title=TITLE)
    story.full_clean()  # Wagtail's own validator refused vowels and tone marks
    assert client.get(f"/stories/{WHOLE}/").status_code == 200


def test_the_editors_slug_without_marks_becomes_whole_words():
    assert page_slug_for_title(TITLE, stripped_marks(WHOLE)) == WHOLE
    assert page_slug_for_title(TITLE, "my-own-slug") == "my-own-slug"  # an editor's own choice stays


def test_page_form_accepts_a_thai_slug(maker_a):
    form_class = StoryPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, ThaiSlugPageForm)
    form = form_class(instance=StoryPage(), parent_page=StoryIndexPage.objects.get(), for_user=maker_a.user)
    assert form.fields["slug"].clean(WHOLE) == WHOLE


def test_old_url_without_marks_redirects_after_the_slug_is_fixed(client, maker_a, django_capture_on_commit_callbacks):
    old = stripped_marks(WHOLE)
    story = add_story(maker_a, slug=old, title=TITLE)
    story.slug = WHOLE
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail makes the redirect after commit
        story.save_revision(user=maker_a.user).publish()
    assert Redirect.objects.filter(redirect_page=story).exists()
    response = client.get(f"/stories/{old}/", follow=True)
    assert response.redirect_chain and response.redirect_chain[0][1] == 301
    assert response.status_code == 200 and TITLE in response.content.decode()

