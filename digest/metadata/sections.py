"""The sections a page files its article under, read from its breadcrumb trail.

A section (`Ports`, `The Long Haul` of a podcast network) is named in a page's menus and
heads its `More from X` lists as often as the site names itself; the source readers
(digest/metadata/sourcing.py) set these names aside.
"""

from __future__ import annotations

import re

from digest.article_parts import Line
from digest.metadata.selfnames import fold
from digest.text import is_breadcrumb

# The separators of a breadcrumb trail: `Home › Ports › West Coast`, `News » World`.
_BREADCRUMB = re.compile(r"\s+[›»>]\s+")
_SLASHED_BREADCRUMB = re.compile(r"\s+[›»>/]\s+")
_YEAR_OR_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\d:\d\d")


def breadcrumb_sections(lines: tuple[Line, ...]) -> frozenset[str]:
    """Return the names a breadcrumb trail (`Home › Ports › West Coast`) lists after its
    first entry, folded: the sections the article is filed under, which the page names in
    its menus and `More from Ports` lists as often as a site names itself."""
    sections = set()
    for line in lines:
        # A slash parts a trail of section names too (`Shows / The Long Haul`); elsewhere
        # it parts a photo's credit (`Kiara Lewis / The Capitol Beacon`) or a date line's
        # time and credit (`November 20, 2019 / 1:07 AM / CBS News`).
        slashed = is_breadcrumb(line.text) and not _YEAR_OR_TIME.search(line.text)
        marks = _SLASHED_BREADCRUMB if slashed else _BREADCRUMB
        parts = [part.strip() for part in marks.split(line.text)]
        if len(parts) >= 2 and all(parts) and not line.verdict.kept:
            sections |= {fold(part) for part in parts[1:]}
    return frozenset(sections)
