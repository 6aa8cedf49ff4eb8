"""From text to index terms: tokenise, fold, stem, split compounds.

Index and query go through the same functions, so "Sprachkurse", "Sprachkurs" and
"sprachkurs" meet at one term, as do "Münster", "Muenster" and "Munster".
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from .lexicon import COMPOUND_HEADS, STOPWORDS

# Snowball algorithms for the languages Treffpunkt speaks; others are folded, not stemmed.
SNOWBALL = {"de": "german", "en": "english", "ar": "arabic", "tr": "turkish", "ru": "russian"}
MIN_HEAD_MODIFIER = 3  # "Kurs" in "Sprachkurs": at least three letters before the head
VERB_PREFIXES = ("ge", "aus", "ab", "an", "ein", "zu", "vor", "be", "ver", "ent", "er", "zer", "un")

_WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`](?=\w)")
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_GERMAN_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_CHAR_FOLDS = str.maketrans(
    {
        "ä": "a", "ö": "o", "ü": "u", "ß": "ss",
        # Arabic and Persian spellings of the same letters meet
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ی", "ي": "ی", "ك": "ک", "ة": "ه",
        "ё": "е", "ґ": "г",
        "ı": "i",
        "\u200c": "",  # zero-width non-joiner in Persian
    }
)  # fmt: skip
# Ukrainian has no Snowball stemmer: strip the commonest inflection endings, longest first.
_UKRAINIAN_ENDINGS = (
    "ами", "ями", "ого", "ому", "ими", "ій", "ий", "ої", "ою", "ею", "ів", "ах", "ях", "ам",
    "ям", "ом", "ем", "у", "ю", "а", "я", "і", "и", "е", "о", "ї",
)  # fmt: skip
_PERSIAN_ENDINGS = ("های", "ها", "ان", "ات")


def words(text: str) -> list[str]:
    """The words of a text, in order, as typed (apostrophes inside words removed)."""
    return _WORD.findall(_APOSTROPHES.sub("", text))


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Case, umlauts, accents and script variants folded away: "Münster" -> "munster"."""
    word = _ARABIC_MARKS.sub("", word.casefold()).translate(_CHAR_FOLDS)
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    # Strip Latin accents (é, ç, ş) but keep letters of other scripts whole (й, ї).
    return unicodedata.normalize(
        "NFC",
        "".join(
            char
            for index, char in enumerate(decomposed)
            if not (unicodedata.combining(char) and index and decomposed[index - 1].isascii())
        ),
    )


def digraph_variant(folded: str) -> str | None:
    """ "muenster" -> "munster": how a word typed without umlauts is spelled with them."""
    variant = folded
    for digraph, vowel in _GERMAN_DIGRAPHS:
        variant = variant.replace(digraph, vowel)
    return variant if variant != folded else None


@lru_cache(maxsize=16)
def _stemmer(language: str):
    algorithm = SNOWBALL.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=400_000)
def term(word: str, language: str) -> str:
    """The index term of a word in a language.

    German is folded before stemming ("Sprachcafé" and "Sprachcafe" meet); other languages
    are stemmed first because their stemmers need the real letters (Turkish "kursları").
    """
    lowered = word.casefold()
    if lowered.isdigit():
        return lowered
    if language == "de":
        return _stem(fold(lowered), language)
    return fold(_stem(lowered, language))


def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    if stemmer is not None:
        return stemmer.stemWord(word) or word
    if language == "uk":
        return _strip_ending(word, _UKRAINIAN_ENDINGS, keep=3)
    if language == "fa":
        return _strip_ending(word, _PERSIAN_ENDINGS, keep=2)
    return word


def _strip_ending(word: str, endings, keep: int) -> str:
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)]
    return word


def is_stopword(folded: str, language: str) -> bool:
    return folded in STOPWORDS.get(language, ())


@lru_cache(maxsize=200_000)
def compound_head(folded: str) -> str | None:
    """The known head word a folded compound ends with ("sprachkurs" -> "kurs").

    A head right after a verb prefix is part of another word: "Gespräche" is not a kind
    of "Sprache", "Ausbildung" not of "Bildung".
    """
    for start in range(MIN_HEAD_MODIFIER, len(folded) - 3):
        if folded[start:] in COMPOUND_HEADS:
            if folded[:start].endswith(VERB_PREFIXES):
                return None
            return folded[start:]
    return None


def analyse(text: str, language: str) -> tuple[list[str], dict[str, str]]:
    """Index terms of a text, and the folded words it contains mapped to their terms.

    Compounds add their head's term, so an offer about a "Sprachkurs" is also found
    under "Kurs".
    """
    terms: list[str] = []
    vocabulary: dict[str, str] = {}
    for raw in words(text):
        folded = fold(raw)
        if not folded or is_stopword(folded, language):
            continue
        indexed = term(raw, language)
        terms.append(indexed)
        vocabulary[folded] = indexed
        if language == "de" and (head := compound_head(folded)):
            terms.append(term(head, language))
    return terms, vocabulary


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (a swap of neighbours counts as one edit).

    Stops early and returns limit + 1 once the distance must exceed `limit`.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def deletions(word: str) -> set[str]:
    """Every form of a word with one letter removed (for typo lookups)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def words_with_positions(value: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of a text, for marking matches in place."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(value)]
