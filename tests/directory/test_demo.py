"""The demo directory loads twice without duplicates, covers Kreis Recklinghausen, holds no
personal contact data; the generator creates searchable offers, the same for the same seed."""

import datetime
import io
import re
from urllib.parse import urlparse

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from treffpunkt.directory import demo, demo_generator
from treffpunkt.directory.models import ContactChannel, Location, Offer, OfferTranslation
from treffpunkt.directory.search import indexing
from treffpunkt.directory.search.engine import search
from treffpunkt.directory.search.query import SearchQuery
from treffpunkt.network import demo as network_demo
from treffpunkt.network.models import FieldOfAction, Municipality, Organisation, Postcode

FIELDS = [
    "wohnen", "sprache", "bildung-arbeit", "kita-schule", "gesundheit", "sport-freizeit",
    "soziale-kontakte", "beratung", "ehrenamt-teilhabe", "governance",
]  # fmt: skip
FICTITIOUS_NUMBER = re.compile(r"\+49 \d{3,4} 0000-\d{3}")
ROLE_ADDRESS = re.compile(r"[a-z]+@[a-z0-9-]+\.example")


@pytest.fixture
def demo_directory(db):
    network_demo.load()
    demo.load()


def kreis_recklinghausen():
    kreis = Municipality.objects.get(slug="kreis-recklinghausen")
    return kreis, list(kreis.children.all())


def published_in(places):
    return Offer.objects.published().filter(
        Q(locations__municipality__in=places) | Q(service_area__in=places)
    )


def counts():
    models = [Offer, Location, Organisation, Postcode, ContactChannel, OfferTranslation]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_twice_creates_no_duplicates(demo_directory):
    first = counts()

    network_demo.load()
    lines = demo.load()

    assert counts() == first
    assert lines == [line for line in lines if "Angebote im Verzeichnis" in line]
    pairs = list(Offer.objects.values_list("organisation_id", "title"))
    assert len(pairs) == len(set(pairs))


def test_load_demo_runs_the_directory_loader(db):
    out = io.StringIO()

    call_command("load_demo", "--allow-production", stdout=out)

    assert "Angebote im Verzeichnis" in out.getvalue()
    assert Offer.objects.filter(title="Lern- und Spieltreff Dorsten").exists()


def test_kreis_recklinghausen_has_520_published_offers_in_all_fields(demo_directory):
    kreis, towns = kreis_recklinghausen()

    offers = published_in([kreis, *towns]).distinct()

    assert offers.count() >= 520
    fields = FieldOfAction.objects.filter(offers__in=offers).values_list("slug", flat=True)
    assert set(fields) == set(FIELDS)


def test_each_of_the_ten_towns_has_offers_the_big_ones_more(demo_directory):
    _kreis, towns = kreis_recklinghausen()
    on_site = {
        town.slug: Offer.objects.published().filter(locations__municipality=town).count()
        for town in towns
    }

    assert len(on_site) == 10
    assert all(number > 0 for number in on_site.values()), on_site
    assert on_site["recklinghausen"] > on_site["waltrop"]


def test_the_seed_offers_are_in_the_directory(demo_directory):
    titles = set(Offer.objects.values_list("title", flat=True))

    assert {
        "Lern- und Spieltreff Dorsten",
        "Cricket-Mannschaft Athletik International",
        "Verkehrserziehung für Geflüchtete",
        "Helfertätigkeitsbörse",
        "Webinar-Reihe für Trainerinnen, Trainer und Ehrenamtliche",
        "Sprachmittlung per Telefonkonferenz für Elternbegleiter*innen",
    } <= titles
    borken = Municipality.objects.get(slug="kreis-borken")
    assert published_in([borken, *borken.children.all()]).distinct().count() >= 35


def test_the_demo_mixes_states_formats_and_languages(demo_directory):
    kreis, _towns = kreis_recklinghausen()
    eight_months_ago = timezone.localdate() - datetime.timedelta(days=245)

    assert Offer.objects.filter(status=Offer.Status.DRAFT).exists()
    assert Offer.objects.filter(status=Offer.Status.ARCHIVED).exists()
    assert Offer.objects.published().filter(last_checked__lt=eight_months_ago).exists()
    district_wide = Offer.objects.filter(service_area=kreis, locations__isnull=True)
    assert district_wide.filter(format__in=[Offer.Format.ONLINE, Offer.Format.PHONE]).count() >= 10
    translated = Offer.objects.filter(translations__isnull=False).distinct().count()
    assert 0.15 < translated / Offer.objects.count() < 0.4
    assert set(OfferTranslation.objects.values_list("language", flat=True)) == {
        "en", "ar", "uk", "tr", "fa",
    }  # fmt: skip
    assert not OfferTranslation.objects.exclude(state=OfferTranslation.State.APPROVED).exists()


def test_the_demo_leaves_coverage_gaps_for_the_dashboard(demo_directory):
    kreis, _towns = kreis_recklinghausen()

    for slug in ["datteln", "oer-erkenschwick"]:
        town = Municipality.objects.get(slug=slug)
        housing = published_in([town, kreis]).filter(fields_of_action__slug="wohnen")
        assert not housing.filter(languages__code="ar").exists(), slug
    for slug in ["haltern-am-see", "waltrop"]:
        town = Municipality.objects.get(slug=slug)
        sports = published_in([town, kreis]).filter(fields_of_action__slug="sport-freizeit")
        assert not sports.filter(target_groups__slug="frauen").exists(), slug


def test_demo_offers_hold_no_personal_contact_data(demo_directory):
    for kind, value in ContactChannel.objects.values_list("kind", "value"):
        if kind in (ContactChannel.Kind.PHONE, ContactChannel.Kind.MESSENGER):
            assert FICTITIOUS_NUMBER.fullmatch(value), value
        elif kind == ContactChannel.Kind.EMAIL:
            assert ROLE_ADDRESS.fullmatch(value), value
        else:
            assert urlparse(value).hostname.endswith(".example"), value
    phone_in_text = re.compile(r"\d{3,}[ /-]?\d{4,}")
    for texts in Offer.objects.values_list(
        "title", "summary", "description", "cost_note", "registration_note"
    ):
        text = " ".join(texts)
        assert "@" not in text
        assert not phone_in_text.search(text), text
    assert not Organisation.objects.exclude(email="", phone="").exists()


def test_generate_creates_searchable_published_offers(db):
    network_demo.load()

    ids = demo_generator.generate(300)
    indexing.index_offers(ids)

    assert len(ids) == 300
    assert Offer.objects.published().filter(pk__in=ids).count() == 300
    assert not Offer.history.exists()  # bulk rows leave no history records
    assert search(SearchQuery()).total == 300
    assert search(SearchQuery(towns=("kreis-recklinghausen", "kreis-borken"))).total == 300
    assert search(SearchQuery(text="Sprachcafé")).total > 0


def test_generation_is_deterministic_for_a_seed(db):
    network_demo.load()

    def titles(ids):
        return list(Offer.objects.filter(pk__in=ids).order_by("pk").values_list("title", flat=True))

    first = titles(demo_generator.generate(60, seed=7))
    again = titles(demo_generator.generate(60, seed=7))
    other = titles(demo_generator.generate(60, seed=8))

    assert first == again
    assert first != other
