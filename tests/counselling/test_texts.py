"""Text templates per language and absence notes: managed by the team, templates inserted
into the answer without JavaScript, absence notes shown to the client while they apply."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import OrganisationFactory
from treffpunkt.counselling import absences, cases
from treffpunkt.counselling.models import AbsenceNote, TextTemplate

from .conftest import login, make_counsellor, open_case

pytestmark = pytest.mark.usefixtures("english")

HOUR = datetime.timedelta(hours=1)


def test_a_counsellor_adds_edits_and_deletes_a_template(
    client, counselling_org, counsellor, arabic
):
    login(client, counsellor)

    client.post(
        "/beratung/team/texte/",
        {
            "action": "template",
            "organisation": counselling_org.pk,
            "title": "Termin bestätigen",
            "language": "ar",
            "body": "نؤكد موعدك",
        },
    )
    template = TextTemplate.objects.get()
    client.post(
        f"/beratung/team/texte/vorlage/{template.pk}/",
        {"organisation": counselling_org.pk, "title": "Termin", "language": "ar", "body": "x"},
    )
    template.refresh_from_db()
    edited = (template.organisation, template.title, template.language, template.body)
    client.post("/beratung/team/texte/", {"action": "delete_template", "pk": template.pk})

    assert edited == (counselling_org, "Termin", "ar", "x")
    assert TextTemplate.objects.count() == 0


def test_templates_of_another_organisation_are_out_of_reach(client, counsellor, arabic):
    foreign = TextTemplate.objects.create(
        organisation=OrganisationFactory(), title="Fremd", language="ar", body="geheim"
    )
    login(client, counsellor)

    listing = client.get("/beratung/team/texte/")
    edit = client.get(f"/beratung/team/texte/vorlage/{foreign.pk}/")
    client.post("/beratung/team/texte/", {"action": "delete_template", "pk": foreign.pk})
    client.post(
        "/beratung/team/texte/",
        {
            "action": "template",
            "organisation": foreign.organisation.pk,
            "title": "Eingeschmuggelt",
            "language": "ar",
            "body": "x",
        },
    )

    assert list(listing.context["templates"]) == []
    assert edit.status_code == 404
    assert list(TextTemplate.objects.values_list("title", flat=True)) == ["Fremd"]


def test_using_a_template_fills_the_answer_and_the_case_language_comes_first(
    client, service, counselling_org, counsellor
):
    case, _ = open_case(service)
    german = TextTemplate.objects.create(
        organisation=counselling_org, title="A Begrüßung", language="de", body="Guten Tag"
    )
    arabic_text = TextTemplate.objects.create(
        organisation=counselling_org, title="Z Begrüßung", language="ar", body="مرحبا بكم"
    )
    foreign = TextTemplate.objects.create(
        organisation=OrganisationFactory(), title="Fremd", language="ar", body="geheim"
    )
    login(client, counsellor)
    url = f"/beratung/team/fall/{case.pk}/"

    page = client.get(url, {"vorlage": arabic_text.pk})
    smuggled = client.get(url, {"vorlage": foreign.pk})

    choices = [value for value, _label in page.context["template_form"].fields["vorlage"].choices]
    assert choices == [arabic_text.pk, german.pk]
    assert page.context["answer_form"]["text"].value() == "مرحبا بكم"
    assert smuggled.context["answer_form"]["text"].value() is None


def test_absence_notes_show_while_they_apply(service, counselling_org, counsellor):
    colleague = make_counsellor(counselling_org)
    case, _ = open_case(service)
    cases.assign(case, counsellor)
    now = timezone.now()

    def note(text, user, starts, ends):
        return AbsenceNote.objects.create(
            organisation=counselling_org, user=user, text=text, starts_at=starts, ends_at=ends
        )

    team = note("Team im Urlaub", None, now - HOUR, now + HOUR)
    mine = note("Leyla krank", counsellor, now - HOUR, now + HOUR)
    note("Kollegin weg", colleague, now - HOUR, now + HOUR)
    note("Vorbei", None, now - 3 * HOUR, now - 2 * HOUR)
    note("Noch nicht", None, now + HOUR, now + 2 * HOUR)
    AbsenceNote.objects.create(
        organisation=OrganisationFactory(),
        text="Andere",
        starts_at=now - HOUR,
        ends_at=now + HOUR,
    )

    assert absences.current_for(case, now) == [team, mine]


def test_the_client_sees_the_absence_note_on_the_case_page(
    client, service, counselling_org, counsellor
):
    _case, token = open_case(service)
    login(client, counsellor)
    now = timezone.localtime()

    client.post(
        "/beratung/team/texte/",
        {
            "action": "absence",
            "organisation": counselling_org.pk,
            "user": "",
            "text": "Bis Montag geschlossen",
            "starts_at": (now - HOUR).strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (now + HOUR).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    client.logout()
    page = client.get(f"/beratung/fall/{token}/")

    assert [note.text for note in page.context["absences"]] == ["Bis Montag geschlossen"]
    assert "Bis Montag geschlossen" in page.content.decode()


def test_an_absence_note_for_someone_outside_the_team_is_refused(
    client, counselling_org, counsellor
):
    outsider = make_counsellor(OrganisationFactory())
    login(client, counsellor)
    now = timezone.localtime()

    client.post(
        "/beratung/team/texte/",
        {
            "action": "absence",
            "organisation": counselling_org.pk,
            "user": outsider.pk,
            "text": "x",
            "starts_at": now.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (now + HOUR).strftime("%Y-%m-%dT%H:%M"),
        },
    )

    assert AbsenceNote.objects.count() == 0
