"""Updates are coalesced across workers: one worker claims a part, sends it shortly, and every
change made before it reads the data is in that one update."""

import asyncio
import json
import re

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer

from tests.factories import LiveSessionFactory, PollFactory
from tests.live.test_consumers import connect, participant_cookie
from treffpunkt.live import broadcast

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def poll(db):
    poll = PollFactory(kind="single", items=["A", "B"], results_visible=True)
    poll.session.current_poll = poll
    poll.session.save()
    return poll


def test_a_part_is_claimed_once_per_tier_until_it_is_sent():
    session = LiveSessionFactory()

    assert broadcast.claim(session, ["results"]) == {
        "screens": ["results"],
        "phones": ["results"],
    }
    assert broadcast.claim(session, ["results", "chat"]) == {
        "screens": ["chat"],  # results is due already
        "phones": ["chat"],
    }
    broadcast._due_message(session, "screens", ["results"])  # the claimer reads and sends
    broadcast.forget()  # (what the sending task does in the event loop before that)

    assert broadcast.claim(session, ["results"]) == {"screens": ["results"]}


def test_a_claim_made_by_another_worker_is_respected():
    session = LiveSessionFactory()
    broadcast.claim(session, ["results"])
    broadcast.forget()  # another worker: nothing held in its memory, the cache says due

    assert broadcast.claim(session, ["results"]) == {}


def test_claims_are_per_session():
    first, second = LiveSessionFactory(), LiveSessionFactory()

    assert "screens" in broadcast.claim(first, ["results"])
    assert "screens" in broadcast.claim(second, ["results"])


async def _voters(poll, count: int):
    """`count` participants connected to the poll's session, and a vote for its first item."""
    session = poll.session
    item = await database_sync_to_async(lambda: poll.items.first())()
    message = json.dumps({"action": "vote", "poll": str(poll.pk), "choice": str(item.pk)})
    voters = []
    for _person in range(count):
        _participant, cookie = await participant_cookie(session)
        voters.append((await connect(f"/ws/live/{session.code}/", cookie))[0])
    return voters, message


async def _projection(poll):
    session = poll.session
    projection, _shown = await connect(
        f"/ws/live/{session.code}/projektion/{session.projection_key}/"
    )
    return projection


async def test_votes_in_quick_succession_all_reach_the_projection(poll):
    voters, message = await _voters(poll, 3)
    projection = await _projection(poll)

    for voter in voters:
        await voter.send_to(text_data=message)
    shown, updates = 0, 0
    while shown < 3:
        update = await projection.receive_from(timeout=3)
        updates += 1
        shown = int(re.search(r'data-voters="(\d+)"', update).group(1))

    assert updates <= 3
    for communicator in (*voters, projection):
        await communicator.disconnect()


async def test_the_last_vote_of_a_storm_reaches_projection_and_phones(poll, monkeypatch):
    """Votes keep coming while an update is rendered; the final state still goes out, to the
    shared screens soon and to the participants' phones less often."""
    monkeypatch.setattr(broadcast, "PHONES_COALESCE", 0.4)
    voters, message = await _voters(poll, 4)
    projection = await _projection(poll)

    for voter in voters:
        await voter.send_to(text_data=message)
        await asyncio.sleep(0.1)  # a vote in nearly every interval of the screens
    on_screen = await _last_shown(projection, 4)
    on_phone = await _last_shown(voters[0], 4)

    assert on_screen == on_phone == 4
    for communicator in (*voters, projection):
        await communicator.disconnect()


async def _last_shown(communicator, expected: int) -> int:
    """The voters shown once `expected` is reached, or in the last update before a pause."""
    shown = 0
    while shown < expected:
        try:
            update = await communicator.receive_from(timeout=2)
        except TimeoutError:
            break
        found = re.search(r'id="live-results"[^>]*data-voters="(\d+)"', update)
        shown = int(found.group(1)) if found else shown
    return shown


def members(layer, group: str) -> set:
    """The channels in a group of the in-memory or the Redis (pub/sub) layer."""
    key = getattr(layer, "_get_group_channel_name", lambda name: name)(group)
    return layer.groups.get(key, set())


async def test_connections_listen_in_their_tier_until_they_close(poll):
    session = poll.session
    layer = get_channel_layer()
    _participant, cookie = await participant_cookie(session)
    phone, _shown = await connect(f"/ws/live/{session.code}/", cookie)
    screen, _shown = await connect(f"/ws/live/{session.code}/projektion/{session.projection_key}/")

    assert len(members(layer, broadcast.group(session, "phones"))) == 1
    assert len(members(layer, broadcast.group(session, "screens"))) == 1

    await phone.disconnect()
    await screen.disconnect()

    assert not members(layer, broadcast.group(session, "phones"))
    assert not members(layer, broadcast.group(session, "screens"))


async def test_phones_get_an_update_per_interval_while_votes_keep_coming(poll, monkeypatch):
    monkeypatch.setattr(broadcast, "PHONES_COALESCE", 0.3)
    voters, message = await _voters(poll, 4)
    watcher = voters[0]

    for voter in voters:
        await voter.send_to(text_data=message)
        await asyncio.sleep(0.5)  # every vote in an interval of its own
    shown = []
    while not shown or shown[-1] < 4:  # a missing update ends in a timeout
        update = await watcher.receive_from(timeout=2)
        found = re.search(r'id="live-results"[^>]*data-voters="(\d+)"', update)
        if found:
            shown.append(int(found.group(1)))

    assert shown == [1, 2, 3, 4]
    for voter in voters:
        await voter.disconnect()
