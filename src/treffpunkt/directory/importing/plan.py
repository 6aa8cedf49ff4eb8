"""What an import would do: the `ImportPlan`, its rows, problems and duplicates."""

from dataclasses import dataclass, field

from ..models import Offer
from ..opening_hours import format_opening_hours
from .folding import fold, fold_address
from .reading import HEADER_ROW


@dataclass(frozen=True)
class RowProblem:
    """Something wrong in one row (HEADER_ROW: in the headers or the mapping)."""

    row: int
    column: str  # the header in the file (or the column's German header if it is missing)
    message: str


@dataclass(frozen=True)
class Duplicate:
    """A row that describes an offer already in Treffpunkt or in an earlier row."""

    row: int
    title: str
    organisation: str
    existing_id: int | None = None  # the offer in Treffpunkt
    first_row: int | None = None  # the earlier row of the same file

    @property
    def in_file(self) -> bool:
        return self.first_row is not None


@dataclass
class PlannedLocation:
    """A place a valid row names: an existing one of the organisation (`existing_id`) or new."""

    name: str
    street: str
    postcode: str
    city: str
    municipality_id: int
    latitude: float | None = None
    longitude: float | None = None
    existing_id: int | None = None

    def key(self, organisation_id: int) -> tuple:
        """What makes places the same: organisation, street, postcode and city (folded)."""
        return (
            organisation_id,
            fold_address(self.street),
            fold_address(self.postcode),
            fold(self.city),
        )

    def __str__(self) -> str:
        parts = [self.name, self.street, f"{self.postcode} {self.city}".strip()]
        return ", ".join(part for part in parts if part)


@dataclass
class PlannedOffer:
    """One valid row: what to write. Only mapped columns appear in values and relations."""

    row: int
    organisation_id: int
    organisation_name: str
    values: dict
    relations: dict[str, list[int]] = field(default_factory=dict)
    locations: list[PlannedLocation] | None = None  # None: no location columns
    schedules: list[dict] | None = None  # None: no "Zeiten" column
    contacts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # kind -> entries
    existing_id: int | None = None  # the offer this row updates

    @property
    def title(self) -> str:
        return self.values["title"]


@dataclass
class PreviewRow:
    """A row that would be written, as text to show before importing."""

    row: int
    is_update: bool
    organisation: str
    title: str
    places: str
    times: str
    status: str


@dataclass
class ImportPlan:
    """What an import would do: the valid rows, the problems and the duplicates."""

    headers: list[str]
    mapping: dict[str, str | None]
    total: int  # rows in the file (below the header, without empty ones)
    update_duplicates: bool = False
    rows: list[PlannedOffer] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @property
    def new_count(self) -> int:
        return sum(1 for row in self.rows if row.existing_id is None)

    @property
    def updated_count(self) -> int:
        return sum(1 for row in self.rows if row.existing_id is not None)

    @property
    def invalid_count(self) -> int:
        return len({problem.row for problem in self.problems if problem.row != HEADER_ROW})

    @property
    def skipped_count(self) -> int:
        """Duplicates that are not written (all of them unless updating)."""
        return len(self.duplicates) - self.updated_count

    def preview(self, limit: int = 20) -> list[PreviewRow]:
        """The first `limit` rows that would be written, as text to show."""
        return [_preview_row(row) for row in self.rows[:limit]]


def _preview_row(row: PlannedOffer) -> PreviewRow:
    status = row.values.get("status") or ("" if row.existing_id else Offer.Status.DRAFT)
    return PreviewRow(
        row=row.row,
        is_update=row.existing_id is not None,
        organisation=row.organisation_name,
        title=row.title,
        places=" | ".join(str(location) for location in row.locations or []),
        times=format_opening_hours(row.schedules or []),
        status=str(Offer.Status(status).label) if status else "",
    )
