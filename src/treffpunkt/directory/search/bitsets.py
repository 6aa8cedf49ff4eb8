"""Sets of offers as bitsets: one bit per offer id in an array of 64-bit words."""

import numpy as np

WORD_BITS = 64


def empty_bitset(size: int) -> np.ndarray:
    return np.zeros(size, dtype=np.uint64)


def bitset_of(ids, size: int) -> np.ndarray:
    """A bitset of `size` 64-bit words with the bits of `ids` set. Ids beyond it belong to
    offers newer than the snapshot the bitset is for, which no search of it can show."""
    flags = np.zeros(size * WORD_BITS, dtype=bool)
    ids = np.asarray(ids, dtype=np.int64)
    flags[ids[ids < size * WORD_BITS]] = True
    return np.packbits(flags, bitorder="little").view(np.uint64)


def count(bits: np.ndarray) -> int:
    return int(np.bitwise_count(bits).sum())


def members(bits: np.ndarray) -> np.ndarray:
    """The ids whose bits are set, ascending."""
    as_bytes = np.unpackbits(bits.view(np.uint8), bitorder="little")
    return np.flatnonzero(as_bytes)


def with_bits(bits: np.ndarray, ids) -> np.ndarray:
    """A copy of `bits` with the bits of a few `ids` set as well (cheaper than bitset_of for
    a handful of ids: no array of a bit per offer)."""
    result = bits.copy()
    ids = np.asarray(ids, dtype=np.uint64)
    ids = ids[ids < len(bits) * WORD_BITS]
    np.bitwise_or.at(
        result, (ids >> np.uint64(6)).astype(np.intp), np.uint64(1) << (ids & np.uint64(63))
    )
    return result
