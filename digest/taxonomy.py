"""Tags from a taxonomy: each tag is given by the names that signal it.

`taxonomy.yml` maps a tag to the names (companies, countries, institutions, topic
phrases) whose appearance in an article signals it. Tags come only from that file,
so the tags index stays a fixed vocabulary a curator controls, not whatever words a
scrape happens to hold. The file is read and checked once (`load_taxonomy`), every
error naming the file and line; tagging itself (`tags_for`) is a pure function.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import chain
from pathlib import Path

import yaml

from digest.article import WORD, Article
from digest.config import ConfigError, load_yaml, mapping_items, scalar_text
from digest.render import own_tag_slug

TAXONOMY = "taxonomy"

# Chinese and Japanese do not separate words with spaces, so a name ending in one of
# their characters is matched without a word boundary on that side.
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Tag:
    """One tag of the taxonomy and the names that signal it (their pattern is the
    taxonomy's: `Taxonomy.pattern`)."""

    name: str
    names: tuple[str, ...]
    # For each name, the words (casefolded) a text must hold for the pattern to match
    # it: a cheap test that spares most texts the pattern's scan (see `tags_for`).
    needles: tuple[Needle, ...]


@dataclass(frozen=True)
class Needle:
    """What a text must contain for one name to match: whole words, or substrings.

    A name is matched as whole words, so each of its words is a whole word of any
    text it matches; a name in a script written without spaces may sit inside a
    longer run of letters, so its words need only be substrings.
    """

    words: tuple[str, ...]
    inside_words: bool

    def found(self, words: frozenset[str], folded: str) -> bool:
        """Say whether the text (its words and its casefolded whole) may hold the name."""
        if self.inside_words:
            return all(word in folded for word in self.words)
        return all(word in words for word in self.words)


def needle(name: str) -> Needle:
    """Return what a text must contain for `name` to match, case aside."""
    return Needle(tuple(WORD.findall(name.casefold())), bool(_NO_SPACES.search(name)))


@dataclass(frozen=True)
class NeedleIndex:
    """Every needle of a taxonomy, with the position of its tag, filed for a quick lookup.

    A needle of whole words is filed under one of its words, so only the needles under
    words a text holds are tried, not all of them. Needles of substrings are tried only
    on a text where `inside_start` finds the first word of one (English texts hold none
    of their scripts), and a name without a word is found in every text.
    """

    by_word: dict[str, tuple[tuple[int, Needle], ...]]
    inside: tuple[tuple[int, Needle], ...]
    inside_start: re.Pattern[str]
    wordless: frozenset[int]

    def tags_found(self, words: frozenset[str], folded: str) -> set[int]:
        """Return the positions of the tags that have a needle the text holds."""
        found = set(self.wordless)
        entries = [entry for word in self.by_word.keys() & words for entry in self.by_word[word]]
        if self.inside and self.inside_start.search(folded):
            entries += self.inside
        for position, entry in entries:
            if position not in found and entry.found(words, folded):
                found.add(position)
        return found


def needle_index(tags: tuple[Tag, ...]) -> NeedleIndex:
    """File each tag's needles: under their longest word, as substrings, or as wordless."""
    by_word: dict[str, list[tuple[int, Needle]]] = {}
    inside = []
    wordless = set()
    for position, tag in enumerate(tags):
        for entry in tag.needles:
            if not entry.words:
                wordless.add(position)
            elif entry.inside_words:
                inside.append((position, entry))
            else:
                by_word.setdefault(max(entry.words, key=len), []).append((position, entry))
    starts = sorted({entry.words[0] for _, entry in inside}, key=len, reverse=True)
    return NeedleIndex(
        {word: tuple(entries) for word, entries in by_word.items()},
        tuple(inside),
        re.compile("|".join(map(re.escape, starts))),
        frozenset(wordless),
    )


@dataclass(frozen=True)
class Taxonomy:
    """The tags an article may carry, in the order the file lists them."""

    tags: tuple[Tag, ...] = ()

    def __contains__(self, tag: object) -> bool:
        return any(entry.name == tag for entry in self.tags)

    @property
    def names(self) -> tuple[str, ...]:
        """Return the tag names, in file order."""
        return tuple(tag.name for tag in self.tags)

    @cached_property
    def needle_index(self) -> NeedleIndex:
        """Return the needles of all the tags, filed (see `tags_for`)."""
        return needle_index(self.tags)

    def pattern(self, position: int) -> re.Pattern[str]:
        """Return the pattern of the names of the tag at `position`, compiled on first use.

        Compiled only when a text holds the words of one of its names: a rebuild tags
        the one seed that changed, and compiling every tag's pattern (and scanning every
        character for the case variants they share) took a tenth of a second of it.
        """
        patterns = self._patterns
        if position not in patterns:
            patterns[position] = name_pattern(self.tags[position].names, self._case_variants)
        return patterns[position]

    @cached_property
    def _patterns(self) -> dict[int, re.Pattern[str]]:
        return {}

    @cached_property
    def _case_variants(self) -> dict[str, str]:
        # One scan of the characters for the whole taxonomy, not one per tag.
        return case_variants(first_letters(chain.from_iterable(t.names for t in self.tags)))


def name_pattern(names: tuple[str, ...], variants: dict[str, str] | None = None) -> re.Pattern[str]:
    """Match any of `names` as whole words.

    A name written with a capital (`ASML`, `Japan`) is matched exactly as written, so
    `AI` does not match `ai` inside other text; a name written in lower case
    (`export controls`) is matched in any case, as at the start of a sentence.

    Every branch opens with one fixed character, the name's first as written or each
    character that one matches in any case, and tests the word boundary just behind
    it: the regex engine then jumps from one such character to the next, where a
    branch opening with the boundary test would be tried at every position of the text.
    `variants` holds those characters (`case_variants`) when the caller has them.
    """
    variants = variants or case_variants(first_letters(names))
    return re.compile(
        "|".join(
            branch
            for name in sorted(names, key=len, reverse=True)
            for branch in _branches(name, variants)
        )
    )


def _branches(name: str, variants: dict[str, str]) -> list[str]:
    """Return the branches matching `name`, one per character it may start with.

    A leading space stands for any run of white space, so a name starting with one
    (never one read from the file, which strips names) keeps a single branch.
    """
    folds = name == name.lower()
    after = "" if _NO_SPACES.match(name[-1]) else r"(?!\w)"
    if name[0] == " ":
        return [rf"(?<!\w){_body(name, folds)}{after}"]
    rest = _body(name[1:], folds)
    branches = []
    for first in variants[name[0]] if folds else name[0]:
        escaped = re.escape(first)
        before = "" if _NO_SPACES.match(name[0]) else rf"(?<!\w{escaped})"
        branches.append(f"{escaped}{before}{rest}{after}")
    return branches


def _body(text: str, folds: bool) -> str:
    """Match `text` with any run of white space for each space, in any case if `folds`."""
    body = re.escape(text).replace(r"\ ", r"\s+")
    return f"(?i:{body})" if folds else body


def first_letters(names: Iterable[str]) -> frozenset[str]:
    """Return the first characters of the names matched in any case."""
    return frozenset(name[0] for name in names if name == name.lower())


# The Basic Multilingual Plane: every case pair of Unicode has both its characters
# inside it or both outside it (tests/test_taxonomy.py checks this Python's tables).
_BMP = 0x10000


@cache
def case_variants(chars: frozenset[str]) -> dict[str, str]:
    """Return, for each of `chars`, every character it matches in any case.

    The regex engine's own case-insensitive matching is run over every character
    the variants can be, so they are exactly the ones `(?i:c)` accepts: `s` also
    matches the long s and `k` the Kelvin sign, which no rule of thumb would list.
    When all of `chars` lie in the Basic Multilingual Plane, as nearly every name's
    first letter does, so do their variants, and only its 65,536 characters are
    scanned, not all 1,114,112: 9 ms instead of 60, paid by every rebuild that tags a seed.
    """
    if not chars:
        return {}
    either = re.compile("(?i:{})".format("|".join(map(re.escape, sorted(chars)))))
    found = sorted(set(either.findall(_characters_below(_scan_limit(chars)))))
    return {
        char: "".join(other for other in found if re.fullmatch(f"(?i:{re.escape(char)})", other))
        for char in chars
    }


def _scan_limit(chars: frozenset[str]) -> int:
    """Return the code point below which all the case variants of `chars` lie."""
    return _BMP if all(ord(char) < _BMP for char in chars) else sys.maxunicode + 1


@cache
def _characters_below(limit: int) -> str:
    """Return every code point below `limit`, a multiple of 65,536, in one string.

    Made as UTF-32 (little-endian) bytes and decoded: code point `n` is the four bytes
    of `n`, lowest first, so each byte column of the buffer is a simple repeating
    pattern, filled by slice assignment. That takes a tenth of the time of an array of
    Python integers.
    """
    planes = limit // _BMP
    data = bytearray(4 * limit)
    data[0::4] = bytes(range(256)) * (limit // 256)
    data[1::4] = b"".join(bytes([high]) * 256 for high in range(256)) * planes
    data[2::4] = b"".join(bytes([plane]) * _BMP for plane in range(planes))
    return data.decode("utf-32-le", "surrogatepass")


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check `taxonomy.yml`: a mapping of tag to a list of names.

    A missing file is an empty taxonomy (no tags); a malformed one raises
    `ConfigError` naming the file, the line and what was expected.
    """
    root = load_yaml(path)
    if root is None:
        return Taxonomy()
    names_of = {}
    tag_by_slug: dict[str, tuple[str, yaml.Node]] = {}
    for key, value in mapping_items(path, root, "a mapping of tag: [names that signal it]"):
        tag = scalar_text(path, key, "a tag name")
        _check_slug(path, key, tag, tag_by_slug)
        if not isinstance(value, yaml.SequenceNode) or not value.value:
            raise ConfigError(path, value, f"tag {tag!r}: expected a list of names")
        names_of[tag] = tuple(
            scalar_text(path, item, f"a name that signals {tag!r}") for item in value.value
        )
    return Taxonomy(
        tuple(Tag(tag, names, tuple(needle(n) for n in names)) for tag, names in names_of.items())
    )


def _check_slug(
    path: Path, key: yaml.Node, tag: str, tag_by_slug: dict[str, tuple[str, yaml.Node]]
) -> None:
    """Stop on a tag whose slug is empty or another tag's, and file its slug.

    The slug names the tag's feed and its section on the tags page: two tags with one
    slug would write one feed file, one of them lost, and share one anchor.
    """
    slug = own_tag_slug(tag)
    if not slug:
        raise ConfigError(
            path,
            key,
            f"tag {tag!r} has no letter or digit to name its feed and its section on the "
            "tags page by: add one to the name",
        )
    if slug in tag_by_slug:
        first, first_key = tag_by_slug[slug]
        raise ConfigError(
            path,
            key,
            f"tags {first!r} (line {first_key.start_mark.line + 1}) and {tag!r} have one "
            f"slug, {slug!r}, so they would share one feed (feeds/tags/{slug}.xml) and one "
            "section of the tags page: rename one, or list both's names under one tag",
        )
    tag_by_slug[slug] = (tag, key)


def tags_for(
    taxonomy: Taxonomy, headline: str, body: str, body_words: Iterable[str] | None = None
) -> tuple[str, ...]:
    """Return the tags, in taxonomy order, whose names the headline or the body mention.

    One mention is enough: a reader filtering by a country or a company expects every
    article that names it, and a curator removes a tag that misleads (`remove_tags`).
    Each tag's pattern runs only on a text holding the words of one of its names, found
    by looking the text's words up in the taxonomy's needle index: most articles name
    few of the tags, and a pattern scans the whole text. `body_words` are the body's
    words, case folded (`Article.body_words`), when the caller has them.
    """
    text = f"{headline}\n{body}"
    folded = text.casefold()
    if body_words is None:
        words = frozenset(WORD.findall(folded))
    else:
        words = frozenset(WORD.findall(headline.casefold())).union(body_words)
    found = taxonomy.needle_index.tags_found(words, folded)
    return tuple(
        tag.name
        for position, tag in enumerate(taxonomy.tags)
        if position in found and taxonomy.pattern(position).search(text)
    )


def tag_article(article: Article, taxonomy: Taxonomy) -> Article:
    """Give the article the taxonomy's tags found in its title and cleaned body."""
    body = "\n".join(line.text for line in article.body_lines)
    tags = tags_for(taxonomy, article.title, body, article.body_words)
    return article.evolve(tags=tags, tags_from=TAXONOMY if tags else None)
