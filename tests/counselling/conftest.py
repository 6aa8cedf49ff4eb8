import pytest
from cryptography.fernet import Fernet
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import (
    FieldOfActionFactory,
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OrganisationFactory,
    UserFactory,
)
from treffpunkt.counselling import cases
from treffpunkt.counselling.models import CounsellingService, Counsellor

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def counselling_keys(settings):
    settings.TREFFPUNKT_COUNSELLING_KEYS = [KEY_A]


@pytest.fixture
def town(db):
    return MunicipalityFactory(name="Dorsten", slug="dorsten", kind="stadt")


@pytest.fixture
def housing(db):
    return FieldOfActionFactory(name="Wohnen", slug="wohnen", pictogram="house")


@pytest.fixture
def arabic(db):
    return LanguageFactory(code="ar", name="Arabisch", native_name="العربية", direction="rtl")


@pytest.fixture
def counselling_org(db):
    return OrganisationFactory(name="Caritas Dorsten")


def make_service(organisation, town, *, title="Migrationsberatung", languages=(), topics=()):
    offer = OfferFactory(
        organisation=organisation,
        title=title,
        languages=list(languages),
        locations=[LocationFactory(organisation=organisation, municipality=town)],
    )
    service = CounsellingService.objects.create(offer=offer, organisation=organisation)
    service.topics.set(topics)
    return service


@pytest.fixture
def service(counselling_org, town, arabic):
    return make_service(counselling_org, town, languages=[arabic])


def make_counsellor(organisation, **user_fields):
    user = UserFactory(**user_fields)
    Counsellor.objects.create(user=user, organisation=organisation)
    return user


@pytest.fixture
def counsellor(counselling_org):
    return make_counsellor(counselling_org, first_name="Leyla", last_name="Demir")


def open_case(service, text="Ich habe eine Frage zur Miete", **fields):
    contact = cases.FirstContact(service=service, language="ar", text=text, **fields)
    return cases.open_case(contact)


@pytest.fixture
def case_and_token(service):
    return open_case(service)


def login(client, user):
    """Log in as a counsellor would: with a confirmed authenticator app."""
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
