"""Import of offers from CSV and XLSX files in the format `exporting` writes (a round trip).

The steps, used by the editor pages (`views.importing`) and `treffpunkt import_offers`:

1. `read_table(file, filename)` reads a file into a `Table` of text cells.
2. `guess_mapping(headers)` assigns the file's headers to the columns of `columns.COLUMNS`;
   people may change that assignment (the mapping) before going on.
3. `plan_import(table, mapping, user, …)` checks every row and turns it into structured data,
   an `ImportPlan` with the problems (row number, column, message) and the duplicates.
   Nothing is written.
4. `commit(plan, user)` writes a plan without problems in one transaction and, once that has
   committed, updates the search index.

Conventions beyond those documented in `exporting`:

* Row numbers are those a spreadsheet shows: the header is row 1, the first offer row 2; a
  cell with line breaks does not add rows. Empty rows are skipped (and still counted). Cells
  are stripped of surrounding spaces.
* Format, Kosten and Status: the model value, the German label ("vor Ort", "kostenlos",
  "veröffentlicht") or the English one. Booleans: ja/nein, yes/no, 1/0, x (empty: not given).
  Dates: dd.mm.yyyy or ISO. Vocabularies: German name or short name (slug); languages also by
  ISO code or native name; organisations by short name (slug), name or short display name.
* Places: the location columns split at "|". A cell with a single value in a file with
  several places per offer gives PLZ, Stadt and Gemeinde to every place, the other columns
  only to the first. The municipality comes from "Gemeinde", else from the postcode (known
  postcodes), else from the city's name; "Stadt" may be left empty when it is known.
  A place of the same organisation with the same street, postcode and city is reused (and left
  as it is); otherwise a new place is created.
* Duplicates: same organisation, title (case and spaces ignored) and first address (street
  and postcode, "Str."/"Straße", case and spaces ignored) - against Treffpunkt and within the
  file. When the file has no location columns, organisation and title decide. A duplicate is
  skipped; with `update_duplicates` the existing offer is updated instead. A repeated row of
  the same file is always skipped (the first one counts).
* Updates change only what the mapping covers: unmapped columns keep their values; an empty
  cell in a mapped column empties the field (Format, Kosten, Status and the yes/no column keep
  theirs). Times and contacts are replaced only when the file's differ (replaced times lose
  their own place and validity, which the file cannot express).
* Not read: the ID column (matching uses the rule above), translations.
* History (django-simple-history): offers, places, times and contacts are written in bulk,
  with history records in bulk naming the importing user; an offer's record includes its
  fields of action, target groups, languages, accessibility and places. Times and contacts an
  update replaces are deleted one by one, each with its own record.

The modules, in the order of the steps: `reading` (files into a Table), `mapping` (headers to
columns), `planning` (rows into an ImportPlan, defined in `plan`; cells are read by `cells` and
`places`, names looked up by `lookups`, compared as `folding` does), `committing` (the writing).
`fields` lists the offer fields the columns fill.
"""

from .committing import ImportRefused, commit
from .mapping import check_mapping, guess_mapping
from .plan import Duplicate, ImportPlan, RowProblem
from .planning import plan_import
from .reading import ImportFileError, Table, max_bytes, read_table
from .reading import _headers as _headers  # for the tests

__all__ = [
    "Duplicate",
    "ImportFileError",
    "ImportPlan",
    "ImportRefused",
    "RowProblem",
    "Table",
    "check_mapping",
    "commit",
    "guess_mapping",
    "max_bytes",
    "plan_import",
    "read_table",
]
