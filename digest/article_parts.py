"""The values an `Article` is made of: its lines, a line's verdict, a link to another
article, what a web page says of itself.

The stages that run before an Article exists (ingest, clean) and those that read only
lines (metadata) import them from here, apart from the Article's pickling, digests and
field tables (digest/article.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from digest.text import word_weight


class Verdict(Enum):
    """What the cleaner decided about one raw line, with the reason a curator reads."""

    BODY = "body paragraph"
    SUBHEADING = "subheading"
    LIST_ITEM = "list item"
    HEADLINE = "headline"
    STANDFIRST = "standfirst (used as the description)"
    BYLINE = "byline"
    DATE_HEADER = "date and category header"
    CREDIT = "wire or source credit"
    CAPTION = "photo caption or credit"
    CALL_TO_ACTION = "call to action (subscribe, share, follow, search)"
    CONTACT = "contact block"
    COUNTER = "view, comment or reading-time counter"
    TEASER = "teaser for another article"
    LINK_LIST = "link list"
    TAG_LIST = "tag list"
    BIO = "author bio"
    REPEATED = "line repeated on the page"
    COMMENTS = "comments section"
    NAVIGATION = "navigation before the article"
    FOOTER = "page furniture after the article"
    RECURRING = "repeated on other pages of the digest"
    CURATOR = "dropped by the curator (curation.yml)"

    def __reduce_ex__(self, protocol: object) -> tuple[object, tuple[object, ...]]:
        # By name, through getattr: unpickling by value goes through Enum's slow lookup,
        # once per cached article (digest/prepare.py).
        return getattr, (Verdict, self.name)

    def __init__(self, reason: str) -> None:
        # Whether lines with this verdict belong to the cleaned body: a plain attribute,
        # not a property, as it is asked of every line of every article, many times.
        self.kept = self.name in ("BODY", "SUBHEADING", "LIST_ITEM")


class Line(NamedTuple):
    """One non-blank raw line, its 1-based number in the input, and the cleaner's verdict.

    A named tuple rather than a dataclass: an article has dozens of lines, and a
    cached article is read back twice as fast with them as plain tuples.
    """

    number: int
    text: str
    verdict: Verdict


class Copy(NamedTuple):
    """Another copy of the same story, or another story, as an article's page links to it.

    A named tuple, as `Line` is: each article holds a dozen, and every build compares
    and hashes them all (`render_key`).
    """

    id: str
    title: str
    source: str | None
    slug: str


@dataclass(frozen=True)
class PageMeta:
    """What a saved web page says about itself, as its HTML marks it up.

    Chosen from the page's structured data, meta tags, `<title>`, `<h1>` and byline by
    agreement (digest/ingest/pagemeta.py); for a web page the metadata stage prefers it to
    lines guessed from the article's text. A field the markup does not evidence is empty.
    """

    title: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    url: str | None = None  # the canonical link, else og:url
    # The page's own summary of the article (JSON-LD `description`, `og:description`).
    description: str | None = None
    # The extractor's guess (trafilatura reads `<time>` and visible date lines), weaker than
    # the markup's statement and than a date line of the article's own text.
    guessed_date: str | None = None
    # The writers the page's visible byline names, read as a text scrape's are, where
    # the markup names none (`digest.metadata.bylines.shown_writers`).
    shown_authors: tuple[str, ...] = ()


def kept_words(lines: Sequence[Line]) -> int:
    """Count the words of the lines the cleaner kept; in Chinese, Japanese or Thai, which
    write no space between words, a word's worth of characters counts as one
    (`digest.text.word_weight`)."""
    return round(sum(word_weight(line.text) for line in lines if line.verdict.kept))
