from django.core.management.base import BaseCommand

from cms.roles.services import roles_ensure


class Command(BaseCommand):
    help = (
        "Create or complete the marketplace's roles: the Producers and CDD editors groups, each producer's "
        "own group and image collection, and the moderation workflows (storefronts; stories and villages). "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        roles = roles_ensure()
        self.stdout.write(self.style.SUCCESS(
            f"Roles ready: groups '{roles.producers.name}' and '{roles.cdd_editors.name}', "
            f"workflows '{roles.workflow.name}' and '{roles.editorial_workflow.name}'."
        ))
