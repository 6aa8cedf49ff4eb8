"""The dashboard pages: who sees what, the one-click "still valid", exports and reports."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import user_with_role
from treffpunkt.dashboard.models import ReportSnapshot
from treffpunkt.network.models import Membership

pytestmark = pytest.mark.usefixtures("english")
URL = "/en/verwaltung/ueberblick/"  # English: the tests read the source messages


def test_outsiders_and_anonymous_visitors_see_nothing(client, network_data, outsider):
    assert client.get(URL).status_code == 302
    client.force_login(outsider)
    assert client.get(URL).status_code == 403


def test_coordinator_sees_the_whole_network(client, network_coordinator):
    client.force_login(network_coordinator)

    response = client.get(URL)

    data = response.context["data"]
    assert data.published == 4
    assert data.district_wide == 1
    assert [(r.name, r.published, r.stale) for r in data.stale_by_organisation] == [
        ("AWO", 1, 1), ("KI Kreis", 1, 1), ("Caritas", 2, 0),
    ]  # fmt: skip
    assert data.quality_totals == {
        "languages": 0, "opening_hours": 4, "accessibility": 4, "broken_link": 0,
    }  # fmt: skip
    assert (data.stale_total, data.stale_offers) == (2, [])  # the list: per organisation
    assert data.figures_as_of is not None
    assert data.counselling is not None
    html = response.content.decode()
    assert "Published offer: an offer with the status" in html  # the definition as help text
    assert 'class="dashboard-cell--low"' in html
    assert "<svg" in html
    assert "Save today's figures as a report" in html


def test_editor_sees_only_their_organisations_stale_offers_and_no_counselling(
    client, caritas_editor, network_data
):
    network_data["offers"]["C"].last_checked = None
    network_data["offers"]["C"].save()
    client.force_login(caritas_editor)

    data = client.get(URL).context["data"]

    assert [o.title for o in data.stale_offers] == ["C Deutschkurs"]
    assert [r.name for r in data.stale_by_organisation] == ["Caritas"]
    assert data.counselling is None


def test_still_valid_button_only_for_offers_the_user_may_edit(client, network_data):
    awo_editor = user_with_role(Membership.Role.EDITOR, network_data["awo"])
    user_with_role(Membership.Role.EDITOR, network_data["caritas"])
    client.force_login(awo_editor)

    response = client.get(URL)

    assert response.context["confirmable"] == {network_data["offers"]["F"].pk}
    confirm = reverse("directory:offer-confirm", args=[network_data["offers"]["F"].pk])
    assert confirm in response.content.decode()


def test_coordinator_sees_one_organisations_stale_offers_counted_now(
    client, network_coordinator, network_data
):
    client.force_login(network_coordinator)
    awo = network_data["awo"].pk

    data = client.get(URL, {"organisation": awo}).context["data"]

    assert [o.title for o in data.stale_offers] == ["F Migrationsberatung"]
    assert [(r.name, r.stale) for r in data.stale_by_organisation] == [("AWO", 1)]


def test_still_valid_posts_to_the_directory_and_the_offer_leaves_the_stale_list(
    client, network_coordinator, network_data
):
    client.force_login(network_coordinator)
    offer, page = network_data["offers"]["F"], f"{URL}?organisation={network_data['awo'].pk}"

    response = client.post(reverse("directory:offer-confirm", args=[offer.pk]), {"next": page})

    assert response.url == page
    assert client.get(page).context["data"].stale_offers == []


def test_stored_figures_change_when_recomputed(client, network_coordinator, network_data):
    client.force_login(network_coordinator)
    assert client.get(URL).context["data"].stale_total == 2
    offer = network_data["offers"]["F"]
    client.post(reverse("directory:offer-confirm", args=[offer.pk]), {"next": URL})
    assert client.get(URL).context["data"].stale_total == 2  # until the nightly run

    response = client.post(URL + "neu-berechnen/", {"next": "https://evil.example.org/"})

    assert response.url == URL
    assert client.get(URL).context["data"].stale_total == 1


def test_stored_figures_for_one_town(client, network_coordinator):
    client.force_login(network_coordinator)

    data = client.get(URL, {"town": "herten"}).context["data"]

    assert [(r.name, r.published, r.stale) for r in data.stale_by_organisation] == [
        ("AWO", 1, 1), ("KI Kreis", 1, 1),
    ]  # fmt: skip


def test_filters_narrow_the_figures(client, network_coordinator):
    client.force_login(network_coordinator)

    data = client.get(URL, {"town": "herten", "field": "beratung"}).context["data"]

    assert [town.slug for town, _ in data.fields.rows] == ["herten"]
    assert [c.key for c in data.fields.columns] == ["beratung"]
    assert [cell.offers for cell in data.fields.rows[0][1]] == [2]


def test_an_invalid_period_is_reported_not_applied(client, network_coordinator):
    client.force_login(network_coordinator)

    response = client.get(URL, {"start": "2026-05-01", "end": "2026-01-01"})

    assert response.context["form"].errors["__all__"] == ["The period ends before it starts."]
    assert response.context["data"].published == 4


def test_gap_list_exports(client, network_coordinator):
    client.force_login(network_coordinator)

    csv_lines = client.get(URL + "luecken.csv").content.decode().splitlines()
    workbook = load_workbook(io.BytesIO(client.get(URL + "luecken.xlsx").content))

    assert csv_lines[:2] == [
        "town,field_of_action,language,residents",
        "dorsten,bildung-arbeit,ar,500",
    ]
    assert len(csv_lines) == 13
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[1] == ("dorsten", "bildung-arbeit", "ar", 500)


def test_snapshot_keeps_the_figures_and_downloads_as_pdf_and_xlsx(client, network_coordinator):
    client.force_login(network_coordinator)

    response = client.post(URL + "berichte/", {"title": "Q3", "town": "herten"})

    snapshot = ReportSnapshot.objects.get()
    assert response.status_code == 302
    assert (snapshot.title, snapshot.figures["published"], snapshot.figures["stale"]) == (
        "Q3",
        2,
        2,
    )
    assert snapshot.figures["filters"]["towns"] == ["herten"]
    pdf = client.get(URL + f"berichte/{snapshot.pk}.pdf")
    assert pdf.content.startswith(b"%PDF")
    workbook = load_workbook(io.BytesIO(client.get(URL + f"berichte/{snapshot.pk}.xlsx").content))
    key_figures = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert key_figures[1] == ("Published offers", 2)


def test_comparison_of_two_snapshots(client, network_coordinator, network_data):
    client.force_login(network_coordinator)
    client.post(URL + "berichte/", {"title": "Q2"})
    network_data["offers"]["F"].status = "archived"
    network_data["offers"]["F"].save()
    from treffpunkt.directory.search import indexing

    indexing.index_offers([network_data["offers"]["F"].pk])
    client.post(URL + "berichte/", {"title": "Q3"})

    rows = client.get(URL + "berichte/vergleich/").context["rows"]

    assert rows[0] == ("Published offers", 4, 3, -1)
    assert rows[2] == ("Stale offers", 2, 1, -1)


def test_editors_may_not_make_reports(client, caritas_editor):
    client.force_login(caritas_editor)

    assert client.post(URL + "berichte/", {"title": "x"}).status_code == 403
    assert ReportSnapshot.objects.count() == 0


def test_residents_upload_is_all_or_nothing(client, network_coordinator):
    client.force_login(network_coordinator)
    bad = io.BytesIO(b"town;language;residents\nDorsten;ar;12\nNirgendwo;ar;3\nMarl;xx;4\n")
    bad.name = "einwohner.csv"

    response = client.post(URL + "einwohner/", {"file": bad})

    assert response.context["problems"] == [
        "Row 3: unknown town “Nirgendwo”.",
        "Row 4: unknown language “xx”.",
    ]
    from treffpunkt.dashboard.models import ResidentCount

    assert ResidentCount.objects.filter(residents=12).count() == 0


def test_events_of_the_network_with_registrations_in_the_period(
    client, network_coordinator, network_data
):
    from tests.factories import EventFactory, EventSeriesFactory
    from treffpunkt.events.models import Participant, Registration

    series = EventSeriesFactory(title="Fachtage", network=network_data["network"])
    inside = EventFactory(series=series, organisers=[network_data["ki"]])
    EventFactory(title="Anderes Netz")  # organised elsewhere: not counted
    for number, status in enumerate(["registered", "registered", "waiting"]):
        person = Participant.objects.create(
            name="P", email=f"p{number}@example.org", consent_processing=True
        )
        Registration.objects.create(
            participant=person, event=inside, email=person.email, status=status
        )
    client.force_login(network_coordinator)

    now = client.get(URL).context["data"].events
    past = client.get(URL, {"end": "2020-01-01"}).context["data"].events

    assert now["events"] == 1
    assert [(r["label"], r["registered"], r["attended"], r["waiting"]) for r in now["series"]] == [
        ("Fachtage", 2, 0, 1)
    ]
    assert (past["events"], past["series"]) == (0, [])


def test_report_shows_suppressed_counselling_counts_as_suppressed(network_coordinator):
    from treffpunkt.dashboard import report

    snapshot = ReportSnapshot(
        title="Q", figures={"counselling": {"by_language": [["ar", None], ["uk", 7]]}}
    )

    sections = {title: rows for title, _, rows in report._table_sections(snapshot.figures)}

    assert sections["Counselling: cases per language"] == [["ar", "suppressed"], ["uk", 7]]
