"""The full-text structures, which differ per database (see directory/search/backends)."""

from django.db import migrations

SQLITE = [
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS directory_search_fts USING fts5(
        title, summary, body,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3 4'
    )
    """,
]
SQLITE_REVERSE = ["DROP TABLE IF EXISTS directory_search_fts"]

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE directory_searchentry ADD COLUMN vector tsvector",
    "CREATE INDEX directory_search_vector ON directory_searchentry USING gin (vector)",
    "CREATE INDEX directory_searchword_trgm ON directory_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS directory_searchword_trgm",
    "DROP INDEX IF EXISTS directory_search_vector",
    "ALTER TABLE directory_searchentry DROP COLUMN IF EXISTS vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


def create_state(apps, schema_editor):
    apps.get_model("directory", "SearchState").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        ),
        migrations.RunPython(create_state, migrations.RunPython.noop),
    ]
