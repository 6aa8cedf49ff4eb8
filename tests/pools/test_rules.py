"""Who sees which interpreting requests: institutions their own, interpreters what they were
offered or given, pool coordinators the open ones and their interpreters' — as sets."""

import pytest

from tests.factories import InterpretingRequestFactory, OrganisationFactory, user_with_role
from treffpunkt.pools import interpreting
from treffpunkt.pools.rules import visible_interpreters, visible_requests


@pytest.fixture
def taken_elsewhere(world):
    """A request of another institution, done by an interpreter of another pool."""
    from tests.factories import InterpreterFactory

    other_pool = OrganisationFactory(name="KI Kreis Borken")
    stranger = InterpreterFactory(coordinator_organisation=other_pool, languages={"ar": "C1"})
    return InterpretingRequestFactory(
        institution=OrganisationFactory(), status="done", interpreter=stranger
    )


def _visible(user) -> set:
    return set(visible_requests(user))


def test_institution_sees_its_own_requests_only(world, taken_elsewhere):
    assert _visible(world.school_editor) == {world.request}
    assert _visible(world.other_school_editor) == {world.other_request}


def test_pool_coordinator_sees_open_requests_and_their_interpreters_work(world, taken_elsewhere):
    assert _visible(world.pool_coordinator) == {world.request, world.other_request}


def test_network_coordinator_sees_all(world, taken_elsewhere, coordinator):
    assert _visible(coordinator) == {world.request, world.other_request, taken_elsewhere}


def test_interpreter_sees_an_offer_while_it_is_open_and_then_only_if_it_is_theirs(world):
    [invitation] = interpreting.invite(world.request, [world.interpreter])
    offered = _visible(world.interpreter_user)

    interpreting.decline(invitation)

    assert offered == {world.request}
    assert _visible(world.interpreter_user) == set()


def test_interpreter_sees_their_assignment(world, taken_elsewhere):
    interpreting.assign(world.request, world.interpreter)

    assert _visible(world.interpreter_user) == {world.request}
    assert world.interpreter_user.has_perm("pools.view_interpretingrequest", world.request)
    assert not world.interpreter_user.has_perm(
        "pools.view_interpretingrequest", world.other_request
    )


def test_interpreter_sees_only_their_own_profile(world):
    assert list(visible_interpreters(world.interpreter_user)) == [world.interpreter]
    assert not world.interpreter_user.has_perm("pools.change_interpreter", world.interpreter)


def test_someone_without_a_role_sees_nothing(world, taken_elsewhere):
    nobody = user_with_role("editor", OrganisationFactory())

    assert _visible(nobody) == set()
    assert list(visible_interpreters(nobody)) == []
