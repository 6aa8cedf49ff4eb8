"""PostgreSQL: a weighted tsvector with a GIN index, typo candidates through pg_trgm."""

import numpy as np
from django.db import connection

from .base import MatchExpression, SearchBackend, ids_from_hex

WEIGHTS = (("title", "A"), ("summary", "B"), ("body", "C"))
# ts_rank_cd weights for D, C, B, A
RANK_WEIGHTS = "{0.05, 0.1, 0.4, 1.0}"


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(document) -> str:
    """A tsvector in PostgreSQL's literal syntax, with positions and weights, built without
    the text parser (which depends on the server's locale)."""
    positions: dict[str, list[str]] = {}
    position = 0
    for column, weight in WEIGHTS:
        for term in getattr(document, column):
            position = min(position + 1, 16383)
            positions.setdefault(term, []).append(f"{position}{weight}")
    return " ".join(f"{_lexeme(term)}:{','.join(p[:255])}" for term, p in positions.items())


class PostgresBackend(SearchBackend):
    vendor = "postgresql"

    def write_text(self, documents) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE directory_searchentry SET vector = %s::tsvector WHERE offer_id = %s",
                [(tsvector_literal(d), d.offer_id) for d in documents],
            )

    @staticmethod
    def _tsquery(expression: MatchExpression, require_all: bool, weights: str = "") -> str:
        """A tsquery in PostgreSQL's syntax; `weights` ("A") restricts it to the title."""

        def lexeme(alternative) -> str:
            suffix = ("*" if alternative.prefix else "") + weights
            return _lexeme(alternative.term) + (f":{suffix}" if suffix else "")

        return (" & " if require_all else " | ").join(
            "(" + " | ".join(map(lexeme, alternatives)) + ")" for alternatives in expression
        )

    def match_sql(self, expression: MatchExpression, require_all: bool = True) -> tuple[str, list]:
        sql = (
            f"SELECT offer_id AS id, ts_rank_cd('{RANK_WEIGHTS}', vector, q) AS score "
            "FROM directory_searchentry, CAST(%s AS tsquery) AS q WHERE vector @@ q"
        )
        return sql, [self._tsquery(expression, require_all)]

    def _ids(self, tsquery: str) -> np.ndarray:
        # One hex string instead of a row per id (see the SQLite backend).
        rows = self.execute(
            "SELECT string_agg(lpad(to_hex(offer_id), 8, '0'), '') FROM directory_searchentry "
            "WHERE vector @@ CAST(%s AS tsquery)",
            [tsquery],
        )
        return ids_from_hex(rows[0][0] if rows else None)

    def match_ids(self, expression: MatchExpression, require_all: bool = True) -> np.ndarray:
        return self._ids(self._tsquery(expression, require_all))

    def title_match_ids(self, expression: MatchExpression) -> np.ndarray:
        return self._ids(self._tsquery(expression, require_all=False, weights="A"))

    def words_near(self, word: str, max_distance: int) -> list[tuple[str, str]]:
        # Trigram similarity finds the candidates; one edit in a short word changes many
        # trigrams, so the threshold is low and the length narrows the search.
        self.execute("SET pg_trgm.similarity_threshold = 0.2", [])
        return self.execute(
            "SELECT word, term FROM directory_searchword "
            "WHERE length BETWEEN %s AND %s AND word %% %s "
            "ORDER BY similarity(word, %s) DESC LIMIT 200",
            [len(word) - max_distance, len(word) + max_distance, word, word],
        )
