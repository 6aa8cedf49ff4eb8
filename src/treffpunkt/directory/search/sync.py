"""Keeps the search index in step with every save and delete, after the commit.

Changes within one transaction are collected and indexed once when it commits, so an offer
saved with its schedules and contacts is analysed once, and a rolled-back change never
reaches the index.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from treffpunkt.network.models import FieldOfAction, Language, Organisation, TargetGroup

from ..models import (
    AccessibilityFeature,
    ContactChannel,
    Location,
    Offer,
    OfferTranslation,
    Schedule,
    Synonym,
)
from . import expansion, indexing

_state = threading.local()


def _pending() -> set[int]:
    if not hasattr(_state, "pending"):
        _state.pending = set()
    return _state.pending


def _flush() -> None:
    ids = set(_pending())
    _pending().clear()
    if ids:
        indexing.index_offers(ids)


def schedule(offer_ids) -> None:
    """Reindex these offers once the current transaction commits.

    Every call registers a flush; the first flush after a commit indexes everything
    pending and the others find nothing left. Ids left over from a rolled-back
    transaction are indexed with the next commit (to their then current state).
    """
    if getattr(_state, "paused", False):
        return
    _pending().update(offer_ids)
    transaction.on_commit(_flush)


@contextmanager
def paused():
    """Bulk writers (imports, the demo generator) index once at the end themselves."""
    previous = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = previous


@receiver(post_save, sender=Offer)
def offer_saved(sender, instance, **kwargs):
    schedule([instance.pk])


@receiver(post_delete, sender=Offer)
def offer_deleted(sender, instance, **kwargs):
    if not getattr(_state, "paused", False):
        indexing.remove_offers([instance.pk])


@receiver(post_save, sender=OfferTranslation)
@receiver(post_delete, sender=OfferTranslation)
@receiver(post_save, sender=Schedule)
@receiver(post_delete, sender=Schedule)
@receiver(post_save, sender=ContactChannel)
@receiver(post_delete, sender=ContactChannel)
def part_changed(sender, instance, **kwargs):
    schedule([instance.offer_id])


@receiver(post_save, sender=Location)
def location_saved(sender, instance, **kwargs):
    schedule(instance.offers.values_list("pk", flat=True))


@receiver(post_save, sender=Organisation)
def organisation_saved(sender, instance, **kwargs):
    schedule(instance.offers.values_list("pk", flat=True))


@receiver(post_save, sender=FieldOfAction)
@receiver(post_save, sender=TargetGroup)
@receiver(post_save, sender=Language)
@receiver(post_save, sender=AccessibilityFeature)
def vocabulary_saved(sender, instance, created, **kwargs):
    # A renamed topic or language is searchable under its new name in every offer using it.
    if not created:
        schedule(instance.offers.values_list("pk", flat=True))


def _m2m_changed(sender, instance, action, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, Offer):
        schedule([instance.pk])
    elif pk_set:  # changed from the other side (e.g. a location's offers)
        schedule(pk_set)


for through in (
    Offer.fields_of_action.through,
    Offer.target_groups.through,
    Offer.languages.through,
    Offer.accessibility.through,
    Offer.locations.through,
    Offer.service_area.through,
):
    m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"search-{through.__name__}")


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def synonyms_changed(sender, **kwargs):
    expansion.forget_synonyms()
