"""What every search backend does; the shared half is written once here."""

from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np
from django.db import connection
from django.db.models import F

from ...models import (
    SearchEntry,
    SearchPlace,
    SearchRemoval,
    SearchState,
    SearchText,
    SearchTitle,
    SearchWord,
)


@dataclass(frozen=True)
class Alternative:
    """One way a query word may match: an index term, exactly or as a prefix."""

    term: str
    prefix: bool = False


def ids_from_hex(text: str | None) -> np.ndarray:
    """Ids sent by the database as one string of 8-digit hex numbers."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.int64)


def ids_from_bytes(data: bytes | memoryview | None) -> np.ndarray:
    """Ids sent by the database as one string of 4-byte big-endian integers."""
    if not data:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(bytes(data), dtype=">u4").astype(np.int64)


# A query is a list of words (all must match); each word a tuple of alternatives (any).
MatchExpression = list[tuple[Alternative, ...]]


class SearchBackend(ABC):
    vendor = ""

    # --- writing -----------------------------------------------------------------------
    def next_version(self) -> int:
        """Bump the index version (within the caller's transaction; the row lock makes
        concurrent writers commit in version order)."""
        if not SearchState.objects.filter(pk=1).update(version=F("version") + 1):
            SearchState.objects.get_or_create(pk=1, defaults={"version": 1})  # after a flush
        return SearchState.objects.values_list("version", flat=True).get(pk=1)

    def clear(self) -> None:
        tables = ("searchplace", "searchtext", "searchtitle", "searchentry", "searchremoval")
        for table in tables:  # the tables pointing at entries first
            table = f"directory_{table}"
            self.execute(f"DELETE FROM {table}", [])
        bumped = SearchState.objects.filter(pk=1).update(
            version=F("version") + 1, generation=F("generation") + 1
        )
        if not bumped:
            SearchState.objects.get_or_create(pk=1, defaults={"version": 1, "generation": 1})

    def delete(self, offer_ids: list[int], version: int) -> None:
        for model in (SearchPlace, SearchText, SearchTitle):
            model.objects.filter(entry_id__in=offer_ids).delete()
        SearchEntry.objects.filter(offer_id__in=offer_ids).delete()
        SearchRemoval.objects.bulk_create(
            [SearchRemoval(offer_id=offer_id, version=version) for offer_id in offer_ids]
        )

    def write(self, documents, version: int) -> None:
        SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    offer_id=d.offer_id,
                    organisation_id=d.organisation_id,
                    version=version,
                    fields_mask=d.masks["fields"],
                    targets_mask=d.masks["targets"],
                    languages_mask=d.masks["languages"],
                    accessibility_mask=d.masks["accessibility"],
                    format=d.format,
                    cost=d.cost,
                    registration_required=d.registration_required,
                    valid_from=d.valid_from,
                    valid_until=d.valid_until,
                    published_at=d.published_at,
                )
                for d in documents
            ]
        )
        SearchPlace.objects.bulk_create(
            [
                SearchPlace(
                    entry_id=d.offer_id,
                    municipality_id=municipality_id,
                    latitude=latitude,
                    longitude=longitude,
                    is_location=is_location,
                )
                for d in documents
                for municipality_id, latitude, longitude, is_location in d.places
            ]
        )
        self.write_text(documents)

    @abstractmethod
    def write_text(self, documents) -> None:
        """Write the full-text structure of these documents (backend-specific)."""

    def add_words(self, vocabulary: dict[str, str]) -> None:
        """Remember the words seen in offers (folded word -> term), for typo tolerance."""
        SearchWord.objects.bulk_create(
            [
                SearchWord(word=word[:100], term=term[:100], length=len(word))
                for word, term in vocabulary.items()
                if len(word) <= 100
            ],
            ignore_conflicts=True,
            batch_size=1000,
        )

    def optimize(self) -> None:  # noqa: B027 (optional: most databases need nothing)
        """Compact the index after a rebuild (where the database benefits)."""

    # --- reading -----------------------------------------------------------------------
    @abstractmethod
    def match_sql(self, expression: MatchExpression, among: list[int]) -> tuple[str, list]:
        """SQL selecting (id, score) of the entries among these ids that match all words of
        the expression; a higher score is more relevant."""

    def match_scores(self, expression: MatchExpression, among: list[int]) -> dict[int, float]:
        """Relevance of these matching entries (call it for small result sets)."""
        sql, params = self.match_sql(expression, among)
        return dict(self.execute(sql, params))

    @abstractmethod
    def term_ids(self, alternatives: list[Alternative], title: bool = False) -> list[np.ndarray]:
        """Per alternative, the ids of the entries containing it (in their title only, if
        asked), in one round trip to the database."""

    @abstractmethod
    def terms_of(self, offer_ids: list[int], title: bool = False) -> dict[int, list[str]]:
        """The index terms of these entries (of their titles only, if asked)."""

    @abstractmethod
    def words_near(self, word: str, max_distance: int) -> list[tuple[str, str]]:
        """Candidate (word, term) pairs from the vocabulary that may lie within
        `max_distance` edits of `word`; the caller checks the distance."""

    def known_words(self, words: list[str]) -> set[str]:
        return set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))

    def known_terms(self, terms: list[str]) -> set[str]:
        return set(SearchWord.objects.filter(term__in=terms).values_list("term", flat=True))

    def has_prefix(self, word: str) -> bool:
        """Whether some word in the offers starts with `word` (search as you type)."""
        return bool(
            self.execute(
                "SELECT 1 FROM directory_searchword WHERE word >= %s AND word < %s LIMIT 1",
                [word, word + "\uffff"],
            )
        )

    @staticmethod
    def execute(sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
