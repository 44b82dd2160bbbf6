"""The publication day a saved web page's markup states, and the day it prints under its
headline: the markup's timestamp read as the page writes it (never converted to UTC),
giving way to the printed day where it is a UTC stamp one day off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from digest.ingest.markup import Markup, one_line
from digest.ingest.pagedates import (
    dated_among_menus,
    dates_an_update,
    is_date_line,
    labelled_publication,
    opens_with_label,
    published_date,
    written_date,
)
from digest.metadata.credits import BYLINE, PUBLISHED
from digest.metadata.dates import a_day_apart, parse_date

# `2019-11-18T23:04:24-05:00`, and ISO 8601's basic form `20180619T055000+0900`.
_ISO_DAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?![\d])")
# A timestamp in UTC: `2026-03-14T01:15:00Z`, `2026-03-14T01:15:00.000+00:00`.
_UTC_STAMP = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
# A year in a `<time>` element's text: it prints its date (`le 06/04/2013 à 10:37`).
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A content system with no date writes a zero one (`0001-01-01`, the Unix epoch
# `1970-01-01`); no news page on the web is dated that early.
_PLACEHOLDER_DAY = date(1970, 1, 1)
# Meta tags naming the publication time, strongest first.
_DATE_TAGS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "date",
)


def date_statements(markup: Markup) -> list[str]:
    """Return the publication times the markup states, strongest first."""
    found = [one_line(markup.article.get("datePublished"))]
    found += [markup.first(tag) for tag in _DATE_TAGS]
    return [value for value in found if value]


def day_written(value: str) -> str | None:
    """Return the day a timestamp writes, `YYYY-MM-DD`, as the page dates it.

    `2019-11-18T23:04:24-05:00` is 18 November where it was published: the day is
    read as written, never converted to UTC (which would make it the 19th).
    """
    match = _ISO_DAY.match(value)
    if not match:
        return parse_date(value)
    try:
        day = date(*map(int, match.groups()))
    except ValueError:
        return None
    return day.isoformat() if day > _PLACEHOLDER_DAY else None


def publication_day(
    markup: Markup, headline_index: int | None, title_line: int | None = None
) -> str | None:
    """Return the publication day: the markup's (see `choose_date`), else the date the page
    prints under its headline (its `<h1>`, or the line showing a metadata title where no
    `<h1>` holds it). A UTC timestamp's day one day off the printed date gives way to it:
    a story published at 9 p.m. in New York is stamped the next day in UTC, and the site
    dates it as its readers do; where the markup's statements name different days (a
    stale JSON-LD `datePublished`), the printed date that one of them names settles it. A
    page showing only `4 hours ago` under its headline may label the publication further
    down (`First published Sat 18 Mar`), or mark the element printing it (`<p
    class=published>`)."""
    day = choose_date(markup)
    printed = (
        date_under_headline(markup, headline_index)
        or date_under_line(markup, title_line)
        or date_in_the_byline_over(markup, headline_index)
        or labelled_publication(markup.lines)
        or next((shown for text in markup.published if (shown := written_date(text))), None)
        or stamp_under_headline(markup, headline_index)
    )
    if day and printed and a_day_apart(day, printed) and stamped_in_utc(markup):
        return printed
    stated = {found for value in date_statements(markup) if (found := day_written(value))}
    if (
        printed
        and len(stated) > 1
        and any(printed == other or a_day_apart(printed, other) for other in stated)
    ):
        return printed  # the markup contradicts itself: what the page prints settles it
    return day or printed


def date_under_headline(markup: Markup, headline_index: int | None) -> str | None:
    """Return the first date the page prints in a date line under its headline (`June 3,
    2025 — 6.12pm, updated June 4`): where a page with no publication time in its markup
    (only `dateModified`) shows when it was published."""
    if headline_index is None:
        return None
    return _first_printed_date((markup.h1s[headline_index], *markup.under_headline(headline_index)))


def stamp_under_headline(markup: Markup, headline_index: int | None) -> str | None:
    """Return the day a `<time>` element under the headline states in its `datetime`
    where it prints no year a reader could date it by (`1 day ago`): the element the page
    dates its story with, as its own markup writes the day."""
    if headline_index is None:
        return None
    header = markup.under_headline(headline_index)
    relative = (
        stamp
        for text, stamp in markup.stamped
        if text and not _YEAR.search(text) and any(text in line for line in header)
    )
    return next((day for stamp in relative if (day := day_written(stamp))), None)


def date_in_the_byline_over(markup: Markup, headline_index: int | None) -> str | None:
    """Return the date of a byline set right over the `<h1>` (`Von Moritz Bachmann
    publiziert am 30. Juli 2018`): a blog's theme may print the post's writer and day
    above its title, and nothing under it."""
    if headline_index is None or markup.h1_ends[headline_index] < 2:
        return None
    above = markup.lines[markup.h1_ends[headline_index] - 2]
    return written_date(above) if BYLINE.match(above) and is_date_line(above) else None


def date_under_line(markup: Markup, at: int | None) -> str | None:
    """Return the first date printed under the page's line `at`, the one showing a
    metadata title on a page that sets its headline in no `<h1>` (a `<div>`, an `<h2>`)."""
    if at is None:
        return None
    return _first_printed_date((markup.lines[at], *markup.header_from(at + 1)))


def _first_printed_date(lines: Sequence[str]) -> str | None:
    """Return the first date the date lines under a headline (`lines[0]`) print, an
    update's stamp standing first aside."""
    shown = []
    for index, line in enumerate(lines[1:], start=1):
        # A byline may run on into its labelled date (`رپورٹ: A شائع 20 جنوری 2025`).
        date_line = is_date_line(line) or opens_with_label(line) or PUBLISHED.search(line)
        day = (published_date(line) or written_date(line)) if date_line else None
        # A logo's `<h1>` stands over the menus and the site's date of today.
        if day and not dated_among_menus(lines, index):
            shown.append((day, line))
    # An update's stamp may stand first (`Updated Nov. 4` over `Published Nov. 3`).
    published = [day for day, line in shown if not dates_an_update(line)]
    days = published or [day for day, _line in shown]
    return days[0] if days else None


def shows_day(markup: Markup, day: str) -> bool:
    """Say whether a line of the page's visible text writes `day` (`YYYY-MM-DD`)."""
    return any(written_date(line) == day for line in markup.lines)


def stamped_in_utc(markup: Markup) -> bool:
    """Say whether the publication time the markup states is written in UTC (`...Z`,
    `+00:00`): its day is UTC's, which is not the site's own day for a story published
    in the evening west of Greenwich or in the morning east of it."""
    for value in date_statements(markup):
        if day_written(value):
            return bool(_UTC_STAMP.search(value.strip()))
    return False


def choose_date(markup: Markup) -> str | None:
    """Return the publication day the markup states (see `day_written`), or None."""
    for value in date_statements(markup):
        day = day_written(value)
        if day:
            return day
    return None
