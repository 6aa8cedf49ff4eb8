"""Word clouds (short terms, several per person) and open answers."""

import re
from collections import Counter

from django.utils.translation import gettext as _

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
        rules = {rule.term: rule for rule in poll.term_rules.all()}
        counts: Counter = Counter()
        spellings: dict[str, Counter] = {}
        for answer in answers:
            for term in answer.get("terms", []):
                key = normalise_term(term)
                rule = rules.get(key)
                if rule and rule.hidden:
                    continue
                if rule and rule.merge_into:
                    key = rule.merge_into
                counts[key] += 1
                spellings.setdefault(key, Counter())[term.strip()] += 1
        terms = [
            {"key": key, "text": spellings[key].most_common(1)[0][0], "count": count}
            for key, count in counts.most_common(MAX_CLOUD_TERMS)
        ]
        return {"voters": len(answers), "terms": terms}


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
