"""A newcomer in Arabic writes a first message without an account and without JavaScript, a
counsellor confirms the login with a TOTP code and answers, and the newcomer reads the answer
by the personal link. An interpreter booked for the appointment opens the case during it,
and no longer after it."""

import datetime

import pytest
from cryptography.fernet import Fernet
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.counselling.conftest import make_counsellor, make_service
from tests.factories import (
    FieldOfActionFactory,
    InterpreterFactory,
    LanguageFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)
from treffpunkt.counselling import cases
from treffpunkt.counselling.models import Appointment, CounsellingService
from treffpunkt.pools import interpreting
from treffpunkt.pools.models import InterpretingRequest


@pytest.fixture
def counselling(settings, transactional_db):
    settings.TREFFPUNKT_COUNSELLING_KEYS = [Fernet.generate_key().decode()]
    FieldOfActionFactory(name="Wohnen", slug="wohnen", name_translations={"ar": "السكن"})
    town = MunicipalityFactory(name="Dorsten", slug="dorsten")
    arabic = LanguageFactory(code="ar", name="Arabisch", native_name="العربية", direction="rtl")
    organisation = OrganisationFactory(name="Caritas Dorsten")
    make_service(organisation, town, title="Migrationsberatung", languages=[arabic])
    return make_counsellor(organisation, username="leyla", first_name="Leyla")


def code_of(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_newcomer_writes_counsellor_answers_newcomer_reads(browser, asgi_server, page, counselling):
    newcomer = browser.new_context(base_url=asgi_server, java_script_enabled=False).new_page()
    newcomer.set_default_timeout(10_000)

    newcomer.goto("/beratung/?sprache=ar&kanal=poster")
    assert newcomer.locator("html").get_attribute("dir") == "rtl"
    newcomer.get_by_role("link", name="السكن").click()
    newcomer.locator("#town").fill("Dorsten")
    newcomer.locator("button[type=submit]").click()
    newcomer.locator("a.button").first.click()  # any service that fits
    newcomer.locator("#id_text").fill("مرحبا، صاحب البيت يريد رفع الإيجار")
    newcomer.locator("#id_consent").check()
    newcomer.locator("form button[type=submit]").click()
    newcomer.wait_for_url("**/beratung/fall/**")
    link = newcomer.locator("#personal-link").input_value()

    page.goto("/beratung/team/")
    page.locator("#id_username").fill("leyla")
    page.locator("#id_password").fill("secret-password")
    page.locator("#id_password").press("Enter")
    page.wait_for_url("**/beratung/team/bestaetigen/**")
    page.locator("#token").fill(code_of(TOTPDevice.objects.get(user=counselling)))
    page.locator("#token").press("Enter")
    page.wait_for_url("**/beratung/team/")
    page.locator("table a").first.click()
    assert "صاحب البيت" in page.locator(".counselling-conversation").inner_text()
    page.locator("#id_text").fill("Bitte schicken Sie uns ein Foto des Schreibens.")
    page.locator("button[value=answer]").click()
    page.wait_for_load_state()

    newcomer.goto(link)
    conversation = newcomer.locator(".counselling-conversation").inner_text()
    assert "Bitte schicken Sie uns ein Foto des Schreibens." in conversation
    assert "Leyla" in newcomer.locator("body").inner_text()  # who read the case


def _case_with_everything(service, counsellor) -> str:
    """A case whose page shows an appointment, a proposed move, an absence note and the
    offer of machine translation."""
    from treffpunkt.counselling import appointments, transfers
    from treffpunkt.counselling.models import AbsenceNote

    case, token = cases.open_case(cases.FirstContact(service=service, language="ar", text="سؤال"))
    now = timezone.now()
    appointments.create(
        case,
        counsellor,
        kind="video",
        starts_at=now + datetime.timedelta(days=1),
        duration_minutes=45,
        place="https://meet.example.org/raum-7",
    )
    town = service.offer.locations.get().municipality
    other = make_service(OrganisationFactory(name="AWO Marl"), town, title="JMD")
    transfers.propose(case, counsellor, other)
    AbsenceNote.objects.create(
        organisation=service.organisation,
        text="Bis Montag im Urlaub",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(days=3),
    )
    return token


def test_the_newcomers_pages_pass_axe(page, counselling, axe_audit, settings):
    settings.TREFFPUNKT_MACHINE_TRANSLATION = "libretranslate"
    settings.TREFFPUNKT_MACHINE_TRANSLATION_URL = "http://127.0.0.1:9"
    service = CounsellingService.objects.get()
    _, token = cases.open_case(cases.FirstContact(service=service, language="ar", text="مرحبا"))
    busy = _case_with_everything(service, counselling)
    pages = [
        "/ar/beratung/",
        "/ar/beratung/?thema=wohnen&w=1",
        "/ar/beratung/?thema=wohnen&ort=dorsten&w=1",
        "/ar/beratung/?thema=wohnen&ort=dorsten&sprache=ar&w=1",
        "/ar/beratung/schreiben/?thema=wohnen&ort=dorsten&sprache=ar&angebot=any&w=1",
        "/ar/beratung/datenschutz/",
        f"/ar/beratung/fall/{token}/?neu=1",
        f"/ar/beratung/fall/{token}/loeschen/",
        f"/ar/beratung/fall/{busy}/",
    ]
    violations = {}
    for address in pages:
        page.goto(address)
        violations[address] = axe_audit(page)

    assert violations == {address: [] for address in pages}
    busy_page = page.locator("main").inner_text()  # the last page audited shows every part
    assert ["AWO Marl" in busy_page, "Bis Montag im Urlaub" in busy_page] == [True, True]
    assert page.locator("a[href$='.ics']").count() == 1
    assert page.locator("#uebersetzung button").count() == 1


def _log_in_counsellor(page, user):
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill("secret-password")
    page.locator("#id_password").press("Enter")
    page.wait_for_url("**/beratung/team/bestaetigen/**")
    page.locator("#token").fill(code_of(TOTPDevice.objects.get(user=user)))
    page.locator("#token").press("Enter")


def test_an_interpreter_opens_the_case_during_the_appointment_only(
    browser, asgi_server, page, counselling
):
    newcomer = browser.new_context(base_url=asgi_server, java_script_enabled=False).new_page()
    newcomer.set_default_timeout(10_000)
    newcomer.goto("/ar/beratung/schreiben/?thema=wohnen&ort=dorsten&sprache=ar&angebot=any&w=1")
    newcomer.locator("#id_text").fill("رسالة من مكتب العمل لا أفهمها")
    newcomer.locator("#id_consent").check()
    newcomer.locator("form button[type=submit]").click()
    newcomer.wait_for_url("**/ar/beratung/fall/**")
    link = newcomer.locator("#personal-link").input_value()

    # The counsellor answers, shares the newcomer's message and makes a video appointment
    # with an interpreter, starting in ten minutes.
    page.goto("/beratung/team/")
    _log_in_counsellor(page, counselling)
    page.wait_for_url("**/beratung/team/")
    page.locator("table a").first.click()
    page.locator("#id_text").fill("Wir sprechen gleich per Video mit einer Dolmetscherin.")
    page.locator("button[value=answer]").click()
    page.wait_for_load_state()
    page.locator("button[value=share]").first.click()
    page.wait_for_load_state()
    starts = timezone.localtime() + datetime.timedelta(minutes=10)
    page.locator("#id_termin-kind").select_option("video")
    page.locator("#id_termin-starts_at").fill(starts.strftime("%Y-%m-%dT%H:%M"))
    page.locator("#id_termin-place").fill("https://meet.example.org/raum-7")
    page.locator("#id_termin-needs_interpreter").check()
    page.locator("#id_termin-interpreter_language").select_option("ar")
    page.locator("button[value=appointment]").click()
    page.wait_for_load_state()

    # The pool books an interpreter who has an account.
    rana = UserFactory(username="rana", first_name="Rana", last_name="Aziz")
    request = InterpretingRequest.objects.get()
    assert interpreting.assign(request, InterpreterFactory(user=rana))

    newcomer.goto(link)
    body = newcomer.locator("body").inner_text()
    assert "Wir sprechen gleich per Video mit einer Dolmetscherin." in body
    assert newcomer.locator("a[href$='.ics']").count() == 1

    interpreter = browser.new_context(base_url=asgi_server, locale="de-DE").new_page()
    interpreter.set_default_timeout(10_000)
    case_address = f"/beratung/dolmetschen/fall/{request.counselling_case.case_id}/"
    interpreter.goto(case_address)
    interpreter.locator("#id_username").fill("rana")
    interpreter.locator("#id_password").fill("secret-password")
    interpreter.locator("#id_password").press("Enter")
    interpreter.wait_for_url("**/beratung/team/bestaetigen/**")  # a one-time code, as staff
    interpreter.locator("#token").fill(code_of(TOTPDevice.objects.get(user=rana)))
    interpreter.locator("#token").press("Enter")
    interpreter.wait_for_url(f"**{case_address}")
    shared = interpreter.locator(".counselling-conversation").inner_text()
    assert "مكتب العمل" in shared
    assert "Wir sprechen gleich" not in shared  # the answer was not shared

    # The appointment is over: the same address no longer opens the case.
    Appointment.objects.update(starts_at=timezone.now() - datetime.timedelta(hours=2))
    response = interpreter.goto(case_address)
    assert response.status == 404

    newcomer.goto(link)
    assert "Rana Aziz" in newcomer.locator("body").inner_text()  # the read was logged
