"""The facet index: each worker's in-memory copy of the search entries as bitsets.

Counting facets over 200,000 offers with SQL takes hundreds of milliseconds; as bitsets
(one bit per offer id, one bitset per facet value) it takes a few: a filter is an AND, a
count is a popcount. The database stays the only place the index is written to; this is a
cache of it. Before each search the index compares its version with SearchState and reads
just the entries written since (or everything again after a rebuild).
"""

import datetime
import threading
from dataclasses import dataclass, field

import numpy as np

from ..models import Offer
from .backends import backend
from .bitsets import WORD_BITS, bitset_of, empty_bitset
from .indexing import facet_bits
from .postings import TermBits

MAX_INCREMENTAL = 5000  # more changed offers than this: reading everything is faster
DIMENSIONS = {  # facet -> (SearchEntry column, bit dimension in SearchFacetBit or None)
    "fields": ("fields_mask", "field"),
    "targets": ("targets_mask", "target"),
    "languages": ("languages_mask", "language"),
    "accessibility": ("accessibility_mask", "access"),
    "formats": ("format", None),
    "costs": ("cost", None),
}
NO_DATE = 0
OPEN_END = 10**7


@dataclass
class Snapshot:
    """One consistent state of the index (replaced as a whole, never changed in place
    while a search reads it)."""

    version: int = -1
    generation: int = -1
    words: int = 1  # bitset length in 64-bit words
    present: np.ndarray = field(default_factory=lambda: empty_bitset(1))
    values: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)
    towns: dict[int, np.ndarray] = field(default_factory=dict)
    valid_from: np.ndarray = field(default_factory=lambda: np.zeros(64, dtype=np.int32))
    valid_until: np.ndarray = field(default_factory=lambda: np.zeros(64, dtype=np.int32))
    published: np.ndarray = field(default_factory=lambda: np.zeros(64, dtype=np.int64))
    place_offer: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    place_lat: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    place_lon: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    terms: TermBits = field(default_factory=lambda: TermBits(1))  # see postings.py
    _valid_cache: dict = field(default_factory=dict)
    _matrix: tuple | None = None

    def matrix(self) -> tuple[list[tuple[str, int]], np.ndarray]:
        """All facet value and town bitsets stacked into one array (rows), with their keys,
        so that one vectorised AND and popcount counts every facet."""
        if self._matrix is None:
            keys = list(self.values) + [("towns", town) for town in self.towns]
            rows = list(self.values.values()) + list(self.towns.values())
            stacked = np.vstack(rows) if rows else np.zeros((0, self.words), dtype=np.uint64)
            self._matrix = (keys, stacked)
        return self._matrix

    def counts(self, scope: np.ndarray) -> dict[tuple[str, int], int]:
        """How many offers of `scope` each facet value (and town) has."""
        keys, stacked = self.matrix()
        if not keys:
            return {}
        numbers = np.bitwise_count(stacked & scope).sum(axis=1)
        return dict(zip(keys, numbers.tolist(), strict=True))

    def valid_on(self, day: datetime.date) -> np.ndarray:
        """Bitset of the offers valid on `day` (cached per day)."""
        key = day.toordinal()
        if key not in self._valid_cache:
            ok = (self.valid_from <= key) & (self.valid_until >= key)
            self._valid_cache = {
                key: np.packbits(ok, bitorder="little").view(np.uint64)[: self.words]
            }
        return self._valid_cache[key]


class FacetIndex:
    """The current snapshot of this process, brought up to date before each search."""

    def __init__(self):
        self._snapshot = Snapshot()
        self._lock = threading.Lock()

    def reset(self) -> None:
        """Forget the snapshot (tests; the next search loads everything)."""
        self._snapshot = Snapshot()

    def current(self) -> Snapshot:
        state = backend().execute(
            "SELECT version, generation, pruned_through FROM directory_searchstate WHERE id = 1", []
        )
        version, generation, pruned = state[0] if state else (0, 0, 0)
        snapshot = self._snapshot
        if snapshot.version == version and snapshot.generation == generation:
            return snapshot
        with self._lock:
            snapshot = self._snapshot
            if snapshot.version == version and snapshot.generation == generation:
                return snapshot
            # A rebuild, pruned history, or a database older than the snapshot (a restored
            # backup): read everything.
            if snapshot.generation != generation or not pruned <= snapshot.version < version:
                snapshot = _load_all(version, generation)
            else:
                snapshot = _catch_up(snapshot, version) or _load_all(version, generation)
            # The masks' meaning: a worker that has never indexed anything (or missed a
            # vocabulary value another process added) learns it here.
            facet_bits.load()
            self._snapshot = snapshot
            return snapshot


def _words_for(max_id: int) -> int:
    return max(1, (max_id + WORD_BITS) // WORD_BITS + 16)  # headroom for new offers


def _day(value) -> int:
    if value is None:
        return NO_DATE
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value[:10])
    return value.toordinal()


def _timestamp(value) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    return int(value.timestamp())


ENTRY_COLUMNS = (
    "offer_id, fields_mask, targets_mask, languages_mask, accessibility_mask, format, cost, "
    "valid_from, valid_until, published_at"
)


def _entries(where: str = "", params=()) -> list[tuple]:
    return backend().execute(
        f"SELECT {ENTRY_COLUMNS} FROM directory_searchentry {where}", list(params)
    )


def _places(where: str = "", params=()) -> list[tuple]:
    return backend().execute(
        "SELECT p.entry_id, p.municipality_id, p.latitude, p.longitude, p.is_location "
        f"FROM directory_searchplace p {where}",
        list(params),
    )


def _build(
    entries: list[tuple], places: list[tuple], version: int, generation: int, words: int
) -> Snapshot:
    snapshot = Snapshot(version=version, generation=generation, words=words)
    snapshot.terms = TermBits(words)
    size = words * WORD_BITS
    if entries:
        table = np.array([row[:7] for row in entries], dtype=np.int64)
        ids = table[:, 0]
        snapshot.present = bitset_of(ids, words)
        for index, (dimension, (_column, _bits)) in enumerate(DIMENSIONS.items(), start=1):
            column = table[:, index]
            if _bits:  # a mask: one bitset per set bit
                for bit in range(63):
                    selected = ids[(column >> bit) & 1 == 1]
                    if len(selected):
                        snapshot.values[(dimension, bit)] = bitset_of(selected, words)
            else:
                for value in np.unique(column):
                    snapshot.values[(dimension, int(value))] = bitset_of(
                        ids[column == value], words
                    )
        snapshot.valid_from = np.zeros(size, dtype=np.int32)
        snapshot.valid_until = np.zeros(size, dtype=np.int32)
        snapshot.published = np.zeros(size, dtype=np.int64)
        snapshot.valid_from[ids] = [_day(row[7]) for row in entries]
        snapshot.valid_until[ids] = [_day(row[8]) or OPEN_END for row in entries]
        snapshot.published[ids] = [_timestamp(row[9]) for row in entries]
    else:
        snapshot.present = empty_bitset(words)
        snapshot.valid_from = np.zeros(size, dtype=np.int32)
        snapshot.valid_until = np.zeros(size, dtype=np.int32)
        snapshot.published = np.zeros(size, dtype=np.int64)
    town_ids: dict[int, list[int]] = {}
    located = []
    for offer_id, municipality_id, latitude, longitude, is_location in places:
        town_ids.setdefault(municipality_id, []).append(offer_id)
        if is_location and latitude is not None:
            located.append((offer_id, latitude, longitude))
    snapshot.towns = {
        town: bitset_of(np.array(ids, dtype=np.int64), words) for town, ids in town_ids.items()
    }
    if located:
        coordinates = np.array(located, dtype=np.float64)
        snapshot.place_offer = coordinates[:, 0].astype(np.int64)
        snapshot.place_lat = coordinates[:, 1]
        snapshot.place_lon = coordinates[:, 2]
    return snapshot


def _load_all(version: int, generation: int) -> Snapshot:
    max_id = Offer.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return _build(_entries(), _places(), version, generation, _words_for(max_id))


def _catch_up(snapshot: Snapshot, version: int) -> Snapshot | None:
    """The snapshot with the entries written after its version applied, or None when that
    would be slower than reading everything."""
    changed = {
        row[0]
        for row in backend().execute(
            "SELECT offer_id FROM directory_searchremoval WHERE version > %s", [snapshot.version]
        )
    }
    entries = _entries("WHERE version > %s", [snapshot.version])
    changed |= {row[0] for row in entries}
    if len(changed) > MAX_INCREMENTAL or (changed and max(changed) >= snapshot.words * WORD_BITS):
        return None
    ids = sorted(changed)
    if not ids:
        return Snapshot(
            **{**snapshot.__dict__, "version": version, "_valid_cache": {}, "_matrix": None}
        )
    placeholders = ", ".join(["%s"] * len(ids))
    fresh = _build(
        entries,
        _places(f"WHERE p.entry_id IN ({placeholders})", ids),
        version,
        snapshot.generation,
        snapshot.words,
    )
    clear = ~bitset_of(np.array(ids, dtype=np.int64), snapshot.words)
    merged = Snapshot(version=version, generation=snapshot.generation, words=snapshot.words)
    merged.terms = snapshot.terms.caught_up(ids)
    merged.present = (snapshot.present & clear) | fresh.present
    for key in snapshot.values.keys() | fresh.values.keys():
        old = snapshot.values.get(key)
        new = fresh.values.get(key)
        merged.values[key] = (old & clear if old is not None else 0) | (
            new if new is not None else 0
        )
    for town in snapshot.towns.keys() | fresh.towns.keys():
        old, new = snapshot.towns.get(town), fresh.towns.get(town)
        merged.towns[town] = (old & clear if old is not None else 0) | (
            new if new is not None else 0
        )
    id_array = np.array(ids, dtype=np.int64)
    for name in ("valid_from", "valid_until", "published"):
        column = getattr(snapshot, name).copy()
        column[id_array] = getattr(fresh, name)[id_array]
        setattr(merged, name, column)
    keep = ~np.isin(snapshot.place_offer, id_array)
    merged.place_offer = np.concatenate([snapshot.place_offer[keep], fresh.place_offer])
    merged.place_lat = np.concatenate([snapshot.place_lat[keep], fresh.place_lat])
    merged.place_lon = np.concatenate([snapshot.place_lon[keep], fresh.place_lon])
    return merged


facet_index = FacetIndex()
