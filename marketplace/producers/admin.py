from django.contrib import admin

from .models import Producer


@admin.register(Producer)
class ProducerAdmin(admin.ModelAdmin):
    list_display = ("name_th", "name_en", "producer_type", "province", "is_active")
    list_filter = ("producer_type", "province__region", "is_active")
    search_fields = ("name_th", "name_en", "slug")
    autocomplete_fields = ()
    raw_id_fields = ("partner",)
