"""Sponsors and mentors: suggestions with reasons, one sponsorship per request, check-ins and
the follow-up list that puts sponsorships needing attention first."""

import datetime

import pytest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tests.factories import (
    LanguageFactory,
    MunicipalityFactory,
    SponsorFactory,
    SponsorshipRequestFactory,
)
from treffpunkt.pools import sponsor_matching, sponsorships
from treffpunkt.pools.models import Sponsorship, SponsorshipRequest


def test_suggestions_explain_and_leave_out_who_does_not_fit(world):
    arabic = LanguageFactory(code="ar", name="Arabisch", native_name="العربية")
    far = MunicipalityFactory(name="Münster", latitude=51.96, longitude=7.63)
    speaker = SponsorFactory(name="Hassan A.", municipality=world.town, weekdays=[1, 3])
    speaker.languages.set([arabic])
    SponsorFactory(name="Nur Wohnraum", municipality=world.town, kinds=["accommodation"])
    SponsorFactory(name="Zu weit", municipality=far)
    request = SponsorshipRequestFactory(
        requested_by=world.school, municipality=world.town, language=arabic, weekdays=[1]
    )

    matches = sponsor_matching.suggestions(request)

    assert [m.candidate.sponsor.name for m in matches] == ["Hassan A.", "Gisela M."]
    assert matches[0].reasons == [
        _("%(km)s km") % {"km": 0},
        _("speaks %(languages)s") % {"languages": "Arabisch"},
        _("free on %(days)s") % {"days": sponsor_matching.day_names({1})},
    ]


def test_busy_sponsors_come_after_free_ones(world):
    busy = SponsorFactory(name="Anna B.", municipality=world.town)
    sponsorships.start_sponsorship(
        SponsorshipRequestFactory(municipality=world.town, requested_by=world.school), busy
    )

    matches = sponsor_matching.suggestions(world.sponsorship_request)

    assert [m.candidate.sponsor.name for m in matches] == ["Gisela M.", "Anna B."]
    assert matches[1].reasons[-1] == ngettext(
        "%(n)s ongoing sponsorship", "%(n)s ongoing sponsorships", 1
    ) % {"n": 1}


def test_one_request_gets_one_sponsorship(world):
    other = SponsorFactory(municipality=world.town)
    sponsorships.start_sponsorship(world.sponsorship_request, world.sponsor)

    with pytest.raises(sponsorships.NotPossible):
        sponsorships.start_sponsorship(world.sponsorship_request, other)

    assert world.sponsorship_request.status == SponsorshipRequest.Status.MATCHED
    assert [s.sponsor for s in Sponsorship.objects.filter(request=world.sponsorship_request)] == [
        world.sponsor
    ]


def test_check_ins_are_recorded_until_the_sponsorship_ends(world):
    sponsorship = sponsorships.start_sponsorship(world.sponsorship_request, world.sponsor)
    day = datetime.date(2026, 11, 2)

    sponsorships.record_check_in(sponsorship, day, going_well=True, note="Läuft gut")
    sponsorships.end_sponsorship(sponsorship, day + datetime.timedelta(days=30))
    with pytest.raises(sponsorships.NotPossible):
        sponsorships.record_check_in(sponsorship, day, going_well=False)

    world.sponsorship_request.refresh_from_db()
    assert [c.note for c in sponsorship.check_ins.all()] == ["Läuft gut"]
    assert world.sponsorship_request.status == SponsorshipRequest.Status.CLOSED


def test_follow_ups_put_overdue_and_worrying_sponsorships_first(world):
    today = datetime.date(2026, 11, 23)
    started = today - datetime.timedelta(weeks=10)
    fine, _overdue, worrying = (
        sponsorships.start_sponsorship(
            SponsorshipRequestFactory(requested_by=world.school, municipality=world.town),
            SponsorFactory(name=name, coordinator_organisation=world.sponsor_pool),
            started,
        )
        for name in ("Gut", "Überfällig", "Sorgenkind")
    )
    sponsorships.record_check_in(fine, today - datetime.timedelta(days=7), going_well=True)
    sponsorships.record_check_in(worrying, today - datetime.timedelta(days=7), going_well=False)

    rows = sponsorships.follow_ups(
        sponsorships.visible_sponsorships(world.sponsor_coordinator), today
    )

    assert [(r.sponsorship.sponsor.name, r.due, r.worried) for r in rows] == [
        ("Überfällig", True, False),
        ("Sorgenkind", False, True),
        ("Gut", False, False),
    ]


def test_requesting_organisation_sees_its_requests_but_no_sponsorships(world):
    SponsorshipRequestFactory(requested_by=world.other_school)
    sponsorships.start_sponsorship(world.sponsorship_request, world.sponsor)

    requests = sponsorships.visible_requests(world.school_editor)
    followed = sponsorships.visible_sponsorships(world.school_editor)

    assert list(requests) == [world.sponsorship_request]
    assert list(followed) == []
