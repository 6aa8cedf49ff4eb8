import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from treffpunkt.directory.search import engine, expansion, labels
from treffpunkt.directory.search.facet_index import facet_index
from treffpunkt.live import fragments as live_fragments
from treffpunkt.network.models import Membership

from .factories import OrganisationFactory, UserFactory, user_with_role

pytest_plugins = ["tests.directory.fixtures"]


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Caritas Musterstadt")


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="AWO Nachbarort")


@pytest.fixture
def coordinator(db):
    return user_with_role(Membership.Role.COORDINATOR, is_staff=True)


@pytest.fixture
def editor(organisation):
    return user_with_role(Membership.Role.EDITOR, organisation, is_staff=True)


@pytest.fixture
def moderator(organisation):
    return user_with_role(Membership.Role.MODERATOR, organisation, is_staff=True)


@pytest.fixture
def outsider(db):
    """Logged in, but without any role."""
    return UserFactory()


@pytest.fixture(scope="session", autouse=True)
def end_leftover_connections(django_db_setup, django_db_blocker):
    """The live app's threads keep database connections of their own (live/threads.py); on
    PostgreSQL they would keep the test database from being dropped at the end."""
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with empty caches (see tests/settings.py for Redis), including the
    search's in-process facet index: rolled-back tests reuse version numbers."""
    cache.clear()
    facet_index.reset()
    labels.forget()
    engine.forget_matches()
    expansion.forget_expansions()
    live_fragments.forget_languages()


@pytest.fixture(autouse=True)
def german_by_default():
    """Requests activate other languages; every test starts in German, as a visitor would."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def english():
    """For tests that check messages in English, the language of the source."""
    with translation.override("en"):
        yield


def pytest_collection_modifyitems(items):
    """Browser tests last: Playwright keeps an event loop running in the main thread, which
    the asynchronous WebSocket tests need for themselves."""
    items.sort(key=lambda item: "tests/browser/" in str(item.fspath))
