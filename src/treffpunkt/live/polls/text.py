"""Word clouds (short terms, several per person) and open answers."""

import re
from collections import Counter

from django.utils.translation import gettext as _

from . import counting
from .base import PollType, register

MAX_TERM = 40
MAX_OPEN = 500
MAX_CLOUD_TERMS = 60
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_FOLDS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def normalise_term(term: str) -> str:
    """The key under which spellings of one term count together:
    "Kulturelle Öffnung", "kulturelleöffnung" and "Kulturelle Oeffnung" -> "kulturelleoffnung"."""
    key = _NOT_WORD.sub("", term.casefold()).translate(_FOLDS)
    for digraph, vowel in _DIGRAPHS:
        key = key.replace(digraph, vowel)
    return key


def clean_text(value: str, limit: int) -> str:
    """Trimmed, single-spaced, without control characters, at most `limit` characters."""
    return " ".join("".join(ch for ch in value if ch.isprintable()).split())[:limit]


@register
class WordCloudPoll(PollType):
    kind = "wordcloud"

    def answer_from(self, poll, data) -> dict:
        terms = []
        for raw in self.values(data, "term"):
            term = clean_text(str(raw), MAX_TERM)
            if term and normalise_term(term) and term not in terms:
                terms.append(term)
        self.require(bool(terms), _("Please enter a word."))
        self.require(
            len(terms) <= poll.max_answers,
            _("Please enter at most %(n)s words.") % {"n": poll.max_answers},
        )
        return {"terms": terms}

    def aggregate(self, poll, answers: list) -> dict:
        given: Counter = Counter()
        for answer in answers:
            given.update(answer.get("terms", []))
        return self._summed(poll, len(answers), given)

    def tally(self, poll) -> dict:
        if not counting.supported():
            return super().tally(poll)
        given = {term: n for term, n, _places in counting.array_elements(poll, "terms")}
        return self._summed(poll, counting.voters(poll), given)

    @staticmethod
    def _summed(poll, voters: int, given) -> dict:
        """Results from how often each spelling was given: spellings of one term count
        together (with the moderators' merges and hides); the most frequent spelling names
        it. Ties go by the text, so that the order never depends on the order of reading."""
        rules = {rule.term: rule for rule in poll.term_rules.all()}
        counts: Counter = Counter()
        spellings: dict[str, Counter] = {}
        for term, n in given.items():
            key = normalise_term(term)
            rule = rules.get(key)
            if rule and rule.hidden:
                continue
            if rule and rule.merge_into:
                key = rule.merge_into
            counts[key] += n
            spellings.setdefault(key, Counter())[term.strip()] += n
        shown = sorted(counts.items(), key=_by_count)[:MAX_CLOUD_TERMS]
        terms = [
            {"key": key, "text": min(spellings[key].items(), key=_by_count)[0], "count": count}
            for key, count in shown
        ]
        return {"voters": voters, "terms": terms}


def _by_count(pair):
    """Most frequent first, then alphabetical."""
    return (-pair[1], pair[0])


@register
class OpenAnswerPoll(PollType):
    kind = "open"

    def answer_from(self, poll, data) -> dict:
        text = clean_text(str((self.values(data, "text") or [""])[0]), MAX_OPEN)
        self.require(bool(text), _("Please write an answer."))
        return {"text": text}

    def aggregate(self, poll, answers: list) -> dict:
        visible = poll.open_answers.filter(state="visible").order_by("created_at")
        return {"voters": poll.open_answers.count(), "answers": [a.text for a in visible]}
