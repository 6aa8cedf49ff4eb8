"""Factories for real objects in tests (no mocks of models)."""

import factory
from django.contrib.auth import get_user_model

from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Membership,
    Municipality,
    Network,
    Organisation,
    TargetGroup,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("secret-password")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Ort {n}")
    slug = factory.Sequence(lambda n: f"ort-{n}")
    kind = Municipality.Kind.TOWN
    latitude = 51.6
    longitude = 7.2


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.WELFARE
    municipality = factory.SubFactory(MunicipalityFactory)


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Netzwerk {n}")
    slug = factory.Sequence(lambda n: f"netzwerk-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.EDITOR


class FieldOfActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldOfAction
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Handlungsfeld {n}")
    slug = factory.Sequence(lambda n: f"handlungsfeld-{n}")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Zielgruppe {n}")
    slug = factory.Sequence(lambda n: f"zielgruppe-{n}")


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ["code"]

    code = "de"
    name = "Deutsch"
    native_name = "Deutsch"


def user_with_role(role: str, organisation: Organisation | None = None, **user_fields):
    """A user holding `role` in `organisation` (a new one if not given)."""
    membership = MembershipFactory(
        role=role,
        organisation=organisation or OrganisationFactory(),
        user=UserFactory(**user_fields),
    )
    return membership.user


class AccessibilityFeatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "directory.AccessibilityFeature"
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Merkmal {n}")
    slug = factory.Sequence(lambda n: f"merkmal-{n}")


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "directory.Location"

    organisation = factory.SubFactory(OrganisationFactory)
    name = "Begegnungszentrum"
    street = factory.Sequence(lambda n: f"Marktplatz {n + 1}")
    postcode = "46282"
    city = factory.LazyAttribute(lambda loc: loc.municipality.name)
    municipality = factory.SubFactory(MunicipalityFactory)


class OfferFactory(factory.django.DjangoModelFactory):
    """A published offer; pass `fields_of_action=[...]`, `locations=[...]` etc. for relations."""

    class Meta:
        model = "directory.Offer"
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Angebot {n}")
    summary = "Ein Angebot des Netzwerks."
    status = "published"

    @factory.post_generation
    def fields_of_action(self, create, extracted, **kwargs):
        if create and extracted:
            self.fields_of_action.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)

    @factory.post_generation
    def accessibility(self, create, extracted, **kwargs):
        if create and extracted:
            self.accessibility.set(extracted)

    @factory.post_generation
    def locations(self, create, extracted, **kwargs):
        if create and extracted:
            self.locations.set(extracted)

    @factory.post_generation
    def service_area(self, create, extracted, **kwargs):
        if create and extracted:
            self.service_area.set(extracted)


class OfferTranslationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "directory.OfferTranslation"

    offer = factory.SubFactory(OfferFactory)
    language = "en"
    title = factory.LazyAttribute(lambda t: f"{t.offer.title} ({t.language})")
    summary = "A translated summary."


class ScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "directory.Schedule"

    offer = factory.SubFactory(OfferFactory)
    frequency = "weekly"
    weekdays = "TU"


class ContactChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "directory.ContactChannel"

    offer = factory.SubFactory(OfferFactory)
    kind = "phone"
    value = "+49 2361 0000-10"


def _in_days(days: int, hour: int = 10):
    import datetime

    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class EventSeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.EventSeries"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Online-Reihe {n}")
    slug = factory.Sequence(lambda n: f"online-reihe-{n}")

    @factory.post_generation
    def organisers(self, create, extracted, **kwargs):
        if create:
            self.organisers.set(extracted or [OrganisationFactory()])


class EventFactory(factory.django.DjangoModelFactory):
    """A published event in two weeks, 10:00–12:30, with registration open."""

    class Meta:
        model = "events.Event"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Fachaustausch {n}")
    starts_at = factory.LazyFunction(lambda: _in_days(14, 10))
    ends_at = factory.LazyAttribute(
        lambda e: e.starts_at + __import__("datetime").timedelta(hours=2, minutes=30)
    )
    format = "online"
    video_link = "https://meet.example.org/fachaustausch"
    status = "published"

    @factory.post_generation
    def organisers(self, create, extracted, **kwargs):
        if create:
            self.organisers.set(extracted or [OrganisationFactory()])


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.Room"

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Raum {n}")


def applicant(**overrides):
    """What a person types into the registration form."""
    from treffpunkt.events.registration import Applicant

    values = {
        "name": "A. B.",
        "email": "teilnahme@example.org",
        "consent_processing": True,
    }
    return Applicant(**(values | overrides))


class LiveSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "live.LiveSession"

    title = "Abschlussveranstaltung"
    event = factory.SubFactory(EventFactory)


class PollFactory(factory.django.DjangoModelFactory):
    """An open poll; pass `items=["A", "B"]` for its items."""

    class Meta:
        model = "live.Poll"
        skip_postgeneration_save = True

    session = factory.SubFactory(LiveSessionFactory)
    kind = "single"
    question = "Welche Handlungsempfehlung zuerst diskutieren?"
    state = "open"

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        if create and extracted:
            for position, text in enumerate(extracted):
                self.items.create(text=text, position=position)


# Results: protocols, statements, recommendations ---------------------------------------------


class ProtocolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "results.Protocol"

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Protokoll Raum {n}")


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "results.Statement"

    protocol = factory.SubFactory(ProtocolFactory)
    position = factory.Sequence(lambda n: n)
    speaker = "BT"
    kind = "problem"
    text = "Ausbildung wird abgebrochen"


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "results.Recommendation"

    title = factory.Sequence(lambda n: f"Dolmetscherpool für Kitas {n}")
    how = "Bedarf erheben\nPool aufbauen"
    field_of_action = factory.SubFactory(FieldOfActionFactory)


# Practice: good-practice profiles ---------------------------------------------------------


class GoodPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "practice.GoodPractice"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Gute Praxis {n}")
    slug = factory.Sequence(lambda n: f"gute-praxis-{n}")
    summary = "Ein Beispiel, das andere übernehmen können."
    situation = "Es fehlte ein Angebot."
    implementation = "Ehrenamtliche haben es aufgebaut."
    status = "published"

    @factory.post_generation
    def fields_of_action(self, create, extracted, **kwargs):
        if create and extracted:
            self.fields_of_action.set(extracted)


# Pools: interpreter pool ------------------------------------------------------------------


def _next_weekday_at(days: int = 7, hour: int = 10):
    """An aware datetime `days` from today at `hour` local time (a future appointment)."""
    import datetime

    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class InterpreterFactory(factory.django.DjangoModelFactory):
    """An active interpreter; `languages={"ar": "C1"}` adds languages (created if missing),
    `slots="all"` makes them free every day 07:00–21:00, `regions=[town]` sets where they go
    (default: their home town)."""

    class Meta:
        model = "pools.Interpreter"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Dolmetscherin {n}")
    email = factory.Sequence(lambda n: f"dolmetschen{n}@example.org")
    home = factory.SubFactory(MunicipalityFactory)
    modes = factory.LazyFunction(lambda: ["on_site", "phone", "video"])
    max_assignments_per_month = 6
    coordinator_organisation = factory.SubFactory(OrganisationFactory)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            for code, level in extracted.items():
                language = LanguageFactory(code=code, name=code, native_name=code)
                self.languages.create(language=language, level=level)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create:
            self.regions.set(extracted if extracted is not None else [self.home])

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        import datetime

        if create and extracted == "all":
            for weekday in range(7):
                self.slots.create(weekday=weekday, starts=datetime.time(7), ends=datetime.time(21))


class InterpretingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "pools.InterpretingRequest"

    institution = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.SCHOOL)
    language = factory.LazyFunction(
        lambda: LanguageFactory(code="ar", name="Arabisch", native_name="العربية")
    )
    minimum_level = "B2"
    starts_at = factory.LazyFunction(_next_weekday_at)
    duration_minutes = 60
    mode = "on_site"
    municipality = factory.SubFactory(MunicipalityFactory)
    place = "Kita Sonnenschein, Raum 2"
    topic = "parent_talk"


# --- Pools: helper-job exchange, sponsors and mentors -----------------------------------------


class HelperJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "pools.HelperJob"

    employer = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Helfer/in Lager {n}")
    tasks = "Waren annehmen, einräumen, kommissionieren."
    municipality = factory.SubFactory(MunicipalityFactory)
    german_level = "A2"
    skills = "Lagerarbeit"


class CandidateFactory(factory.django.DjangoModelFactory):
    """A candidate; the counsellor is an editor of the candidate's organisation."""

    class Meta:
        model = "pools.Candidate"

    organisation = factory.SubFactory(OrganisationFactory)
    counsellor = factory.LazyAttribute(
        lambda candidate: user_with_role("editor", candidate.organisation)
    )
    pseudonym = factory.Sequence(lambda n: f"K-{n:03d}")
    german_level = "B1"
    municipality = factory.SubFactory(MunicipalityFactory)
    mobility_km = 15
    skills = "Lagerarbeit"


class SponsorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "pools.Sponsor"

    name = factory.Sequence(lambda n: f"Patin {n}")
    email = factory.Sequence(lambda n: f"patin{n}@example.org")
    kinds = factory.LazyFunction(lambda: ["learning"])
    municipality = factory.SubFactory(MunicipalityFactory)
    radius_km = 10
    weekdays = factory.LazyFunction(lambda: [1, 3])
    coordinator_organisation = factory.SubFactory(OrganisationFactory)


class SponsorshipRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "pools.SponsorshipRequest"

    kind = "learning"
    requested_by = factory.SubFactory(OrganisationFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    weekdays = factory.LazyFunction(lambda: [1])
