"""Tables behind the directory search (filled by `directory.search`, never edited by hand).

One SearchEntry per visible offer holds its facet values (vocabularies as bit masks) and what
sorting needs; SearchPlace lists the towns an offer serves, with coordinates for distance.
Each write carries the version it was made in (SearchState), so that the facet index each
worker keeps in memory (search/facet_index.py) can catch up with just the changes;
SearchRemoval records what left the index. SearchWord is the vocabulary (surface word ->
stem) for typo tolerance and spelling suggestions.

The full-text structures differ per database: an FTS5 table on SQLite (migration 0002); on
PostgreSQL a weighted tsvector per offer in SearchText and the title's terms alone in
SearchTitle, each with a GIN index, and pg_trgm on the vocabulary (migrations 0002, 0003).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    offer = models.OneToOneField(
        "directory.Offer", primary_key=True, on_delete=models.CASCADE, related_name="search_entry"
    )
    organisation_id = models.BigIntegerField()
    version = models.BigIntegerField(default=0, db_index=True)
    fields_mask = models.BigIntegerField(default=0)
    targets_mask = models.BigIntegerField(default=0)
    languages_mask = models.BigIntegerField(default=0)
    accessibility_mask = models.BigIntegerField(default=0)
    format = models.SmallIntegerField()
    cost = models.SmallIntegerField()
    registration_required = models.BooleanField()
    valid_from = models.DateField(null=True)
    valid_until = models.DateField(null=True)
    published_at = models.DateTimeField(null=True)

    class Meta:
        indexes = [models.Index(fields=["published_at"], name="directory_search_published")]

    def __str__(self) -> str:
        return f"search entry {self.offer_id}"


class SearchText(models.Model):
    """PostgreSQL: the offer's weighted tsvector (column `vector`, added by migration 0003),
    kept apart from SearchEntry so that its rows are inserted once, never updated, and the
    facet columns stay narrow. Empty on SQLite, where FTS5 holds the text."""

    entry = models.OneToOneField(
        SearchEntry, primary_key=True, on_delete=models.CASCADE, db_column="offer_id"
    )

    def __str__(self) -> str:
        return f"search text {self.entry_id}"


class SearchTitle(models.Model):
    """PostgreSQL: the terms of the offer's title (column `terms`, without positions). A
    narrow table of its own, because matching a common word in titles against the weighted
    vector makes PostgreSQL recheck every candidate's whole vector."""

    entry = models.OneToOneField(
        SearchEntry,
        primary_key=True,
        on_delete=models.CASCADE,
        db_column="offer_id",
        related_name="title_terms",
    )

    def __str__(self) -> str:
        return f"search title {self.entry_id}"


class SearchState(models.Model):
    """The index's version (one row): bumped by every write, `generation` by every rebuild."""

    version = models.BigIntegerField(default=0)
    generation = models.PositiveIntegerField(default=0)
    # Removal records up to this version have been deleted: a facet index older than that
    # cannot catch up by changes and loads everything again.
    pruned_through = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"search index version {self.version} (generation {self.generation})"


class SearchRemoval(models.Model):
    """An offer taken out of the index in a version (deleted, archived, changed)."""

    offer_id = models.BigIntegerField()
    version = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"{self.offer_id} removed in {self.version}"


class SearchPlace(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="places")
    municipality_id = models.BigIntegerField()
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    is_location = models.BooleanField(default=True)

    class Meta:
        indexes = [
            models.Index(fields=["municipality_id", "entry"], name="directory_place_town"),
        ]

    def __str__(self) -> str:
        return f"{self.entry_id} in {self.municipality_id}"


class SearchFacetBit(models.Model):
    """The bit a vocabulary value occupies in a facet mask; assigned once, never reused."""

    dimension = models.CharField(max_length=20)
    value_id = models.BigIntegerField()
    bit = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["dimension", "value_id"], name="one_bit_per_value"),
            models.UniqueConstraint(fields=["dimension", "bit"], name="one_value_per_bit"),
        ]

    def __str__(self) -> str:
        return f"{self.dimension} {self.value_id} -> bit {self.bit}"


class SearchWord(models.Model):
    """A word as it appears in offers (folded, not stemmed) and the term it is indexed under."""

    word = models.CharField(max_length=100, unique=True)
    term = models.CharField(max_length=100, db_index=True)
    length = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=["length", "word"], name="directory_word_length")]

    def __str__(self) -> str:
        return f"{self.word} -> {self.term}"


class SearchWordVariant(models.Model):
    """A word with one letter deleted, pointing at the word (SQLite's typo lookup; PostgreSQL
    uses pg_trgm instead)."""

    variant = models.CharField(max_length=100)
    word = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["variant", "word"], name="one_row_per_word_variant")
        ]

    def __str__(self) -> str:
        return f"{self.variant} -> {self.word}"


class Synonym(models.Model):
    """Words that searchers use for the same thing; coordinators maintain them as data."""

    terms = models.CharField(
        _("words"),
        max_length=500,
        help_text=_("Comma-separated words that mean the same, e.g. Deutschkurs, Sprachkurs."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms

    @property
    def term_list(self) -> list[str]:
        return [term.strip() for term in self.terms.split(",") if term.strip()]
