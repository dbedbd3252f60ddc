from django_tasks import task

from .indexing import index_refresh_products


@task()
def refresh_products_in_index(product_ids: list[int]) -> None:
    index_refresh_products(product_ids)
