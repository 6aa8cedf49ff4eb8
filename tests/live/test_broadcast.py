"""Updates are coalesced across workers: one worker claims a part, sends it shortly, and every
change made before it reads the data is in that one update."""

import json
import re

import pytest
from channels.db import database_sync_to_async

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


def test_a_part_is_claimed_once_until_it_is_sent():
    session = LiveSessionFactory()

    assert broadcast.claim(session, ["poll", "results"]) == ["poll", "results"]
    assert broadcast.claim(session, ["results", "chat"]) == ["chat"]  # results is due already
    broadcast._due_message(session, ["poll", "results"])  # the claimer reads and sends

    assert broadcast.claim(session, ["results"]) == ["results"]


def test_claims_are_per_session():
    first, second = LiveSessionFactory(), LiveSessionFactory()

    assert broadcast.claim(first, ["results"]) == ["results"]
    assert broadcast.claim(second, ["results"]) == ["results"]


async def test_votes_in_quick_succession_all_reach_the_projection(poll):
    session = poll.session
    item = await database_sync_to_async(lambda: poll.items.first())()
    message = json.dumps({"action": "vote", "poll": str(poll.pk), "choice": str(item.pk)})
    voters = []
    for _person in range(3):
        _participant, cookie = await participant_cookie(session)
        voters.append((await connect(f"/ws/live/{session.code}/", cookie))[0])
    projection, _shown = await connect(
        f"/ws/live/{session.code}/projektion/{session.projection_key}/"
    )

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
