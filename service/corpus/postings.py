"""Precomputed scores of frequent words, and the exact ranking of their conjunction.

FTS5 ranks a search of several words by scoring every row that holds all of them: for two
frequent words in a million documents, a hundred thousand rows per query. FTS5's bm25 adds
one term per word (``-(t1 + t2) == -t1 + -t2`` exactly in IEEE arithmetic), and a word's
term depends only on the row and the word. So the build stores, for each frequent word, its
rows (ascending) and its one-word bm25 per row; a conjunction of frequent words is then the
rows common to their lists with the scores summed, computed with numpy in a few
milliseconds: the same ranks, to the bit, in the same order (rank, then row) as FTS5 gives.

A word's score in a row depends only on the word's frequency there and the row's length, so
a word has far fewer distinct scores than rows: each row stores the 2-byte code of its score
in the word's table of distinct scores (4 bytes past 65,535 of them), which halves what a
search reads.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ROWS, SCORES = np.dtype("<u4"), np.dtype("<f8")
SHORT_CODES, LONG_CODES = np.dtype("<u2"), np.dtype("<u4")
MAX_ROW = np.iinfo(ROWS).max

Packed = tuple[bytes, bytes, bytes]  # rows, score codes, distinct scores


def pack(hits: Sequence[tuple[int, float]]) -> Packed:
    """The stored form of a word's ``(row, rank)`` hits, given in ascending row order."""
    pairs = np.array(hits, dtype=np.float64).reshape(-1, 2)  # rows < 2**53: exact
    rows = pairs[:, 0].astype(np.int64)
    if len(rows) and (rows[-1] > MAX_ROW or rows[0] < 0):
        raise ValueError(f"row numbers beyond {MAX_ROW} do not fit the postings format")
    if np.any(np.diff(rows) <= 0):
        raise ValueError("postings must be given in strictly ascending row order")
    table, codes = np.unique(pairs[:, 1], return_inverse=True)
    # Codes are stored plus one in the dense map of conjunction(): 2 bytes up to 65,535.
    width = SHORT_CODES if len(table) < np.iinfo(SHORT_CODES).max else LONG_CODES
    return rows.astype(ROWS).tobytes(), codes.astype(width).tobytes(), table.tobytes()


def _decode(packed: Packed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, codes, table = packed
    width = SHORT_CODES if len(codes) == len(rows) // 2 else LONG_CODES
    return np.frombuffer(rows, ROWS), np.frombuffer(codes, width), np.frombuffer(table, SCORES)


def champions(packed: Packed, size: int) -> list[tuple[float, int]]:
    """The first ``size`` hits of a one-word search, ranked (rank, then row)."""
    rows, codes, table = _decode(packed)
    return top(rows, table[codes], None, size)


def conjunction(lists: Sequence[Packed]) -> tuple[np.ndarray, np.ndarray]:
    """Rows holding every word, and their summed score, summed in the order of ``lists``."""
    rows, codes, table = _decode(lists[0])
    score = table[codes]
    for other_rows, other_codes, other_table in map(_decode, lists[1:]):
        if not len(rows) or not len(other_rows):
            return rows[:0], score[:0]
        # A dense map from row to the other word's score code plus one (0: not in that row).
        dense = np.zeros(max(int(rows[-1]), int(other_rows[-1])) + 1, other_codes.dtype)
        dense[other_rows] = other_codes + 1
        found = dense[rows]
        held = found != 0
        rows, score = rows[held], score[held] + other_table[found[held] - 1]
    return rows, score


def top(
    rows: np.ndarray, scores: np.ndarray, after: tuple[float, int] | None, size: int
) -> list[tuple[float, int]]:
    """The ``size`` best ``(rank, row)`` pairs after the keyset ``after``, best first."""
    if size <= 0:
        return []
    if after is not None:
        later = (scores > after[0]) | ((scores == after[0]) & (rows > after[1]))
        rows, scores = rows[later], scores[later]
    if len(scores) > size:
        # Every row tied with the size-th best competes for the last places (by row).
        cut = np.partition(scores, size - 1)[size - 1]
        keep = scores <= cut
        rows, scores = rows[keep], scores[keep]
    order = np.lexsort((rows, scores))[:size]
    return list(zip(scores[order].tolist(), rows[order].tolist(), strict=True))
