"""The contract every poll type fulfils."""

from abc import ABC, abstractmethod
from typing import Any

from django.utils.translation import gettext as _

_types: dict[str, "PollType"] = {}


class AnswerError(ValueError):
    """An answer that cannot be taken, with a message for the participant."""


class PollType(ABC):
    kind = ""

    @abstractmethod
    def answer_from(self, poll, data) -> Any:
        """The answer as stored (JSON), read from form or WebSocket data (a QueryDict or a
        dict of lists); raises AnswerError."""

    @abstractmethod
    def aggregate(self, poll, answers: list) -> dict:
        """The results of a list of stored answers."""

    def tally(self, poll) -> dict:
        """The results of the poll's stored answers, counted in the database where the type
        can (see `counting`), else read and aggregated here."""
        return self.aggregate(poll, list(poll.votes.values_list("answer", flat=True)))

    @staticmethod
    def values(data, name: str) -> list[str]:
        if hasattr(data, "getlist"):
            return data.getlist(name)
        value = data.get(name, [])
        return value if isinstance(value, list) else [value]

    @staticmethod
    def item_ids(poll) -> list[int]:
        return [item.pk for item in poll.items.all()]  # prefetched where votes come fast

    @staticmethod
    def require(condition: bool, message=None) -> None:
        if not condition:
            raise AnswerError(message or _("Please answer the question."))


def register(cls):
    _types[cls.kind] = cls()
    return cls


def poll_type(kind: str) -> PollType:
    return _types[kind]
