"""The import pages (preview, then save exactly what was previewed) and the command."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.translation import gettext as _

from tests.factories import EventFactory, user_with_role
from treffpunkt.results.models import Protocol, Statement

# The messages are checked in English, the language of the source.
pytestmark = pytest.mark.usefixtures("english")

TEXT = (
    "Workshop „Wohnen“\n\nBT\tProblem: <ul> • zu wenig Wohnraum • hohe Mieten\n"
    "MK\tLösung: <ul> • Wohnraumbörse [best practice]\n\n"
    "von Anna Schmidt an alle: 14:10\nKontakt: anna@example.org\n"
)


@pytest.fixture
def event(organisation):
    return EventFactory(title="Fachtag", organisers=[organisation])


def test_preview_shows_everything_and_saves_nothing_then_save_creates_it(client, moderator, event):
    client.force_login(moderator)
    url = reverse("results:import", args=[event.pk])

    preview = client.post(url, {"text": TEXT, "date": "2021-05-20"})

    assert preview.status_code == 200
    assert [room.title for room in preview.context["parsed"].rooms] == ["Wohnen"]
    assert "hohe Mieten" in preview.content.decode()
    assert not Protocol.objects.exists()
    response = client.post(
        reverse("results:import-save", args=[event.pk]), {"token": preview.context["token"]}
    )
    assert response["Location"] == reverse("results:protocols", args=[event.pk])
    rows = list(Statement.objects.values_list("kind", "speaker", "text"))
    assert rows == [
        ("problem", "BT", "zu wenig Wohnraum"),
        ("problem", "BT", "hohe Mieten"),
        ("best_practice", "MK", "Wohnraumbörse"),
        ("chat", "AS", f"Kontakt: {_('[e-mail removed]')}"),
    ]
    assert Protocol.objects.get().event == event


def test_an_unknown_layout_is_shown_as_an_error(client, moderator, event):
    client.force_login(moderator)
    response = client.post(reverse("results:import", args=[event.pk]), {"text": "a,b\n1,2\n"})
    assert "Unknown layout" in str(response.context["form"].non_field_errors())
    assert not Protocol.objects.exists()


def test_organisers_of_another_organisation_may_not_import(client, other_organisation, event):
    stranger = user_with_role("moderator", other_organisation)
    client.force_login(stranger)

    assert client.get(reverse("results:import", args=[event.pk])).status_code == 403
    assert (
        client.post(reverse("results:import", args=[event.pk]), {"text": TEXT}).status_code == 403
    )
    assert (
        client.post(reverse("results:import-save", args=[event.pk]), {"token": "x"}).status_code
        == 403
    )
    assert client.get(reverse("results:import", args=[event.pk + 999])).status_code == 404
    assert not Protocol.objects.exists()


def test_a_stale_token_saves_nothing(client, moderator, event):
    client.force_login(moderator)
    client.post(reverse("results:import", args=[event.pk]), {"text": TEXT})
    client.post(reverse("results:import-save", args=[event.pk]), {"token": "old"})
    assert not Protocol.objects.exists()


def test_the_command_dry_run_prints_json_and_writes_nothing(tmp_path, capsys, event):
    path = tmp_path / "protokoll.txt"
    path.write_text(TEXT)

    call_command("import_protocol", str(path), "--dry-run", "--json", "--date", "2021-05-20")

    out = json.loads(capsys.readouterr().out)
    assert out["rooms"][0]["title"] == "Wohnen"
    assert out["rooms"][0]["statements"][0] == {
        "kind": "problem",
        "speaker": "BT",
        "text": "zu wenig Wohnraum",
    }
    assert out["rooms"][0]["chat"] == [
        {"speaker": "AS", "time": "14:10", "text": f"Kontakt: {_('[e-mail removed]')}"}
    ]
    assert out["unclassified"] == []
    assert not Protocol.objects.exists()


def test_the_command_saves_into_the_event_and_refuses_without_date(tmp_path, event):
    chat = tmp_path / "chat.txt"
    chat.write_text("from Anna to everyone: 2:10 PM\nHallo\n")
    with pytest.raises(CommandError, match="date"):
        call_command("import_protocol", str(chat), "--event", str(event.pk))

    call_command("import_protocol", str(chat), "--event", str(event.pk), "--date", "2021-05-20")

    assert list(Statement.objects.values_list("protocol__event", "kind", "text")) == [
        (event.pk, "chat", "Hallo")
    ]
