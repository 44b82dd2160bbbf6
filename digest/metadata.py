"""Read an article's metadata from the lines the cleaner set aside.

One `extract_*` function per field, each a short fallback chain over evidence the
page shows. A field nothing evidences stays empty: a digest that guesses a date or a
source cannot be trusted on any of them. For a saved web page, what its markup says
(`PageMeta`: title, date, authors, site name) is the last link of each chain.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from digest.article import Article, Line, PageMeta, Verdict
from digest.text import first_sentences, is_name_like, strip_headline_decoration

PAGE = "page"
LEDE = "lede"

# A headline derived from the lede is cut to about this many characters, at a word.
DERIVED_TITLE_CHARS = 90

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_FORMS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
)
_PUBLISHED = re.compile(r"\b(?:published|posted|first published)\b", re.IGNORECASE)

_WIRE_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Za-z. ]{2,20})?"
    r"\s*\((?P<agency>[A-Z][\w .&-]{1,30})\)\s*[-–—]"
)
_CITY_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z .'’-]{1,30}):\s+\S")
_SOURCE_LINE = re.compile(r"^(?:Source|Sources|Via)\s*:\s*(?P<name>.+?)\s*\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?(?P<name>[^.,|]+)", re.I)
_CREDIT_WITH_EDITING = re.compile(
    r"^[•·\-–*\s]*(?P<name>[A-Z][\w.&’' -]{1,40}?)\s*,\s*with additional (?:editing|reporting)",
)
_BYLINE = re.compile(r"^(?:By|BY)\s+(?P<names>.+)$")
_REPORTING = re.compile(r"Reporting by (?P<names>[^;)]+)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|,|&)\s*")
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has)\b")
# Words of a desk or a job, not of a person's name: `By Staff Reporter`, `By Reuters`.
_NOT_A_PERSON = re.compile(
    r"\b(?:staff|desk|team|reporter|correspondent|editor|editors|agency|agencies|news|bureau"
    r"|newsroom|reuters|afp|ap|bloomberg|wire|online|service)\b",
    re.IGNORECASE,
)


def extract_metadata(article: Article) -> Article:
    """Fill title, date, source, authors, dateline and description from the page."""
    lines = article.lines
    meta = article.page_meta or PageMeta()
    headline = extract_headline(lines) or page_title(meta)
    authors = extract_authors(lines) or page_authors(meta)
    dateline, agency = extract_dateline(lines)
    source = extract_source(lines) or agency or meta.site_name
    found_date = extract_date(lines) or meta.date
    description = extract_description(lines)
    standfirst = bool(_with(lines, Verdict.STANDFIRST))
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
        description_from=(PAGE if standfirst else LEDE) if description else None,
    )


def _with(lines: tuple[Line, ...], *verdicts: Verdict) -> list[str]:
    return [line.text for line in lines if line.verdict in verdicts]


def extract_headline(lines: tuple[Line, ...]) -> str | None:
    """Return the headline the page shows, without a date prefix or a site suffix."""
    found = _with(lines, Verdict.HEADLINE)
    return strip_headline_decoration(found[0]) if found else None


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
    """Return the first body paragraph without its wire dateline (`TOKYO (Reuters) -`)."""
    body = _with(lines, Verdict.BODY)
    return _WIRE_DATELINE.sub("", body[0]).strip() if body else ""


def title_from_lede(lines: tuple[Line, ...]) -> str:
    """Derive a display title from the first sentence of the lede, cut at a word."""
    text = lede(lines) or next((line.text for line in lines), "Untitled")
    sentence = first_sentences(text, limit=DERIVED_TITLE_CHARS)
    if len(sentence) <= DERIVED_TITLE_CHARS:
        return sentence.rstrip(".")
    cut = sentence[:DERIVED_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– ") + "…"


def parse_date(text: str) -> str | None:
    """Return the first well-formed calendar date written in `text`, as YYYY-MM-DD."""
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            month_text = match["month"]
            month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
            try:
                return date(int(match["year"]), month or 0, int(match["day"])).isoformat()
            except ValueError:
                continue
    return None


def extract_date(lines: tuple[Line, ...]) -> str | None:
    """Return the publication date from the header lines; a `Published` line wins."""
    candidates = _with(lines, Verdict.HEADLINE, Verdict.DATE_HEADER, Verdict.BYLINE)
    published = [text for text in candidates if _PUBLISHED.search(text)]
    for text in published + candidates:
        if _PUBLISHED.search(text):
            text = _PUBLISHED.split(text, maxsplit=1)[1]
        found = parse_date(text)
        if found:
            return found
    return None


def extract_dateline(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """Return the dateline city and the credited agency of `CITY (Agency) -` or `CITY:`."""
    body = _with(lines, Verdict.BODY)
    if not body:
        return None, None
    lede = body[0]
    wire = _WIRE_DATELINE.match(lede)
    if wire:
        return _city(wire["city"]), wire["agency"].strip()
    plain = _CITY_DATELINE.match(lede)
    return (_city(plain["city"]) if plain else None), None


def _city(text: str) -> str:
    return text.strip().title() if text.isupper() else text.strip()


def extract_source(lines: tuple[Line, ...]) -> str | None:
    """Return the publication credited on the page: an explicit credit of the original wins."""
    credits = _with(lines, Verdict.CREDIT)
    for text in credits:
        for pattern in (_SOURCE_LINE, _CREDIT_WITH_EDITING):
            match = pattern.match(text)
            if match:
                return match["name"].strip()
    for text in credits:
        if is_name_like(text):
            return text
    for text in credits:
        match = _COPYRIGHT.match(text)
        if match and match["name"].strip():
            return match["name"].strip()
    return None


def extract_authors(lines: tuple[Line, ...]) -> tuple[str, ...]:
    """Return the people credited with writing: bylines, `Reporting by`, an author's bio."""
    names: list[str] = []
    for text in _with(lines, Verdict.BYLINE):
        match = _BYLINE.match(text)
        if match:
            names += split_names(match["names"])
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
