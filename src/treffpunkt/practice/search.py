"""Text search over good-practice profiles, with the directory's text analysis.

There are a few hundred profiles at most, so their terms are held in memory, once per
process, and rebuilt when a profile changes (keyed by count, newest change and highest id).
Query words are expanded as the directory expands them (stems in several languages, prefixes,
the coordinators' synonyms); a word that matches no profile is also tried with the profiles'
own words one edit away, two for long words ("Lernplatfrom" -> "Lernplattform").

A profile must contain every query word; if none does, those with some of the words are
shown instead ("relaxed"). Profiles with query words in the title come first.
"""

import bisect
import re
import threading
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from django.utils.safestring import SafeString

from treffpunkt.directory.search import expansion, text
from treffpunkt.directory.search.backends.base import Alternative
from treffpunkt.directory.search.highlight import highlight
from treffpunkt.translations import display, registry
from treffpunkt.translations.models import ContentTranslation

from .models import GoodPractice

LANGUAGE = "de"  # profiles are written in German
TITLE_WEIGHT, MAIN_WEIGHT, BODY_WEIGHT = 10, 3, 1
LONG_WORD = 9  # from this length, two edits still count as a typo
EXCERPT_FIELDS = ("situation", "implementation", "conclusion", "transfer_to")
TRANSLATION_WEIGHTS = {"title": TITLE_WEIGHT, "summary": MAIN_WEIGHT}  # else BODY_WEIGHT
_SENTENCE = re.compile(r"(?<=[.!?…:])\s+")


@dataclass(frozen=True)
class Corpus:
    """The terms of all profiles: term -> {profile id: weight of the best field}."""

    key: tuple
    postings: dict[str, dict[int, int]]
    sorted_terms: list[str]
    vocabulary: dict[str, str]  # folded word -> term, for typo tolerance
    titles: dict[int, str]

    def terms_with_prefix(self, prefix: str) -> list[str]:
        start = bisect.bisect_left(self.sorted_terms, prefix)
        end = bisect.bisect_left(self.sorted_terms, prefix + "\uffff")
        return self.sorted_terms[start:end]


@dataclass(frozen=True)
class TextMatch:
    """What a query found: profile ids best first, and how to mark the words found."""

    ranked: list[int]
    alternatives: tuple[Alternative, ...]
    corrections: tuple[str, ...] = ()
    relaxed: bool = False


def weighted_texts(practice: GoodPractice) -> list[tuple[str, int]]:
    """The texts of a profile with the weight a match in them counts."""
    provider = practice.provider.name if practice.provider_id else ""
    main = [
        practice.summary,
        practice.tags,
        practice.project,
        provider,
        practice.provider_name,
        practice.region.name if practice.region_id else "",
        *(field.name for field in practice.fields_of_action.all()),
    ]
    body = [
        practice.situation,
        practice.implementation,
        practice.conclusion,
        practice.transfer_to,
        practice.contact,
    ]
    return [
        (practice.title, TITLE_WEIGHT),
        (" \n".join(main), MAIN_WEIGHT),
        (" \n".join(body), BODY_WEIGHT),
    ]


def translated_texts(practices: list[GoodPractice]):
    """(profile id, language, text, weight) of the approved translations, as visitors read
    them: drafts never, outdated fields only where the operator shows them."""
    translatable = registry.for_model(GoodPractice)
    if translatable is None or not practices:
        return
    records = translatable.store.records(translatable, practices)
    for (pk, language), record in sorted(records.items()):
        if not record.is_approved:
            continue
        for name, value in record.values.items():
            if value and (name not in record.outdated_fields or display.shows_outdated()):
                yield pk, language, value, TRANSLATION_WEIGHTS.get(name, BODY_WEIGHT)


def build_corpus(key: tuple = ()) -> Corpus:
    """Analyse every profile (drafts too; callers narrow the result to what they show) and
    its approved translations, each in its own language."""
    postings: dict[str, dict[int, int]] = {}
    vocabulary: dict[str, str] = {}
    titles: dict[int, str] = {}
    practices = list(
        GoodPractice.objects.select_related("provider", "region").prefetch_related(
            "fields_of_action"
        )
    )

    def add(pk: int, value: str, language: str, weight: int) -> None:
        terms, words = text.analyse(value, language)
        vocabulary.update(words)
        for term in terms:
            documents = postings.setdefault(term, {})
            documents[pk] = max(documents.get(pk, 0), weight)

    for practice in practices:
        titles[practice.pk] = practice.title.casefold()
        for value, weight in weighted_texts(practice):
            add(practice.pk, value, LANGUAGE, weight)
    for pk, language, value, weight in translated_texts(practices):
        add(pk, value, language, weight)
    return Corpus(key, postings, sorted(postings), vocabulary, titles)


_lock = threading.Lock()
_corpus: Corpus | None = None


def corpus_key() -> tuple:
    """Changes whenever a profile or a translation of one is added, changed or deleted."""
    state = GoodPractice.objects.aggregate(
        count=Count("pk"), changed=Max("updated_at"), last=Max("pk")
    )
    translations = ContentTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(GoodPractice)
    ).aggregate(count=Count("pk"), changed=Max("updated_at"))
    return (
        state["count"],
        state["changed"],
        state["last"],
        translations["count"],
        translations["changed"],
    )


def current_corpus() -> Corpus:
    """The corpus of this process, rebuilt if a profile changed since it was built."""
    global _corpus
    key = corpus_key()
    corpus = _corpus
    if corpus is not None and corpus.key == key:
        return corpus
    with _lock:
        if _corpus is None or _corpus.key != key:
            _corpus = build_corpus(key)
        return _corpus


def forget() -> None:
    """Drop the corpus of this process (tests; it also rebuilds itself on changes)."""
    global _corpus
    _corpus = None


# --- matching ------------------------------------------------------------------------------


def documents_for(alternatives, corpus: Corpus) -> dict[int, int]:
    """Profile id -> weight of the best field, for profiles matching any alternative."""
    found: dict[int, int] = {}
    for alternative in alternatives:
        if alternative.prefix:
            terms = corpus.terms_with_prefix(alternative.term)
        else:
            terms = [alternative.term] if alternative.term in corpus.postings else []
        for term in terms:
            for pk, weight in corpus.postings[term].items():
                found[pk] = max(found.get(pk, 0), weight)
    return found


def words_near(folded: str, corpus: Corpus) -> list[tuple[str, str]]:
    """(word, term) of the profiles' words within one edit of `folded` (two if it is long)."""
    limit = 2 if len(folded) >= LONG_WORD else 1
    return sorted(
        (word, term)
        for word, term in corpus.vocabulary.items()
        if abs(len(word) - len(folded)) <= limit
        and word != folded
        and text.osa_distance(folded, word, limit) <= limit
    )


def _word_matches(word: expansion.ExpandedWord, corpus: Corpus):
    """The profiles one query word finds, the alternatives used, and typo corrections."""
    alternatives = list(word.alternatives)
    found = documents_for(alternatives, corpus)
    corrections: list[str] = []
    if not found and len(word.folded) >= expansion.MIN_TYPO_WORD:
        for near_word, term in words_near(word.folded, corpus):
            corrections.append(near_word)
            alternatives.append(Alternative(term))
        found = documents_for(alternatives, corpus)
    return found, alternatives, corrections


def match(query_text: str, ui_language: str = LANGUAGE) -> TextMatch | None:
    """The profiles matching a query, best first; None when the query has no words."""
    words = expansion.expand(query_text, ui_language)
    if not words:
        return None
    corpus = current_corpus()
    per_word: list[dict[int, int]] = []
    alternatives: dict[Alternative, None] = {}
    corrections: list[str] = []
    for word in words:
        found, used, corrected = _word_matches(word, corpus)
        per_word.append(found)
        alternatives.update(dict.fromkeys(used))
        corrections += corrected
    ids = set.intersection(*(set(found) for found in per_word))
    relaxed = not ids and len(per_word) > 1
    if relaxed:
        ids = set().union(*per_word)
    ranked = sorted(ids, key=lambda pk: _rank(pk, per_word, corpus))
    return TextMatch(ranked, tuple(alternatives), tuple(dict.fromkeys(corrections)), relaxed)


def _rank(pk: int, per_word: list[dict[int, int]], corpus: Corpus) -> tuple:
    weights = [found.get(pk, 0) for found in per_word]
    in_title = sum(weight == TITLE_WEIGHT for weight in weights)
    matched = sum(weight > 0 for weight in weights)
    return (-matched, -in_title, -sum(weights), corpus.titles.get(pk, ""), pk)


# --- showing what matched ------------------------------------------------------------------


def marked(value: str, found: TextMatch | None, language: str = LANGUAGE) -> SafeString:
    """`value` (in `language`) escaped, with the query's words in <mark>."""
    return highlight(value, found.alternatives if found else (), language)


def excerpt(
    practice: GoodPractice, found: TextMatch, language: str = LANGUAGE
) -> tuple[SafeString, str] | None:
    """The first sentence of the long texts that contains a query word, marked, and the
    language it is in: the visitor's translation first, then the German text."""
    texts = [display.translated(practice, name, language) for name in EXCERPT_FIELDS]
    if language != LANGUAGE:
        texts += [display.translated(practice, name, LANGUAGE) for name in EXCERPT_FIELDS]
    for value in texts:
        for sentence in _SENTENCE.split(value.text):
            sentence = sentence.strip()
            if sentence:
                shown = marked(sentence, found, value.lang)
                if "<mark>" in shown:
                    return shown, value.lang
    return None
