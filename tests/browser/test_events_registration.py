"""A person registers for a whole series, receives the confirmation, cancels by the personal
link, and the next person on the waiting list gets the place (and an e-mail)."""

import re

from django.core import mail

from tests.factories import EventFactory, EventSeriesFactory
from treffpunkt.events.models import Registration


def personal_link(message) -> str:
    return re.search(
        r"https?://[^/\s]+(/veranstaltungen/anmeldung/[\w-]+/)(?!\S*bestaetigen)", message.body
    ).group(1)


def test_register_for_a_series_cancel_and_the_waiting_list_moves_up(page, transactional_db):
    series = EventSeriesFactory(title="NIKO Online-Reihe")
    parts = [EventFactory(series=series, title=f"Teil {n}", capacity=1) for n in (1, 2, 3)]
    Registration.objects.count()  # the database is ready for the server thread

    page.goto(f"/veranstaltungen/reihen/{series.slug}/anmelden/")
    for part in parts:
        page.get_by_label(part.title, exact=False).check()
    page.locator("#id_name").fill("A. B.")
    page.locator("#id_email").fill("ab@example.org")
    page.locator("#id_consent_processing").check()
    page.get_by_role("button", name="Jetzt anmelden").click()
    page.wait_for_url("**/anmeldung/gesendet/")

    # Someone else registers for part 2, which is full now: waiting list.
    page.goto(f"/veranstaltungen/anmelden/{parts[1].pk}/")
    page.locator("#id_name").fill("C. D.")
    page.locator("#id_email").fill("cd@example.org")
    page.locator("#id_consent_processing").check()
    page.get_by_role("button", name="Jetzt anmelden").click()
    page.wait_for_url("**/anmeldung/gesendet/")

    first_mail = next(m for m in mail.outbox if m.to == ["ab@example.org"])
    assert first_mail.attachments  # the .ics files of the three places
    page.goto(personal_link(first_mail))
    card = page.locator("li.card", has=page.get_by_role("heading", name="Teil 2"))
    card.get_by_role("button", name="Anmeldung absagen").click()

    page.get_by_text("ist abgesagt").wait_for()
    statuses = dict(parts[1].registrations.values_list("email", "status"))
    assert statuses == {"ab@example.org": "cancelled", "cd@example.org": "registered"}
    moved_up = [m for m in mail.outbox if m.to == ["cd@example.org"]]
    assert len(moved_up) == 2  # the registration, then the place
