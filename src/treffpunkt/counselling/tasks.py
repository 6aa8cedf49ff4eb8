"""Background tasks of counselling, enqueued by the scheduler (core/scheduling.py)."""

import logging

from django_tasks import task

from . import overdue, retention

logger = logging.getLogger(__name__)


@task()
def purge_expired_cases() -> dict[str, int]:
    """Delete cases past their retention period, keeping counts."""
    deleted = retention.purge()
    logger.info("Counselling cases deleted: %s", deleted)
    return deleted


@task()
def report_overdue_cases() -> int:
    """Tell team leads about answers past the response promise."""
    return overdue.report_overdue()
