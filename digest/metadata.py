"""Read an article's metadata from the lines the cleaner set aside.

One `extract_*` function per field, each a short fallback chain over evidence the
page shows. A field nothing evidences stays empty: a digest that guesses a date or a
source cannot be trusted on any of them. For a saved web page, what its markup says
(`PageMeta`: title, date, authors, site name) is the last link of each chain.
"""

from __future__ import annotations

import re
from dataclasses import replace

from digest.article import Article, Line, PageMeta, Verdict
from digest.datelines import read_dateline, strip_dateline
from digest.dates import parse_date
from digest.text import (
    ends_like_sentence,
    first_sentences,
    is_name_like,
    site_suffix,
    strip_headline_decoration,
    word_weight,
)

__all__ = ["parse_date"]  # re-exported: the date forms are part of this stage's contract

PAGE = "page"
LEDE = "lede"

# A headline derived from the lede is cut to about this many characters, at a word.
DERIVED_TITLE_CHARS = 90
# A line shorter than this many words is a menu item or a label, not a headline.
MIN_HEADLINE_WORDS = 4
# Verdicts the cleaner gives a headline it did not recognise as one (a line shaped like
# a menu entry, or one with a word of a contact block): only these may be read back.
_MAYBE_HEADLINE = frozenset(
    {Verdict.HEADLINE, Verdict.NAVIGATION, Verdict.CONTACT, Verdict.TEASER, Verdict.REPEATED}
)

_PUBLISHED = re.compile(r"\b(?:published|posted|first published)\b", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^(?:Source|Sources|Via)\s*:\s*(?P<name>.+?)\s*\.?$", re.IGNORECASE)
_ORIGINALLY = re.compile(
    r"\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on|at)\s+(?:the\s+)?"
    r"(?P<name>[^\W\d_][^.,;:!?()]{1,50}?)\s*(?:[.,;:!?()]|$)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?(?P<name>[^.,|]+)", re.I)
_CREDIT_WITH_EDITING = re.compile(
    r"^[•·\-–*\s]*(?P<name>[A-Z][\w.&’' -]{1,40}?)\s*,\s*with additional (?:editing|reporting)",
)
# `By`, and its equivalents in the languages digest meets: Von, Por, Par, Di, Door.
_BYLINE = re.compile(
    r"^(?:By|BY|Posted by|Written by|Words by|Von|Por|Par|Di|Door)\s+(?P<names>.+)$"
)
# What follows the names on a byline: `on March 3, 2024`, `| Updated ...`, `- 5 min`.
_BYLINE_TAIL = re.compile(r"\s+(?:on\s+\S.*|[|·•—–-]\s.*)$")
_REPORTING = re.compile(r"Reporting by (?P<names>[^;)]+)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|,|&)\s*")
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has)\b")
# A bio names the writer's employer: `... correspondent at the Amsterdam Courant`.
_BIO_EMPLOYER = re.compile(
    r"\b(?:at|for|with)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
# Header lines that name a writer without `By`: `KENJI TANAKA, Nikkei staff writer`,
# `Helen Davidson in Taipei`, `김민수 기자` (Korean: reporter).
_WRITER_WITH_JOB = re.compile(
    r"^(?P<name>[^,]{3,40}),\s+.*\b(?:writer|reporter|correspondent|editor|journalist"
    r"|columnist)s?\b",
    re.IGNORECASE,
)
_WRITER_IN_PLACE = re.compile(r"^(?P<name>\S+(?:\s+\S+){1,3})\s+in\s+[A-Z][\w .'’-]{1,30}$")
_WRITER_CJK = re.compile(
    r"^(?P<name>[\uac00-\ud7af\u4e00-\u9fff]{2,4})\s*(?:기자|특파원|記者|特派員)$"
)
# The segment before a date in a date header credits the publication: `TNN | Feb 29, 2024`.
_HEADER_SEGMENTS = re.compile(r"\s+[|·•]\s+")
# Words of a desk or a job, not of a person's name: `By Staff Reporter`, `By Reuters`.
_NOT_A_PERSON = re.compile(
    r"\b(?:staff|desk|team|reporter|correspondent|editor|editors|agency|agencies|news|bureau"
    r"|newsroom|reuters|afp|ap|bloomberg|wire|online|service|writer)\b",
    re.IGNORECASE,
)


def extract_metadata(article: Article) -> Article:
    """Fill title, date, source, authors, dateline and description from the page."""
    lines = article.lines
    meta = article.page_meta or PageMeta()
    headline_line, standfirst = find_headline(lines)
    headline = (strip_headline_decoration(headline_line) if headline_line else None) or page_title(
        meta
    )
    authors = extract_authors(lines) or page_authors(meta)
    dateline, agency = extract_dateline(lines)
    source = (
        extract_source(lines, agency)
        or site_suffix(headline_line or "")
        or site_suffix(meta.title or "")
        or meta.site_name
    )
    found_date = extract_date(lines) or meta.date
    description = standfirst or extract_description(lines)
    from_standfirst = bool(standfirst or _with(lines, Verdict.STANDFIRST))
    return replace(
        article,
        headline=headline,
        title=headline or title_from_lede(lines),
        title_from=PAGE if headline else LEDE,
        date=found_date,
        date_from=PAGE if found_date else None,
        source=source,
        source_from=PAGE if source else None,
        authors=authors,
        authors_from=PAGE if authors else None,
        dateline=dateline,
        dateline_from=PAGE if dateline else None,
        description=description,
        description_from=(PAGE if from_standfirst else LEDE) if description else None,
    )


def _with(lines: tuple[Line, ...], *verdicts: Verdict) -> list[str]:
    return [line.text for line in lines if line.verdict in verdicts]


def header(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Return the lines above the article's first kept line: where a page puts its metadata."""
    for index, line in enumerate(lines):
        if line.verdict.kept:
            return lines[:index]
    return lines


def _headline_like(line: Line) -> bool:
    text = line.text
    return (
        line.verdict in _MAYBE_HEADLINE
        and word_weight(text) >= MIN_HEADLINE_WORDS
        and (not ends_like_sentence(text) or text.rstrip().endswith("?"))
        and not _BYLINE.match(text)
        and parse_date(text) is None
    )


def find_headline(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """Return the headline line the page shows, and a standfirst taken for the headline.

    The cleaner's headline wins, except when the header line right above it is shaped
    like a headline too: a page shows the headline first and its standfirst under it,
    so the upper line is the headline and the cleaner's is the standfirst. With no
    headline found by the cleaner, the headline-shaped header line nearest the body is.
    """
    top = header(lines)
    marked = [index for index, line in enumerate(lines) if line.verdict is Verdict.HEADLINE]
    if marked:
        index = marked[0]
        above = top[index - 1] if 0 < index <= len(top) else None
        if (
            above is not None
            and above.verdict is not Verdict.HEADLINE
            and _headline_like(above)
            and word_weight(above.text) < word_weight(lines[index].text)
        ):
            return above.text, lines[index].text
        return lines[index].text, None
    for line in reversed(top):
        if _headline_like(line):
            return line.text, None
    return None, None


def page_title(meta: PageMeta) -> str | None:
    """Return the title a web page gives itself, without a date prefix or a site suffix."""
    return strip_headline_decoration(meta.title or "") or None


def page_authors(meta: PageMeta) -> tuple[str, ...]:
    """Return the authors a web page's markup names, leaving out desks and agencies.

    Names are not held to `is_name_like`: the markup says they are names, and names in
    other scripts have no capitals.
    """
    return tuple(name for name in meta.authors if not _NOT_A_PERSON.search(name))


def lede(lines: tuple[Line, ...]) -> str:
    """Return the first body paragraph without its dateline (`TOKYO (Reuters) -`)."""
    body = _with(lines, Verdict.BODY)
    return strip_dateline(body[0]) if body else ""


def title_from_lede(lines: tuple[Line, ...]) -> str:
    """Derive a display title from the first sentence of the lede, cut at a word."""
    text = lede(lines) or next((line.text for line in lines), "Untitled")
    sentence = first_sentences(text, limit=DERIVED_TITLE_CHARS)
    if len(sentence) <= DERIVED_TITLE_CHARS:
        return sentence.rstrip(".")
    cut = sentence[:DERIVED_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– ") + "…"


def extract_date(lines: tuple[Line, ...]) -> str | None:
    """Return the publication date from the header lines; a `Published` line wins.

    The lines the cleaner marked as headline, date or byline are read first, then any
    other line above the article (a date the cleaner took for a menu entry).
    """
    marked = _with(lines, Verdict.HEADLINE, Verdict.DATE_HEADER, Verdict.BYLINE)
    candidates = marked + [line.text for line in header(lines) if line.text not in marked]
    published = [text for text in candidates if _PUBLISHED.search(text)]
    for text in published + candidates:
        if _PUBLISHED.search(text):
            text = _PUBLISHED.split(text, maxsplit=1)[1]
        found = parse_date(text)
        if found:
            return found
    return None


def extract_dateline(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """Return the dateline city and the credited agency that open the first paragraph."""
    body = _with(lines, Verdict.BODY)
    if not body:
        return None, None
    city, agency, _ = read_dateline(body[0])
    return city, agency


def extract_source(lines: tuple[Line, ...], agency: str | None = None) -> str | None:
    """Return the publication credited on the page: an explicit credit of the original wins.

    In order: `Source: X` or `originally published by X`; the agency of the dateline;
    a credit beside the date above the article; a credit line that is a name; a
    copyright line; the employer a bio names.
    """
    credits = _with(lines, Verdict.CREDIT)
    for text in credits:
        for pattern in (_SOURCE_LINE, _CREDIT_WITH_EDITING):
            match = pattern.match(text)
            if match:
                return match["name"].strip()
    for line in lines:
        found = None if line.verdict.kept else _ORIGINALLY.search(line.text)
        if found:
            return found["name"].strip()
    if agency:
        return agency
    found_credit = header_credit(lines) or next((t for t in credits if is_name_like(t)), None)
    if found_credit:
        return found_credit
    for text in credits + _with(lines, Verdict.FOOTER):
        match = _COPYRIGHT.match(text)
        if match and match["name"].strip():
            return match["name"].strip()
    for text in _with(lines, Verdict.BIO):
        match = _BIO_EMPLOYER.search(text)
        if match:
            return match["name"].strip().rstrip(".")
    return None


def header_credit(lines: tuple[Line, ...]) -> str | None:
    """Return the name a date header gives before its date: `TNN | Feb 29, 2024`."""
    for text in _with(header(lines), Verdict.DATE_HEADER):
        segments = _HEADER_SEGMENTS.split(text)
        if len(segments) > 1 and parse_date(segments[0]) is None and parse_date(segments[1]):
            name = segments[0].strip()
            if is_name_like(name) and not _PUBLISHED.search(name):
                return name
    return None


def extract_authors(lines: tuple[Line, ...]) -> tuple[str, ...]:
    """Return the people credited with writing: bylines, `Reporting by`, an author's bio."""
    names: list[str] = []
    bylines = _with(lines, Verdict.BYLINE, Verdict.DATE_HEADER)
    for text in bylines + [line.text for line in header(lines) if line.text not in bylines]:
        match = _BYLINE.match(text)
        if match:
            names += split_names(_BYLINE_TAIL.sub("", match["names"]))
            continue
        for pattern in (_WRITER_WITH_JOB, _WRITER_IN_PLACE, _WRITER_CJK):
            found = pattern.match(text)
            if found and (pattern is _WRITER_CJK or len(found["name"].split()) >= 2):
                names += (
                    split_names(found["name"]) if pattern is not _WRITER_CJK else [found["name"]]
                )
                break
    for text in _with(lines, Verdict.CREDIT):
        match = _REPORTING.search(text)
        if match:
            names += split_names(match["names"])
    if not names:
        for text in _with(lines, Verdict.BIO):
            match = _BIO_NAME.match(text)
            if match:
                names.append(match["name"])
                break
    return tuple(dict.fromkeys(names))


def split_names(text: str) -> list[str]:
    """Split `A, B and C` into names, leaving out desks and job titles."""
    names = [name.strip(" .") for name in _NAME_SPLIT.split(text.strip())]
    return [name for name in names if is_name_like(name) and not _NOT_A_PERSON.search(name)]


def extract_description(lines: tuple[Line, ...]) -> str:
    """Return the standfirst when the page has one, otherwise the lede's first sentences."""
    standfirst = _with(lines, Verdict.STANDFIRST)
    if standfirst:
        return standfirst[0]
    return first_sentences(lede(lines))
