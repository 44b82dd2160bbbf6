"""How much of its own text each article shares with another: the evidence stories weigh.

Copies of a report are reposted verbatim, trimmed, with a new first paragraph or
loosely rewritten; what they keep is spread through the body. Two distinct stories
share text too: a site's furniture the cleaner kept, a company's "About us", a wire
background paragraph, a stock phrase. That text recurs in many articles that share
nothing else, and it sits in one place of each.

So an article's body is cut into units (its paragraphs, a long one in pieces of about
UNIT_WORDS words), and its fingerprint holds a sample of its word shingles (Broder's
"mod m" sampling), each with the unit it starts in (`pack_fingerprint`). From all the
fingerprints at once:

1. a shingle found in more than MAX_POSTINGS articles is stock text and links none; a
   unit made mostly of such shingles is no part of its article's own text;
2. a unit is matched by another article when they share MIN_UNIT_SHARED of its
   shingles; a unit matched by far more articles than its article's typical unit
   (COMMON_FACTOR times as many) is text that recurs across stories, and is left out;
3. two articles share a unit's words when it is own text in both, and each article's
   cover is the share of its own text's words that the other shares with it.

The covers say how much of each article the other holds, spread over its units: a
trimmed copy is covered whole by its report, a loose rewrite keeps a shingle or two of
most units, an article that shares one background paragraph is covered in that one
unit. `digest/stories/grouping.py` decides from the covers. numpy does each step over all
shingles at once; it is imported in the functions, not above, as a rebuild whose
stories are as they were never compares (`digest.pipeline.Memos`), and importing it
takes a tenth of a second.
"""

from __future__ import annotations

import array
import bisect
import itertools
import operator
import struct
import sys
import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import numpy as np

# Three-word shingles: long enough that common phrases ("said on Monday") rarely
# link unrelated reports, short enough that a rewrite keeps many of them.
SHINGLE_WORDS = 3
# One shingle in this many is kept: those whose hash it divides. The share of a unit's
# shingles found in another text is estimated as well from this fixed sample, and the
# work shrinks by the same factor: that is what lets 10,000 articles group in seconds.
SAMPLE_EVERY = 4
# A unit: a paragraph, a long one cut in pieces of about this many words. Small enough
# that a shared background paragraph is a small part of an article, large enough that
# a unit holds several sampled shingles (about seven), so that a loose rewrite, which
# keeps a third of them, still shares some in most units.
UNIT_WORDS = 30
# A shingle found in more articles than this is a stock phrase or a large site's
# furniture, not evidence; it also bounds the pairs one shingle yields.
MAX_POSTINGS = 50
# Sampled shingles two articles must share for a unit of one to count as matched by the
# other when counting how many articles match it: one shared shingle is often a stock
# phrase ("one of the"), two rarely are.
MIN_UNIT_SHARED = 2
# A unit matched by more than this many times as many articles as the article's
# typical unit (at least one) is text that recurs across stories. A story's copies
# match all of each other's units about equally; a site's furniture is matched by every
# article of the site, wire background by every story that reuses it.
COMMON_FACTOR = 3
# The typical unit: the one at this share of the article's own words, its units ranked
# by how many articles match them. Low, so that an article that is mostly furniture is
# judged by its own text, which matches fewer.
TYPICAL_SHARE = 0.25
# Least number of sampled shingles two articles must share (about four times as many
# in the whole texts), so two short texts do not match by chance.
MIN_SHARED_SHINGLES = 3

_HEADER = struct.Struct("<I")
# Unit numbers are two bytes.
_MAX_UNITS = 0xFFFF


class Covers(NamedTuple):
    """The pairs of articles that share own text: indices (first < second, in order),
    the share of each one's own text, in words, that the other shares with it, and the
    share of each one's own sampled shingles that the other has too. A loose rewrite
    covers most units but keeps a third of the shingles; a repost keeps them all."""

    firsts: list[int]
    seconds: list[int]
    first_covers: list[float]
    second_covers: list[float]
    first_shares: list[float]
    second_shares: list[float]


def units_of(lines: Iterable[Sequence[str]]) -> list[int]:
    """Return the length in words of each unit of a text given as its lines' words."""
    units = []
    for words in lines:
        pieces = max(1, round(len(words) / UNIT_WORDS)) if words else 0
        base, extra = divmod(len(words), pieces) if pieces else (0, 0)
        units += [base + 1] * extra + [base] * (pieces - extra)
    return units


def pack_fingerprint(lines: Sequence[Sequence[str]]) -> bytes:
    """Return the fingerprint of a text given as its lines' words, case folded.

    It is the number of units, each unit's length in words (two bytes each), the sampled
    shingles' hashes (CRC-32 of the words joined by spaces, in UTF-8), sorted, and the
    unit each starts in (two bytes each); all little-endian. A text too short to have a
    sampled shingle keeps its smallest hash, so it still meets its copies.
    """
    lengths = units_of(lines)
    words = [word for line in lines for word in line]
    encoded = list(map(str.encode, words))
    runs = zip(*(encoded[start:] for start in range(SHINGLE_WORDS)), strict=False)
    hashes = list(map(zlib.crc32, map(b" ".join, runs)))
    if not hashes and words:
        hashes = [zlib.crc32(" ".join(words).encode())]
    # Each step a `map` over the hashes, not a Python loop over every shingle.
    divisible = map(operator.not_, map(operator.mod, hashes, itertools.repeat(SAMPLE_EVERY)))
    positions = list(itertools.compress(itertools.count(), divisible))
    if not positions and hashes:
        positions = [hashes.index(min(hashes))]
    first = {hashes[position]: position for position in reversed(positions)}
    kept = sorted(first)
    ends = list(itertools.accumulate(lengths))
    units = [bisect.bisect_right(ends, first[value]) for value in kept]
    if len(lengths) > _MAX_UNITS:  # a text of millions of words: its tail is one unit
        units = [min(unit, _MAX_UNITS) for unit in units]
        lengths = [*lengths[:_MAX_UNITS], min(sum(lengths[_MAX_UNITS:]), 0xFFFF)]
    parts = (array.array("H", lengths), array.array("I", kept), array.array("H", units))
    return _HEADER.pack(len(lengths)) + b"".join(map(_little_endian, parts))


def _little_endian(values: array.array[int]) -> bytes:
    if sys.byteorder == "big":
        values.byteswap()
    return values.tobytes()


def unpack_fingerprint(packed: bytes) -> tuple[list[int], list[int], list[int]]:
    """Return a fingerprint's unit lengths, sampled hashes and their units."""
    units, samples = _shape(packed)
    lengths = struct.unpack_from(f"<{units}H", packed, _HEADER.size)
    start = _HEADER.size + 2 * units
    hashes = struct.unpack_from(f"<{samples}I", packed, start)
    owners = struct.unpack_from(f"<{samples}H", packed, start + 4 * samples)
    return list(lengths), list(hashes), list(owners)


def sample_count(packed: bytes) -> int:
    """Return how many sampled shingles a fingerprint holds."""
    return _shape(packed)[1]


class _Samples(NamedTuple):
    """Every fingerprint's samples as rows sorted by hash: each row's hash, article and
    unit (numbered across all articles), and each unit's article and length."""

    hashes: np.ndarray
    owners: np.ndarray
    units: np.ndarray
    unit_owners: np.ndarray
    unit_words: np.ndarray
    first_units: np.ndarray


def _samples(fingerprints: Sequence[bytes]) -> _Samples:
    """Read all fingerprints into rows sorted by hash, then by article.

    Each fingerprint's parts are cut out and joined, so numpy reads each kind of value
    once; the rows are sorted as their hash and row number in one 64-bit number (a
    sort, three times faster than `argsort`), the row number giving the rest.
    """
    import numpy as np

    shapes = [_shape(packed) for packed in fingerprints]
    head = _HEADER.size
    words = b"".join(p[head : head + 2 * u] for p, (u, _) in zip(fingerprints, shapes, strict=True))
    hashes = b"".join(
        p[head + 2 * u : head + 2 * u + 4 * n]
        for p, (u, n) in zip(fingerprints, shapes, strict=True)
    )
    units = b"".join(
        p[len(p) - 2 * n :] if n else b"" for p, (_, n) in zip(fingerprints, shapes, strict=True)
    )
    unit_counts = np.array([u for u, _ in shapes], dtype=np.int64)
    sample_counts = np.array([n for _, n in shapes], dtype=np.int64)
    first_units = np.concatenate(([0], np.cumsum(unit_counts)))
    owners = np.repeat(np.arange(len(fingerprints), dtype=np.int64), sample_counts)
    row_numbers = np.arange(len(owners), dtype=np.uint64)
    keys = np.sort((np.frombuffer(hashes, "<u4").astype(np.uint64) << np.uint64(32)) | row_numbers)
    order = (keys & np.uint64(0xFFFFFFFF)).astype(np.int64)
    owners = owners[order]
    return _Samples(
        hashes=keys >> np.uint64(32),
        owners=owners,
        units=np.frombuffer(units, "<u2").astype(np.int64)[order] + first_units[owners],
        unit_owners=np.repeat(np.arange(len(fingerprints), dtype=np.int64), unit_counts),
        unit_words=np.frombuffer(words, "<u2").astype(np.float64),
        first_units=first_units,
    )


def _shape(packed: bytes) -> tuple[int, int]:
    """Return a fingerprint's numbers of units and of sampled shingles."""
    if not packed:
        return 0, 0
    (units,) = _HEADER.unpack_from(packed)
    return units, (len(packed) - _HEADER.size - 2 * units) // 6


def _runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return where each run of equal values starts in sorted `values`, and its length."""
    import numpy as np

    if not len(values):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    return starts, np.diff(np.concatenate((starts, [len(values)])))


def _posting_pairs(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return every pair of rows within each posting (rows `start` to `start+length`).

    A posting's rows are sorted by article, so each pair comes out smaller first.
    Postings of one length share their pattern of pairs (`triu_indices`): one array
    operation per length, at most MAX_POSTINGS of them.
    """
    import numpy as np

    firsts, seconds = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    for length in np.unique(lengths).tolist():
        group = starts[lengths == length][:, None]
        i, j = np.triu_indices(length, 1)
        firsts.append((group + i).ravel())
        seconds.append((group + j).ravel())
    return np.concatenate(firsts), np.concatenate(seconds)


def covers(fingerprints: Sequence[bytes]) -> Covers:
    """Return the pairs of articles that share own text, and how much of each (`Covers`)."""
    import numpy as np

    rows = _samples(fingerprints)
    count, unit_count = len(fingerprints), len(rows.unit_words)
    starts, lengths = _runs(rows.hashes)
    stock = np.repeat(lengths > MAX_POSTINGS, lengths)
    in_unit = np.bincount(rows.units, minlength=unit_count)
    stock_in_unit = np.bincount(rows.units[stock], minlength=unit_count)
    own = (in_unit > 0) & (2 * stock_in_unit <= in_unit)
    linking = (lengths > 1) & (lengths <= MAX_POSTINGS)
    first_rows, second_rows = _posting_pairs(starts[linking], lengths[linking])
    firsts, seconds = rows.owners[first_rows], rows.owners[second_rows]
    first_units, second_units = rows.units[first_rows], rows.units[second_rows]
    matched_by = _matching_articles(
        np.concatenate((first_units, second_units)),
        np.concatenate((seconds, firsts)),
        count,
        unit_count,
    )
    own &= ~_recurring(matched_by, own, rows)
    kept = own[first_units] & own[second_units]
    pairs = firsts[kept] * count + seconds[kept]
    order = np.argsort(pairs, kind="stable")
    pairs = pairs[order]
    first_units, second_units = first_units[kept][order], second_units[kept][order]
    starts, shared = _runs(pairs)
    linked = shared >= MIN_SHARED_SHINGLES
    found = pairs[starts[linked]]
    in_found = np.repeat(linked, shared)
    numbers = np.repeat(np.arange(len(found), dtype=np.int64), shared[linked])
    first_words = _shared_words(numbers, first_units[in_found], len(found), rows)
    second_words = _shared_words(numbers, second_units[in_found], len(found), rows)
    own_words = np.bincount(
        rows.unit_owners, weights=np.where(own, rows.unit_words, 0.0), minlength=count
    )
    own_samples = np.bincount(rows.owners[own[rows.units]], minlength=count)
    first_index, second_index = found // count, found % count
    return Covers(
        first_index.tolist(),
        second_index.tolist(),
        (first_words / np.maximum(1.0, own_words[first_index])).tolist(),
        (second_words / np.maximum(1.0, own_words[second_index])).tolist(),
        (shared[linked] / np.maximum(1, own_samples[first_index])).tolist(),
        (shared[linked] / np.maximum(1, own_samples[second_index])).tolist(),
    )


def _matching_articles(
    units: np.ndarray, others: np.ndarray, count: int, unit_count: int
) -> np.ndarray:
    """Return, for each unit, how many other articles share MIN_UNIT_SHARED of its
    shingles, given a row for each shingle a unit shares with another article."""
    import numpy as np

    cells = np.sort(units * count + others)
    starts, lengths = _runs(cells)
    matched = cells[starts[lengths >= MIN_UNIT_SHARED]] // count
    return np.bincount(matched, minlength=unit_count)


def _recurring(matched_by: np.ndarray, own: np.ndarray, rows: _Samples) -> np.ndarray:
    """Return which units are matched by more than COMMON_FACTOR times as many articles
    as their article's typical own unit (`TYPICAL_SHARE`), at least one."""
    import numpy as np

    unit_count = len(rows.unit_words)
    words = np.where(own, rows.unit_words, 0.0)
    order = np.lexsort((matched_by, rows.unit_owners))
    running = np.cumsum(words[order])
    before = np.concatenate(([0.0], running))[rows.first_units[:-1]]
    totals = np.bincount(rows.unit_owners, weights=words, minlength=len(before))
    # The first of each article's ranked units where its running words reach the share.
    reached = np.searchsorted(running, before + TYPICAL_SHARE * totals, side="left")
    last = np.maximum(rows.first_units[1:] - 1, rows.first_units[:-1])
    reached = np.clip(reached, rows.first_units[:-1], last)
    typical = (
        matched_by[order][np.minimum(reached, max(0, unit_count - 1))] if unit_count else reached
    )
    limit = COMMON_FACTOR * np.maximum(1, typical)
    return matched_by > limit[rows.unit_owners]


def _shared_words(numbers: np.ndarray, units: np.ndarray, pairs: int, rows: _Samples) -> np.ndarray:
    """Return, for each of `pairs` pairs, the words of the units of one side that share
    a shingle with the other, each unit once; each shared shingle is a row: its pair's
    number and its unit on that side."""
    import numpy as np

    cells = np.sort(numbers * len(rows.unit_words) + units)
    starts, _ = _runs(cells)
    distinct = cells[starts]
    words = rows.unit_words[distinct % len(rows.unit_words)]
    return np.bincount(distinct // len(rows.unit_words), weights=words, minlength=pairs)
