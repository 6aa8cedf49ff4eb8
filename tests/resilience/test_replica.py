"""Public reads from the replica; a person's own writes, and outages, from the primary."""

import pytest
from django.db import OperationalError, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.events.test_registration_views import form
from tests.factories import EventFactory, UserFactory
from treffpunkt.events.models import Participant
from treffpunkt.resilience import replica
from treffpunkt.resilience.middleware import PRIMARY_COOKIE

BOTH = ["default", "replica"]


def _queries_on_replica(client, url):
    with CaptureQueriesContext(connections[replica.REPLICA]) as queries:
        response = client.get(url)
    return response, len(queries)


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_anonymous_public_page_is_read_from_the_replica(client, routed):
    event = EventFactory(title="Sprachcafé")

    response, on_replica = _queries_on_replica(client, reverse("events:event", args=[event.pk]))

    assert response.status_code == 200
    assert "Sprachcafé" in response.text
    assert on_replica > 0


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_logged_in_people_read_from_the_primary(client, routed):
    event = EventFactory()
    client.force_login(UserFactory())

    response, on_replica = _queries_on_replica(client, reverse("events:event", args=[event.pk]))

    assert response.status_code == 200
    assert on_replica == 0


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_a_person_sees_their_registration_at_once(client, lagging_replica):
    event = EventFactory(capacity=10)
    lagging_replica()

    response = client.post(reverse("events:register", args=[event.pk]), form(events=[event.pk]))

    assert response.cookies[PRIMARY_COOKIE]["max-age"] == 15
    participant = Participant.objects.get()  # written to the primary
    page = client.get(reverse("events:participant", args=[participant.token]))
    assert page.status_code == 200
    assert event.title in page.text
    # Someone without the cookie reads from the replica, which has not caught up yet:
    # this is what the person would have seen without the routing to the primary.
    stranger = Client().get(reverse("events:participant", args=[participant.token]))
    assert stranger.status_code == 404


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_event_page_counts_the_new_registration_for_its_author(client, lagging_replica):
    event = EventFactory(capacity=10)
    url = reverse("events:event", args=[event.pk])
    lagging_replica()

    client.post(reverse("events:register", args=[event.pk]), form(events=[event.pk]))

    assert client.get(url).context["counts"]["registered"] == 1
    assert Client().get(url).context["counts"]["registered"] == 0  # the replica, behind


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_public_pages_are_served_while_the_replica_is_down(client, replica_down):
    event = EventFactory(title="Sprachcafé")

    response = client.get(reverse("events:event", args=[event.pk]))
    again = client.get(reverse("events:calendar"))

    assert response.status_code == 200
    assert "Sprachcafé" in response.text
    assert "Sprachcafé" in again.text
    assert not replica.is_healthy()  # remembered: the next requests do not try again


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_replica_breaking_off_mid_request_is_answered_from_the_primary(routed):
    event = EventFactory(title="Sprachcafé")

    def broken(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    client = Client(raise_request_exception=False)
    with connections[replica.REPLICA].execute_wrapper(broken):
        response = client.get(reverse("events:event", args=[event.pk]))

    assert response.status_code == 200
    assert "Sprachcafé" in response.text


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_replica_is_tried_again_after_the_pause(client, replica_down, monkeypatch, settings):
    event = EventFactory()
    client.get(reverse("events:event", args=[event.pk]))
    assert not replica.is_healthy()

    monkeypatch.undo()  # the replica is back
    settings.TREFFPUNKT_REPLICA_RETRY_SECONDS = 0
    replica.mark_unhealthy()

    response, on_replica = _queries_on_replica(client, reverse("events:event", args=[event.pk]))
    assert response.status_code == 200
    assert on_replica > 0


@pytest.mark.django_db(transaction=True, databases=BOTH)
def test_without_the_router_nothing_is_read_from_the_replica_nor_marked(client):
    event = EventFactory()

    response, on_replica = _queries_on_replica(client, reverse("events:event", args=[event.pk]))
    posted = client.post(reverse("events:register", args=[event.pk]), form(events=[event.pk]))

    assert (response.status_code, on_replica) == (200, 0)
    assert PRIMARY_COOKIE not in posted.cookies
