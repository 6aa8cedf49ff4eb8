"""Offers nobody has confirmed for a while, and reminding their editors."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from treffpunkt.network.models import Membership

from .models import Offer


def stale_cutoff(today: datetime.date | None = None) -> datetime.date:
    """Offers last checked before this day are stale (HSDS assured_date)."""
    today = today or timezone.localdate()
    months = settings.TREFFPUNKT_STALE_AFTER_MONTHS
    year, month = divmod(today.month - 1 - months, 12)
    first_of_month = datetime.date(today.year + year, month + 1, 1)
    day = min(today.day, 28)
    return first_of_month.replace(day=day)


def stale_condition(today: datetime.date | None = None) -> Q:
    """The stale rule as a filter: never checked, or checked before the cut-off (the reminder
    e-mail and the network dashboard both count with it)."""
    return Q(last_checked__isnull=True) | Q(last_checked__lt=stale_cutoff(today))


def stale_offers(queryset=None, today: datetime.date | None = None):
    """Published offers never checked, or checked before the cut-off."""
    queryset = Offer.objects.filter(status=Offer.Status.PUBLISHED) if queryset is None else queryset
    return queryset.filter(stale_condition(today))


def notify_stale_offers(today: datetime.date | None = None) -> int:
    """E-mail every editor the stale offers of their organisations; returns mails sent."""
    stale = stale_offers(today=today).select_related("organisation").order_by("title")
    by_organisation: dict[int, list[Offer]] = {}
    for offer in stale:
        by_organisation.setdefault(offer.organisation_id, []).append(offer)
    memberships = Membership.objects.filter(
        role=Membership.Role.EDITOR,
        organisation_id__in=by_organisation,
        user__is_active=True,
    ).select_related("user")
    offers_by_user: dict = {}
    for membership in memberships:
        if membership.user.email:
            offers_by_user.setdefault(membership.user, []).extend(
                by_organisation[membership.organisation_id]
            )
    dashboard = settings.SITE_URL + reverse("directory:editor-dashboard") + "?ansicht=veraltet"
    sent = 0
    for user, offers in offers_by_user.items():
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "user": user,
                "offers": offers,
                "dashboard_url": dashboard,
                "months": settings.TREFFPUNKT_STALE_AFTER_MONTHS,
            }
            subject = render_to_string("directory/email/stale_subject.txt", context).strip()
            body = render_to_string("directory/email/stale_body.txt", context)
        send_mail(subject, body, None, [user.email])
        sent += 1
    return sent
