"""A database or Redis that cannot be reached gives 503 with Retry-After, not 500."""

import pytest
from django.test import Client

pytestmark = pytest.mark.urls("tests.resilience.urls")


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("service", ["database", "redis"])
def test_outage_is_answered_with_503_and_retry_after(client, db, service):
    response = client.get(f"/{service}/")

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
    assert "briefly unavailable" in response.text


def test_a_bug_stays_an_error(client, db):
    response = client.get("/bug/")

    assert response.status_code == 500
    assert "Retry-After" not in response


def test_a_working_page_is_untouched(client, db):
    response = client.get("/fine/")

    assert (response.status_code, response.text) == (200, "fine")
    assert "Retry-After" not in response
