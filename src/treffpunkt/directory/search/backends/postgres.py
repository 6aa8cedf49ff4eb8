"""PostgreSQL: a weighted tsvector per offer and the title's terms apart, each with a GIN
index; typo candidates through pg_trgm."""

import numpy as np
from django.db import connection

from .base import Alternative, MatchExpression, SearchBackend, ids_from_bytes

WEIGHTS = (("title", "A"), ("summary", "B"), ("body", "C"))
# ts_rank_cd weights for D, C, B, A
RANK_WEIGHTS = "{0.05, 0.1, 0.4, 1.0}"
GIN_INDEXES = ("directory_searchtext_vector", "directory_searchtitle_terms")


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


def title_terms_literal(document) -> str:
    """The title's terms as a tsvector without positions (matching needs no more)."""
    return " ".join(_lexeme(term) for term in dict.fromkeys(document.title))


class PostgresBackend(SearchBackend):
    vendor = "postgresql"

    def write_text(self, documents) -> None:
        # Inserted once into their own tables: an UPDATE of the entries would leave a dead
        # row version per offer behind (the GIN index rules out HOT updates).
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO directory_searchtext (offer_id, vector) VALUES (%s, %s::tsvector)",
                [(d.offer_id, tsvector_literal(d)) for d in documents],
            )
            cursor.executemany(
                "INSERT INTO directory_searchtitle (offer_id, terms) VALUES (%s, %s::tsvector)",
                [(d.offer_id, title_terms_literal(d)) for d in documents],
            )

    def optimize(self) -> None:
        # Fresh statistics after a rebuild, so the planner knows how common each word is.
        tables = ("directory_searchentry", "directory_searchtext", "directory_searchtitle")
        self.execute(f"ANALYZE {', '.join(tables)}", [])
        # The GIN indexes take new rows into a pending list that every search reads through
        # until (auto)vacuum merges it; after a rebuild it holds up to 4 MB per index, which
        # made each search for a new word several milliseconds slower. Merge it now.
        self.execute(
            "SELECT gin_clean_pending_list(index::regclass) FROM unnest(%s::text[]) AS index",
            [list(GIN_INDEXES)],
        )

    @staticmethod
    def _tsquery(expression: MatchExpression) -> str:
        def lexeme(alternative) -> str:
            return _lexeme(alternative.term) + (":*" if alternative.prefix else "")

        return " & ".join(
            "(" + " | ".join(map(lexeme, alternatives)) + ")" for alternatives in expression
        )

    def match_sql(self, expression: MatchExpression, among: list[int]) -> tuple[str, list]:
        sql = (
            f"SELECT offer_id AS id, ts_rank_cd('{RANK_WEIGHTS}', vector, q) AS score "
            "FROM directory_searchtext, CAST(%s AS tsquery) AS q "
            "WHERE offer_id = ANY(%s) AND vector @@ q"
        )
        return sql, [self._tsquery(expression), list(among)]

    @staticmethod
    def _text_column(title: bool) -> tuple[str, str]:
        return ("directory_searchtitle", "terms") if title else ("directory_searchtext", "vector")

    def term_ids(self, alternatives: list[Alternative], title: bool = False) -> list[np.ndarray]:
        # The ids as one string of 4-byte integers instead of a row per id: tens of
        # thousands of rows would cost more in the driver than the search in the database.
        table, column = self._text_column(title)
        one = (
            f"(SELECT string_agg(int4send(offer_id::int), ''::bytea) FROM {table} "
            f"WHERE {column} @@ CAST(%s AS tsquery))"
        )
        row = self.execute(
            "SELECT " + ", ".join([one] * len(alternatives)),
            [self._tsquery([(alternative,)]) for alternative in alternatives],
        )[0]
        return [ids_from_bytes(ids) for ids in row]

    def terms_of(self, offer_ids: list[int], title: bool = False) -> dict[int, list[str]]:
        table, column = self._text_column(title)
        return dict(
            self.execute(
                f"SELECT offer_id, tsvector_to_array({column}) FROM {table} "
                "WHERE offer_id = ANY(%s)",
                [list(offer_ids)],
            )
        )

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
