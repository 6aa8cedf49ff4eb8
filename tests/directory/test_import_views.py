"""The import pages: upload, assign columns, check, import."""

import csv
import io
import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from tests.factories import OfferFactory
from treffpunkt.directory.models import Offer
from treffpunkt.directory.search import engine
from treffpunkt.directory.search.query import SearchQuery
from treffpunkt.directory.views import importing as views

pytestmark = pytest.mark.django_db

HEADERS = ["Träger", "Titel", "Kurzbeschreibung", "Thema", "Straße", "PLZ", "Stadt", "Zeiten",
           "Status", "Bemerkung"]  # fmt: skip


def csv_file(rows, headers=HEADERS, name="angebote.csv") -> SimpleUploadedFile:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, delimiter=";")
    writer.writerow(headers)
    writer.writerows(rows)
    return SimpleUploadedFile(name, stream.getvalue().encode("utf-8"), "text/csv")


def row(title, organisation="", street="Marktplatz 1", times="Mi 16:00-18:00"):
    return [organisation, title, f"{title} für alle.", "Sprache", street, "46282", "Dorsten",
            times, "veröffentlicht", "intern"]  # fmt: skip


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor_client(client, editor, places, vocab):
    client.force_login(editor)
    return client


def waiting_files(media_root) -> list[str]:
    directory = media_root / "imports"
    return sorted(path.name for path in directory.iterdir()) if directory.is_dir() else []


def mapping_data(response, **changes) -> dict:
    """The mapping form's data as the page shows it (the guess), with changes by header."""
    form = response.context["form"]
    data = {name: form[name].value() or "" for _header, name, _example in form.columns}
    for header, name, _example in form.columns:
        if header in changes:
            data[name] = changes[header]
    return data


def test_upload_mapping_preview_import(
    editor_client, editor, organisation, media_root, django_capture_on_commit_callbacks
):
    upload = editor_client.get(reverse("directory:import"))
    assert list(upload.context["form"].fields["organisation"].queryset) == [organisation]

    response = editor_client.post(
        reverse("directory:import"),
        {
            "file": csv_file([row("Nähcafé"), row("Sprachtreff Hervest", street="Hauptstr. 9")]),
            "organisation": organisation.pk,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:import-mapping")
    state = editor_client.session[views.SESSION_KEY]
    assert waiting_files(media_root) == [state["token"]]
    assert (state["filename"], state["organisation"]) == ("angebote.csv", organisation.pk)

    page = editor_client.get(reverse("directory:import-mapping"))
    guessed = mapping_data(page)
    form = page.context["form"]
    assert [(header, form[name].value()) for header, name, _example in form.columns] == [
        ("Träger", "organisation"), ("Titel", "title"), ("Kurzbeschreibung", "summary"),
        ("Thema", "fields_of_action"), ("Straße", "street"), ("PLZ", "postcode"),
        ("Stadt", "city"), ("Zeiten", "opening_hours"), ("Status", "status"), ("Bemerkung", ""),
    ]  # fmt: skip
    assert [example for _h, _n, example in page.context["form"].columns][:2] == ["", "Nähcafé"]

    response = editor_client.post(reverse("directory:import-mapping"), guessed)
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:import-preview")

    preview = editor_client.get(reverse("directory:import-preview"))
    plan = preview.context["plan"]
    assert (plan.new_count, plan.updated_count, plan.invalid_count, plan.problems) == (2, 0, 0, [])
    rows = preview.context["preview"]
    assert [(r.row, r.title, r.places, r.times, r.is_update) for r in rows] == [
        (2, "Nähcafé", "Marktplatz 1, 46282 Dorsten", "Mi 16:00-18:00", False),
        (3, "Sprachtreff Hervest", "Hauptstr. 9, 46282 Dorsten", "Mi 16:00-18:00", False),
    ]  # fmt: skip
    assert preview.context["can_import"] is True
    assert f'action="{reverse("directory:import-run")}"' in preview.content.decode()
    assert Offer.objects.count() == 0

    with translation.override("en"):  # the message in English, the msgid
        run_url, dashboard_url = (
            reverse("directory:import-run"),
            reverse("directory:editor-dashboard"),
        )
    with django_capture_on_commit_callbacks(execute=True):
        done = editor_client.post(run_url)

    assert done.status_code == 302
    assert done["Location"] == dashboard_url
    offers = Offer.objects.order_by("title")
    assert [(o.title, o.organisation, o.status) for o in offers] == [
        ("Nähcafé", organisation, "published"),
        ("Sprachtreff Hervest", organisation, "published"),
    ]
    assert offers[0].history.get().history_user == editor
    assert views.SESSION_KEY not in editor_client.session
    assert waiting_files(media_root) == []
    found = engine.search(SearchQuery(text="Nähcafé", language="de"))
    assert [offer.title for offer in found.offers] == ["Nähcafé"]
    found = engine.search(SearchQuery(text="Sprachtreff", language="de"))
    assert [offer.title for offer in found.offers] == ["Sprachtreff Hervest"]
    dashboard = editor_client.get(done["Location"])
    assert [str(message) for message in dashboard.context["messages"]] == [
        "2 offers have been imported, 0 updated."
    ]


def test_problems_are_shown_and_block_the_import(editor_client, organisation, other_organisation):
    rows = [row("Nähcafé"), row("Fremdes Angebot", organisation="AWO Nachbarort"),
            row("Kaputte Zeiten", times="irgendwann")]  # fmt: skip
    editor_client.post(
        reverse("directory:import"), {"file": csv_file(rows), "organisation": organisation.pk}
    )
    page = editor_client.get(reverse("directory:import-mapping"))
    editor_client.post(reverse("directory:import-mapping"), mapping_data(page))

    preview = editor_client.get(reverse("directory:import-preview"))

    content = preview.content.decode()
    assert [(p.row, p.column) for p in preview.context["plan"].problems] == [
        (3, "Träger"),
        (4, "Zeiten"),
    ]
    assert preview.context["can_import"] is False
    assert reverse("directory:import-run") not in content
    assert 'role="alert"' in content
    assert '<th scope="row">4</th><td>Zeiten</td>' in content

    response = editor_client.post(reverse("directory:import-run"))

    assert response.status_code == 200
    assert [(p.row, p.column) for p in response.context["plan"].problems] == [
        (3, "Träger"),
        (4, "Zeiten"),
    ]
    assert Offer.objects.count() == 0


def test_duplicates_are_listed_and_can_be_updated(
    editor_client, organisation, places, vocab, django_capture_on_commit_callbacks
):
    editor_client.post(reverse("directory:import"), {"file": csv_file([row("Nähcafé")]),
                                                     "organisation": organisation.pk})  # fmt: skip
    page = editor_client.get(reverse("directory:import-mapping"))
    editor_client.post(reverse("directory:import-mapping"), mapping_data(page))
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("directory:import-run"))
    (existing,) = Offer.objects.all()

    changed = row("Nähcafé", times="Do 10:00-12:00")
    editor_client.post(reverse("directory:import"), {"file": csv_file([changed]),
                                                     "organisation": organisation.pk})  # fmt: skip
    page = editor_client.get(reverse("directory:import-mapping"))
    editor_client.post(reverse("directory:import-mapping"), mapping_data(page))
    skipping = editor_client.get(reverse("directory:import-preview"))
    assert [(d.row, d.existing_id) for d in skipping.context["plan"].duplicates] == [
        (2, existing.pk)
    ]
    assert skipping.context["can_import"] is False

    editor_client.post(
        reverse("directory:import-mapping"), mapping_data(page) | {"update_duplicates": "on"}
    )
    updating = editor_client.get(reverse("directory:import-preview"))
    assert (updating.context["plan"].updated_count, updating.context["can_import"]) == (1, True)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("directory:import-run"))

    assert list(Offer.objects.values_list("pk", flat=True)) == [existing.pk]
    assert list(existing.schedules.values_list("weekdays", flat=True)) == ["TH"]


def test_mapping_form_reports_a_missing_required_column(editor_client, organisation):
    editor_client.post(reverse("directory:import"), {"file": csv_file([row("Nähcafé")]),
                                                     "organisation": organisation.pk})  # fmt: skip
    page = editor_client.get(reverse("directory:import-mapping"))

    response = editor_client.post(
        reverse("directory:import-mapping"), mapping_data(page, Titel="", Bemerkung="street")
    )

    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert len(errors) == 2
    assert 'role="alert"' in response.content.decode()
    assert editor_client.session[views.SESSION_KEY]["mapped"] is False


def test_upload_refuses_unreadable_files_and_foreign_organisations(
    editor_client, other_organisation, media_root
):
    response = editor_client.post(
        reverse("directory:import"),
        {
            "file": SimpleUploadedFile("angebote.pdf", b"%PDF-1.4"),
            "organisation": other_organisation.pk,
        },
    )

    assert response.status_code == 200
    assert sorted(response.context["form"].errors) == ["file", "organisation"]
    assert waiting_files(media_root) == []


def test_steps_without_an_upload_start_again(editor_client):
    response = editor_client.get(reverse("directory:import-preview"))

    assert response.status_code == 302
    assert response["Location"] == reverse("directory:import")


@pytest.mark.parametrize("name", ["import", "import-mapping", "import-preview"])
def test_only_editors_and_coordinators_may_import(client, outsider, name):
    assert client.get(reverse(f"directory:{name}")).status_code == 302  # to the login

    client.force_login(outsider)

    assert client.get(reverse(f"directory:{name}")).status_code == 403


def test_coordinators_choose_any_organisation(
    client, coordinator, organisation, other_organisation
):
    client.force_login(coordinator)

    response = client.get(reverse("directory:import"))

    queryset = response.context["form"].fields["organisation"].queryset
    assert set(queryset) >= {organisation, other_organisation}


def test_old_waiting_files_are_cleaned_up(media_root):
    directory = media_root / "imports"
    directory.mkdir(parents=True)
    old, new = directory / ("a" * 32), directory / ("b" * 32)
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    day_and_a_bit = time.time() - 25 * 60 * 60
    os.utime(old, (day_and_a_bit, day_and_a_bit))

    assert views.cleanup_uploads() == 1
    assert waiting_files(media_root) == ["b" * 32]


def test_the_dashboard_links_to_the_import(editor_client):
    response = editor_client.get(reverse("directory:editor-dashboard"))

    assert f'href="{reverse("directory:import")}"' in response.content.decode()


def test_offers_of_the_editor_are_untouched_by_a_refused_import(editor_client, organisation):
    OfferFactory(organisation=organisation, title="Bestehend")
    editor_client.post(reverse("directory:import"), {"file": csv_file([row("Nähcafé", times="x")]),
                                                     "organisation": organisation.pk})  # fmt: skip
    page = editor_client.get(reverse("directory:import-mapping"))
    editor_client.post(reverse("directory:import-mapping"), mapping_data(page))

    editor_client.post(reverse("directory:import-run"))

    assert list(Offer.objects.values_list("title", flat=True)) == ["Bestehend"]
