"""Background tasks of the dashboard (enqueued by treffpunkt.core.scheduling)."""

from django_tasks import task

from . import quality


@task()
def check_offer_links() -> int:
    """HEAD every offer's web address (short timeout) and record the broken ones."""
    return quality.check_links()


@task()
def refresh_quality_figures() -> int:
    """Recompute the stored stale and data-quality figures (nightly)."""
    return quality.refresh_figures()
