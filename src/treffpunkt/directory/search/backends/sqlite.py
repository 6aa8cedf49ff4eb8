"""SQLite: an FTS5 table ranked with BM25, typo candidates from a deletion table."""

import json

import numpy as np
from django.db import connection

from ...models import SearchWord, SearchWordVariant
from .. import text
from .base import Alternative, MatchExpression, SearchBackend, ids_from_hex

FTS_TABLE = "directory_search_fts"
# Column weights for BM25: title, summary (with organisation and topics), body.
BM25 = f"bm25({FTS_TABLE}, 10.0, 4.0, 1.0)"
MIN_TYPO_WORD = 4  # variants of shorter words would match far too much


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class SQLiteBackend(SearchBackend):
    vendor = "sqlite"

    def clear(self) -> None:
        super().clear()
        self.execute(f"DELETE FROM {FTS_TABLE}", [])

    def delete(self, offer_ids: list[int], version: int) -> None:
        super().delete(offer_ids, version)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(i,) for i in offer_ids]
            )

    def write_text(self, documents) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                [
                    (d.offer_id, " ".join(d.title), " ".join(d.summary), " ".join(d.body))
                    for d in documents
                ],
            )

    def add_words(self, vocabulary: dict[str, str]) -> None:
        new_words = set(vocabulary) - self.known_words(list(vocabulary))
        super().add_words(vocabulary)
        SearchWordVariant.objects.bulk_create(
            [
                SearchWordVariant(variant=variant, word=word)
                for word in new_words
                if MIN_TYPO_WORD <= len(word) <= 100
                for variant in text.deletions(word)
            ],
            ignore_conflicts=True,
            batch_size=2000,
        )

    def optimize(self) -> None:
        self.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')", [])

    def match_sql(self, expression: MatchExpression, among: list[int]) -> tuple[str, list]:
        match = " AND ".join(
            "("
            + " OR ".join(_quote(a.term) + (" *" if a.prefix else "") for a in alternatives)
            + ")"
            for alternatives in expression
        )
        # "+rowid": the ids filter the matches. A plain rowid would make FTS5 look each id
        # up and run the full-text query once per id (2.7 s instead of 5 ms for 3,000 ids).
        sql = (
            f"SELECT rowid AS id, -{BM25} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            "AND +rowid IN (SELECT value FROM json_each(%s))"
        )
        return sql, [match, json.dumps(list(among))]

    def term_ids(self, alternatives: list[Alternative], title: bool = False) -> list[np.ndarray]:
        found = []
        for alternative in alternatives:
            match = _quote(alternative.term) + (" *" if alternative.prefix else "")
            # Tens of thousands of rows as one hex string: building a Python tuple per row
            # would cost more than the full-text search itself.
            rows = self.execute(
                f"SELECT group_concat(printf('%%08x', rowid), '') FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s",
                [f"title : ({match})" if title else match],
            )
            found.append(ids_from_hex(rows[0][0] if rows else None))
        return found

    def terms_of(self, offer_ids: list[int], title: bool = False) -> dict[int, list[str]]:
        columns = "title" if title else "title || ' ' || summary || ' ' || body"
        terms: dict[int, list[str]] = {}
        for start in range(0, len(offer_ids), 500):  # stay below SQLite's variable limit
            chunk = list(offer_ids)[start : start + 500]
            placeholders = ", ".join(["%s"] * len(chunk))
            rows = self.execute(
                f"SELECT rowid, {columns} FROM {FTS_TABLE} WHERE rowid IN ({placeholders})",
                chunk,
            )
            terms.update((offer_id, joined.split()) for offer_id, joined in rows)
        return terms

    def known_words(self, words: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(words), 500):  # stay below SQLite's variable limit
            found |= super().known_words(words[start : start + 500])
        return found

    def words_near(self, word: str, max_distance: int) -> list[tuple[str, str]]:
        # Symmetric deletion: a word one edit away shares a one-deletion form with it.
        variants = text.deletions(word) | {word}
        via_variants = SearchWordVariant.objects.filter(variant__in=variants).values_list(
            "word", flat=True
        )
        candidates = set(via_variants) | set(
            SearchWord.objects.filter(word__in=variants).values_list("word", flat=True)
        )
        if max_distance > 1:  # suggestions: same start, similar length
            candidates |= set(
                SearchWord.objects.filter(
                    word__gte=word[:2],
                    word__lt=word[:2] + "\uffff",  # a range the index serves (LIKE cannot)
                    length__gte=len(word) - max_distance,
                    length__lte=len(word) + max_distance,
                ).values_list("word", flat=True)[:2000]
            )
        return list(SearchWord.objects.filter(word__in=candidates).values_list("word", "term"))
