"""Checking every row of a table and turning it into an `ImportPlan`; nothing is written."""

from collections.abc import Callable
from functools import partial

from django.utils.translation import gettext as _

from treffpunkt.network.models import Organisation

from ..models import Offer
from .cells import (
    Row,
    read_boolean,
    read_choice,
    read_contacts,
    read_date,
    read_integer,
    read_relation,
    read_schedules,
    read_text,
)
from .fields import (
    AGE_FIELDS,
    CHOICE_FIELDS,
    DATE_FIELDS,
    MAX_AGE,
    RELATION_FIELDS,
    REQUIRED_TEXT,
    TEXT_FIELDS,
)
from .folding import fold, fold_address
from .lookups import Context
from .mapping import check_mapping
from .places import read_locations
from .plan import Duplicate, ImportPlan, PlannedOffer, RowProblem
from .reading import HEADER_ROW, Table

PROGRESS_EVERY = 250


def plan_import(
    table: Table,
    mapping: dict[str, str | None],
    user=None,
    default_organisation: Organisation | None = None,
    update_duplicates: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportPlan:
    """Check every row of `table` as `user` would import it; nothing is written.

    `user` None stands for the operator (all organisations). Rows without an organisation
    cell go to `default_organisation`. `progress(n)` is called after every n rows checked.
    """
    plan = ImportPlan(table.headers, dict(mapping), len(table), update_duplicates)
    plan.problems = check_mapping(table.headers, mapping, default_organisation is not None)
    context = Context(user, default_organisation)
    if default_organisation is not None and default_organisation.pk not in context.allowed:
        plan.problems.append(RowProblem(HEADER_ROW, "", context.forbidden(default_organisation)))
    if plan.problems:
        return plan
    columns = {mapping[header]: header for header in table.headers if mapping.get(header)}
    positions = {key: table.headers.index(header) for key, header in columns.items()}
    order = {header: position for position, header in enumerate(table.headers)}
    seen: dict[tuple, int] = {}
    for index, (number, cells) in enumerate(table.numbered(), start=1):
        row = Row(number, {key: cells[position] for key, position in positions.items()}, columns)
        planned = _read_offer(row, context)
        if planned is not None:
            _place(plan, planned, context, seen, row)
        plan.problems += sorted(row.problems, key=lambda p: order.get(p.column, len(order)))
        if progress and index % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)
    if progress and len(table) % PROGRESS_EVERY:
        progress(len(table) % PROGRESS_EVERY)
    return plan


def _place(plan: ImportPlan, planned: PlannedOffer, context, seen: dict, row) -> None:
    """Add a valid row to the plan, or report it as a duplicate (or its problems to `row`)."""
    key = _offer_key(planned)
    duplicate = partial(Duplicate, planned.row, planned.title, planned.organisation_name)
    if key in seen:
        plan.duplicates.append(duplicate(first_row=seen[key]))
        return
    seen[key] = planned.row
    existing_id = context.existing_offer(key)
    if existing_id is not None:
        plan.duplicates.append(duplicate(existing_id=existing_id))
        if not plan.update_duplicates:
            return
        planned.existing_id = existing_id
    if _check_ranges(row, planned.values, context.existing_ranges.get(existing_id)):
        plan.rows.append(planned)


def _offer_key(planned: PlannedOffer) -> tuple:
    """What makes offers duplicates: organisation, title and first address (folded)."""
    if planned.locations is None:  # no location columns: organisation and title decide
        return (planned.organisation_id, fold(planned.title))
    first = planned.locations[0] if planned.locations else None
    street, postcode = (first.street, first.postcode) if first else ("", "")
    return (
        planned.organisation_id,
        fold(planned.title),
        fold_address(street),
        fold_address(postcode),
    )


def _read_offer(row: Row, context: Context) -> PlannedOffer | None:
    """The row as a PlannedOffer, or None if it has problems (reported to `row`)."""
    organisation_id = _read_organisation(row, context)
    values = _read_values(row, context)
    relations = {
        name: ids
        for name in (*RELATION_FIELDS, "service_area")
        if (ids := read_relation(row, name, context.vocabularies[name])) is not None
    }
    locations = read_locations(row, context, organisation_id)
    schedules = read_schedules(row)
    contacts = read_contacts(row)
    if row.problems or organisation_id is None:
        return None
    return PlannedOffer(
        row=row.number,
        organisation_id=organisation_id,
        organisation_name=context.organisations.labels[organisation_id],
        values=values,
        relations=relations,
        locations=locations,
        schedules=schedules,
        contacts=contacts,
    )


def _read_organisation(row: Row, context: Context) -> int | None:
    """The id of the row's organisation (else the default one), if the user may import for it."""
    text = row.get("organisation")
    if not text:
        if context.default_organisation is not None:
            return context.default_organisation.pk
        row.problem("organisation", _("This field is required."))
        return None
    found = context.organisations.find(text)
    if len(found) != 1:
        message = (
            _("“%(value)s” matches several organisations; use the short name (slug).")
            if found
            else _("There is no organisation “%(value)s” in Treffpunkt.")
        )
        row.problem("organisation", message % {"value": text})
        return None
    (organisation_id,) = found
    if organisation_id not in context.allowed:
        row.problem(
            "organisation", context.forbidden(context.organisations.labels[organisation_id])
        )
        return None
    return organisation_id


def _read_values(row: Row, context: Context) -> dict:
    """The offer's own fields from the mapped columns (empty Format/Kosten/Status left out)."""
    values: dict = {}
    for name in TEXT_FIELDS:
        if row.has(name):
            values[name] = read_text(row, name, Offer, required=name in REQUIRED_TEXT)
    for name in CHOICE_FIELDS:
        if value := read_choice(row, name, context.choices[name]):
            values[name] = value
    if (flag := read_boolean(row, "registration_required")) is not None:
        values["registration_required"] = flag
    for name in AGE_FIELDS:
        if row.has(name):
            values[name] = read_integer(row, name, 0, MAX_AGE)
    for name in DATE_FIELDS:
        if row.has(name):
            values[name] = read_date(row, name)
    return values


def _check_ranges(row: Row, values: dict, existing: tuple | None) -> bool:
    """Dates and ages in order (against the offer's own values for columns not in the file)."""
    names = ("valid_from", "valid_until", *AGE_FIELDS)
    old = dict(zip(names, existing or (None,) * len(names), strict=True))
    merged = {**old, **values}
    start, end = merged["valid_from"], merged["valid_until"]
    if start and end and end < start:
        row.problem("valid_until", _("The end must not be before the start."))
    low, high = merged["minimum_age"], merged["maximum_age"]
    if low is not None and high is not None and high < low:
        row.problem("maximum_age", _("The maximum age must not be below the minimum age."))
    return not row.problems
