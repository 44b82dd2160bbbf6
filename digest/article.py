"""The plain data passed between the pipeline's stages.

Every stage takes an `Article` and returns a new one (`Article.evolve`), so a
stage can be tested alone and nothing is changed behind another stage's back. The values
an Article is made of (`Line`, `Verdict`, `Copy`, `PageMeta`) are in digest/article_parts.py.
"""

from __future__ import annotations

import copyreg
import hashlib
import pickle
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from digest.article_parts import Copy, Line, PageMeta, Verdict, kept_words
from digest.site.outputs import digest_of_value


@dataclass(frozen=True)
class Article:
    """One seed on its way through the pipeline.

    Each metadata field has a `*_from` twin saying where its value came from:
    `"page"` (seen in the input), `"story"` (taken from another copy of the story),
    `"lede"` (derived from the article's first paragraph), `"curator"`, or None
    when the field is empty because nothing evidences it.

    `uncertain` names the values kept on weak evidence (`digest/metadata/doubts.py`), which the
    article page marks. `url` is the original's address when the page or the curator
    gives one; `note` is the curator's editor's note and `pinned` puts the story at the
    top of the home page (both from the curation file).

    `copies` are the story's other copies an article page lists, at most ten, and
    `more_copies` how many more the story has (`digest/stories/grouping.py`: a page lists them).
    `related` (stories sharing tags), `earlier` and `later` (the neighbours by date)
    are the links an article page offers to read on; see `digest/site/related.py`.

    `fingerprint` is the sample of the body's word shingles that story grouping
    compares, packed (`digest/stories/grouping.py`); it is computed with the article's other
    per-seed
    work, so a cached article need not be read again to be grouped.

    `slugs` holds the slugs of its title and id, as (text, length, slug): slugifying
    is slow, so it is done with the per-seed work too, and the slug stage looks there
    first (`digest/site/render.py`).

    `recurring` gives, for each line dropped as furniture of the digest, its position
    in `lines` and how many other articles hold it (`digest/clean/recurring.py`).
    """

    id: str
    filename: str
    text: str
    lines: tuple[Line, ...] = ()
    title: str = ""
    title_from: str | None = None
    headline: str | None = None
    date: str | None = None
    date_from: str | None = None
    source: str | None = None
    source_from: str | None = None
    authors: tuple[str, ...] = ()
    authors_from: str | None = None
    dateline: str | None = None
    dateline_from: str | None = None
    description: str = ""
    description_from: str | None = None
    tags: tuple[str, ...] = ()
    tags_from: str | None = None
    url: str | None = None
    url_from: str | None = None
    uncertain: tuple[str, ...] = ()
    note: str = ""
    pinned: bool = False
    story: str = ""
    copies: tuple[Copy, ...] = field(default=())
    more_copies: int = 0
    related: tuple[Copy, ...] = ()
    earlier: Copy | None = None
    later: Copy | None = None
    slug: str = ""
    page_meta: PageMeta | None = None
    fingerprint: bytes = b""
    slugs: tuple[tuple[str, int, str], ...] = ()
    recurring: tuple[tuple[int, int], ...] = ()

    def __getstate__(self) -> dict[str, object]:
        """Pickle the fields only: the cached properties below are remade on demand."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle compactly, and so that reading back leaves the text and lines packed.

        Articles cross process boundaries (the worker pool) and the cache by the ten
        thousand. The text and lines (as three columns, each verdict one byte) go into
        one bytes value, unpacked only when read (`__getattr__`): a rebuild reads back
        every cached article but renders only the changed ones. The values derived from
        the lines and fields that every build reads travel with them: the word count,
        the digests (lines, listed and shown fields) and the removed lines' tally (its
        verdicts as codes: an enum member costs more to unpickle than a number). All go
        in one plain dict, which pickle puts back as the instance's attributes without a
        Python call: reading 10,000 cached articles takes half the time a rebuilding
        function took.
        """
        state = self._state_without_body()
        state["_packed"] = self._packed_body()
        return _NEW_OBJECT, (Article,), state

    def _state_without_body(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in STATE_FIELDS}

    def __getattr__(self, name: str) -> object:
        """Unpack the text and lines of an article read back from a pickle, when first read.

        Python asks here only for attributes not found otherwise: those two, before
        they are unpacked (the class keeps no default for them, see below).
        """
        if "_packed" not in self.__dict__ or name not in _PACKED_FIELDS:
            raise AttributeError(f"'Article' object has no attribute {name!r}")
        self.__dict__.update(_unpack(self._packed_body()))
        return self.__dict__[name]

    def _packed_body(self) -> bytes:
        """Return the text and lines packed, as pickled or as read from the cache
        (`with_deferred_body`), or packed now."""
        packed = self.__dict__.get("_packed")
        if callable(packed):
            packed = self.__dict__["_packed"] = packed()
        return packed or _pack(self.text, self.lines)

    def evolve(self, **changes: object) -> Article:
        """Return a copy with `changes`, as `dataclasses.replace` does, only faster.

        Every stage after the per-seed ones copies all articles (stories, slugs,
        links): the copy keeps the properties computed from the lines and text, unless
        those change, and skips `__init__`.
        """
        if not _FIELD_NAMES.issuperset(changes):
            unknown = sorted(changes.keys() - _FIELD_NAMES)
            raise TypeError(f"Article has no field {unknown[0]!r}")
        derived_from = "lines" in changes or "text" in changes
        state = self.__getstate__() if derived_from else self.__dict__.copy()
        if not _UNSHOWN_FIELDS.issuperset(changes):
            state.pop("shown_digest", None)
            if not _UNLISTED_FIELDS.issuperset(changes):
                state.pop("listed_digest", None)
        state.update(changes)
        copy = object.__new__(Article)
        object.__setattr__(copy, "__dict__", state)
        return copy

    # The properties below are read many times per build (listings, report, feeds): each is
    # computed once per article value, and kept by `evolve` while the lines stay.
    @cached_property
    def body_lines(self) -> tuple[Line, ...]:
        """Return the lines the cleaner kept, in input order."""
        return tuple(line for line in self.lines if line.verdict.kept)

    @cached_property
    def body_words(self) -> list[str]:
        """Return the cleaned body's words, case folded, in order: what tagging looks
        names up in and what the story fingerprint is made of, split once for both."""
        return WORD.findall(" ".join(line.text for line in self.body_lines).casefold())

    @cached_property
    def removed(self) -> tuple[Line, ...]:
        """Return the lines the cleaner dropped, in input order."""
        return tuple(line for line in self.lines if not line.verdict.kept)

    @cached_property
    def word_count(self) -> int:
        """Count the words of the cleaned body (`kept_words`)."""
        return kept_words(self.lines)

    @cached_property
    def removed_tally(self) -> tuple[tuple[Verdict, int], ...]:
        """Count the removed lines by verdict, in the verdicts' order (the cleaning report)."""
        return tuple((_VERDICTS[code], count) for code, count in self.removed_codes)

    @cached_property
    def removed_codes(self) -> tuple[tuple[int, int], ...]:
        """Return `removed_tally` with each verdict as its code: what is pickled, and
        what a key of the tallies of 10,000 articles is quickly made from."""
        counts = Counter(_VERDICT_CODES[line.verdict] for line in self.removed)
        return tuple(sorted(counts.items()))

    @cached_property
    def lines_digest(self) -> str:
        """Return a digest of the raw text and each line's number and verdict.

        With the other fields, it is what an article page is made from (`render_key`).
        The raw text holds the lines' texts; it is hashed as bytes, not through `repr`.
        """
        verdicts = bytes(_VERDICT_CODES[line.verdict] for line in self.lines)
        numbers = repr([line.number for line in self.lines]).encode()
        digest = hashlib.blake2b(digest_size=20)
        for part in (verdicts, numbers, self.text.encode("utf-8", "surrogatepass")):
            digest.update(len(part).to_bytes(8, "little") + part)
        return digest.hexdigest()

    @cached_property
    def shown_digest(self) -> str:
        """Return a digest of every field a page or listing shows: all but the text and
        lines (`lines_digest`) and what grouping and slugs start from.

        Made from `listed_digest` and the fields only the page shows (the description,
        authors, dateline, link to the original and note), so it costs a hash of a few
        hundred bytes; kept by `evolve` while those fields stay.
        """
        shown = [self.listed_digest, *(self.__dict__[name] for name in _PAGE_FIELDS)]
        return digest_of_value(shown)

    @cached_property
    def listed_digest(self) -> str:
        """Return a digest of the fields shown (`shown_digest`) but those only an
        article's page shows (`_PAGE_FIELDS`: the description, authors, dateline, link
        to the original, note).

        The linking stages and the listings but the home page never read those, so an
        edited first paragraph (the description of most articles) or a corrected byline
        links nothing again and leaves those listings (at 10,000 articles, a rebuild
        after a curator corrected one article's dateline and authors: 3.7 to 4.4 s while
        they were in, 2.2 to 2.6 s since). Kept by `evolve` while those fields stay,
        and with the article in the cache: a rebuild knows most pages unchanged without
        serialising 10,000 articles again.
        """
        # As plain values, which `digest_of_value` hashes from `marshal`'s bytes (0.18 to
        # 0.21 s for 10,000 linked articles, 0.30 to 0.37 s through `repr`); a field of
        # another type makes it raise, not hash whatever that type's `repr` writes.
        state = self.__dict__
        values: list[object] = [state[name] for name in _PLAIN_LISTED_FIELDS]
        values += [[tuple(link) for link in state[name]] for name in _LINK_LISTS]
        values += [None if state[name] is None else tuple(state[name]) for name in _LINKS]
        return digest_of_value(values)


def split_body(article: Article) -> tuple[tuple[object, ...], bytes]:
    """Return what the cache keeps of an article in two parts: its state without the
    text and lines, as values in `STATE_FIELDS` order, and those packed.

    A rebuild reads back every cached article but renders only the changed ones: the
    text and lines are four fifths of an article's bytes, read only when asked for.
    Values without their names: unpickling 35 names with each of 10,000 entries took a
    third of the time of reading them back (0.08 of 0.25 s).
    """
    return tuple(article._state_without_body().values()), article._packed_body()


def with_deferred_body(values: Sequence[object], read_body: Callable[[], bytes]) -> Article:
    """Return the article whose state `split_body` gave; its text and lines are read
    with `read_body` when first asked for (see `Article.__getattr__`)."""
    article = object.__new__(Article)
    article.__dict__.update(zip(STATE_FIELDS, values, strict=True))
    article.__dict__["_packed"] = read_body
    return article


# `lines` has a default for `Article(...)`, but no class attribute: an unpacked
# article's lines must be looked up through `__getattr__`, not found as `()`.
del Article.lines

# A word, for tagging and the story fingerprint: a run of letters, digits and `_`.
WORD = re.compile(r"\w+")

# `copyreg.__newobj__` is how pickle makes an instance without calling `__init__` (the
# NEWOBJ opcode); typeshed does not list it.
_NEW_OBJECT = copyreg.__newobj__  # type: ignore[attr-defined]
_VERDICTS = tuple(Verdict)
_VERDICT_CODES = {verdict: code for code, verdict in enumerate(_VERDICTS)}
_PACKED_FIELDS = ("text", "lines")
_FIELD_NAMES = frozenset(Article.__dataclass_fields__)
# Read by no stage after the per-seed ones: `page_meta` reaches pages only through the
# fields the metadata stage sets from it.
_UNSHOWN_FIELDS = frozenset({"text", "lines", "fingerprint", "slugs", "page_meta"})
# Shown by the article's page, and by the home page and the feeds (which key on
# `shown_digest`), but read by no other listing and no linking stage.
_PAGE_FIELDS = (
    "description",
    "description_from",
    "authors",
    "authors_from",
    "dateline",
    "dateline_from",
    "url",
    "url_from",
    "uncertain",
    "note",
    "recurring",
)
_UNLISTED_FIELDS = _UNSHOWN_FIELDS | frozenset(_PAGE_FIELDS)
_LISTED_FIELDS = tuple(
    name for name in Article.__dataclass_fields__ if name not in _UNLISTED_FIELDS
)
# The listed fields that hold other articles (`Copy` named tuples, which `marshal` does
# not write as they are), and the others.
_LINK_LISTS = ("copies", "related")
_LINKS = ("earlier", "later")
_PLAIN_LISTED_FIELDS = tuple(name for name in _LISTED_FIELDS if name not in _LINK_LISTS + _LINKS)
_UNPACKED_FIELDS = tuple(
    name for name in Article.__dataclass_fields__ if name not in _PACKED_FIELDS
)
# An article's state as the cache keeps it (`split_body`): its fields but the packed
# ones, then the values derived from them that every build reads.
STATE_FIELDS = (
    *_UNPACKED_FIELDS,
    "removed_codes",
    "word_count",
    "lines_digest",
    "listed_digest",
    "shown_digest",
)


def _pack(text: str, lines: tuple[Line, ...]) -> bytes:
    numbers = tuple(line.number for line in lines)
    texts = tuple(line.text for line in lines)
    codes = bytes(_VERDICT_CODES[line.verdict] for line in lines)
    return pickle.dumps((text, numbers, texts, codes), pickle.HIGHEST_PROTOCOL)


def _unpack(packed: bytes) -> dict[str, object]:
    text, numbers, texts, codes = pickle.loads(packed)
    lines = tuple(map(Line, numbers, texts, [_VERDICTS[code] for code in codes]))
    return {"text": text, "lines": lines}
