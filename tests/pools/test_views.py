"""Every page of the pools renders for the role it is for and is refused to the others.

Each row names a page, who may open it and what they see there, and who may not (403 where
the page exists for them in principle, 404 where the object does not exist for them)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from treffpunkt.pools import interpreting, sponsorships
from treffpunkt.pools.models import HelperJob, InterpretingRequest, SponsorshipRequest


@pytest.fixture
def sponsorship(world):
    return sponsorships.start_sponsorship(world.sponsorship_request, world.sponsor)


@pytest.fixture
def outsider(db):
    return UserFactory(username="niemand")


def _url(world, request, name: str) -> str:
    """The address of a page, with the world's objects as arguments."""
    objects = {
        "interpreting-request": world.request.pk,
        "interpreting-request-cancel": world.request.pk,
        "interpreting-coordination-request": world.request.pk,
        "interpreting-assign": world.request.pk,
        "interpreting-invite": world.request.pk,
        "interpreter-edit": world.interpreter.pk,
        "job": world.job.pk,
        "job-edit": world.job.pk,
        "job-close": world.job.pk,
        "job-reopen": world.job.pk,
        "job-contacts": world.job.pk,
        "candidate": world.candidate.pk,
        "candidate-edit": world.candidate.pk,
        "candidate-delete": world.candidate.pk,
        "sponsor-edit": world.sponsor.pk,
        "sponsorship-request": world.sponsorship_request.pk,
        "sponsorship-request-edit": world.sponsorship_request.pk,
        "sponsorship-request-close": world.sponsorship_request.pk,
        "sponsorship-start": world.sponsorship_request.pk,
    }
    if name == "candidate-contact":
        return reverse("pools:candidate-contact", args=[world.candidate.pk, world.job.pk])
    if name in ("sponsorship", "sponsorship-check-in", "sponsorship-end"):
        return reverse(f"pools:{name}", args=[request.getfixturevalue("sponsorship").pk])
    if name in objects:
        return reverse(f"pools:{name}", args=[objects[name]])
    return reverse(f"pools:{name}")


# (page, who may open it, a text they see there)
ALLOWED_PAGES = [
    ("interpreting-requests", "school_editor", "Kita Sonnenschein"),
    ("interpreting-request-create", "school_editor", "Kita Sonnenschein"),
    ("interpreting-request", "school_editor", "Kita Sonnenschein"),
    ("interpreting-request", "pool_coordinator", "Kita Sonnenschein"),
    ("interpreting-coordination", "pool_coordinator", "Samira H."),
    ("interpreting-coordination-request", "pool_coordinator", "Samira H."),
    ("interpreters", "pool_coordinator", "Karim B."),
    ("interpreter-create", "pool_coordinator", "KI Kreis RE"),
    ("interpreter-edit", "pool_coordinator", "Samira H."),
    ("interpreting-overview", "pool_coordinator", "Samira H."),
    ("job-board", None, "Helfer/in Lager"),
    ("job", None, "Helfer/in Lager"),
    ("job", "counsellor", "K-007"),
    ("employer-jobs", "employer_editor", "Helfer/in Lager"),
    ("job-create", "employer_editor", "Logistik Marl GmbH"),
    ("job-edit", "employer_editor", "Helfer/in Lager"),
    ("job-contacts", "employer_editor", "Helfer/in Lager"),
    ("candidates", "counsellor", "K-007"),
    ("candidate-create", "counsellor", "Caritas Migrationsdienst"),
    ("candidate", "counsellor", "Helfer/in Lager"),
    ("candidate", "counsellor_colleague", "K-007"),
    ("candidate-edit", "counsellor", "K-007"),
    ("candidate-contact", "counsellor", "Helfer/in Lager"),
    ("sponsorships-overview", "sponsor_coordinator", "Recklinghausen"),
    ("sponsors", "sponsor_coordinator", "Gisela M."),
    ("sponsor-create", "sponsor_coordinator", "Ehrenamtsagentur"),
    ("sponsor-edit", "sponsor_coordinator", "Gisela M."),
    ("sponsorship-request-create", "school_editor", "Kita Sonnenschein"),
    ("sponsorship-request", "sponsor_coordinator", "Gisela M."),
    ("sponsorship-request", "school_editor", "Recklinghausen"),
    ("sponsorship-request-edit", "school_editor", "Kita Sonnenschein"),
]

# (page, who may not open it, the status they get)
REFUSED_PAGES = [
    ("interpreting-requests", "interpreter_user", 403),
    ("interpreting-requests", "outsider", 403),
    ("interpreting-request-create", "interpreter_user", 403),
    ("interpreting-request", "other_school_editor", 403),
    ("interpreting-request", "interpreter_user", 403),
    ("interpreting-coordination", "school_editor", 403),
    ("interpreting-coordination", "interpreter_user", 403),
    ("interpreting-coordination-request", "school_editor", 403),
    ("interpreters", "interpreter_user", 403),
    ("interpreters", "school_editor", 403),
    ("interpreter-create", "school_editor", 403),
    ("interpreter-edit", "interpreter_user", 403),
    ("interpreter-edit", "sponsor_coordinator", 403),
    ("interpreting-overview", "school_editor", 403),
    ("interpreting-overview", "interpreter_user", 403),
    ("employer-jobs", "outsider", 403),
    ("job-create", "interpreter_user", 403),
    ("job-edit", "school_editor", 403),
    ("job-contacts", "school_editor", 403),
    ("job-contacts", "counsellor", 403),
    ("candidates", "outsider", 403),
    ("candidate-create", "interpreter_user", 403),
    ("candidate", "employer_editor", 404),
    ("candidate", "pool_coordinator", 404),
    ("candidate-edit", "counsellor_colleague", 403),
    ("candidate-edit", "employer_editor", 404),
    ("candidate-contact", "employer_editor", 404),
    ("sponsorships-overview", "outsider", 403),
    ("sponsors", "school_editor", 403),
    ("sponsor-create", "school_editor", 403),
    ("sponsor-edit", "school_editor", 404),
    ("sponsorship-request-create", "outsider", 403),
    ("sponsorship-request", "other_school_editor", 404),
    ("sponsorship-request-edit", "other_school_editor", 404),
    ("sponsorship", "school_editor", 404),
    ("sponsorship", "pool_coordinator", 404),
]

ANONYMOUS_REDIRECTED = [
    "interpreting-requests",
    "my-assignments",
    "interpreting-coordination",
    "interpreters",
    "interpreting-overview",
    "employer-jobs",
    "candidates",
    "sponsorships-overview",
]


@pytest.mark.parametrize(("page", "role", "shown"), ALLOWED_PAGES)
def test_page_renders_for_its_role(client, world, request, page, role, shown):
    if role:
        client.force_login(getattr(world, role))

    response = client.get(_url(world, request, page))

    assert response.status_code == 200
    assert shown in response.content.decode()


def test_sponsorship_page_shows_the_check_in_form(client, world, sponsorship):
    client.force_login(world.sponsor_coordinator)

    response = client.get(reverse("pools:sponsorship", args=[sponsorship.pk]))

    assert response.status_code == 200
    assert response.context["sponsorship"] == sponsorship
    assert "going_well" in response.content.decode()


@pytest.mark.parametrize(("page", "role", "status"), REFUSED_PAGES)
def test_page_is_refused_to_other_roles(client, world, request, outsider, page, role, status):
    client.force_login(outsider if role == "outsider" else getattr(world, role))

    response = client.get(_url(world, request, page))

    assert response.status_code == status
    assert "K-007" not in response.content.decode()
    assert "Duldung" not in response.content.decode()


@pytest.mark.parametrize("page", ANONYMOUS_REDIRECTED)
def test_pages_ask_visitors_to_log_in(client, world, page):
    response = client.get(reverse(f"pools:{page}"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


# --- Visible sets -----------------------------------------------------------------------------


def test_institution_lists_only_its_own_requests(client, world):
    client.force_login(world.school_editor)

    response = client.get(reverse("pools:interpreting-requests"))

    assert list(response.context["upcoming"]) == [world.request]
    assert "Grundschule Nord" not in response.content.decode()


def test_interpreter_sees_only_their_own_assignments(client, world):
    world.request.status, world.request.interpreter = "assigned", world.interpreter
    world.request.save()
    client.force_login(world.interpreter_user)

    response = client.get(reverse("pools:my-assignments"))

    assert list(response.context["upcoming"]) == [world.request]
    assert "Grundschule Nord" not in response.content.decode()


def test_user_without_interpreter_profile_sees_no_assignments(client, world, outsider):
    client.force_login(outsider)

    response = client.get(reverse("pools:my-assignments"))

    assert response.context["me"] is None
    assert "Kita Sonnenschein" not in response.content.decode()


def test_coordinator_of_another_pool_sees_neither_interpreters_nor_their_hours(client, world):
    from tests.factories import InterpreterFactory, OrganisationFactory, user_with_role

    other_pool = OrganisationFactory(name="KI Kreis Borken")
    InterpreterFactory(name="Olena K.", coordinator_organisation=other_pool)
    client.force_login(user_with_role("editor", other_pool))

    listing = client.get(reverse("pools:interpreters"))
    overview = client.get(reverse("pools:interpreting-overview"))

    assert [i.name for i in listing.context["interpreters"]] == ["Olena K."]
    assert [row.interpreter.name for row in overview.context["hours"]] == ["Olena K."]


def test_counsellor_sees_only_candidates_of_their_organisation(client, world):
    from tests.factories import CandidateFactory

    CandidateFactory(pseudonym="K-999")  # another organisation's
    client.force_login(world.counsellor)

    response = client.get(reverse("pools:candidates"))

    assert [c.pseudonym for c in response.context["own"]] == ["K-007"]
    assert response.context["colleagues"] == []
    assert "K-999" not in response.content.decode()


def test_requesting_organisation_sees_only_its_sponsorship_requests(client, world):
    from tests.factories import SponsorshipRequestFactory

    SponsorshipRequestFactory(requested_by=world.other_school, interests="Fußball")
    client.force_login(world.school_editor)

    response = client.get(reverse("pools:sponsorships-overview"))

    assert list(response.context["requests"]) == [world.sponsorship_request]
    assert response.context["follow_ups"] == []


# --- Actions ----------------------------------------------------------------------------------


def _future(days: int = 10, hour: int = 10) -> str:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return f"{day.isoformat()}T{hour:02d}:00"


def test_institution_makes_a_request(client, world):
    client.force_login(world.school_editor)

    response = client.post(
        reverse("pools:interpreting-request-create"),
        {
            "institution": world.school.pk,
            "language": world.arabic.pk,
            "minimum_level": "B2",
            "starts_at": _future(),
            "duration_minutes": 60,
            "mode": "on_site",
            "municipality": world.town.pk,
            "place": "Raum 2",
            "topic": "parent_talk",
            "note": "",
        },
    )

    new = InterpretingRequest.objects.latest("pk")
    assert response.status_code == 302
    assert (new.institution, new.status, new.created_by) == (
        world.school,
        "open",
        world.school_editor,
    )


def test_institution_cannot_request_for_another_institution(client, world):
    client.force_login(world.school_editor)

    response = client.post(
        reverse("pools:interpreting-request-create"),
        {
            "institution": world.other_school.pk,
            "language": world.arabic.pk,
            "minimum_level": "B2",
            "starts_at": _future(),
            "duration_minutes": 60,
            "mode": "on_site",
            "municipality": world.town.pk,
            "topic": "parent_talk",
        },
    )

    assert response.status_code == 200
    assert "institution" in response.context["form"].errors
    assert InterpretingRequest.objects.filter(institution=world.other_school).count() == 1


def test_institution_cancels_its_request_but_not_anothers(client, world):
    client.force_login(world.school_editor)

    own = client.post(reverse("pools:interpreting-request-cancel", args=[world.request.pk]))
    other = client.post(reverse("pools:interpreting-request-cancel", args=[world.other_request.pk]))

    world.request.refresh_from_db()
    world.other_request.refresh_from_db()
    assert (own.status_code, other.status_code) == (302, 403)
    assert (world.request.status, world.other_request.status) == ("cancelled", "assigned")


def test_coordinator_assigns_an_interpreter_of_the_pool(
    client, world, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(world.pool_coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("pools:interpreting-assign", args=[world.request.pk]),
            {"interpreter": world.interpreter.pk},
        )

    world.request.refresh_from_db()
    assert (world.request.status, world.request.interpreter) == ("assigned", world.interpreter)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        ["kita@example.org", world.interpreter.email]
    )


def test_institution_cannot_assign(client, world):
    client.force_login(world.school_editor)

    response = client.post(
        reverse("pools:interpreting-assign", args=[world.request.pk]),
        {"interpreter": world.interpreter.pk},
    )

    world.request.refresh_from_db()
    assert response.status_code == 403
    assert world.request.interpreter is None


def test_coordinator_invites_and_the_first_link_wins(
    client, world, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(world.pool_coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("pools:interpreting-invite", args=[world.request.pk]),
            {"interpreters": [world.interpreter.pk, world.colleague.pk]},
        )
    first, second = world.request.invitations.order_by("interpreter__name")
    client.logout()

    client.post(reverse("pools:interpreting-invitation", args=[first.token]), {"answer": "accept"})
    late = client.post(
        reverse("pools:interpreting-invitation", args=[second.token]),
        {"answer": "accept"},
        follow=True,
    )

    world.request.refresh_from_db()
    assert world.request.interpreter == first.interpreter
    assert late.context["state"] == "too_late"
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [world.interpreter.email, world.colleague.email]
    )


def test_unknown_invitation_and_feedback_links_are_not_found(client, world):
    assert client.get(reverse("pools:interpreting-invitation", args=["nope"])).status_code == 404
    assert client.get(reverse("pools:interpreting-feedback", args=["nope"])).status_code == 404


def test_feedback_page_takes_the_rating_once(client, world):
    world.other_request.starts_at = timezone.now() - datetime.timedelta(hours=3)
    world.other_request.status = "done"
    world.other_request.save()
    token = interpreting.feedback_token(world.other_request)
    url = reverse("pools:interpreting-feedback", args=[token])

    client.post(url, {"rating": 4, "note": "Sehr hilfreich"})
    again = client.post(url, {"rating": 1, "note": "später"}, follow=True)

    world.other_request.refresh_from_db()
    assert (world.other_request.feedback_rating, world.other_request.feedback_note) == (
        4,
        "Sehr hilfreich",
    )
    assert again.context["open"] is False


def test_employer_closes_and_reopens_a_job_but_others_cannot(client, world):
    client.force_login(world.school_editor)
    refused = client.post(reverse("pools:job-close", args=[world.job.pk]))
    client.force_login(world.employer_editor)

    client.post(reverse("pools:job-close", args=[world.job.pk]), {"status": "filled"})
    world.job.refresh_from_db()
    closed_status = world.job.status
    anonymous_view = client.get(reverse("pools:job-reopen", args=[world.job.pk]))
    client.post(reverse("pools:job-reopen", args=[world.job.pk]))
    world.job.refresh_from_db()

    assert refused.status_code == 403
    assert (closed_status, world.job.status) == (HelperJob.Status.FILLED, HelperJob.Status.OPEN)
    assert anonymous_view.status_code == 405


def test_closed_job_is_not_public(client, world):
    world.job.status = HelperJob.Status.FILLED
    world.job.save()

    assert client.get(reverse("pools:job", args=[world.job.pk])).status_code == 404


def test_residence_notes_shown_to_the_counsellor_only(client, world):
    client.force_login(world.counsellor)
    own = client.get(reverse("pools:candidate", args=[world.candidate.pk])).content.decode()
    client.force_login(world.counsellor_colleague)
    colleague = client.get(reverse("pools:candidate", args=[world.candidate.pk]))

    assert "Duldung bis März" in own
    assert colleague.status_code == 200
    assert "Duldung" not in colleague.content.decode()


def test_counsellor_contacts_the_employer_through_the_platform(
    client, world, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(world.counsellor)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("pools:candidate-contact", args=[world.candidate.pk, world.job.pk]),
            {"message": "K-007 hat Erfahrung im Lager."},
        )

    [mail] = mailoutbox
    assert mail.to == ["jobs@logistik.example"]
    assert "K-007" in mail.body
    assert "Duldung" not in mail.body
    assert world.job.contacts.get().candidate == world.candidate


def test_colleague_cannot_delete_a_candidate(client, world):
    client.force_login(world.counsellor_colleague)

    response = client.post(reverse("pools:candidate-delete", args=[world.candidate.pk]))

    assert response.status_code == 403
    assert world.counselling.candidates.count() == 1


def test_sponsor_coordinator_starts_a_sponsorship_and_records_a_check_in(client, world):
    client.force_login(world.sponsor_coordinator)
    today = timezone.localdate().isoformat()

    started = client.post(
        reverse("pools:sponsorship-start", args=[world.sponsorship_request.pk]),
        {"sponsor": world.sponsor.pk, "started_on": today},
    )
    sponsorship = world.sponsor.sponsorships.get()
    client.post(
        reverse("pools:sponsorship-check-in", args=[sponsorship.pk]),
        {"on": today, "going_well": "on", "note": "Erstes Treffen in der Bibliothek"},
    )

    world.sponsorship_request.refresh_from_db()
    assert started.status_code == 302
    assert world.sponsorship_request.status == SponsorshipRequest.Status.MATCHED
    assert [c.note for c in sponsorship.check_ins.all()] == ["Erstes Treffen in der Bibliothek"]


def test_requesting_organisation_cannot_start_a_sponsorship(client, world):
    client.force_login(world.school_editor)

    response = client.post(
        reverse("pools:sponsorship-start", args=[world.sponsorship_request.pk]),
        {"sponsor": world.sponsor.pk, "started_on": timezone.localdate().isoformat()},
    )

    assert response.status_code == 403
    assert not world.sponsor.sponsorships.exists()


def test_other_organisation_cannot_check_in_or_end(client, world, sponsorship):
    client.force_login(world.school_editor)

    check_in = client.post(
        reverse("pools:sponsorship-check-in", args=[sponsorship.pk]),
        {"on": timezone.localdate().isoformat(), "going_well": "on"},
    )
    end = client.post(reverse("pools:sponsorship-end", args=[sponsorship.pk]))

    sponsorship.refresh_from_db()
    assert (check_in.status_code, end.status_code) == (404, 404)
    assert (sponsorship.check_ins.count(), sponsorship.ended_on) == (0, None)


def test_invitation_page_shows_the_place_while_the_offer_is_open(client, world):
    [offer] = interpreting.invite(world.request, [world.interpreter])
    url = reverse("pools:interpreting-invitation", args=[offer.token])

    pending = client.get(url)
    interpreting.cancel(world.request)
    cancelled = client.get(url)

    assert (pending.context["state"], pending.context["can_accept"]) == ("pending", True)
    assert "Kita Sonnenschein, Raum 2" in pending.content.decode()
    assert cancelled.context["hide_details"] is True
    assert "Kita Sonnenschein, Raum 2" not in cancelled.content.decode()
