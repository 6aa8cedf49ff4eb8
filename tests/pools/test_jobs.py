"""The helper-job exchange: suggested jobs with reasons, the public board, contact only with
consent, and residence notes that nobody but the counsellor ever sees."""

import pytest
from django.utils.translation import gettext as _

from tests.factories import (
    CandidateFactory,
    HelperJobFactory,
    LanguageFactory,
    MunicipalityFactory,
    user_with_role,
)
from treffpunkt.pools import job_matching, jobs
from treffpunkt.pools.models import HelperJob


@pytest.fixture
def far_town(db):
    return MunicipalityFactory(name="Münster", latitude=51.96, longitude=7.63)


def test_suggested_jobs_come_with_reasons_and_only_reachable_ones(world, far_town):
    marl = MunicipalityFactory(name="Marl", latitude=51.657, longitude=7.090)
    HelperJobFactory(title="Küchenhilfe", municipality=marl, skills="Küche, Spülen")
    HelperJobFactory(title="Zu weit", municipality=far_town)
    HelperJobFactory(title="Zu viel Deutsch", municipality=world.town, german_level="C1")
    HelperJobFactory(title="Schon besetzt", municipality=world.town, status="filled")
    world.candidate.skills = "Lagerarbeit, Staplerschein, Küche"
    world.candidate.save()

    matches = job_matching.suggested_jobs(world.candidate)

    assert [m.candidate.job.title for m in matches] == ["Helfer/in Lager", "Küchenhilfe"]
    assert matches[0].reasons == [
        _("German %(level)s (required %(required)s)") % {"level": "B1", "required": "A2"},
        _("%(km)s km") % {"km": 0},
        "Lagerarbeit",
    ]
    assert matches[1].reasons[-1] == "Küche"


def test_skills_meet_however_they_are_spelled(world):
    job = HelperJobFactory(municipality=world.town, skills="Stapler-Schein")
    world.candidate.skills = "staplerschein"

    [match] = job_matching.suggested_jobs(world.candidate, HelperJob.objects.filter(pk=job.pk))

    assert match.reasons[-1] == "Stapler-Schein"


def test_languages_the_job_asks_for_count(world):
    arabic = LanguageFactory(code="ar", name="Arabisch", native_name="العربية")
    job = HelperJobFactory(
        municipality=world.town, skills="", requirements="Arabischkenntnisse von Vorteil"
    )
    world.candidate.languages.set([arabic])

    [match] = job_matching.suggested_jobs(world.candidate, HelperJob.objects.filter(pk=job.pk))

    assert match.reasons[-1] == _("speaks %(languages)s") % {"languages": "Arabisch"}


def test_never_suggests_a_job_needing_better_german_or_beyond_reach(world, far_town):
    """Whatever the points, the hard conditions hold for every suggestion."""
    for level in ["A1", "A2", "B1", "B2", "C1", "C2"]:
        HelperJobFactory(municipality=world.town, german_level=level, skills="Lagerarbeit")
        HelperJobFactory(municipality=far_town, german_level=level, skills="Lagerarbeit")

    titles_levels = [
        (m.candidate.job.municipality.name, m.candidate.job.german_level)
        for m in job_matching.suggested_jobs(world.candidate, limit=None)
    ]

    assert sorted(titles_levels) == [
        ("Recklinghausen", "A1"),
        ("Recklinghausen", "A2"),
        ("Recklinghausen", "A2"),  # the world's job
        ("Recklinghausen", "B1"),
    ]


def test_board_filters_by_town_level_and_words(world):
    marl = MunicipalityFactory(name="Marl")
    HelperJobFactory(title="Reinigungskraft", municipality=marl, skills="Reinigung")
    HelperJobFactory(title="Lagerhelfer C1", municipality=world.town, german_level="C1")

    in_town = jobs.board(town=world.town)
    for_b1 = jobs.board(german_level="B1")
    by_word = jobs.board(skills="lager")

    assert [j.title for j in in_town] == ["Lagerhelfer C1", "Helfer/in Lager"]
    assert sorted(j.title for j in for_b1) == ["Helfer/in Lager", "Reinigungskraft"]
    assert sorted(j.title for j in by_word) == ["Helfer/in Lager", "Lagerhelfer C1"]


# --- Residence notes and contact --------------------------------------------------------------


def test_residence_notes_are_for_the_counsellor_alone(world, coordinator):
    notes = {
        "counsellor": jobs.residence_notes_for(world.counsellor, world.candidate),
        "colleague": jobs.residence_notes_for(world.counsellor_colleague, world.candidate),
        "employer": jobs.residence_notes_for(world.employer_editor, world.candidate),
        "network coordinator": jobs.residence_notes_for(coordinator, world.candidate),
    }

    assert notes == {
        "counsellor": "Duldung bis März, Arbeitserlaubnis beantragt",
        "colleague": None,
        "employer": None,
        "network coordinator": None,
    }


def test_network_coordinator_cannot_see_candidates_of_other_organisations(world, coordinator):
    from treffpunkt.pools.rules import visible_candidates

    assert list(visible_candidates(coordinator)) == []
    assert [c.pseudonym for c in visible_candidates(world.counsellor_colleague)] == ["K-007"]


def test_contact_needs_the_candidates_consent(world):
    world.candidate.consents_to_contact = False

    with pytest.raises(jobs.ContactRefused):
        jobs.contact_employer(world.candidate, world.job, "Hallo")

    assert world.job.contacts.count() == 0


def test_contact_about_a_closed_job_or_twice_is_refused(world):
    jobs.contact_employer(world.candidate, world.job, "Erste Nachricht")

    with pytest.raises(jobs.ContactRefused):
        jobs.contact_employer(world.candidate, world.job, "Zweite Nachricht")
    jobs.close_job(world.job)
    with pytest.raises(jobs.ContactRefused):
        jobs.contact_employer(CandidateFactory(consents_to_contact=True), world.job, "Hallo")

    assert [c.message for c in world.job.contacts.all()] == ["Erste Nachricht"]


def test_employer_mail_holds_the_pseudonym_and_never_the_profile(
    world, django_capture_on_commit_callbacks, mailoutbox
):
    world.candidate.skills = "Geheimes Hobby"
    world.candidate.save()

    with django_capture_on_commit_callbacks(execute=True):
        jobs.contact_employer(world.candidate, world.job, "Bitte melden Sie sich.")

    [mail] = mailoutbox
    html = mail.alternatives[0][0]
    assert mail.to == ["jobs@logistik.example"]
    assert mail.reply_to == [world.counsellor.email]
    for text in (mail.body, html):
        assert "K-007" in text
        assert "Bitte melden Sie sich." in text
        assert "Duldung" not in text
        assert "Geheimes Hobby" not in text


def test_employer_without_address_is_reached_through_its_editors(world):
    world.employer.email = ""
    world.employer.save()
    second = user_with_role("editor", world.employer)

    addresses = jobs.employer_addresses(world.job)

    assert addresses == sorted([world.employer_editor.email, second.email])


def test_employer_sees_pseudonym_and_message_of_contacts_only(world):
    jobs.contact_employer(world.candidate, world.job, "Hallo")

    [contact] = jobs.contacts_for_employer(world.job)

    assert (contact.candidate.pseudonym, contact.message) == ("K-007", "Hallo")
    assert "residence_notes" in contact.candidate.get_deferred_fields()
