"""Every metric on the hand-made network of conftest.py, whose answers are known."""

import pytest
from django.utils import timezone

from tests.factories import EventFactory
from treffpunkt.dashboard import metrics
from treffpunkt.directory.models import Offer
from treffpunkt.directory.search.bitsets import members
from treffpunkt.events.models import Participant, Registration


def ids(bits) -> set[int]:
    return set(members(bits).tolist())


def test_published_counts_published_offers_valid_today(network_data):
    offers = network_data["offers"]

    published = ids(metrics.published(metrics.index()))

    assert published == {offers[k].pk for k in "ABCF"}


def test_an_offer_serves_its_locations_its_service_area_and_the_districts_towns(network_data):
    offers, places = network_data["offers"], network_data["places"]
    snapshot = metrics.index()

    served = {
        town: ids(metrics.serving(snapshot, places[town].pk) & metrics.published(snapshot))
        for town in ("dorsten", "marl", "gladbeck", "herten", "recklinghausen")
    }

    assert served == {
        "dorsten": {offers["A"].pk, offers["B"].pk},
        "marl": {offers["B"].pk, offers["C"].pk},
        "gladbeck": {offers["B"].pk, offers["C"].pk},
        "herten": {offers["B"].pk, offers["F"].pk},
        "recklinghausen": {offers["B"].pk},
    }


def test_district_wide_offers_are_those_serving_the_whole_district(network_data):
    snapshot = metrics.index()

    wide = ids(metrics.district_wide(snapshot, network_data["places"]["kreis"].pk))

    assert wide == {network_data["offers"]["B"].pk}


def test_stale_means_never_checked_or_checked_before_the_cutoff(network_data, settings):
    settings.TREFFPUNKT_STALE_AFTER_MONTHS = 6
    offers = network_data["offers"]

    stale = set(metrics.stale(Offer.objects.all()).values_list("pk", flat=True))

    # D (draft) and E (expired) are never checked, but not published offers.
    assert stale == {offers["B"].pk, offers["F"].pk}


def _register(event, email, status, checked_in=False):
    participant = Participant.objects.create(name=email, email=email, consent_processing=True)
    return Registration.objects.create(
        participant=participant, event=event, email=email, status=status,
        checked_in_at=timezone.now() if checked_in else None,
    )  # fmt: skip


@pytest.mark.django_db
def test_registered_attended_and_waiting():
    event = EventFactory()
    _register(event, "a@example.org", "registered", checked_in=True)
    _register(event, "b@example.org", "registered")
    _register(event, "c@example.org", "waiting")
    _register(event, "d@example.org", "cancelled")
    registrations = Registration.objects.filter(event=event)

    counts = [
        registrations.filter(metrics.registered_filter()).count(),
        registrations.filter(metrics.attended_filter()).count(),
        registrations.filter(metrics.waiting_filter()).count(),
    ]

    assert counts == [2, 1, 1]


def test_small_counts_are_suppressed_not_zero():
    assert [metrics.suppress(v) for v in (None, 0, 4, 5, 12)] == [None, None, None, 5, 12]


def test_offers_per_thousand_and_gaps():
    assert metrics.per_thousand(2, 500) == 4.0
    assert metrics.per_thousand(3, 0) is None
    assert [metrics.is_gap(0, 10), metrics.is_gap(1, 10), metrics.is_gap(0, 0)] == [
        True,
        False,
        False,
    ]


def test_quality_problems_name_what_is_missing(network_data):
    from treffpunkt.dashboard.quality import with_quality_counts

    offer = with_quality_counts(Offer.objects.filter(pk=network_data["offers"]["A"].pk)).get()

    assert metrics.quality_problems(offer, set()) == ["opening_hours", "accessibility"]
    assert metrics.quality_problems(offer, {"x"})[-1] == "broken_link"


def test_every_metric_has_a_definition_shown_as_help(english):
    texts = metrics.help_texts()

    assert sorted(texts) == sorted(metrics.METRICS)
    assert all(len(text) > 40 for text in texts.values())
    assert texts["published"].startswith("Published offer:")


def test_stale_cutoff_follows_the_setting(network_data, settings):
    settings.TREFFPUNKT_STALE_AFTER_MONTHS = 36
    today = timezone.localdate()

    stale = set(metrics.stale(Offer.objects.all(), today).values_list("pk", flat=True))

    assert stale == {network_data["offers"]["B"].pk}
