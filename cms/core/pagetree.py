"""Creating the fixed index pages from data migrations (historical models have no treebeard API)."""

from django.utils import timezone

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STEPLEN = 4


def _encode(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, len(_ALPHABET))
        digits = _ALPHABET[rest] + digits
    return digits.rjust(_STEPLEN, "0")


def _home(apps):
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("home", "HomePage")
    home = HomePage.objects.order_by("pk").first()
    return Page.objects.get(pk=home.pk) if home is not None else None


def create_index_page(apps, app_label: str, model_name: str, slug: str, **fields) -> None:
    """Add a live ``app_label.model_name`` page under the home page, unless one with ``slug`` is there."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Model = apps.get_model(app_label, model_name)
    home = _home(apps)
    if home is None:
        return
    siblings = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
    if siblings.filter(slug=slug).exists():
        return
    last = siblings.order_by("-path").values_list("path", flat=True).first()
    path = home.path + (_encode(int(last[-_STEPLEN:], 36) + 1) if last else _encode(1))
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
    now = timezone.now()
    Model.objects.create(
        slug=slug,
        draft_title=fields["title"],
        content_type=content_type,
        path=path,
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}{slug}/",
        locale_id=home.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )
    Page.objects.filter(pk=home.pk).update(numchild=siblings.count())


def remove_index_page(apps, app_label: str, model_name: str, slug: str) -> None:
    Page = apps.get_model("wagtailcore", "Page")
    Model = apps.get_model(app_label, model_name)
    home = _home(apps)
    for page in Model.objects.filter(slug=slug):
        Page.objects.filter(path__startswith=page.path).delete()
    if home is not None:
        Page.objects.filter(pk=home.pk).update(
            numchild=Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).count()
        )
