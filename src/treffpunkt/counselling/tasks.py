"""Background tasks of counselling, enqueued by the scheduler (core/scheduling.py)."""

import logging

from django_tasks import task

from . import retention

logger = logging.getLogger(__name__)


@task()
def purge_expired_cases() -> dict[str, int]:
    """Delete cases past their retention period, keeping counts."""
    deleted = retention.purge()
    logger.info("Counselling cases deleted: %s", deleted)
    return deleted
