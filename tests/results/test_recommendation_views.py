"""Organisers' recommendation pages: made from a statement, linked to its origin, its poll
items, offers and good practices, and moved along its way with a recorded history."""

import pytest
from django.urls import reverse

from tests.factories import (
    EventFactory,
    FieldOfActionFactory,
    OfferFactory,
    OrganisationFactory,
    PollFactory,
    ProtocolFactory,
    RecommendationFactory,
    RoomFactory,
    StatementFactory,
    user_with_role,
)
from treffpunkt.network.models import Membership
from treffpunkt.practice.models import GoodPractice
from treffpunkt.results.models import Recommendation, StatusChange

Role = Membership.Role


@pytest.fixture
def event(organisation):
    return EventFactory(title="Abschlussveranstaltung", organisers=[organisation])


@pytest.fixture
def room(event):
    return RoomFactory(
        event=event,
        title="Arbeit und Ausbildung",
        field_of_action=FieldOfActionFactory(name="Arbeit"),
    )


@pytest.fixture
def statement(event, room):
    protocol = ProtocolFactory(event=event, room=room)
    return StatementFactory(
        protocol=protocol, kind="solution", text="Ausbildungsbegleitung ausbauen"
    )


def practice(**fields) -> GoodPractice:
    values = {"title": "Lern- und Spieltreff Dorsten", "slug": "lern-und-spieltreff", "summary": "Treff",  # noqa: E501
              "situation": "…", "implementation": "…", "status": "published"}  # fmt: skip
    return GoodPractice.objects.create(**(values | fields))


def test_a_recommendation_is_made_from_a_statement(client, editor, event, room, statement):
    poll = PollFactory(session__event=event, kind="rating", items=["Ausbildungsbegleitung", "Pool"])
    PollFactory(kind="rating", items=["fremd"])
    offer = OfferFactory(status="published", title="Ausbildungslotsen")
    good = practice()
    client.force_login(editor)
    url = reverse("results:recommendation-create")
    page = client.get(url, {"aussage": statement.pk})
    form = page.context["form"]
    assert form.initial["title"] == "Ausbildungsbegleitung ausbauen"
    assert (form.initial["event"], form.initial["room"]) == (event, room)
    assert form.initial["statements"] == [statement.pk]
    assert form.initial["field_of_action"] == room.field_of_action
    assert [item.text for item in form.fields["poll_items"].queryset] == [
        "Ausbildungsbegleitung",
        "Pool",
    ]

    item = poll.items.get(text="Ausbildungsbegleitung")
    response = client.post(url, {
        "title": "Ausbildungsbegleitung ausbauen", "how": "- Bedarf erheben\n- Lotsen gewinnen",
        "field_of_action": room.field_of_action.pk, "event": event.pk, "room": room.pk,
        "statements": [statement.pk], "owner": editor.memberships.get().organisation_id,
        "due_on": "2022-06-30", "poll_items": [item.pk], "offers": [offer.pk], "good_practices": [good.pk],  # noqa: E501
    })  # fmt: skip
    assert response.status_code == 302, response.context["form"].errors
    recommendation = Recommendation.objects.get()
    assert response["Location"] == reverse("results:recommendation-edit", args=[recommendation.pk])
    assert recommendation.steps == ["Bedarf erheben", "Lotsen gewinnen"]
    assert list(recommendation.statements.all()) == [statement]
    assert list(recommendation.poll_items.all()) == [item]
    assert list(recommendation.offers.all()) == [offer]
    assert list(recommendation.good_practices.all()) == [good]
    (start,) = StatusChange.objects.all()
    assert (start.status, start.changed_by) == ("proposed", editor)


def test_statements_are_unlinked_when_unchecked(client, editor, event, statement):
    recommendation = RecommendationFactory(event=event)
    statement.recommendation = recommendation
    statement.save()
    client.force_login(editor)
    url = reverse("results:recommendation-edit", args=[recommendation.pk])
    assert client.get(url).context["form"].initial["statements"] == [statement.pk]
    response = client.post(url, {"title": "Neu", "field_of_action": recommendation.field_of_action_id,  # noqa: E501
                                 "event": event.pk})  # fmt: skip
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.recommendation is None


def test_origin_links_must_come_from_the_chosen_event(client, editor, event, statement):
    other = EventFactory(
        organisers=editor.memberships.get().organisation.events.first().organisers.all()
    )
    foreign_room = RoomFactory(event=other)
    foreign_item = PollFactory(session__event=other, kind="rating", items=["X"]).items.get()
    recommendation = RecommendationFactory(event=event)
    client.force_login(editor)
    url = reverse("results:recommendation-edit", args=[recommendation.pk])
    response = client.post(url, {
        "title": "X", "field_of_action": recommendation.field_of_action_id, "event": event.pk,
        "room": foreign_room.pk, "poll_items": [foreign_item.pk],
    })  # fmt: skip
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "room" in errors
    assert "poll_items" in errors


def test_the_owner_must_leave_the_editor_in_charge(client, event):
    editor = user_with_role(Role.EDITOR)  # of an organisation that is neither owner nor organiser
    recommendation = RecommendationFactory(owner=editor.memberships.get().organisation)
    client.force_login(editor)
    url = reverse("results:recommendation-edit", args=[recommendation.pk])
    stranger = OrganisationFactory()
    form = client.get(url).context["form"]
    assert stranger not in form.fields["owner"].queryset
    response = client.post(
        url, {"title": "X", "field_of_action": recommendation.field_of_action_id, "owner": ""}
    )
    assert response.status_code == 200
    assert "owner" in response.context["form"].errors
    recommendation.refresh_from_db()
    assert recommendation.title != "X"


@pytest.mark.parametrize(("who", "status"), [("moderator", 403), ("outsider", 403)])
def test_moderators_and_outsiders_do_not_change_recommendations(
    client, request, who, status, event
):
    recommendation = RecommendationFactory(event=event)
    client.force_login(request.getfixturevalue(who))
    for url in [
        reverse("results:recommendation-create"),
        reverse("results:recommendation-edit", args=[recommendation.pk]),
        reverse("results:recommendation-status", args=[recommendation.pk]),
        reverse("results:recommendations"),
    ]:
        assert client.get(url).status_code == status, url


def test_the_list_holds_what_the_user_looks_after(client, editor, event, organisation):
    mine = RecommendationFactory(event=event, title="Vom eigenen Fachtag")
    owned = RecommendationFactory(owner=organisation, title="In eigener Verantwortung")
    RecommendationFactory(owner=OrganisationFactory(), title="Fremd")
    client.force_login(editor)
    shown = client.get(reverse("results:recommendations")).context["recommendations"]
    assert set(shown) == {mine, owned}
    filtered = client.get(reverse("results:recommendations"), {"veranstaltung": event.pk})
    assert list(filtered.context["recommendations"]) == [mine]


def test_a_rejection_without_a_reason_is_refused_then_recorded(client, editor, event):
    recommendation = RecommendationFactory(event=event, status="discussed")
    client.force_login(editor)
    url = reverse("results:recommendation-status", args=[recommendation.pk])
    page = client.get(url)
    assert page.context["form"].initial["status"] == "adopted"

    refused = client.post(url, {"status": "rejected", "rejection_reason": ""})
    assert refused.status_code == 200
    assert "rejection_reason" in refused.context["form"].errors
    assert not StatusChange.objects.exists()

    done = client.post(
        url, {"status": "rejected", "rejection_reason": "Keine Mittel", "note": "Beschluss 5/2021"}
    )
    assert done["Location"] == url
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.rejection_reason) == ("rejected", "Keine Mittel")
    change = StatusChange.objects.get()
    assert (change.status, change.note, change.changed_by) == (
        "rejected",
        "Beschluss 5/2021",
        editor,
    )
    history = client.get(url).content.decode()
    assert "Beschluss 5/2021" in history


def test_progress_while_in_implementation(client, coordinator):
    recommendation = RecommendationFactory(status="forwarded", committee="Kreistag")
    client.force_login(coordinator)
    url = reverse("results:recommendation-status", args=[recommendation.pk])
    assert (
        client.post(url, {"status": "implementing", "progress": "150"})
        .context["form"]
        .errors["progress"]
    )
    client.post(url, {"status": "implementing", "progress": "40"})
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.progress) == ("implementing", 40)
    page = client.get(
        reverse("results:recommendation-edit", args=[recommendation.pk])
    ).content.decode()
    assert '<progress max="100" value="40"' in page
