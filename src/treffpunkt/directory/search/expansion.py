"""From the words a visitor typed to the index terms that may match them.

Each word becomes a set of alternatives: its term in German and in the visitor's language,
a prefix where the word is long enough (or still being typed), synonyms coordinators
maintain, and — for words of five letters or more that appear nowhere — the words one edit
away ("Sprachkrus" -> "Sprachkurs").
"""

import re
import time
from dataclasses import dataclass

from django.core.cache import cache

from ..models import Synonym
from . import text
from .backends import backend
from .backends.base import Alternative
from .memo import Memo

MIN_PREFIX_TERM = 4  # shorter stems as prefixes would match half the index
MIN_TYPO_WORD = 5
SYNONYM_CACHE_KEY = "directory:search:synonyms"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class ExpandedWord:
    typed: str
    folded: str
    alternatives: tuple[Alternative, ...]
    known: bool  # the word (or a word starting with it) occurs in the offers
    corrections: tuple[str, ...] = ()  # vocabulary words one edit away that were added


def stemming_languages(word: str, ui_language: str) -> list[str]:
    """Languages whose stemmers a query word goes through: German, the visitor's language,
    and what its script suggests (a Latin word may be English)."""
    languages = ["de", ui_language]
    if _ARABIC_SCRIPT.search(word):
        languages += ["ar", "fa"]
    elif _CYRILLIC.search(word):
        languages += ["uk", "ru"]
    else:
        languages += ["en", "tr"]
    return list(dict.fromkeys(languages))


def synonym_map() -> dict[str, frozenset[str]]:
    """German term -> terms of its synonyms, from the coordinators' synonym groups."""
    cached = cache.get(SYNONYM_CACHE_KEY)
    if cached is not None:
        return cached
    mapping: dict[str, set[str]] = {}
    for group in Synonym.objects.all():
        terms = {text.term(word, "de") for word in group.term_list if len(text.words(word)) == 1}
        for term in terms:
            mapping.setdefault(term, set()).update(terms - {term})
    frozen = {term: frozenset(others) for term, others in mapping.items()}
    cache.set(SYNONYM_CACHE_KEY, frozen, timeout=3600)
    return frozen


def forget_synonyms() -> None:
    cache.delete(SYNONYM_CACHE_KEY)
    forget_expansions()


def _alternative(term: str, prefix: bool) -> Alternative:
    return Alternative(term, prefix=prefix and len(term) >= 2)


def expand_word(raw: str, ui_language: str, is_last: bool, synonyms, known) -> ExpandedWord:
    folded = text.fold(raw)
    alternatives: dict[Alternative, None] = {}
    spellings = [raw]
    if variant := text.digraph_variant(folded):
        spellings.append(variant)
    for spelling in spellings:
        for language in stemming_languages(raw, ui_language):
            term = text.term(spelling, language)
            alternatives[_alternative(term, len(term) >= MIN_PREFIX_TERM)] = None
        if is_last and len(text.fold(spelling)) >= 3:  # perhaps still typing: as typed, prefix
            alternatives[_alternative(text.fold(spelling), True)] = None
    german = text.term(raw, "de")
    for synonym in sorted(synonyms.get(german, ())):
        alternatives[_alternative(synonym, len(synonym) >= MIN_PREFIX_TERM)] = None
    known = (
        folded in known
        or any(a.term in known for a in alternatives)
        or (is_last and backend().has_prefix(folded))
    )
    corrections: list[str] = []
    if not known and len(folded) >= MIN_TYPO_WORD:
        for word, term in backend().words_near(folded, 1):
            if text.osa_distance(folded, word, limit=1) <= 1:
                corrections.append(word)
                # As if typed correctly: "Kindre" finds what "Kinder" finds.
                alternatives[_alternative(term, len(term) >= MIN_PREFIX_TERM)] = None
                if is_last:
                    alternatives[_alternative(word, True)] = None
    return ExpandedWord(raw, folded, tuple(alternatives), known, tuple(sorted(corrections)))


# Expanded queries per index state: the same words on the next page, with other filters or
# typed again by the next visitor skip the vocabulary lookups (two to four queries). The
# vocabulary changes only with the index's version; synonyms from other workers' edits are
# picked up after EXPANSION_SECONDS (this worker's own edits at once).
EXPANSION_CACHE_SIZE = 2048
EXPANSION_SECONDS = 60.0
_expansions = Memo(EXPANSION_CACHE_SIZE)  # key -> (when expanded, words)


def forget_expansions() -> None:
    _expansions.clear()


def expand_cached(query_text: str, ui_language: str, index_state: tuple) -> list[ExpandedWord]:
    """`expand`, remembered for this state of the index (generation, version)."""
    key = (index_state, query_text, ui_language)
    now = time.monotonic()
    found = _expansions.get(key)
    if found is not None and now - found[0] < EXPANSION_SECONDS:
        return found[1]
    words = expand(query_text, ui_language)
    _expansions.put(key, (now, words))
    return words


def expand(query_text: str, ui_language: str) -> list[ExpandedWord]:
    """The words of a query with their alternatives; stop words are dropped unless the
    query has nothing else."""
    raw_words = text.words(query_text)[:12]
    meaningful = [
        w
        for w in raw_words
        if not text.is_stopword(text.fold(w), "de")
        and not text.is_stopword(text.fold(w), ui_language)
    ]
    raw_words = meaningful or raw_words
    if not raw_words:
        return []
    folded = [text.fold(w) for w in raw_words]
    german_terms = [text.term(w, "de") for w in raw_words]
    known = backend().known_words(folded) | backend().known_terms(german_terms)
    synonyms = synonym_map()
    return [
        expand_word(raw, ui_language, index == len(raw_words) - 1, synonyms, known)
        for index, raw in enumerate(raw_words)
    ]
