"""The pieces of a live page, rendered once per audience and swapped in by id.

Participants, the projection and moderators see different things (results only when shown,
pending questions only for moderators), so each update carries one fragment per audience.
"""

import time

from django.conf import settings
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import translation

from .models import ChatMessage, LiveSession, Question
from .participation import results
from .shared_cache import cache

AUDIENCES = ("participant", "projection", "moderator")
PARTS = ("poll", "results", "questions", "chat")
TEMPLATES = {part: f"live/fragments/{part}.html" for part in PARTS}
CHAT_SHOWN = 50
# Updates are rendered only in the languages of connected pages; a connection renews its mark.
LANGUAGE_SEEN_SECONDS = 12 * 3600


def context(session: LiveSession, audience: str, poll_results=None, parts=PARTS) -> dict:
    """What the parts show to one audience (only what the named parts need);
    `poll_results` when already counted for another audience."""
    poll = session.current_poll
    show_results = poll is not None and (audience == "moderator" or poll.results_visible)
    if show_results and poll_results is None and {"poll", "results"} & set(parts):
        poll_results = results(poll)
    values = {
        "session": session,
        "audience": audience,
        "poll": poll,
        "items": list(poll.items.all()) if poll else [],
        "results": poll_results if show_results else None,
        "questions": [],
        "chat_messages": [],
        "oob": True,
    }
    if "questions" in parts:
        values["questions"] = _questions(session, audience)
    if "chat" in parts:
        values["chat_messages"] = _chat(session, audience)
    return values


def _questions(session: LiveSession, audience: str) -> list:
    questions = session.questions.all()
    if audience != "moderator":
        questions = questions.filter(state=Question.State.VISIBLE)
    ordered = questions.annotate(support=Count("votes")).order_by(
        "-pinned", "answered", "-support", "pk"
    )
    return list(ordered)


def _chat(session: LiveSession, audience: str) -> list:
    chat = session.chat_messages.select_related("participant", "author")
    if audience != "moderator":
        chat = chat.filter(state=ChatMessage.State.VISIBLE)
    return list(chat.order_by("-pk")[:CHAT_SHOWN])[::-1]


def key(audience: str, language: str) -> str:
    return f"{audience}:{language}"


def _seen_key(session_pk: int, language: str) -> str:
    return f"live:language:{session_pk}:{language}"


_noted: dict[tuple[int, str], float] = {}  # per process: marks renewed at most every hour


def note_language(session: LiveSession, language: str) -> None:
    """A page in this language is connected: updates are rendered for it from now on."""
    now = time.monotonic()
    if now - _noted.get((session.pk, language), -LANGUAGE_SEEN_SECONDS) < 3600:
        return
    cache.set(_seen_key(session.pk, language), 1, LANGUAGE_SEEN_SECONDS)
    _noted[(session.pk, language)] = now


def forget_languages() -> None:
    """For tests: the cache was cleared, so the marks must be set again."""
    _noted.clear()


def languages_in_use(session: LiveSession) -> list[str]:
    """Rendering in six languages when everyone reads German would cost six times as much."""
    codes = [code for code, _name in settings.LANGUAGES]
    seen = cache.get_many([_seen_key(session.pk, code) for code in codes])
    used = [code for code in codes if _seen_key(session.pk, code) in seen]
    return used or [settings.LANGUAGE_CODE]


def render(session: LiveSession, parts, audiences=AUDIENCES, languages=None) -> dict[str, str]:
    """HTML per audience and interface language, with the named parts as out-of-band swaps.

    The data is read once per audience; only the interface words differ per language.
    """
    session = LiveSession.objects.select_related("current_poll").get(pk=session.pk)
    languages = languages or languages_in_use(session)
    rendered = {}
    counted = None  # the results are counted once for all audiences
    for audience in audiences:
        values = context(session, audience, counted, parts)
        counted = values["results"] or counted
        for language in languages:
            with translation.override(language):
                rendered[key(audience, language)] = "".join(
                    render_to_string(TEMPLATES[part], values) for part in parts
                )
    return rendered
