import datetime

from django.core import mail

from tests.factories import OfferFactory, user_with_role
from treffpunkt.directory.freshness import notify_stale_offers, stale_cutoff
from treffpunkt.network.models import Membership


def test_cutoff_is_the_configured_months_back(settings):
    settings.TREFFPUNKT_STALE_AFTER_MONTHS = 6

    assert stale_cutoff(datetime.date(2026, 11, 23)) == datetime.date(2026, 5, 23)
    assert stale_cutoff(datetime.date(2026, 3, 31)) == datetime.date(2025, 9, 28)


def test_editors_are_reminded_of_their_stale_offers(db, organisation, other_organisation):
    today = datetime.date(2026, 11, 23)
    editor = user_with_role(Membership.Role.EDITOR, organisation, email="redaktion@caritas.example")
    user_with_role(Membership.Role.EDITOR, other_organisation, email="andere@awo.example")
    OfferFactory(
        organisation=organisation, title="Sprachcafé", last_checked=datetime.date(2025, 1, 1)
    )
    OfferFactory(
        organisation=organisation, title="Aktuell", last_checked=datetime.date(2026, 11, 1)
    )
    OfferFactory(organisation=organisation, title="Entwurf", status="draft")

    sent = notify_stale_offers(today=today)

    assert sent == 1
    assert mail.outbox[0].to == [editor.email]
    assert "Sprachcafé" in mail.outbox[0].body
    assert "Aktuell" not in mail.outbox[0].body
    assert "/verwaltung/angebote/?ansicht=veraltet" in mail.outbox[0].body
