"""Group copies of one story by how much body text they share.

Copies of a wire report are reposted verbatim, trimmed, expanded or loosely
rewritten, under different headlines or none, so titles cannot group them. Their
bodies still share many exact word sequences (names, figures, quotes). Each body
becomes a set of hashed word shingles; an inverted index from shingle to articles
finds the pairs that share any, so the work grows with the shared shingles, not with
the square of the number of articles.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from digest.article import WORD, Article, Copy
from digest.outputs import digest_of_value

if TYPE_CHECKING:
    import numpy as np

STORY = "story"
# A title the page shows or the curator gave is the copy's own; others may be borrowed.
OWN_HEADLINE = frozenset({"page", "curator"})

# Three-word shingles: long enough that common phrases ("said on Monday") rarely
# link unrelated reports, short enough that a rewrite keeps many of them.
SHINGLE_WORDS = 3
# Share of the smaller article's shingles found in the other: a rewrite of the same
# report keeps well over this (0.17 for a loose rewrite in the seeds); two reports on
# one topic share far less (under 0.03 in the seeds).
SAME_STORY_CONTAINMENT = 0.08
# One shingle in this many is kept: those whose hash it divides (Broder's sampling
# "mod m"). The share of a text's shingles found in another is estimated as well from
# this fixed sample, and the index, and the pairs it yields, shrink by the same factor:
# that is what lets 10,000 articles group in seconds (docs/BENCHMARKS-stories.md).
SAMPLE_EVERY = 4
# Least number of shared sampled shingles (about 4 times as many in the whole texts),
# so two short texts do not match by chance.
MIN_SHARED_SHINGLES = 3
# A shingle found in more articles than this is a stock phrase, not evidence.
MAX_POSTINGS = 50
# A shingle's hash: CRC-32, so four bytes, packed little-endian.
_HASH = "<u4"
_HASH_BYTES = 4


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Return the sample of hashed word shingles of `text`, case and punctuation ignored."""
    return shingles_of_words(WORD.findall(text.casefold()), size)


def shingles_of_words(words: Sequence[str], size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Return the sample of hashed shingles of `words` (case folded, `shingles`).

    A text too short to have a sampled shingle keeps its smallest hash, so it still
    meets its copies.

    A shingle's hash is the CRC-32 of its words joined by spaces, in UTF-8. Each word
    is encoded once, and the shingles are joined and hashed by `map` over `zip` of the
    shifted word lists, not by a Python loop slicing and joining the word list per
    shingle; the hashes stay a list, as the sample drops repeats anyway.
    """
    if len(words) < size:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    encoded = list(map(str.encode, words))
    runs = zip(*(encoded[start:] for start in range(size)), strict=False)
    hashes = list(map(zlib.crc32, map(b" ".join, runs)))
    sample = frozenset(h for h in hashes if h % SAMPLE_EVERY == 0)
    return sample or frozenset([min(hashes)])


def fingerprint(article: Article) -> bytes:
    """Return the shingle sample of the article's cleaned body, packed (`pack_sample`)."""
    return pack_sample(shingles_of_words(article.body_words))


def pack_sample(sample: frozenset[int]) -> bytes:
    """Return a shingle sample as its sorted hashes, four bytes each (little-endian).

    Every rebuild reads all 10,000 samples back from the cache: bytes come back in one
    copy where a set of a hundred numbers is a hundred objects (half of reading a
    cached article), and the arrays `similar_pairs` needs are one view of them.
    """
    return struct.pack(f"<{len(sample)}I", *sorted(sample))


def unpack_sample(packed: bytes) -> frozenset[int]:
    """Return the shingle sample `pack_sample` packed."""
    return frozenset(_hashes(packed))


def _hashes(packed: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(packed) // _HASH_BYTES}I", packed)


def similar_pairs(samples: Sequence[bytes]) -> list[tuple[int, int]]:
    """Return the index pairs, in order, whose shingle sets overlap enough to be one story.

    Only shingles found in two to MAX_POSTINGS articles can link any. Every (article,
    shingle) becomes one row of two arrays; sorted by shingle, the rows of one shingle
    are its postings, each posting yields its pairs of articles, and counting equal
    pairs gives how many shingles each pair shares. numpy does each step over all rows
    at once, which groups 10,000 articles five times faster than Python loops over
    the postings (docs/BENCHMARKS-stories.md). numpy is imported here, not above: a
    rebuild whose stories are as they were never groups (`digest.pipeline.Memos`), and
    importing it is a tenth of a second.
    """
    import numpy as np

    sizes = np.fromiter(map(len, samples), dtype=np.int64, count=len(samples)) // _HASH_BYTES
    hashes = np.frombuffer(b"".join(samples), dtype=_HASH).astype(np.uint64)
    owners = np.repeat(np.arange(len(samples), dtype=np.uint64), sizes)
    # One sort of (hash, owner) as one 64-bit number: three times faster than `lexsort`.
    rows = np.sort((hashes << np.uint64(32)) | owners)
    hashes, owners = rows >> np.uint64(32), (rows & np.uint64(0xFFFFFFFF)).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    lengths = np.diff(np.r_[starts, len(hashes)])
    linking = (lengths > 1) & (lengths <= MAX_POSTINGS)
    firsts, seconds = _posting_pairs(owners, starts[linking], lengths[linking])
    codes, shared = np.unique(firsts * len(samples) + seconds, return_counts=True)
    firsts, seconds = np.divmod(codes, len(samples))
    smaller = np.maximum(1, np.minimum(sizes[firsts], sizes[seconds]))
    same_story = (shared >= MIN_SHARED_SHINGLES) & (shared / smaller >= SAME_STORY_CONTAINMENT)
    return list(zip(firsts[same_story].tolist(), seconds[same_story].tolist(), strict=True))


def _posting_pairs(
    owners: np.ndarray, starts: np.ndarray, lengths: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return every pair of articles within each posting (rows `start` to `start+length`).

    A posting's owners are sorted and distinct, so each pair comes out smaller first.
    Postings of one length share their pattern of pairs (`triu_indices`): one array
    operation per length, at most MAX_POSTINGS of them.
    """
    import numpy as np

    firsts, seconds = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    for length in np.unique(lengths).tolist():
        group = starts[lengths == length][:, None]
        i, j = np.triu_indices(length, 1)
        firsts.append(owners[(group + i).ravel()])
        seconds.append(owners[(group + j).ravel()])
    return np.concatenate(firsts), np.concatenate(seconds)


def group_indices(count: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Join linked articles into groups (union-find); return each index's group root."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(count)]


def partition_key(articles: Sequence[Article]) -> str:
    """Return a digest of all `story_partition` reads: in order, each article's shingle
    sample, whether it has a headline, and whether its title is its own.

    A rebuild after a small edit usually finds the same: the partition kept under the
    key is reused (`digest.pipeline.Memos`), without grouping, nor importing numpy.
    """
    digest = hashlib.blake2b(digest_size=20)
    for article in articles:
        sample = article.fingerprint or fingerprint(article)
        flags = bytes((bool(article.headline), article.title_from in OWN_HEADLINE))
        digest.update(len(sample).to_bytes(4, "little") + sample + flags)
    return digest.hexdigest()


class Grouping(NamedTuple):
    """What grouping leaves for the next build: each article's shingle sample and the
    similar pairs, both by article id (`story_partition_since`)."""

    samples: Mapping[str, bytes]
    pairs: list[tuple[str, str]]


def samples_digest(samples: Mapping[str, bytes]) -> str:
    """Return a digest of the samples by id: a kept grouping's samples and pairs are
    kept apart, and are used together only when this says they still match."""
    return digest_of_value(sorted(samples.items()))


def story_partition(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Return, for each article, the index of its story's first copy and the index of
    the copy whose headline it borrows (-1 when it keeps its own or no copy has one).

    All that grouping makes of the articles' bodies: the stages after it read only the
    articles' fields and this (`digest.pipeline.process_articles` keys on it).
    """
    return story_partition_since(articles, None)[0]


def story_partition_since(
    articles: Sequence[Article], last: Grouping | None
) -> tuple[list[tuple[int, int]], Grouping]:
    """Return `story_partition` and the grouping to keep, working out only the pairs
    of the articles whose sample changed since the `last` grouping when that is exact
    (`changed_pairs`), and all of them otherwise."""
    ids = [article.id for article in articles]
    samples = [a.fingerprint or fingerprint(a) for a in articles]
    pairs = None if last is None else changed_pairs(ids, samples, last)
    if pairs is None:
        pairs = similar_pairs(samples)
    roots = group_indices(len(articles), pairs)
    members: dict[int, list[int]] = defaultdict(list)
    for index, group_root in enumerate(roots):
        members[group_root].append(index)
    partition = [(group_root, -1) for group_root in roots]
    unpacked = cache(lambda index: unpack_sample(samples[index]))
    for group in members.values():
        for index in group if len(group) > 1 else ():
            headlined = [i for i in group if i != index and articles[i].headline]
            if articles[index].title_from not in OWN_HEADLINE and headlined:
                own = unpacked(index)
                borrowed = max(headlined, key=lambda i: len(own & unpacked(i)))
                partition[index] = (roots[index], borrowed)
    kept = Grouping(dict(zip(ids, samples, strict=True)), [(ids[i], ids[j]) for i, j in pairs])
    return partition, kept


def changed_pairs(
    ids: Sequence[str], samples: Sequence[bytes], last: Grouping
) -> list[tuple[int, int]] | None:
    """Return `similar_pairs(samples)` from the `last` grouping's, or None when it cannot.

    A pair of two articles whose samples both stayed shares the same shingles as before,
    and each of those still links them unless its count of articles crossed
    MAX_POSTINGS: the only way another article's edit reaches them. So when no shingle
    of a changed, added or removed sample crossed it, the kept pairs of unchanged
    articles stand, and only the changed ones are compared with all, through the
    postings of their own shingles: one pass over the samples, without numpy, where
    grouping afresh takes a third of a second at 10,000 articles. Past a tenth of the
    articles changed, grouping afresh is the cheaper.
    """
    position = {article_id: index for index, article_id in enumerate(ids)}
    changed = {
        i: unpack_sample(samples[i])
        for i, key in enumerate(ids)
        if last.samples.get(key) != samples[i]
    }
    gone = [unpack_sample(sample) for key, sample in last.samples.items() if key not in position]
    if len(changed) + len(gone) > len(ids) // 10:
        return None
    before = [unpack_sample(last.samples[ids[i]]) for i in changed if ids[i] in last.samples]
    before += gone
    touched = frozenset().union(*before, *changed.values())
    owners: dict[int, list[int]] = defaultdict(list)
    for index, sample in enumerate(samples if touched else ()):
        # The hashes as a tuple, not a set: half the time over 10,000 samples.
        for shingle in touched.intersection(_hashes(sample)):
            owners[shingle].append(index)
    for shingle in touched:
        now = len(owners[shingle])
        then = now - sum(shingle in s for s in changed.values()) + sum(shingle in s for s in before)
        if (then <= MAX_POSTINGS) != (now <= MAX_POSTINGS):
            return None
    pairs = set()
    for first, second in last.pairs:
        i, j = position.get(first), position.get(second)
        if i is not None and j is not None and i not in changed and j not in changed:
            pairs.add((min(i, j), max(i, j)))
    pairs.update(_pairs_of(changed, owners, [len(s) // _HASH_BYTES for s in samples]))
    return sorted(pairs)


def _pairs_of(
    changed: dict[int, frozenset[int]], owners: dict[int, list[int]], sizes: list[int]
) -> list[tuple[int, int]]:
    """Return the similar pairs with at least one article of `changed` (index: sample),
    as `similar_pairs` judges them, from the postings of their shingles."""
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for index, sample in changed.items():
        for shingle in sample:
            postings = owners[shingle]
            if not 1 < len(postings) <= MAX_POSTINGS:
                continue
            for other in postings:
                if other != index and not (other in changed and other < index):
                    shared[(min(index, other), max(index, other))] += 1
    return [
        (first, second)
        for (first, second), count in shared.items()
        if count >= MIN_SHARED_SHINGLES
        and count / max(1, min(sizes[first], sizes[second])) >= SAME_STORY_CONTAINMENT
    ]


def group_stories(
    articles: Sequence[Article], partition: Sequence[tuple[int, int]] | None = None
) -> list[Article]:
    """Give copies of one story the same `story` id, and a headline to copies that lack one.

    The story id is the id of its first copy in input order, so it stays put while that
    file stays. A copy without a headline takes the headline of the copy whose text is
    closest to its own (a wire copy borrows the wire report's, not a loose rewrite's).
    `partition` is the articles' `story_partition`, when the caller has it already.
    """
    partition = story_partition(articles) if partition is None else partition
    grouped = []
    for article, (root, borrowed) in zip(articles, partition, strict=True):
        changes: dict[str, object] = {"story": articles[root].id}
        if borrowed >= 0:
            changes.update(title=articles[borrowed].headline, title_from=STORY)
        grouped.append(article.evolve(**changes))
    return grouped


def link_copies(articles: Sequence[Article]) -> list[Article]:
    """Give each article the list of the other copies of its story, in input order."""
    by_story: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_story[article.story].append(article)
    return [
        article.evolve(
            copies=tuple(
                Copy(other.id, other.title, other.source, other.slug)
                for other in by_story[article.story]
                if other.id != article.id
            ),
        )
        for article in articles
    ]
