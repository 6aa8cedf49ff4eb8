"""Which offers contain an index term: the bitsets of the terms a worker has searched for.

Collecting the ids of a common word costs the database tens of milliseconds (a bitmap scan
over the whole text table, 66,000 offers for "kind*" at 200,000); the bitset answers in
microseconds. The bitsets belong to a snapshot of the facet index and move on with it: a
write to the index re-checks only the changed offers' terms, so editors saving offers do not
throw every worker's bitsets away.

A term is cached on its own, not per query word: "Kinder", "Fußball Kinder" and a mistyped
"Kindre" corrected to "kinder" share the bitset of "kind*".
"""

import bisect
from collections.abc import Iterable

import numpy as np
from django.conf import settings

from .backends import backend
from .backends.base import Alternative
from .bitsets import bitset_of, with_bits
from .memo import Memo

TEXT, TITLE = "text", "title"
MAX_CATCH_UP = 2000  # more changed offers than this: start with an empty cache instead


def narrowest(alternatives: Iterable[Alternative]) -> tuple[Alternative, ...]:
    """The alternatives without those another one already covers ("kinder*" and "kinder"
    add nothing to "kind*"), so that fewer terms need a bitset."""
    alternatives = tuple(dict.fromkeys(alternatives))
    prefixes = [a.term for a in alternatives if a.prefix]

    def covered(alternative: Alternative) -> bool:
        return any(
            alternative.term.startswith(prefix)
            and (alternative.term != prefix or not alternative.prefix)
            for prefix in prefixes
        )

    return tuple(a for a in alternatives if not covered(a))


def budget_bytes() -> int:
    return settings.TREFFPUNKT_SEARCH_TERM_CACHE_MB * 1024 * 1024


class TermBits:
    """Least recently used term bitsets of one index snapshot (`words` 64-bit words each),
    as many as the budget holds."""

    def __init__(self, words: int, budget: int | None = None):
        self.words = words
        self.budget = budget_bytes() if budget is None else budget
        self._bits = Memo(max(1, self.budget // (words * 8)))  # (kind, alternative) -> bits

    def __len__(self) -> int:
        return len(self._bits)

    def items(self) -> list[tuple[tuple[str, Alternative], np.ndarray]]:
        """((kind, alternative), bitset) pairs, least recently used first."""
        return self._bits.items()

    def union(self, kind: str, alternatives: Iterable[Alternative]) -> np.ndarray:
        """Offers containing any of the alternatives, in the text or (TITLE) the title."""
        result = np.zeros(self.words, dtype=np.uint64)
        for bits in self.bitsets(kind, narrowest(alternatives)):
            result |= bits
        return result

    def bitsets(self, kind: str, alternatives: tuple[Alternative, ...]) -> list[np.ndarray]:
        found = {a: self._bits.get((kind, a)) for a in alternatives}
        missing = [a for a, bits in found.items() if bits is None]
        if missing:  # one round trip for every term the cache lacks
            for alternative, ids in zip(
                missing, backend().term_ids(missing, title=kind == TITLE), strict=True
            ):
                bits = _frozen(bitset_of(ids, self.words))
                self._bits.put((kind, alternative), bits)
                found[alternative] = bits
        return [found[a] for a in alternatives]

    def caught_up(self, changed: list[int]) -> "TermBits":
        """A copy for the next index version: the changed offers' bits set anew from their
        current terms (offers that left the index lose theirs)."""
        if not changed:
            return self  # the bitsets are never changed in place: sharing them is safe
        fresh = TermBits(self.words, self.budget)
        entries = self.items()
        if len(changed) > MAX_CATCH_UP or not entries:
            return fresh
        clear = ~bitset_of(changed, self.words)
        terms = {
            kind: _TermsOf(backend().terms_of(changed, title=kind == TITLE))
            for kind in {kind for (kind, _alternative), _bits in entries}
        }
        for (kind, alternative), bits in entries:
            kept = bits & clear
            containing = terms[kind].offers_with(alternative)
            fresh._bits.put(
                (kind, alternative), _frozen(with_bits(kept, containing) if containing else kept)
            )
        return fresh


class _TermsOf:
    """The terms of a few offers, to test alternatives against without the database."""

    def __init__(self, terms_by_offer: dict[int, Iterable[str]]):
        self.sorted_terms: dict[int, list[str]] = {
            offer_id: sorted(set(terms)) for offer_id, terms in terms_by_offer.items()
        }

    def offers_with(self, alternative: Alternative) -> list[int]:
        return [
            offer_id
            for offer_id, terms in self.sorted_terms.items()
            if _contains(terms, alternative)
        ]


def _contains(sorted_terms: list[str], alternative: Alternative) -> bool:
    at = bisect.bisect_left(sorted_terms, alternative.term)
    if at == len(sorted_terms):
        return False
    found = sorted_terms[at]
    return found.startswith(alternative.term) if alternative.prefix else found == alternative.term


def _frozen(bits: np.ndarray) -> np.ndarray:
    bits.flags.writeable = False
    return bits
