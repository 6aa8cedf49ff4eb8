"""A newcomer in Arabic writes a first message without an account and without JavaScript, a
counsellor confirms the login with a TOTP code and answers, and the newcomer reads the answer
by the personal link."""

import pytest
from cryptography.fernet import Fernet
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.counselling.conftest import make_counsellor, make_service
from tests.factories import (
    FieldOfActionFactory,
    LanguageFactory,
    MunicipalityFactory,
    OrganisationFactory,
)
from treffpunkt.counselling import cases
from treffpunkt.counselling.models import CounsellingService


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


def test_the_newcomers_pages_pass_axe(page, counselling, axe_audit):
    service = CounsellingService.objects.get()
    _, token = cases.open_case(cases.FirstContact(service=service, language="ar", text="مرحبا"))
    pages = [
        "/ar/beratung/",
        "/ar/beratung/?thema=wohnen&w=1",
        "/ar/beratung/?thema=wohnen&ort=dorsten&w=1",
        "/ar/beratung/?thema=wohnen&ort=dorsten&sprache=ar&w=1",
        "/ar/beratung/schreiben/?thema=wohnen&ort=dorsten&sprache=ar&angebot=any&w=1",
        "/ar/beratung/datenschutz/",
        f"/ar/beratung/fall/{token}/?neu=1",
        f"/ar/beratung/fall/{token}/loeschen/",
    ]
    violations = {}
    for address in pages:
        page.goto(address)
        violations[address] = axe_audit(page)

    assert violations == {address: [] for address in pages}
