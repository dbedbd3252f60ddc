from django.contrib import admin

from .models import JobState


@admin.register(JobState)
class JobStateAdmin(admin.ModelAdmin):
    list_display = ("name", "last_started_at", "last_succeeded", "next_run_at", "runs", "failures")
    readonly_fields = ("name", "last_started_at", "last_finished_at", "last_succeeded", "last_output", "runs",
                       "failures")
    fields = ("name", "next_run_at", *readonly_fields[1:])

    def has_add_permission(self, request):
        return False
