"""What happens in the room: a live session joined by code, its polls and answers, the
questions of the audience and the chat. Participants need no account."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from treffpunkt.events.models import Event, Room

CODE_DIGITS = 7


def new_key() -> str:
    return secrets.token_urlsafe(18)


def new_code() -> str:
    """A seven-digit join code that does not start with 0 (people drop leading zeros)."""
    return str(secrets.randbelow(9 * 10 ** (CODE_DIGITS - 1)) + 10 ** (CODE_DIGITS - 1))


class LiveSession(models.Model):
    """The live part of an event or one of its rooms, joined with a short code."""

    code = models.CharField(_("join code"), max_length=CODE_DIGITS, unique=True, default=new_code)
    title = models.CharField(_("title"), max_length=200)
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="live_sessions"
    )
    room = models.ForeignKey(
        Room,
        verbose_name=_("room"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="live_sessions",
    )
    is_open = models.BooleanField(_("open for participants"), default=True)
    current_poll = models.ForeignKey(
        "Poll",
        verbose_name=_("current poll"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    chat_enabled = models.BooleanField(_("chat"), default=True)
    chat_locked = models.BooleanField(_("chat locked"), default=False)
    questions_enabled = models.BooleanField(_("questions"), default=True)
    questions_need_approval = models.BooleanField(
        _("questions appear after approval"), default=False
    )
    # The projection view is opened on the room's computer, often without a login.
    projection_key = models.CharField(max_length=32, default=new_key, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("live:session", args=[self.code])

    @property
    def formatted_code(self) -> str:
        """The code as people read it aloud: "4879 889"."""
        return f"{self.code[:4]} {self.code[4:]}"

    @property
    def group_name(self) -> str:
        """What the channel-layer groups of this session's connections are named after
        (one per tier, `broadcast.group`)."""
        return f"live-{self.pk}"

    def owner_organisation_ids(self) -> list[int]:
        return self.event.owner_organisation_ids()


class Poll(models.Model):
    """A question to the room: rating, choice, ranking, word cloud or open text.

    A poll without a session is a template that moderators copy into sessions.
    """

    class Kind(models.TextChoices):
        RATING = "rating", _("rating scale")
        SINGLE = "single", _("single choice")
        MULTIPLE = "multiple", _("multiple choice")
        RANKING = "ranking", _("ranking")
        WORDCLOUD = "wordcloud", _("word cloud")
        OPEN = "open", _("open answers")

    class State(models.TextChoices):
        DRAFT = "draft", _("not started")
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    session = models.ForeignKey(
        LiveSession,
        verbose_name=_("live session"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="polls",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    question = models.CharField(_("question"), max_length=300)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    results_visible = models.BooleanField(_("results visible to participants"), default=True)
    scale_max = models.PositiveSmallIntegerField(_("scale from 1 to"), default=5)
    max_answers = models.PositiveSmallIntegerField(
        _("answers per person"),
        default=3,
        help_text=_("Word clouds: how many terms each person may enter."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_template = models.BooleanField(_("template"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["session", "position", "pk"]

    def __str__(self) -> str:
        return self.question

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN

    def owner_organisation_ids(self) -> list[int]:
        return self.session.owner_organisation_ids() if self.session_id else []


class PollItem(models.Model):
    """An item to rate, an option to choose, or an entry to rank."""

    poll = models.ForeignKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="items"
    )
    text = models.CharField(_("text"), max_length=300)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("poll item")
        verbose_name_plural = _("poll items")
        ordering = ["poll", "position", "pk"]

    def __str__(self) -> str:
        return self.text


class LiveParticipant(models.Model):
    """Someone in the room, known only by a random key in their browser session."""

    session = models.ForeignKey(
        LiveSession,
        verbose_name=_("live session"),
        on_delete=models.CASCADE,
        related_name="participants",
    )
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("display name"), max_length=60, blank=True)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("live participant")
        verbose_name_plural = _("live participants")

    def __str__(self) -> str:
        return self.display_name or str(_("anonymous"))


class Vote(models.Model):
    """A participant's answer to a poll; one per person and poll, changeable while open."""

    poll = models.ForeignKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="votes"
    )
    participant = models.ForeignKey(
        LiveParticipant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="votes",
    )
    answer = models.JSONField(_("answer"))
    created_at = models.DateTimeField(_("given"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["poll", "participant"], name="one_vote_per_participant")
        ]

    def __str__(self) -> str:
        return f"{self.poll}: {self.answer}"


class TermRule(models.Model):
    """A moderator's decision on a word-cloud term: merge it into another, or hide it."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="term_rules")
    term = models.CharField(_("term"), max_length=100)  # normalised
    merge_into = models.CharField(_("merged into"), max_length=100, blank=True)  # normalised
    hidden = models.BooleanField(_("hidden"), default=False)

    class Meta:
        verbose_name = _("term rule")
        verbose_name_plural = _("term rules")
        constraints = [models.UniqueConstraint(fields=["poll", "term"], name="one_rule_per_term")]

    def __str__(self) -> str:
        return self.term


class Moderated(models.Model):
    """What participants write that moderators may hide."""

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for approval")
        VISIBLE = "visible", _("visible")
        HIDDEN = "hidden", _("hidden")

    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.VISIBLE
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        abstract = True


class OpenAnswer(Moderated):
    poll = models.ForeignKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="open_answers"
    )
    participant = models.ForeignKey(
        LiveParticipant, on_delete=models.CASCADE, related_name="open_answers"
    )
    text = models.CharField(_("answer"), max_length=500)

    class Meta:
        verbose_name = _("open answer")
        verbose_name_plural = _("open answers")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text


class Question(Moderated):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="questions")
    participant = models.ForeignKey(
        LiveParticipant, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.CharField(_("question"), max_length=500)
    answered = models.BooleanField(_("answered"), default=False)
    pinned = models.BooleanField(_("pinned"), default=False)
    upvoters = models.ManyToManyField(LiveParticipant, through="QuestionVote", related_name="+")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-pinned", "answered", "created_at"]

    def __str__(self) -> str:
        return self.text


class QuestionVote(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="votes")
    participant = models.ForeignKey(LiveParticipant, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question", "participant"], name="one_upvote_per_participant"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} +1 {self.question}"


class ChatMessage(Moderated):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="chat_messages")
    participant = models.ForeignKey(
        LiveParticipant,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chat_messages",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )  # a moderator writing in the chat
    text = models.CharField(_("message"), max_length=1000)

    class Meta:
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.text[:50]
