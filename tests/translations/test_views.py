"""The dashboard, the side-by-side editor and who may use them."""

import pytest
from django.urls import reverse

from tests.factories import (
    EventFactory,
    GoodPracticeFactory,
    OfferFactory,
    OfferTranslationFactory,
    RecommendationFactory,
)
from treffpunkt.translations import editing, registry
from treffpunkt.translations.status import Status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def _editor_url(obj, language="en"):
    return reverse("translations:editor", args=[registry.for_object(obj).key, obj.pk, language])


def test_dashboard_counts_per_content_type_and_language(client, coordinator):
    done, draft, outdated, _missing = EventFactory.create_batch(4)
    EventFactory(status="draft")  # not public: not counted
    events = registry.get("events.event")
    editing.save(events, done, "en", {"title": "Done"}, user=coordinator, approve=True)
    editing.save(events, draft, "en", {"title": "Draft"}, user=coordinator, approve=False)
    editing.save(events, outdated, "en", {"title": "Old"}, user=coordinator, approve=True)
    outdated.title = "Neuer Titel"
    outdated.save()
    client.force_login(coordinator)

    kinds = client.get(reverse("translations:dashboard")).context["kinds"]

    by_key = {kind.translatable.key: kind for kind in kinds}
    english = by_key["events.event"].languages[0]
    arabic = by_key["events.event"].languages[1]
    assert (english.code, english.done, english.draft, english.outdated, english.missing) == (
        "en", 1, 1, 1, 1,
    )  # fmt: skip
    assert (arabic.code, arabic.missing, arabic.total) == ("ar", 4, 4)
    assert sorted(by_key) == [
        "directory.offer",
        "events.event",
        "events.eventseries",
        "practice.goodpractice",
        "results.recommendation",
    ]


def test_list_filters_by_status(client, coordinator):
    missing = GoodPracticeFactory(title="Ohne")
    translated = GoodPracticeFactory(title="Mit")
    practices = registry.get("practice.goodpractice")
    editing.save(practices, translated, "uk", {"title": "З"}, user=coordinator, approve=True)
    client.force_login(coordinator)
    url = reverse("translations:list", args=["practice.goodpractice", "uk"])

    rows = client.get(url, {"status": "missing"}).context["rows"]

    assert [(row.obj, row.status) for row in rows] == [(missing, Status.MISSING)]


def test_editor_shows_source_and_translation_side_by_side(client, coordinator):
    recommendation = RecommendationFactory(title="Dolmetscherpool", how="Bedarf erheben")
    client.force_login(coordinator)

    html = client.get(_editor_url(recommendation, "ar")).content.decode()

    assert '<div class="translation-row__text" lang="de" dir="ltr"' in html
    assert "Dolmetscherpool</div>" in html
    assert 'name="title" lang="ar" dir="rtl"' in html


def test_editor_saves_a_draft_then_approves(client, coordinator):
    event = EventFactory(title="Fachtag", description="Programm")
    client.force_login(coordinator)
    url = _editor_url(event)

    client.post(url, {"title": "Conference", "description": "", "action": "draft"})
    record = editing.record_of(registry.get("events.event"), event, "en")
    assert (record.values["title"], record.status) == ("Conference", Status.DRAFT)

    response = client.post(
        url, {"title": "Conference", "description": "Programme", "action": "approve"}
    )

    assert response.status_code == 302
    record = editing.record_of(registry.get("events.event"), event, "en")
    assert (record.values["description"], record.status) == ("Programme", Status.DONE)


def test_approving_needs_every_field_with_german_text(client, coordinator):
    event = EventFactory(title="Fachtag", description="Programm")
    client.force_login(coordinator)

    response = client.post(_editor_url(event), {"title": "Conference", "action": "approve"})

    assert response.context["form"].errors == {
        "description": ["Translate this field before approving."]
    }
    assert editing.record_of(registry.get("events.event"), event, "en") is None


def test_editor_marks_fields_whose_german_text_changed(client, coordinator):
    event = EventFactory(title="Fachtag", description="Programm")
    events = registry.get("events.event")
    editing.save(
        events, event, "en", {"title": "Conference", "description": "Programme"},
        user=coordinator, approve=True,
    )  # fmt: skip
    event.description = "Neues Programm"
    event.save()
    client.force_login(coordinator)

    rows = client.get(_editor_url(event)).context["rows"]

    assert [(row.name, row.changed, row.source_then) for row, _field in rows] == [
        ("title", False, ""),
        ("description", True, "Programm"),
        ("audience_note", False, ""),
    ]


def test_editors_translate_their_own_offers(client, editor, organisation):
    offer = OfferFactory(organisation=organisation, title="Sprachcafé", summary="Üben")
    client.force_login(editor)

    client.post(
        _editor_url(offer, "tr"),
        {"title": "Dil kafesi", "summary": "Pratik", "description": "", "action": "approve"},
    )

    assert offer.translations.get(language="tr").title == "Dil kafesi"


def test_editors_dashboard_shows_only_their_offers(client, editor, organisation):
    own = OfferFactory(organisation=organisation, title="Eigenes")
    other = OfferFactory(title="Fremdes")
    OfferTranslationFactory(offer=other, language="en")
    client.force_login(editor)

    kinds = client.get(reverse("translations:dashboard")).context["kinds"]
    rows = client.get(reverse("translations:list", args=["directory.offer", "en"])).context["rows"]

    assert [kind.translatable.key for kind in kinds] == ["directory.offer"]
    assert (kinds[0].languages[0].missing, kinds[0].languages[0].done) == (1, 0)
    assert [row.obj for row in rows] == [own]


@pytest.mark.parametrize(
    ("role", "target", "allowed"),
    [
        ("coordinator", "own_offer", True),
        ("coordinator", "event", True),
        ("editor", "own_offer", True),
        ("editor", "other_offer", False),
        ("editor", "own_event", False),
        ("moderator", "own_offer", False),
        ("outsider", "own_offer", False),
    ],
)
def test_who_may_translate(client, request, organisation, role, target, allowed):
    objects = {
        "own_offer": lambda: OfferFactory(organisation=organisation),
        "other_offer": lambda: OfferFactory(),
        "event": lambda: EventFactory(),
        "own_event": lambda: EventFactory(organisers=[organisation]),
    }
    obj = objects[target]()
    client.force_login(request.getfixturevalue(role))

    response = client.post(_editor_url(obj), {"title": "T", "action": "draft"})

    assert response.status_code == (302 if allowed else 403)
    stored = registry.for_object(obj).store.records(registry.for_object(obj), [obj], "en")
    assert bool(stored) is allowed


def test_visitors_are_sent_to_log_in(client):
    event = EventFactory()

    response = client.get(_editor_url(event))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_outsiders_see_no_dashboard(client, outsider, moderator):
    for user in (outsider, moderator):
        client.force_login(user)
        assert client.get(reverse("translations:dashboard")).status_code == 403


def test_unknown_kind_or_language_is_not_found(client, coordinator):
    event = EventFactory()
    client.force_login(coordinator)

    assert client.get(_editor_url(event, "de")).status_code == 404
    assert client.get(reverse("translations:list", args=["core.nothing", "en"])).status_code == 404


def test_the_menu_links_the_dashboard_for_those_who_may_use_it(client, coordinator, moderator):
    link = '<a href="/en/verwaltung/uebersetzungen/">Translations</a>'

    client.force_login(coordinator)
    shown_to_coordinator = link in client.get("/en/").content.decode()
    client.force_login(moderator)
    shown_to_moderator = link in client.get("/en/").content.decode()

    assert (shown_to_coordinator, shown_to_moderator) == (True, False)
