"""Public pages for anonymous visitors come from the cache, until what they show changes."""

import pytest

from tests.factories import OfferFactory, UserFactory
from treffpunkt.operations import page_cache


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.TREFFPUNKT_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def offer(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # created in a committed transaction
        return OfferFactory(title="Sprachcafé am Markt")


def test_an_anonymous_second_visit_is_served_from_the_cache(
    client, offer, django_assert_num_queries
):
    first = client.get(offer.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(offer.get_absolute_url())

    assert second.status_code == 200
    assert second.content == first.content
    assert "Sprachcafé am Markt" in second.content.decode()
    assert second["ETag"] == first["ETag"]
    # The headers the skipped middleware set are stored with the page.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_languages_are_cached_apart(client, offer, django_assert_num_queries):
    german = client.get(offer.get_absolute_url())
    client.get("/en" + offer.get_absolute_url())
    with django_assert_num_queries(0):
        english = client.get("/en" + offer.get_absolute_url())

    assert german["Content-Language"] == "de"
    assert english["Content-Language"] == "en"
    assert german.content != english.content


def test_logged_in_users_never_get_a_cached_page(client, offer, django_assert_num_queries):
    client.get("/")  # stored for anonymous visitors
    user = UserFactory(first_name="Ayşe")
    client.force_login(user)

    response = client.get("/")

    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()  # the logout form, theirs alone
    assert "ETag" not in response


def test_a_logged_in_page_is_never_stored_for_anonymous_visitors(client, offer):
    client.force_login(UserFactory())
    client.get("/")
    client.logout()
    client.cookies.clear()

    anonymous = client.get("/")

    assert "csrfmiddlewaretoken" not in anonymous.content.decode()


def test_a_change_to_an_offer_invalidates_its_page(
    client, offer, django_capture_on_commit_callbacks
):
    client.get(offer.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        offer.title = "Sprachcafé im Rathaus"
        offer.save()
    response = client.get(offer.get_absolute_url())

    assert "Sprachcafé im Rathaus" in response.content.decode()


def test_if_none_match_gives_304(client, offer):
    first = client.get(offer.get_absolute_url())

    again = client.get(offer.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    since = client.get(offer.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert again.status_code == 304
    assert again.content == b""
    assert since.status_code == 304
    assert first["Cache-Control"] == "no-cache"


def test_a_stale_etag_gets_the_new_page(client, offer, django_capture_on_commit_callbacks):
    first = client.get(offer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        offer.title = "Neuer Titel"
        offer.save()

    response = client.get(offer.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])

    assert response.status_code == 200
    assert response["ETag"] != first["ETag"]


def test_pages_with_a_csrf_token_are_never_stored(client, db, monkeypatch):
    # Were the accessibility statement (a feedback form) among the cached pages, its token
    # still would not be stored: rendering it sets the CSRF cookie.
    monkeypatch.setattr(
        page_cache, "PUBLIC_VIEWS", page_cache.PUBLIC_VIEWS | {"core:accessibility"}
    )

    first = client.get("/barrierefreiheit/")
    client.cookies.clear()
    second = client.get("/barrierefreiheit/")

    assert "ETag" not in first
    assert "ETag" not in second
    assert _token(first) != _token(second)


def _token(response) -> str:
    html = response.content.decode()
    return html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]


def test_visitors_with_a_session_cookie_bypass_the_cache(client, offer):
    client.get(offer.get_absolute_url())
    client.cookies["sessionid"] = "whatever"

    response = client.get(offer.get_absolute_url())

    assert "ETag" not in response


def test_pages_are_served_while_redis_is_down(
    client, offer, settings, django_capture_on_commit_callbacks
):
    unreachable = "redis://127.0.0.1:1/0"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": unreachable,
        }
    }

    page = client.get(offer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        offer.title = "Gespeichert trotz Redis-Neustart"
        offer.save()

    assert page.status_code == 200
    assert "Sprachcafé am Markt" in page.content.decode()
    assert "ETag" not in page


def test_changes_in_one_transaction_bump_once_on_commit(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    raised = []
    monkeypatch.setattr(page_cache, "_bump_now", lambda: raised.append(1))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        OfferFactory.create_batch(30)
    assert raised == [1]
    assert sum(isinstance(c, page_cache._Bump) for c in callbacks) == 1

    with django_capture_on_commit_callbacks(execute=True):
        OfferFactory()  # a later transaction invalidates again
    assert raised == [1, 1]


def test_a_rolled_back_savepoint_does_not_swallow_the_invalidation(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    from django.db import transaction

    raised = []
    monkeypatch.setattr(page_cache, "_bump_now", lambda: raised.append(1))
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                OfferFactory()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        OfferFactory()
    assert raised == [1]
