"""A small pool world: a pool run by an integration centre, two schools, an interpreter with
a login, a job exchange with an employer and a counsellor, and a sponsor pool."""

from dataclasses import dataclass

import pytest

from tests.factories import (
    CandidateFactory,
    HelperJobFactory,
    InterpreterFactory,
    InterpretingRequestFactory,
    LanguageFactory,
    MunicipalityFactory,
    OrganisationFactory,
    SponsorFactory,
    SponsorshipRequestFactory,
    UserFactory,
    user_with_role,
)
from treffpunkt.network.models import Organisation


@dataclass
class World:
    town: object
    arabic: object
    pool: object  # the organisation that runs the interpreter pool
    pool_coordinator: object
    school: object
    school_editor: object
    other_school: object
    other_school_editor: object
    interpreter: object
    interpreter_user: object
    colleague: object  # a second interpreter of the pool, without a login
    request: object  # an open request of the school
    other_request: object  # an assigned request of the other school
    employer: object
    employer_editor: object
    job: object
    counselling: object
    counsellor: object
    counsellor_colleague: object
    candidate: object
    sponsor_pool: object
    sponsor_coordinator: object
    sponsor: object
    sponsorship_request: object


@pytest.fixture
def world(db) -> World:
    town = MunicipalityFactory(name="Recklinghausen", latitude=51.614, longitude=7.198)
    arabic = LanguageFactory(code="ar", name="Arabisch", native_name="العربية")
    pool = OrganisationFactory(name="KI Kreis RE", municipality=town, email="ki@example.org")
    school = OrganisationFactory(
        name="Kita Sonnenschein",
        kind=Organisation.Kind.SCHOOL,
        municipality=town,
        email="kita@example.org",
    )
    other_school = OrganisationFactory(
        name="Grundschule Nord", kind=Organisation.Kind.SCHOOL, municipality=town
    )
    interpreter_user = UserFactory(username="samira")
    interpreter = InterpreterFactory(
        name="Samira H.",
        user=interpreter_user,
        home=town,
        coordinator_organisation=pool,
        languages={"ar": "native"},
        slots="all",
    )
    colleague = InterpreterFactory(
        name="Karim B.",
        home=town,
        coordinator_organisation=pool,
        languages={"ar": "C1"},
        slots="all",
    )
    employer = OrganisationFactory(name="Logistik Marl GmbH", email="jobs@logistik.example")
    counselling = OrganisationFactory(name="Caritas Migrationsdienst", municipality=town)
    counsellor = user_with_role("editor", counselling)
    sponsor_pool = OrganisationFactory(name="Ehrenamtsagentur")
    return World(
        town=town,
        arabic=arabic,
        pool=pool,
        pool_coordinator=user_with_role("editor", pool),
        school=school,
        school_editor=user_with_role("editor", school),
        other_school=other_school,
        other_school_editor=user_with_role("editor", other_school),
        interpreter=interpreter,
        interpreter_user=interpreter_user,
        colleague=colleague,
        request=InterpretingRequestFactory(institution=school, municipality=town, language=arabic),
        other_request=InterpretingRequestFactory(
            institution=other_school,
            municipality=town,
            language=arabic,
            status="assigned",
            interpreter=colleague,
        ),
        employer=employer,
        employer_editor=user_with_role("editor", employer),
        job=HelperJobFactory(employer=employer, municipality=town, title="Helfer/in Lager"),
        counselling=counselling,
        counsellor=counsellor,
        counsellor_colleague=user_with_role("editor", counselling),
        candidate=CandidateFactory(
            organisation=counselling,
            counsellor=counsellor,
            municipality=town,
            pseudonym="K-007",
            residence_notes="Duldung bis März, Arbeitserlaubnis beantragt",
            consents_to_contact=True,
        ),
        sponsor_pool=sponsor_pool,
        sponsor_coordinator=user_with_role("editor", sponsor_pool),
        sponsor=SponsorFactory(
            name="Gisela M.", municipality=town, coordinator_organisation=sponsor_pool
        ),
        sponsorship_request=SponsorshipRequestFactory(requested_by=school, municipality=town),
    )
