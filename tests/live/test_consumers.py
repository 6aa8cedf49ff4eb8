"""The WebSocket: join, vote, and everyone connected sees the new results."""

import json

import pytest
from channels.db import database_sync_to_async
from channels.testing.websocket import WebsocketCommunicator
from django.contrib.sessions.backends.db import SessionStore

from tests.factories import PollFactory
from treffpunkt.asgi import application
from treffpunkt.live import participation
from treffpunkt.live.models import Vote
from treffpunkt.live.sessions import remember

pytestmark = pytest.mark.django_db(transaction=True)


@database_sync_to_async
def participant_cookie(session):
    participant = participation.join(session)
    store = SessionStore()
    remember(store, session, participant)
    store.save()
    return participant, f"sessionid={store.session_key}".encode()


async def connect(path, cookie=b""):
    communicator = WebsocketCommunicator(
        application,
        path,
        headers=[(b"origin", b"http://localhost"), (b"host", b"localhost"), (b"cookie", cookie)],
    )
    connected, _ = await communicator.connect()
    assert connected
    first = await communicator.receive_from()  # the current state
    return communicator, first


@pytest.fixture
def poll(db):
    poll = PollFactory(kind="single", items=["A", "B"], results_visible=True)
    poll.session.current_poll = poll
    poll.session.save()
    return poll


async def test_vote_reaches_the_projection(poll):
    session = poll.session
    _participant, cookie = await participant_cookie(session)
    voter, _first = await connect(f"/ws/live/{session.code}/", cookie)
    projection, _shown = await connect(
        f"/ws/live/{session.code}/projektion/{session.projection_key}/"
    )
    item = await database_sync_to_async(lambda: poll.items.first())()

    await voter.send_to(
        text_data=json.dumps({"action": "vote", "poll": str(poll.pk), "choice": str(item.pk)})
    )

    status = await voter.receive_from(timeout=3)
    assert 'data-ok="1"' in status
    update = await projection.receive_from(timeout=3)
    assert 'id="live-results"' in update
    assert "1 Person hat geantwortet" in update or "1 person answered" in update
    assert await database_sync_to_async(Vote.objects.count)() == 1
    for communicator in (voter, projection):
        await communicator.disconnect()


async def test_reconnect_and_double_send_count_once(poll):
    session = poll.session
    _participant, cookie = await participant_cookie(session)
    item = await database_sync_to_async(lambda: poll.items.first())()
    message = json.dumps({"action": "vote", "poll": str(poll.pk), "choice": str(item.pk)})

    for _attempt in range(2):  # the connection drops and the page sends again
        voter, _state = await connect(f"/ws/live/{session.code}/", cookie)
        await voter.send_to(text_data=message)
        await voter.send_to(text_data=message)
        await voter.receive_from()
        await voter.receive_from()
        await voter.disconnect()

    assert await database_sync_to_async(Vote.objects.count)() == 1


async def test_without_joining_nothing_is_counted(poll):
    session = poll.session
    stranger, _state = await connect(f"/ws/live/{session.code}/")
    item = await database_sync_to_async(lambda: poll.items.first())()

    await stranger.send_to(
        text_data=json.dumps({"action": "vote", "poll": str(poll.pk), "choice": str(item.pk)})
    )

    assert "live-status--error" in await stranger.receive_from()
    assert await database_sync_to_async(Vote.objects.count)() == 0
    await stranger.disconnect()


async def test_projection_needs_its_key(poll):
    communicator = WebsocketCommunicator(
        application,
        f"/ws/live/{poll.session.code}/projektion/falsch/",
        headers=[(b"origin", b"http://localhost"), (b"host", b"localhost")],
    )
    connected, _ = await communicator.connect()
    assert connected is False


async def test_moderator_channel_needs_a_login(poll):
    communicator = WebsocketCommunicator(
        application,
        f"/ws/live/{poll.session.code}/moderation/",
        headers=[(b"origin", b"http://localhost"), (b"host", b"localhost")],
    )
    connected, _ = await communicator.connect()
    assert connected is False
