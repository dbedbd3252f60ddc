from django_tasks import task

from .pending_updates import index_refresh_or_queue


@task()
def refresh_products_in_index(product_ids: list[int]) -> None:
    index_refresh_or_queue(product_ids)
