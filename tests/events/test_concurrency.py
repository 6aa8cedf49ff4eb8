"""200 people register at the same moment for 50 places: nobody is over-booked or counted
twice. Real transactions on PostgreSQL (row locks); on SQLite the write lock serialises."""

import threading

import pytest
from django.db import connections

from tests.factories import EventFactory, applicant
from treffpunkt.events import registration as service
from treffpunkt.events.models import Registration
from treffpunkt.events.registration import Choice

PEOPLE = 200
PLACES = 50
CLIENTS = 80  # concurrent connections (PostgreSQL allows 100 by default)


@pytest.mark.django_db(transaction=True)
def test_two_hundred_registrations_at_once_for_fifty_places(sent):
    event = EventFactory(capacity=PLACES)
    # Some people press the button twice: 10 addresses arrive twice.
    addresses = [f"person{n}@example.org" for n in range(PEOPLE)] + [
        f"person{n}@example.org" for n in range(10)
    ]
    start = threading.Barrier(CLIENTS)
    errors = []

    def client(share):
        try:
            start.wait()  # everybody at once, then each client sends its share back to back
            for address in share:
                service.register(applicant(email=address), [Choice(event)])
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=client, args=(addresses[n::CLIENTS],)) for n in range(CLIENTS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = list(event.registrations.values_list("status", flat=True))
    assert errors == []
    assert statuses.count(Registration.Status.REGISTERED) == PLACES
    assert statuses.count(Registration.Status.WAITING) == PEOPLE - PLACES
    assert len(statuses) == PEOPLE  # no address twice
    emails = list(event.registrations.values_list("email", flat=True))
    assert len(set(emails)) == len(emails)
