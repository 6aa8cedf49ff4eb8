"""Counting stored answers in the database instead of reading every one of them.

An update of the results is sent several times a second while votes come in; reading and
decoding a thousand JSON answers for each took longer than rendering the update. The poll
types count with these queries (JSON functions of PostgreSQL and SQLite) and sum up the
counts as they sum up answers read in Python (`PollType.aggregate`, which stays the
reference: tests compare the two). Other databases read the answers.
"""

from django.db import connection

SUPPORTED = ("postgresql", "sqlite")


def supported() -> bool:
    return connection.vendor in SUPPORTED


def _votes_table() -> str:
    from ..models import Vote  # the models import the poll types

    return Vote._meta.db_table


def voters(poll) -> int:
    return poll.votes.count()


def array_elements(poll, name: str) -> list[tuple[str, int, int]]:
    """(element as text, answers that contain it, sum of its places from 1) for the JSON
    array `name` of the poll's answers, e.g. the chosen items or the terms."""
    if connection.vendor == "postgresql":
        sql = (
            "SELECT e.value, COUNT(*), CAST(SUM(e.place) AS BIGINT) FROM {votes} v "
            "CROSS JOIN LATERAL jsonb_array_elements_text(v.answer -> %s) "
            "WITH ORDINALITY AS e(value, place) WHERE v.poll_id = %s GROUP BY e.value"
        )
        params = [name, poll.pk]
    else:
        sql = (
            "SELECT CAST(e.value AS TEXT), COUNT(*), SUM(e.key + 1) FROM {votes} v, "
            "json_each(v.answer, %s) e WHERE v.poll_id = %s GROUP BY e.value"
        )
        params = [f"$.{name}", poll.pk]
    return _rows(sql, params)


def object_members(poll) -> list[tuple[str, str, int]]:
    """(key, value as text, answers with that pair) for answers that are JSON objects,
    e.g. ratings {"item id": value}."""
    if connection.vendor == "postgresql":
        sql = (
            "SELECT e.key, e.value, COUNT(*) FROM {votes} v "
            "CROSS JOIN LATERAL jsonb_each_text(v.answer) e "
            "WHERE v.poll_id = %s GROUP BY e.key, e.value"
        )
    else:
        sql = (
            "SELECT e.key, CAST(e.value AS TEXT), COUNT(*) FROM {votes} v, json_each(v.answer) e "
            "WHERE v.poll_id = %s GROUP BY e.key, e.value"
        )
    return _rows(sql, [poll.pk])


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql.format(votes=connection.ops.quote_name(_votes_table())), params)
        return cursor.fetchall()
