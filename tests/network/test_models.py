from django.utils import translation

from tests.factories import FieldOfActionFactory, LanguageFactory, MunicipalityFactory
from treffpunkt.network.models import Municipality


def test_descendants_cover_every_level(db):
    land = MunicipalityFactory(name="Land", kind=Municipality.Kind.STATE)
    kreis = MunicipalityFactory(name="Kreis", kind=Municipality.Kind.DISTRICT, parent=land)
    town = MunicipalityFactory(name="Stadt", parent=kreis)
    MunicipalityFactory(name="Anderswo")

    assert land.self_and_descendant_ids() == {land.pk, kreis.pk, town.pk}
    assert kreis.self_and_descendant_ids() == {kreis.pk, town.pk}
    assert town.ancestors() == [kreis, land]


def test_vocabulary_shows_translation_of_active_language(db):
    field = FieldOfActionFactory(name="Wohnen", name_translations={"ar": "السكن"})

    with translation.override("ar"):
        assert field.display_name == "السكن"
    with translation.override("uk"):
        assert field.display_name == "Wohnen"


def test_language_names_come_from_cldr(db):
    arabic = LanguageFactory(code="ar", name="Arabisch", native_name="العربية", direction="rtl")
    tigrinya = LanguageFactory(code="ti", name="Tigrinya", native_name="ትግርኛ")

    with translation.override("de"):
        assert arabic.display_name == "Arabisch"
    with translation.override("uk"):
        assert arabic.display_name == "арабська"
    with translation.override("en"):
        assert tigrinya.display_name == "Tigrinya"
