"""Evidence that an article is about a tag, not a name it drops in passing.

A tag's name in the headline or the lede (the standfirst and the first paragraph) is
evidence; past the lede it takes mentions in `MENTIONS_PAST_THE_LEDE` paragraphs. A name
inside one of the tag's exclude phrases (`chip` in `chip away`) is no mention, and an
ambiguous name (`chips`, `Washington`) counts only in an article that also holds one of
the tag's context words or one of its plain names. `digest/tags/taxonomy.py` reads the words
from taxonomy.yml and compiles them (`TagPatterns`); this module only weighs them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from functools import cached_property

from digest.tags.name_patterns import name_pattern

# A name mentioned in one paragraph past the lede is most often background (a country
# named in a company's description, a topic in a list of others): a second paragraph
# that names it, or a mention in the headline or lede, shows the article is about it.
MENTIONS_PAST_THE_LEDE = 2

# A compass word right before a name makes it a region of the place ("a storm struck
# much of the eastern United States", "snow across northern Japan"): the weather, a
# landscape or a route, not the state, so no mention of the tag. No company, topic or
# institution of a taxonomy follows "eastern" or "central" as its own name.
REGION_WORD_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:(?:north|south)-?(?:east|west)|north|south|east|west|mid-?west)ern|central)"
    r"\s+\Z"
)
# How far back the compass word is looked for: the longest word and its space.
REGION_WORD_REACH = 20


class TagPatterns:
    """One tag's words, each kind compiled into a pattern on first need, None where the
    entry lists none: most texts that may hold a tag's names never need its context
    words or exclude phrases, and compiling a long alternation takes milliseconds. The
    context words are looked for one by one (`Taxonomy.word_pattern`)."""

    def __init__(self, words: Mapping[str, tuple[str, ...]], variants: dict[str, str]) -> None:
        self._words = words
        self._variants = variants  # the case variants of the taxonomy (`case_variants`)

    @cached_property
    def names(self) -> re.Pattern[str] | None:
        return self._compile("names")

    @cached_property
    def ambiguous(self) -> re.Pattern[str] | None:
        return self._compile("ambiguous")

    @cached_property
    def exclude(self) -> re.Pattern[str] | None:
        return self._compile("exclude")

    def _compile(self, kind: str) -> re.Pattern[str] | None:
        words = self._words[kind]
        return name_pattern(words, self._variants) if words else None


def evident(
    patterns: TagPatterns,
    top: str,
    body: str,
    names_held: bool,
    ambiguous_held: bool,
    holds_context: Callable[[], bool],
) -> bool:
    """Say whether the article names the tag in `top` (headline and lede) or in at least
    `MENTIONS_PAST_THE_LEDE` paragraphs of `body`, its ambiguous names counting only in
    an article that holds a context word or a plain name of the tag. `*_held` say which
    kinds of name the text may hold (the needle index), so the others are not looked for;
    `holds_context` says whether the article holds one of the tag's context words, asked
    only when the plain names leave it open (the caller remembers the answer per list:
    the countries share one).

    Paragraphs, not matches: "the European Union (EU)" and "IBM (IBM.N)" name it once.
    """
    head, rest = Passage(top, patterns), Passage(body, patterns)
    plain: set[int] = set()
    if names_held:
        if head.paragraphs(patterns.names, 1):
            return True
        plain = rest.paragraphs(patterns.names, MENTIONS_PAST_THE_LEDE)
    if len(plain) >= MENTIONS_PAST_THE_LEDE or not ambiguous_held:
        return len(plain) >= MENTIONS_PAST_THE_LEDE
    if not head.paragraphs(patterns.ambiguous, 1):
        counted = plain | rest.paragraphs(patterns.ambiguous, MENTIONS_PAST_THE_LEDE)
        if len(counted) < MENTIONS_PAST_THE_LEDE:
            return False
    return bool(plain) or holds_context()


class Passage:
    """A text to find one tag's names in, and where its exclude phrases are, found on
    first need."""

    def __init__(self, text: str, patterns: TagPatterns) -> None:
        self.text = text
        self._patterns = patterns
        # The exclude phrases of the last line looked at: (its start, its end, their spans).
        self._line: tuple[int, int, list[tuple[int, int]]] = (0, -1, [])

    def paragraphs(self, pattern: re.Pattern[str] | None, limit: int) -> set[int]:
        """Return where the paragraphs (lines) that mention a name of `pattern` start, the
        first `limit` of them; a name inside an exclude phrase (`chip` in `chip away`) is
        no mention. Once a paragraph counts, the search goes on from the next one."""
        found: set[int] = set()
        text, position = self.text, 0
        while pattern is not None and len(found) < limit:
            match = pattern.search(text, position)
            if match is None:
                break
            start = match.start()
            if self._cancelled(match) or _in_region(text, start):
                position = start + 1
                continue
            found.add(text.rfind("\n", 0, start) + 1)
            position = text.find("\n", start) + 1
            if not position:
                break
        return found

    def _cancelled(self, match: re.Match[str]) -> bool:
        """Say whether an exclude phrase covers `match`.

        The phrases are looked for in the match's line only, once per line (the names
        come in text order): a text with no excluded name in it is never scanned for
        them. The phrases one scan finds do not overlap, so the last one starting at or
        before the match is the only one that can cover it.
        """
        exclude = self._patterns.exclude
        if exclude is None:
            return False
        text, start = self.text, match.start()
        line_start, line_end, phrases = self._line
        if not line_start <= start <= line_end:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            phrases = [phrase.span() for phrase in exclude.finditer(text, line_start, line_end)]
            self._line = (line_start, line_end, phrases)
        before = bisect_right(phrases, (start, len(text))) - 1
        return before >= 0 and match.end() <= phrases[before][1]


def _in_region(text: str, start: int) -> bool:
    """Say whether a compass word stands right before the name starting at `start`."""
    return REGION_WORD_BEFORE.search(text, max(0, start - REGION_WORD_REACH), start) is not None


def first_paragraph(body: str) -> str:
    """Return the first line of `body` that is not blank (without splitting all of it)."""
    start = 0
    while True:
        end = body.find("\n", start)
        line = body[start:] if end < 0 else body[start:end]
        if line.strip():
            return line
        if end < 0:
            return ""
        start = end + 1
