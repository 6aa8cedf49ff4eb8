"""Sending updates to everyone in a session, over the channel layer.

Hundreds of votes arrive within seconds. Changes made by participants go out coalesced, in
two tiers: to the shared screens (projection, moderators) at most every COALESCE seconds, so
a vote is on the projection a fraction of a second later; to the participants' phones at
most every PHONES_COALESCE seconds, as a thousand of them cost a thousand messages per update.
Moderators' changes (`send_now`) go to everyone at once.

Coalescing works across workers: the first change of a part (say "results") claims it for a
tier in the cache — Redis, shared by all workers, where there are several — and that worker
sends it after the tier's interval; changes in the meantime, on any worker, find the part
claimed and leave it to that worker. The claimer releases the claim *before* it reads the
data, so a change either finds the claim (and is committed before the read that follows the
release) or claims the part itself: nothing is left out, the last state always goes out, and
one update per part, tier and interval goes to every connection instead of one per worker. A
worker that holds a claim notes it in memory too, so its own further changes need no cache
round trip (it drops the note, in the event loop, before it releases the claim and reads).
"""

import asyncio
import time

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from . import fragments, threads
from .models import LiveSession
from .shared_cache import cache

COALESCE = 0.15  # seconds, for the shared screens
PHONES_COALESCE = 1.0  # seconds, for the participants
TIERS = {"screens": ("projection", "moderator"), "phones": ("participant",)}
# A claim outlives its sender only if the sender dies; then the part waits at most this long
# for the next change. (Expiring early only costs a duplicate update.)
CLAIM_SECONDS = 5
_sending: set[asyncio.Future] = set()
# (session, tier, part) claimed by this worker: when. A note older than a claim's life (a
# claim whose sending never began) is not trusted.
_held: dict[tuple[int, str, str], float] = {}


def tier(audience: str) -> str:
    return next(name for name, audiences in TIERS.items() if audience in audiences)


def group(session: LiveSession, tier_name: str) -> str:
    """The channel-layer group of one tier's connections of a session."""
    return f"{session.group_name}.{tier_name}"


def _delay(tier_name: str) -> float:
    return COALESCE if tier_name == "screens" else PHONES_COALESCE


def _claim_key(session: LiveSession, tier_name: str, part: str) -> str:
    return f"live:due:{session.pk}:{tier_name}:{part}"


def _message(session: LiveSession, parts, audiences=fragments.AUDIENCES) -> dict:
    rendered = fragments.render(session, sorted(parts), audiences)
    return {"type": "live.update", "fragments": rendered}


def send_now(session: LiveSession, parts) -> None:
    """Render and send at once (from synchronous code: HTTP requests, moderator actions)."""
    layer = get_channel_layer()
    if layer is not None:
        rendered = _message(session, parts)["fragments"]  # rendered once, sent per tier
        for tier_name, audiences in TIERS.items():
            mine = {k: html for k, html in rendered.items() if k.split(":")[0] in audiences}
            message = {"type": "live.update", "fragments": mine}
            async_to_sync(layer.group_send)(group(session, tier_name), message)


def claim(session: LiveSession, parts) -> dict[str, list[str]]:
    """The parts per tier this caller now has to send (the others are due already)."""
    claimed, now = {}, time.monotonic()
    for tier_name in TIERS:
        mine = [
            part
            for part in parts
            if now - _held.get((session.pk, tier_name, part), -CLAIM_SECONDS) >= CLAIM_SECONDS
            and cache.add(_claim_key(session, tier_name, part), 1, CLAIM_SECONDS)
        ]
        if mine:
            _held.update({(session.pk, tier_name, part): now for part in mine})
            claimed[tier_name] = mine
    return claimed


def forget() -> None:
    """For tests: the cache was cleared, so this worker holds no claims."""
    _held.clear()


def _due_message(session: LiveSession, tier_name: str, parts) -> dict:
    """Release the claims, then read and render: later changes claim anew."""
    cache.delete_many([_claim_key(session, tier_name, part) for part in parts])
    return _message(session, parts, TIERS[tier_name])


def later(session: LiveSession, claimed: dict[str, list[str]]) -> None:
    """Send what `claim` gave this caller shortly, with whatever else changes meanwhile
    (called in the event loop: the update follows in a task)."""
    for tier_name, parts in claimed.items():
        task = asyncio.ensure_future(_send_later(session, tier_name, parts))
        _sending.add(task)  # held until done: the loop keeps only weak references
        task.add_done_callback(_sending.discard)


async def _send_later(session: LiveSession, tier_name: str, parts: list[str]) -> None:
    try:
        await asyncio.sleep(_delay(tier_name))
    finally:
        for part in parts:
            _held.pop((session.pk, tier_name, part), None)
    message = await threads.rendering(_due_message)(session, tier_name, parts)
    await get_channel_layer().group_send(group(session, tier_name), message)
