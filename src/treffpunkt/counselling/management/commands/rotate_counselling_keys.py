"""Re-wrap every case's data key under the newest master key.

Rotation: put a new key first in TREFFPUNKT_COUNSELLING_KEYS (keep the old ones after it),
restart, run this command, then remove the old keys. Messages are not re-encrypted: they
stay under their case's data key, which only changes its wrapping.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from treffpunkt.counselling import crypto
from treffpunkt.counselling.models import Case


class Command(BaseCommand):
    help = "Re-wrap the counselling data keys under the first key of TREFFPUNKT_COUNSELLING_KEYS."

    def handle(self, *args, **options):
        count = 0
        for pk in Case.objects.values_list("pk", flat=True).iterator():
            with transaction.atomic():
                case = Case.objects.select_for_update().only("wrapped_key").get(pk=pk)
                case.wrapped_key = crypto.rewrap(case.wrapped_key)
                case.save(update_fields=["wrapped_key"])
            count += 1
        self.stdout.write(f"Re-wrapped the keys of {count} cases.")
