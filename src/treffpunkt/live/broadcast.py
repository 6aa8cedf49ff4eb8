"""Sending updates to everyone in a session, over the channel layer.

Hundreds of votes arrive within seconds; results go out at most every COALESCE seconds per
session, so a vote is on the projection a fraction of a second later without a message per
vote to every connection.

Coalescing works across workers: the first change of a part (say "results") claims it in the
cache — Redis, shared by all workers, where there are several — and that worker sends it
COALESCE seconds later; changes in the meantime, on any worker, find the part claimed and
leave it to that worker. The claimer releases the claim *before* it reads the data, so a
change either finds the claim (and is committed before the read that follows the release) or
claims the part itself: nothing is left out, and one update per part and interval goes to every
connection instead of one per worker.
"""

import asyncio

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.core.cache import cache

from . import fragments
from .models import LiveSession

COALESCE = 0.15  # seconds
# A claim outlives its sender only if the sender dies; then the part waits at most this long
# for the next change. (Expiring early only costs a duplicate update.)
CLAIM_SECONDS = 5
_sending: set[asyncio.Future] = set()


def _claim_key(session: LiveSession, part: str) -> str:
    return f"live:due:{session.pk}:{part}"


def _message(session: LiveSession, parts) -> dict:
    return {"type": "live.update", "fragments": fragments.render(session, sorted(parts))}


def send_now(session: LiveSession, parts) -> None:
    """Render and send at once (from synchronous code: HTTP requests, moderator actions)."""
    layer = get_channel_layer()
    if layer is not None:
        async_to_sync(layer.group_send)(session.group_name, _message(session, parts))


def claim(session: LiveSession, parts) -> list[str]:
    """The parts this caller now has to send (the others are due from someone already)."""
    return [part for part in parts if cache.add(_claim_key(session, part), 1, CLAIM_SECONDS)]


def _due_message(session: LiveSession, parts) -> dict:
    """Release the claims, then read and render: later changes claim anew."""
    cache.delete_many([_claim_key(session, part) for part in parts])
    return _message(session, parts)


async def soon(session: LiveSession, parts) -> None:
    """Send the named parts shortly, together with whatever else changes in the meantime.

    Returns once the parts are claimed (or found due); the update follows in a task. Awaited
    in the consumer, the cache client (and its Redis connection) is the consumer's own, kept
    from one message to the next, instead of a new one in every task.
    """
    claimed = await sync_to_async(claim, thread_sensitive=False)(session, parts)
    if claimed:
        task = asyncio.ensure_future(_send_later(session, claimed))
        _sending.add(task)  # held until done: the loop keeps only weak references
        task.add_done_callback(_sending.discard)


async def _send_later(session: LiveSession, parts: list[str]) -> None:
    await asyncio.sleep(COALESCE)
    message = await sync_to_async(_due_message, thread_sensitive=True)(session, parts)
    await get_channel_layer().group_send(session.group_name, message)
