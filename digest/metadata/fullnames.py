"""The full name a site calls itself by its short name for.

A site calls itself by one word in its menus (`Subscribe to the Record`, `About Quanta`)
and by its full name where it signs: its copyright notice (`© 2026 The Prairie
Record`), its staff's photo credits (`Kiara Lewis / The Capitol Beacon`), its notices
(`Quanta Magazine moderates comments`). A reader knows the publication by that full
name; digest/metadata/sourcing.py reads the short one, and asks here for the full one.
"""

from __future__ import annotations

import re
from collections import Counter

from digest.article_parts import Line
from digest.metadata.credits import reads_as_a_person
from digest.metadata.selfnames import CORPORATE, Evidence
from digest.metadata.wires import PUBLICATION_WORD

# A site's full name (`The Prairie Record`) is a few words.
MAX_FULL_NAME_WORDS = 4
# The full name is taken from this many lines of the page's furniture.
MIN_FULL_NAME_LINES = 2


def full_name(key: str, forms: dict[str, list[Evidence]]) -> str | None:
    """Return the full name a one-word site name is short for, where the page's copyright
    notice or its staff's photo credits give it: the menus' `Record` (`Subscribe to the
    Record`) of `© 2026 The Prairie Record`, the `Beacon` of `(Kiara Lewis / The Capitol
    Beacon)`. A paper is called by its last word; its owner (`Beacon Community Media`)
    and a writer are not."""
    if len(key.split()) != 1:
        return None
    for other, group in forms.items():
        words = other.split()
        for item in group:
            if (
                item.kind in ("copyright", "photo")
                and 2 <= len(words) <= MAX_FULL_NAME_WORDS
                and words[-1] == key
                and not CORPORATE.search(item.name)
                and not reads_as_a_person(item.name)
            ):
                return item.name
    return None


# Publication words that name a site's service as readily as the site: `Dawn News`.
_SERVICE_WORDS = frozenset({"news", "nieuws", "wire", "today", "report", "letter", "review"})


def called_in_full(key: str, lines: tuple[Line, ...]) -> str | None:
    """Return the name a one-word site name opens, where lines of the page set aside from
    the article write it in full with a publication's word (`Get Quanta Magazine delivered
    to your inbox`, `Quanta Magazine moderates comments` beside `About Quanta`): a site
    calls itself by its first word in its menus and in full in its notices. `News` after
    a name names its news service (`NOS Nieuws`, `Dawn News`), not the site in full."""
    if len(key.split()) != 1:
        return None
    pattern = re.compile(r"(?<!\w)(" + re.escape(key) + r"\s+[^\W\d_]+)(?!\w)", re.IGNORECASE)
    found = Counter(
        match[1]
        for line in lines
        if not line.verdict.kept
        for match in pattern.finditer(line.text)
        if PUBLICATION_WORD.fullmatch(word := match[1].split()[-1])
        and word.casefold() not in _SERVICE_WORDS
    )
    full, count = found.most_common(1)[0] if found else ("", 0)
    return full if count >= MIN_FULL_NAME_LINES and full[:1].isupper() else None


# A company named after its publication adds a business's word to the title: `Forbes
# Media`, `The Slate Group`, `Express Newspapers` (a legal form alone, `AOL Inc.`, names
# the company itself).
_NAMED_AFTER_A_TITLE = re.compile(
    r"^(?:the\s+)?(?P<title>.+?)\s+(?:media|group|newspapers|publishing|holdings"
    r"|communications|company|enterprises|interactive)$",
    re.IGNORECASE,
)
# A publication prefixes this many of its menu and footer lines with its title.
MIN_PREFIXED_LINES = 3


def publication_of_the_holder(holder: str, lines: tuple[Line, ...]) -> str | None:
    """Return the publication a copyright holder is named after (`Forbes` of `© 2019
    Forbes Media LLC`), where the page's furniture prefixes its sections with that title
    (`Forbes Daily Cover Stories`, `Forbes Travel Guide`, `Forbes 400`), as a site does
    with its own name. A group prefixes its divisions with it instead (`Hearst
    Newspapers`, `Hearst Media Services`): the owner of many titles, none of them named."""
    named = _NAMED_AFTER_A_TITLE.match(holder.strip(" .,"))
    if not named or len(named["title"].split()) > MAX_FULL_NAME_WORDS:
        return None
    title = named["title"]
    prefixed = re.compile(r"^" + re.escape(title) + r"\s+(?P<next>\S+)", re.IGNORECASE)
    after = [
        found["next"]
        for line in lines
        if not line.verdict.kept and (found := prefixed.match(line.text))
    ]
    if len(after) < MIN_PREFIXED_LINES or any(_NAMED_AFTER_A_TITLE.match(f"x {w}") for w in after):
        return None
    return title
