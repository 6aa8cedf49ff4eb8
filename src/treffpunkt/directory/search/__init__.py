"""Search over the directory of offers.

The public interface is small: `engine.search(query)` answers a `SearchQuery`;
`indexing.index_offers(ids)`, `indexing.remove_offers(ids)` and `indexing.rebuild()` keep
the index in step (signals in `sync` call them on every save). What differs between SQLite
(FTS5) and PostgreSQL (tsvector + pg_trgm) lives in `backends`.
"""
