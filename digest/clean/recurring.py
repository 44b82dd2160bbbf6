"""Furniture learned from the digest: lines that recur verbatim across different stories.

A cleaner that judges one page at a time keeps the furniture that reads like prose: a
site's "In Perspective" list, a paragraph about the site, a teaser, an author's bio, a
wire's background paragraph. The digest sees every page of its sources, and such a line
comes back, word for word, on pages of stories that have nothing else in common. So a
kept line found verbatim (whitespace aside) in articles of at least MIN_STORIES
different stories is page furniture, whatever it says: it leaves the body with its own
reason, "repeated on N other pages of the digest", and story grouping, which reads the
body, no longer sees it. Lines the cleaner dropped already keep their own reason: the
headline and the lines above the article stay as the metadata stage reads them.

Copies of one story share lines legitimately, so the stories must be told apart before
grouping has run, and without the line itself deciding it. Two articles that hold a
line are copies of one story when, that line aside, the kept lines they share hold at
least COPY_SHARE of the words of the shorter one: a repost or a trimmed copy shares
nearly all of its body with the report, two articles of one site share the template's
few kept lines and nothing of their bodies. The articles holding a line are gathered
into stories one by one (an article joins the first story whose first article it is a
copy of); once MIN_STORIES are found, the line is furniture. A loose rewrite, which
keeps few lines verbatim, counts as a story of its own here: that is why one or two
stories are not enough.

Counting works on hashes of lines: each article's lines are hashed once (`line_keys`)
and `LineCounts` holds, for each hash, how many articles have it. The build keeps the
counts in its cache (`digest/cli.py`), so a new seed adds its own lines to the counts
and an unchanged digest counts nothing (`count_lines`). Every function here is pure.
"""

from __future__ import annotations

import array
import hashlib
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from digest.article import Article
from digest.article_parts import Line, Verdict

# Articles of this many different stories must share a line for it to be furniture.
# Two stories may share a line honestly: a quote both report verbatim, or a loose
# rewrite that kept one paragraph word for word beside its report; a line on pages of
# three unrelated stories is the site's, the wire's or the company's stock text.
MIN_STORIES = 3
# Two articles sharing a line are copies of one story when the other kept lines they
# share hold this share of the shorter one's kept words: reposts, trimmed copies and
# copies with a new first paragraph share most of their body, articles of one site
# template share its few kept lines (a tenth of a body, or a third of a short brief).
COPY_SHARE = 0.5
# Bump when `line_keys` hashes lines otherwise: counts kept under another version are
# not reused. The verdicts' names go with it, as `Article.lines_digest` holds their codes.
KEYS_VERSION = "2:" + ",".join(verdict.name for verdict in Verdict)

_KEY_BYTES = 8
_NONE = bytes(_KEY_BYTES)
# A letter or a digit: `\w` without the underscore, of which rules are made too (the
# `___` a wire sets between its report and its contributors' line).
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


class LineCounts(NamedTuple):
    """How many articles hold each line, and what was counted for each article.

    `pages` maps an article's id to the digest of its lines (`Article.lines_digest`) and
    its line keys as they were counted; `counts` maps a line's hash to the number of
    articles holding it.
    """

    pages: dict[str, tuple[str, bytes]]
    counts: dict[int, int]


def line_keys(lines: Sequence[Line]) -> bytes:
    """Return the hash of each line's text, whitespace made single spaces, and the
    words of each kept line (0 for a line the cleaner dropped), packed.

    A line without a letter or digit hashes to 0 and is never counted: rules (of
    dashes or underscores) and bullets recur everywhere and say nothing. Hashes are
    64 bits of BLAKE2b, stable across runs and machines, so counts can be kept
    between builds.
    """
    splits = [line.text.split() for line in lines]
    hashes = b"".join(
        _hash(" ".join(words)) if _LETTER_OR_DIGIT.search(line.text) else _NONE
        for line, words in zip(lines, splits, strict=True)
    )
    words = array.array(
        "H",
        (
            min(len(words), 0xFFFF) if line.verdict.kept else 0
            for line, words in zip(lines, splits, strict=True)
        ),
    )
    if sys.byteorder == "big":
        words.byteswap()
    return hashes + words.tobytes()


def _hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=_KEY_BYTES).digest()


def unpack_keys(packed: bytes) -> tuple[list[int], list[int]]:
    """Return each line's hash and kept words, as `line_keys` packed them."""
    count = len(packed) // (_KEY_BYTES + 2)
    hashes = array.array("Q", packed[: _KEY_BYTES * count])
    words = array.array("H", packed[_KEY_BYTES * count :])
    if sys.byteorder == "big":
        hashes.byteswap()
        words.byteswap()
    return hashes.tolist(), words.tolist()


def count_lines(counted: LineCounts, pages: Mapping[str, tuple[str, bytes]]) -> LineCounts:
    """Return the line counts of `pages` (each page's id: its version and `line_keys`),
    from those of `counted`.

    Only what changed is counted: the lines of a page not counted before, or of another
    version, are added; those of a page gone or changed are taken away.
    """
    counts = dict(counted.counts)
    for page, (version, keys) in pages.items():
        known = counted.pages.get(page)
        if known is not None and known[0] == version:
            continue
        _add(counts, keys, 1)
        if known is not None:
            _add(counts, known[1], -1)
    for page, (_, keys) in counted.pages.items():
        if page not in pages:
            _add(counts, keys, -1)
    return LineCounts(dict(pages), counts)


def _add(counts: dict[int, int], keys: bytes, step: int) -> None:
    """Count each distinct line of one article once, up or down."""
    for value in set(unpack_keys(keys)[0]) - {0}:
        total = counts.get(value, 0) + step
        if total > 0:
            counts[value] = total
        else:
            counts.pop(value, None)


def recurring_lines(pages: Sequence[bytes], counted: LineCounts) -> dict[int, dict[int, int]]:
    """Return the furniture found in the pages' kept lines: for each page (by index)
    that has some, the index of each such line in its lines and the number of other
    pages holding it. `pages` are the `line_keys` of the pages `counted` counted."""
    keys = list(map(unpack_keys, pages))
    frequent = {value for value, count in counted.counts.items() if count >= MIN_STORIES}
    holders: dict[int, list[int]] = defaultdict(list)
    kept_at: dict[int, list[tuple[int, int]]] = {}
    for index, (hashes, words) in enumerate(keys):
        common = frequent.intersection(hashes)
        if not common:
            continue
        for value in common:
            holders[value].append(index)
        at = [
            (position, value)
            for position, (value, kept) in enumerate(zip(hashes, words, strict=True))
            if kept and value in common
        ]
        if at:
            kept_at[index] = at
    kept_words = _KeptWords(keys)
    blocks: dict[tuple[int, ...], set[int]] = defaultdict(set)
    for value in {value for at in kept_at.values() for _, value in at}:
        blocks[tuple(holders[value])].add(value)
    furniture: set[int] = set()
    # The blocks on most pages first: a site's template is found before the lines of a
    # story, whose copies are then compared on their own text alone.
    for pages_of, block in sorted(blocks.items(), key=lambda item: (-len(item[0]), min(item[1]))):
        if _spans_stories(block, pages_of, kept_words, furniture):
            furniture |= block
    found = {}
    for index, at in kept_at.items():
        lines = {
            position: counted.counts[value] - 1 for position, value in at if value in furniture
        }
        if lines:
            found[index] = lines
    return found


class _KeptWords:
    """Each article's kept lines as {hash: words}, made when first asked for."""

    def __init__(self, keys: Sequence[tuple[list[int], list[int]]]) -> None:
        self._keys = keys
        self._made: dict[int, dict[int, int]] = {}

    def __getitem__(self, index: int) -> dict[int, int]:
        if index not in self._made:
            lines: dict[int, int] = {}
            for value, words in zip(*self._keys[index], strict=True):
                if words and value:
                    lines[value] = lines.get(value, 0) + words
            self._made[index] = lines
        return self._made[index]


def _spans_stories(
    block: set[int], holders: Iterable[int], kept_words: _KeptWords, furniture: set[int]
) -> bool:
    """Tell whether the articles holding the lines of `block` (all of them, and no
    others) are of MIN_STORIES stories; the lines in `furniture` are no part of any
    article's own text."""
    firsts: list[dict[int, int]] = []
    for index in holders:
        lines = kept_words[index]
        if not _own_words(lines, block, furniture):
            continue  # nothing of its own but the block: a copy of any of them, no story
        if not any(_copies(lines, first, block, furniture) for first in firsts):
            firsts.append(lines)
            if len(firsts) >= MIN_STORIES:
                return True
    return False


def _own_words(lines: dict[int, int], block: set[int], furniture: set[int]) -> int:
    return sum(
        words for line, words in lines.items() if line not in block and line not in furniture
    )


def _copies(
    lines: dict[int, int], other: dict[int, int], block: set[int], furniture: set[int]
) -> bool:
    """Tell whether two articles' kept lines, the block and furniture aside, share
    COPY_SHARE of the shorter one's words (and some)."""
    shorter = min(_own_words(lines, block, furniture), _own_words(other, block, furniture))
    if len(lines) > len(other):
        lines, other = other, lines
    shared = sum(
        min(words, other[line])
        for line, words in lines.items()
        if line in other and line not in block and line not in furniture
    )
    return shared > 0 and shared >= COPY_SHARE * shorter


def mark_recurring(article: Article, found: Mapping[int, int]) -> Article:
    """Return the article with the lines at the positions `found` dropped as repeated
    on other pages, and how many other pages each is on (`Article.recurring`)."""
    lines = tuple(
        Line(line.number, line.text, Verdict.RECURRING) if position in found else line
        for position, line in enumerate(article.lines)
    )
    return article.evolve(lines=lines, recurring=tuple(sorted(found.items())))


def recurring_reason(article: Article, line: Line) -> str:
    """Return why a line left the article, as the cleaning report says it: for a line
    repeated on other pages, on how many."""
    if line.verdict is not Verdict.RECURRING:
        return line.verdict.value
    numbers = {article.lines[position].number: count for position, count in article.recurring}
    others = numbers.get(line.number, 0)
    page = "page" if others == 1 else "pages"
    return f"repeated on {others} other {page} of the digest"
