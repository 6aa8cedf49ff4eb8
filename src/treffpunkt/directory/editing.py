"""What editors do to offers beyond saving a form: copy, archive, confirm as current."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Offer

M2M_FIELDS = (
    "fields_of_action",
    "target_groups",
    "languages",
    "accessibility",
    "locations",
    "service_area",
)


@transaction.atomic
def duplicate_offer(offer: Offer) -> Offer:
    """A draft copy of an offer with its relations, times and contacts (not translations:
    they describe the original and would be outdated by the first edit)."""
    copy = Offer.objects.get(pk=offer.pk)
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    copy.title = _("%(title)s (copy)") % {"title": offer.title}
    copy.status = Offer.Status.DRAFT
    copy.published_at = None
    copy.text_version = 1
    copy._loaded_text = None
    copy.save()
    for name in M2M_FIELDS:
        getattr(copy, name).set(getattr(offer, name).all())
    for schedule in offer.schedules.all():
        schedule.pk = None
        schedule.offer = copy
        schedule.save()
    for contact in offer.contacts.all():
        contact.pk = None
        contact.offer = copy
        contact.save()
    return copy


def archive_offer(offer: Offer) -> None:
    """Take an offer off the public directory, keeping it for the record."""
    offer.status = Offer.Status.ARCHIVED
    offer.save()


def confirm_current(offer: Offer) -> None:
    """Record that someone checked the offer today and found it still correct."""
    offer.last_checked = timezone.localdate()
    offer.save(update_fields=["last_checked", "updated_at"])
