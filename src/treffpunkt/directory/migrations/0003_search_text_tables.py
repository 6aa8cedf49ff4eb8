"""PostgreSQL: the weighted vector moves out of SearchEntry into SearchText, and the title's
terms get a narrow table of their own (see models/search_index.py). Existing entries keep
their text: it is copied, and the title terms are taken from the vector's A-weighted lexemes."""

import django.db.models.deletion
from django.db import migrations, models

POSTGRES = [
    "ALTER TABLE directory_searchtext ADD COLUMN vector tsvector NOT NULL",
    "ALTER TABLE directory_searchtitle ADD COLUMN terms tsvector NOT NULL",
    "INSERT INTO directory_searchtext (offer_id, vector) "
    "SELECT offer_id, vector FROM directory_searchentry WHERE vector IS NOT NULL",
    "INSERT INTO directory_searchtitle (offer_id, terms) "
    "SELECT offer_id, strip(ts_filter(vector, '{a}')) FROM directory_searchentry "
    "WHERE vector IS NOT NULL",
    "DROP INDEX IF EXISTS directory_search_vector",
    "ALTER TABLE directory_searchentry DROP COLUMN vector",
    "CREATE INDEX directory_searchtext_vector ON directory_searchtext USING gin (vector)",
    "CREATE INDEX directory_searchtitle_terms ON directory_searchtitle USING gin (terms)",
]
POSTGRES_REVERSE = [
    "ALTER TABLE directory_searchentry ADD COLUMN vector tsvector",
    "UPDATE directory_searchentry e SET vector = t.vector FROM directory_searchtext t "
    "WHERE t.offer_id = e.offer_id",
    "CREATE INDEX directory_search_vector ON directory_searchentry USING gin (vector)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_full_text_structures")]

    operations = [
        migrations.CreateModel(
            name="SearchText",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        db_column="offer_id",
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        serialize=False,
                        to="directory.searchentry",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="SearchTitle",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        db_column="offer_id",
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="title_terms",
                        serialize=False,
                        to="directory.searchentry",
                    ),
                ),
            ],
        ),
        migrations.RunPython(_run(POSTGRES), _run(POSTGRES_REVERSE)),
    ]
