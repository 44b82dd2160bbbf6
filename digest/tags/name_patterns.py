"""Finding names as whole words in a text, quickly: what tagging looks for.

Two steps: a needle per name says which words a text must hold for the name to be in it,
a cheap lookup that rules out most names (`NeedleIndex`); a pattern then finds the names
themselves (`name_pattern`).

A name written with a capital (`ASML`, `Japan`) is matched exactly as written, a name in
lower case (`export controls`) in any case; each space of a name matches any run of white
space, and a straight apostrophe any apostrophe a page prints (`chips 'n' dip` is found in
`chips ‘n’ dip`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from digest.article import WORD

# Chinese and Japanese do not separate words with spaces, so a name ending in one of
# their characters is matched without a word boundary on that side.
NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD_CHARACTER = re.compile(r"\w")
# The apostrophes pages print where a curator types a straight one.
_APOSTROPHES = "['\u2018\u2019\u02bc]"


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
    return Needle(tuple(WORD.findall(name.casefold())), bool(NO_SPACES.search(name)))


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


def needle_index(needles_by_tag: Sequence[Iterable[Needle]]) -> NeedleIndex:
    """File each tag's needles (the tags in order): under their longest word, as
    substrings, or as wordless."""
    by_word: dict[str, list[tuple[int, Needle]]] = {}
    inside = []
    wordless = set()
    for position, needles in enumerate(needles_by_tag):
        for entry in needles:
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


def name_pattern(names: tuple[str, ...], variants: dict[str, str] | None = None) -> re.Pattern[str]:
    """Match any of `names` as whole words.

    A name written with a capital (`ASML`, `Japan`) is matched exactly as written, or
    in capitals as datelines and some headlines print it (`WASHINGTON (CNN) -`), so
    `AI` does not match `ai` inside other text; a name written in lower case
    (`export controls`) is matched in any case, as at the start of a sentence.

    Every branch opens with one fixed character, the name's first as written or each
    character that one matches in any case, and tests the word boundary just behind
    it: the regex engine then jumps from one such character to the next, where a
    branch opening with the boundary test would be tried at every position of the text.
    `variants` holds those characters (`case_variants`) when the caller has them.
    """
    variants = variants or case_variants(first_letters(names))
    capitals = [name.upper() for name in names if name not in (name.lower(), name.upper())]
    return re.compile(
        "|".join(
            branch
            for name in sorted(dict.fromkeys([*names, *capitals]), key=len, reverse=True)
            for branch in _branches(name, variants)
        )
    )


def _branches(name: str, variants: dict[str, str]) -> list[str]:
    """Return the branches matching `name`, one per character it may start with.

    A leading space stands for any run of white space, so a name starting with one
    (never one read from the file, which strips names) keeps a single branch. A name
    ending in a character that is no part of a word (`US$`, `U.S.`) ends there, so
    `US$` is found in `US$25`.
    """
    folds = name == name.lower()
    after = "" if NO_SPACES.match(name[-1]) or not _WORD_CHARACTER.match(name[-1]) else r"(?!\w)"
    if name[0] == " ":
        return [rf"(?<!\w){_body(name, folds)}{after}"]
    rest = _body(name[1:], folds)
    branches = []
    for first in variants[name[0]] if folds else name[0]:
        escaped = re.escape(first)
        before = "" if NO_SPACES.match(name[0]) else rf"(?<!\w{escaped})"
        branches.append(f"{escaped}{before}{rest}{after}")
    return branches


def _body(text: str, folds: bool) -> str:
    """Match `text` with any run of white space for each space and any apostrophe for a
    straight one, in any case if `folds`."""
    body = re.escape(text).replace(r"\ ", r"\s+").replace("'", _APOSTROPHES)
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
