"""Poll types: each knows how to read an answer and how to sum answers up.

Types register themselves (`@register`), so adding a kind means adding a module here, not
another branch in views.
"""

from . import choice, ranking, rating, text  # noqa: F401  (registration)
from .base import AnswerError, PollType, poll_type, register  # noqa: F401
