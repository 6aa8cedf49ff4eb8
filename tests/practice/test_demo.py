"""The demo good practices: the practices the seeds name, loaded twice without duplicates, in
the structure of seed 001, with contacts that are offices or role addresses."""

import re

from treffpunkt.directory import demo as directory_demo
from treffpunkt.practice import demo
from treffpunkt.practice.models import GoodPractice

PHONE = re.compile(r"\d{3,}[ /-]?\d{4,}")
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def test_loading_twice_creates_nothing(demo_practices):
    before = list(GoodPractice.objects.order_by("slug").values_list("slug", "title", "status"))

    lines = demo.load()

    assert (
        list(GoodPractice.objects.order_by("slug").values_list("slug", "title", "status")) == before
    )
    assert len(before) == 11
    assert lines == ["11 Gute-Praxis-Beispiele (10 veröffentlicht, 0 neu)"]


def test_the_practices_of_the_seeds(demo_practices):
    titles = " | ".join(GoodPractice.objects.values_list("title", flat=True))

    for name in ("Webinar-Reihe des Kreissportbunds", "Learningview", "Telefonkonferenz",
                 "NIKO Online-Reihe", "Lern- und Spieltreff Dorsten", "Athletik International",
                 "FemOS", "SPRINT", "Individualqualifizierung",
                 "Teilqualifizierung im Maurerhandwerk", "Soziale-Orte-Konzept"):  # fmt: skip
        assert name in titles


def test_niko_follows_seed_001(demo_practices):
    niko = GoodPractice.objects.get(slug="niko-online-reihe-fuer-kommunen")

    assert "2015" in niko.situation
    assert "Corona" in niko.situation
    assert "zweieinhalb Stunden" in niko.implementation
    assert "bis zu 50 Personen" in niko.conclusion
    assert niko.transfer_to.startswith("Kommunalverwaltung")
    assert niko.provider.slug == "via-bayern"
    assert niko.contact.startswith("NIKO-Projektbüro, VIA Bayern e.V.")
    assert niko.link_list == ["https://www.migranet.org/niko"]
    assert niko.region.slug == "bayern"


def test_every_profile_is_complete_and_without_personal_contacts(demo_practices):
    for practice in GoodPractice.objects.prefetch_related("fields_of_action"):
        assert practice.summary
        assert practice.situation
        assert practice.implementation
        assert practice.conclusion
        assert practice.transfer_to
        assert practice.fields_of_action.exists(), practice.slug
        assert practice.provider or practice.provider_name, practice.slug
        assert not PHONE.search(practice.contact), practice.slug
        for address in ADDRESS.findall(practice.contact):
            assert address.endswith(".example"), address


def test_offers_are_linked_where_the_directory_has_them(demo_practices):
    directory_demo.load()
    demo.load()

    linked = {
        practice.slug: sorted(practice.offers.values_list("title", flat=True))
        for practice in GoodPractice.objects.all()
    }
    assert linked["lern-und-spieltreff-dorsten"] == ["Lern- und Spieltreff Dorsten"]
    assert linked["athletik-international-dorsten"] == [
        "Cricket-Mannschaft Athletik International",
        "Leichtathletik für alle",
    ]
    assert linked["learningview"] == ["Learningview – Online-Lernen mit Begleitung und Coaching"]
    assert linked["femos-aufsuchende-migrationsberatung"] == []
