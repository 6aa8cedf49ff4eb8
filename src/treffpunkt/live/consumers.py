"""The WebSocket of a live page: updates arrive without reloading; participants' forms
send through it when it is open (and as plain HTTP posts when it is not)."""

import json
import time
from functools import cached_property
from urllib.parse import parse_qs

from asgiref.sync import sync_to_async
from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext as _

from . import broadcast, fragments, participation, threads
from .models import LiveParticipant, LiveSession, Poll, Question
from .polls import AnswerError
from .sessions import participant_key

ACTIONS = {
    # The poll's form does not change with a vote; sending it again would clear what others
    # are still filling in.
    "vote": ("results",),
    "ask": ("questions",),
    "upvote": ("questions",),
    "chat": ("chat",),
}
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
MAX_MESSAGE = 8_000  # bytes; the longest form (a chat message) fits easily
POLL_SECONDS = 1.0
_polls: dict[int, tuple[float, Poll]] = {}


class LiveConsumer(AsyncWebsocketConsumer):
    audience = "participant"

    async def connect(self):
        code = self.scope["url_route"]["kwargs"]["code"]
        self.session = await self._session(code)
        if self.session is None or not await self._allowed():
            await self.close(code=4403)
            return
        await sync_to_async(fragments.note_language, thread_sensitive=False)(
            self.session, self.language
        )
        self.live_group = broadcast.group(self.session, broadcast.tier(self.audience))
        await self.channel_layer.group_add(self.live_group, self.channel_name)
        await self.accept()
        # Catch up: a (re)connecting page gets the current state of every part.
        html = await database_sync_to_async(fragments.render)(
            self.session, fragments.PARTS, [self.audience], [self.language]
        )
        await self.send(text_data=html[fragments.key(self.audience, self.language)])

    async def dispatch(self, message):
        """As Channels' dispatch, without closing old database connections before every
        message: that is a call into the one thread-sensitive thread per connection and
        update (a thousand per update in a full room). Every database call here runs in a
        DatabaseSyncToAsync call, which closes its connections itself."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def disconnect(self, close_code):
        if getattr(self, "live_group", None) is not None:
            await self.channel_layer.group_discard(self.live_group, self.channel_name)

    async def live_update(self, event):
        rendered = event["fragments"]
        html = rendered.get(fragments.key(self.audience, self.language)) or rendered.get(
            fragments.key(self.audience, settings.LANGUAGE_CODE)
        )
        if html:  # a language mark expired during a very long connection: German until reload
            await self.send(text_data=html)

    @cached_property
    def language(self) -> str:
        """The interface language the page was opened in (?lang=…), read once per connection."""
        query = parse_qs(self.scope.get("query_string", b"").decode())
        language = (query.get("lang") or ["de"])[0]
        return language if language in LANGUAGE_CODES else "de"

    async def receive(self, text_data=None, bytes_data=None):
        if self.audience != "participant" or not text_data or len(text_data) > MAX_MESSAGE:
            return
        try:
            data = json.loads(text_data)
        except ValueError:
            return
        action = data.get("action")
        if action not in ACTIONS:
            return
        error, claimed = await self._act(action, data)
        broadcast.later(self.session, claimed)
        await self.send(text_data=_status(error, action))

    @threads.action
    def _act(self, action: str, data: dict) -> tuple[str | None, dict]:
        """The action's problem (None if taken) and the updates this worker now has to send
        (claimed in the same thread: one hop per action)."""
        error = self._take(action, data)
        return error, {} if error else broadcast.claim(self.session, ACTIONS[action])

    def _take(self, action: str, data: dict) -> str | None:
        participant = self._participant()
        if participant is None:
            return str(_("Please join the session first."))
        values = {key: value if isinstance(value, list) else [value] for key, value in data.items()}
        try:
            if action == "vote":
                poll = _poll(self.session, int(data.get("poll", 0)))
                participation.vote(poll, participant, values)
            elif action == "ask":
                participation.ask(self.session, participant, str(data.get("text", "")))
            elif action == "upvote":
                question = Question.objects.get(
                    pk=int(data.get("question", 0)), session=self.session
                )
                participation.upvote(question, participant)
            else:
                participation.chat(self.session, participant, str(data.get("text", "")))
        except (AnswerError, participation.NotAllowed) as problem:
            return str(problem)
        except (Poll.DoesNotExist, Question.DoesNotExist, ValueError):
            return "?"
        return None

    def _participant(self) -> LiveParticipant | None:
        """Looked up once per connection (a participant is never changed into another)."""
        if getattr(self, "participant", None) is None:
            self.participant = LiveParticipant.objects.filter(
                key=self.participant_key, session=self.session
            ).first()
        return self.participant

    @database_sync_to_async
    def _session(self, code: str) -> LiveSession | None:
        return LiveSession.objects.filter(code=code).first()

    @database_sync_to_async
    def _allowed(self) -> bool:
        self.participant_key = participant_key(self.scope.get("session"), self.session)
        self._participant()  # now rather than in the rush of the first votes
        return self.session.is_open


class ProjectionConsumer(LiveConsumer):
    audience = "projection"

    @database_sync_to_async
    def _allowed(self) -> bool:
        return self.scope["url_route"]["kwargs"].get("key") == self.session.projection_key


class ModeratorConsumer(LiveConsumer):
    audience = "moderator"

    @database_sync_to_async
    def _allowed(self) -> bool:
        user = self.scope.get("user")
        return bool(
            user
            and user.is_authenticated
            and user.has_perm("live.change_livesession", self.session)
        )


def _poll(session: LiveSession, pk: int) -> Poll:
    """The poll and its items, kept for a second per process: in a vote storm every vote would
    read the same rows again. Whether the poll is open is checked as the vote is written, so
    a poll closed meanwhile takes no vote."""
    kept = _polls.get(pk)
    if kept is None or time.monotonic() - kept[0] > POLL_SECONDS:
        kept = (time.monotonic(), Poll.objects.prefetch_related("items").get(pk=pk))
        _polls[pk] = kept
    if kept[1].session_id != session.pk:
        raise Poll.DoesNotExist
    return kept[1]


def forget_polls() -> None:
    """For tests: a rolled-back test's poll numbers come again."""
    _polls.clear()


def _status(error: str | None, action: str) -> str:
    """The sender's own confirmation (or problem), swapped into their page."""
    element = f'id="live-status-{action}" hx-swap-oob="true"'
    if error is None:
        return f'<p {element} class="live-status" role="status" data-ok="1">✓</p>'
    return f'<p {element} class="live-status live-status--error" role="alert">{escape(error)}</p>'
