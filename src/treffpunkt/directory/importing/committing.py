"""Writing an `ImportPlan`: offers, places, relations, times and contacts in bulk, with history.

Everything is written in one transaction; the search index is updated once it has committed.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from ..models import ContactChannel, Location, Offer, Schedule
from ..search import indexing, sync
from .fields import RELATION_FIELDS, SCHEDULE_FIELDS
from .plan import ImportPlan, PlannedOffer

BATCH_SIZE = 500


class ImportRefused(ValueError):
    """`commit` was given a plan with problems."""


@dataclass
class CommitResult:
    """What `commit` wrote: the ids of the new and updated offers, the number of new places."""

    created: list[int] = field(default_factory=list)  # ids of the new offers
    updated: list[int] = field(default_factory=list)  # ids of the updated offers
    locations_created: int = 0

    @property
    def created_count(self) -> int:
        return len(self.created)

    @property
    def updated_count(self) -> int:
        return len(self.updated)


def commit(plan: ImportPlan, user=None, progress: Callable[[int], None] | None = None):
    """Write a plan without problems: all rows in one transaction, or nothing.

    The search index is updated once the transaction has committed (`progress(n)` is
    called while indexing). Returns a CommitResult; raises ImportRefused if the plan has
    problems.
    """
    if plan.problems:
        raise ImportRefused(_("The file has problems; nothing has been imported."))
    history_user = user if getattr(user, "is_authenticated", False) else None
    with sync.paused(), transaction.atomic():
        result = _Writer(history_user).write(plan.rows)
        changed = result.created + result.updated
        if changed:
            transaction.on_commit(partial(indexing.index_offers, changed, progress))
    return result


def _batches(items: list, size: int = BATCH_SIZE) -> Iterator[list]:
    """`items` in lists of at most `size`."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Writer:
    """Writes planned rows in bulk (inside the caller's transaction)."""

    def __init__(self, user):
        self.user = user
        self.result = CommitResult()

    def write(self, rows: list[PlannedOffer]) -> CommitResult:
        """Write the rows: places, offers, relations, times, contacts, then history."""
        location_ids = self._locations(rows)
        created = self._create_offers([row for row in rows if row.existing_id is None])
        updated = self._update_offers([row for row in rows if row.existing_id is not None])
        pairs = created + updated
        fresh = {offer.pk for _row, offer in created}
        for name in (*RELATION_FIELDS, "service_area", "locations"):
            wanted = {
                offer.pk: ids
                for planned, offer in pairs
                if (ids := _wanted_ids(planned, name, location_ids)) is not None
            }
            _replace_relations(name, wanted, fresh)
        self._schedules(pairs, fresh)
        self._contacts(pairs, fresh)
        _offer_history([offer for _row, offer in created], self.user, update=False)
        _offer_history([offer for _row, offer in updated], self.user, update=True)
        self.result.created = [offer.pk for _row, offer in created]
        self.result.updated = [offer.pk for _row, offer in updated]
        return self.result

    def _locations(self, rows: list[PlannedOffer]) -> dict[tuple, int]:
        """Key -> id of every place the rows name; new ones are created once."""
        ids: dict[tuple, int] = {}
        new: dict[tuple, Location] = {}
        for row in rows:
            for location in row.locations or []:
                key = location.key(row.organisation_id)
                if location.existing_id is not None:
                    ids[key] = location.existing_id
                elif key not in new:
                    new[key] = Location(
                        organisation_id=row.organisation_id,
                        name=location.name,
                        street=location.street,
                        postcode=location.postcode,
                        city=location.city,
                        municipality_id=location.municipality_id,
                        latitude=location.latitude,
                        longitude=location.longitude,
                    )
        if new:
            created = bulk_create_with_history(
                list(new.values()), Location, batch_size=BATCH_SIZE, default_user=self.user
            )
            ids.update({key: location.pk for key, location in zip(new, created, strict=True)})
        self.result.locations_created = len(new)
        return ids

    def _create_offers(self, rows: list[PlannedOffer]) -> list[tuple[PlannedOffer, Offer]]:
        """New offers in bulk (their history is recorded with the relations)."""
        now = timezone.now()
        offers = []
        for row in rows:
            offer = Offer(organisation_id=row.organisation_id, **row.values)
            if offer.status == Offer.Status.PUBLISHED:
                offer.published_at = now
            offers.append(offer)
        Offer.objects.bulk_create(offers, batch_size=BATCH_SIZE)
        return list(zip(rows, offers, strict=True))

    def _update_offers(self, rows: list[PlannedOffer]) -> list[tuple[PlannedOffer, Offer]]:
        """Saved one by one: Offer.save() keeps text versions and translations in step."""
        existing: dict[int, Offer] = {}
        for batch in _batches([row.existing_id for row in rows]):
            existing.update(Offer.objects.in_bulk(batch))
        pairs = []
        for row in rows:
            offer = existing[row.existing_id]
            for name, value in row.values.items():
                setattr(offer, name, value)
            offer.skip_history_when_saving = True  # recorded in bulk with the relations
            offer.save()
            del offer.skip_history_when_saving
            pairs.append((row, offer))
        return pairs

    def _schedules(self, pairs, fresh: set[int]) -> None:
        """Replace the times of offers whose times in the file differ (new offers: add)."""
        wanted = {offer.pk: row.schedules for row, offer in pairs if row.schedules is not None}
        current = _children(Schedule, [pk for pk in wanted if pk not in fresh])
        new = []
        for offer_id, entries in wanted.items():
            old = current.get(offer_id, [])
            if [_schedule_tuple(s) for s in old] == [_schedule_tuple(e) for e in entries]:
                continue
            self._delete(old)
            new += [Schedule(offer_id=offer_id, **entry) for entry in entries]
        if new:
            bulk_create_with_history(new, Schedule, batch_size=BATCH_SIZE, default_user=self.user)

    def _contacts(self, pairs, fresh: set[int]) -> None:
        """Replace the contacts of each kind that differ from the file's (new offers: add)."""
        wanted = {offer.pk: row.contacts for row, offer in pairs if row.contacts}
        current = _children(ContactChannel, [pk for pk in wanted if pk not in fresh])
        new = []
        for offer_id, by_kind in wanted.items():
            old = current.get(offer_id, [])
            first = 0  # positions follow the columns: phones, e-mails, web, messengers
            for kind, entries in by_kind.items():
                old_of_kind = [c for c in old if c.kind == kind]
                if [(c.label, c.value) for c in old_of_kind] != entries:
                    self._delete(old_of_kind)
                    new += [
                        ContactChannel(
                            offer_id=offer_id, kind=kind, label=label, value=value, position=n
                        )
                        for n, (label, value) in enumerate(entries, start=first)
                    ]
                first += len(entries)
        if new:
            bulk_create_with_history(
                new, ContactChannel, batch_size=BATCH_SIZE, default_user=self.user
            )

    def _delete(self, objects) -> None:
        """Delete one by one, each with a history record naming the user."""
        for obj in objects:
            obj._history_user = self.user
            obj.delete()


def _wanted_ids(row: PlannedOffer, name: str, location_ids: dict[tuple, int]):
    """The ids the relation `name` of the row's offer should hold (None: leave it)."""
    if name == "locations":
        if row.locations is None:
            return None
        keys = [location.key(row.organisation_id) for location in row.locations]
        return list(dict.fromkeys(location_ids[key] for key in keys))
    return row.relations.get(name)


def _replace_relations(name: str, wanted: dict[int, list[int]], fresh: set[int]) -> None:
    """Make the offers' `name` relation hold exactly the wanted ids (through rows in bulk)."""
    relation = Offer._meta.get_field(name)
    through = relation.remote_field.through
    source = f"{relation.m2m_field_name()}_id"
    target = f"{relation.m2m_reverse_field_name()}_id"
    current: dict[int, dict[int, int]] = defaultdict(dict)  # offer -> target -> through pk
    for batch in _batches([pk for pk in wanted if pk not in fresh]):
        links = through.objects.filter(**{f"{source}__in": batch})
        for pk, offer_id, target_id in links.values_list("pk", source, target):
            current[offer_id][target_id] = pk
    stale, new = [], []
    for offer_id, ids in wanted.items():
        have = current.get(offer_id, {})
        stale += [pk for target_id, pk in have.items() if target_id not in ids]
        new += [through(**{source: offer_id, target: t}) for t in ids if t not in have]
    for batch in _batches(stale):
        through.objects.filter(pk__in=batch).delete()
    through.objects.bulk_create(new, batch_size=BATCH_SIZE)


def _children(model, offer_ids: list[int]) -> dict[int, list]:
    """The times or contacts of these offers, in their order."""
    order = ("position", "pk") if model is ContactChannel else ("pk",)
    children: dict[int, list] = defaultdict(list)
    for batch in _batches(offer_ids):
        for child in model.objects.filter(offer_id__in=batch).order_by(*order):
            children[child.offer_id].append(child)
    return children


def _schedule_tuple(schedule) -> tuple:
    """A time (Schedule or planned dict) as a tuple, for comparing."""
    get = schedule.get if isinstance(schedule, dict) else partial(getattr, schedule)
    return tuple(get(name) or None for name in SCHEDULE_FIELDS)


def _offer_history(offers: list[Offer], user, update: bool) -> None:
    """History records of the offers, in bulk, with their many-to-many relations."""
    if not offers or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    records = Offer.history.bulk_history_create(
        offers, batch_size=BATCH_SIZE, update=update, default_user=user
    )
    record_of = {record.id: record.history_id for record in records}
    history_model = Offer.history.model
    for relation in history_model._history_m2m_fields:
        m2m_model = getattr(history_model, relation.name).model
        through = relation.remote_field.through
        columns = [f.attname for f in through._meta.fields]  # id, offer_id, <target>_id
        rows = []
        for batch in _batches(list(record_of)):
            for values in through.objects.filter(offer_id__in=batch).values(*columns):
                rows.append(m2m_model(history_id=record_of[values["offer_id"]], **values))
        m2m_model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
