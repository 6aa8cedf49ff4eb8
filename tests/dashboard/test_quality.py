"""The link checker (HTTP monkeypatched) and data quality per offer."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    AccessibilityFeatureFactory,
    ContactChannelFactory,
    LocationFactory,
    ScheduleFactory,
)
from treffpunkt.dashboard import quality, tasks
from treffpunkt.dashboard.models import LinkCheck
from treffpunkt.directory.models import Offer


@pytest.fixture
def links(network_data):
    offers = network_data["offers"]
    ContactChannelFactory(offer=offers["A"], kind="web", value="https://gut.example.org")
    ContactChannelFactory(offer=offers["B"], kind="web", value="kaputt.example.org/seite")
    ContactChannelFactory(offer=offers["D"], kind="web", value="https://entwurf.example.org")
    return offers


def test_checker_heads_published_offers_links_and_records_broken_ones(links, monkeypatch):
    asked = []
    answers = {"https://gut.example.org": "200", "https://kaputt.example.org/seite": "404"}

    def fake_head(url):
        asked.append(url)
        return answers[url]

    monkeypatch.setattr(quality, "head", fake_head)

    checked = tasks.check_offer_links.enqueue().return_value

    assert (checked, sorted(asked)) == (2, sorted(answers))
    broken = LinkCheck.objects.filter(is_broken=True).values_list("offer__title", "status")
    assert list(broken) == [("B Online-Beratung", "404")]


def test_no_answer_counts_as_broken_and_405_does_not():
    assert [quality.is_broken(a) for a in ("200", "301", "405", "404", "500", "URLError")] == [
        False, False, False, True, True, True,
    ]  # fmt: skip


def test_head_uses_a_short_timeout(monkeypatch):
    seen = {}

    class Response:
        status = 204

        def __enter__(self):
            return self

        def __exit__(self, *args):
            return False

    def fake_urlopen(request, timeout):
        seen.update(method=request.get_method(), timeout=timeout)
        return Response()

    monkeypatch.setattr(quality.urllib.request, "urlopen", fake_urlopen)

    assert quality.head("https://example.org") == "204"
    assert seen == {"method": "HEAD", "timeout": quality.LINK_TIMEOUT_SECONDS}


def test_quality_counts_each_problem(links, network_data):
    offers = network_data["offers"]
    ScheduleFactory(offer=offers["A"])
    offers["A"].accessibility.add(AccessibilityFeatureFactory())
    LinkCheck.objects.create(
        offer=offers["B"], url="https://kaputt.example.org/seite", is_broken=True,
        status="404", checked_at=timezone.now() - datetime.timedelta(hours=1),
    )  # fmt: skip
    towns = [network_data["places"][t] for t in ("dorsten", "marl", "gladbeck", "herten")]

    quality.refresh_figures()
    totals = quality.stored(towns, None, town_filter=False).totals
    rows = quality.quality_list(quality.offers_in(towns, None))

    assert totals == {"languages": 0, "opening_hours": 3, "accessibility": 3, "broken_link": 1}
    assert [(r.offer.title, r.problems) for r in rows] == [
        ("B Online-Beratung", ["opening_hours", "accessibility", "broken_link"]),
        ("C Deutschkurs", ["opening_hours", "accessibility"]),
        ("F Migrationsberatung", ["opening_hours", "accessibility"]),
    ]
    assert Offer.objects.count() == 6


def test_an_offer_with_two_places_in_a_town_counts_once_there(
    links, network_data, django_capture_on_commit_callbacks
):
    offer = network_data["offers"]["B"]
    herten = network_data["places"]["herten"]
    with django_capture_on_commit_callbacks(execute=True):  # indexed
        offer.locations.add(
            LocationFactory(municipality=herten), LocationFactory(municipality=herten)
        )
    quality.refresh_figures()

    figures = quality.stored([herten], None, town_filter=True)

    in_herten = quality.offers_in([herten], None).filter(organisation=offer.organisation)
    [row] = [r for r in figures.by_organisation if r.organisation_id == offer.organisation_id]
    assert row.published == len(set(in_herten.values_list("pk", flat=True))) >= 1
