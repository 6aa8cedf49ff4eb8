"""The demo network loads from the seeds, twice without duplicates, without personal data."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from treffpunkt.network.models import (
    FieldOfAction,
    Membership,
    Municipality,
    Network,
    Organisation,
    TargetGroup,
)

MODELS = [Municipality, FieldOfAction, TargetGroup, Organisation, Network, Membership]


def load_demo():
    call_command("load_demo", "--allow-production", stdout=io.StringIO())


def counts():
    return {model.__name__: model.objects.count() for model in MODELS} | {
        "User": get_user_model().objects.count()
    }


def test_loading_twice_creates_no_duplicates(db):
    load_demo()
    first = counts()

    load_demo()

    assert counts() == first
    assert (
        get_user_model()
        .objects.filter(username__in=["koordination", "redaktion", "moderation"])
        .count()
        == 3
    )


def test_kreis_recklinghausen_has_its_ten_towns(db):
    load_demo()

    kreis = Municipality.objects.get(slug="kreis-recklinghausen")
    towns = sorted(kreis.children.values_list("name", flat=True))

    assert towns == [
        "Castrop-Rauxel", "Datteln", "Dorsten", "Gladbeck", "Haltern am See",
        "Herten", "Marl", "Oer-Erkenschwick", "Recklinghausen", "Waltrop",
    ]  # fmt: skip
    assert Municipality.objects.get(slug="kreis-borken").children.count() == 17


def test_the_ten_fields_of_action_are_data(db):
    load_demo()

    assert list(FieldOfAction.objects.values_list("name", flat=True)) == [
        "Wohnen", "Sprache", "Bildung ab 16 und Arbeit", "Kita und Schule", "Gesundheit",
        "Sport und Freizeit", "Soziale Kontakte und Gemeinschaft", "Beratung",
        "Ehrenamt und Teilhabe", "Governance",
    ]  # fmt: skip
    for field in FieldOfAction.objects.all():
        assert sorted(field.name_translations) == ["ar", "en", "fa", "tr", "uk"]


def test_demo_logins_cover_the_three_roles(db):
    load_demo()

    roles = dict(Membership.objects.values_list("user__username", "role"))

    assert (
        roles.items()
        >= {
            "koordination": "coordinator",
            "redaktion": "editor",
            "moderation": "moderator",
        }.items()
    )


def test_demo_holds_no_personal_contact_data(db):
    load_demo()
    phone = re.compile(r"\d{3,}[ /-]?\d{4,}")

    for organisation in Organisation.objects.all():
        text = " ".join([organisation.description, organisation.phone])
        assert "@" not in text
        assert not phone.search(text), organisation
        # Role addresses of demo institutions only, in the reserved example domain
        assert not organisation.email or organisation.email.endswith("example.org")
    emails = set(get_user_model().objects.values_list("email", flat=True))
    assert all(email.endswith("@example.org") for email in emails)


def test_demo_refuses_to_run_in_production(db, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="known password"):
        call_command("load_demo")
