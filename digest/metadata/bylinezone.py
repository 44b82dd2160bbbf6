"""Which line of a page is its article's byline: the one nearest the headline.

A page prints other stories' bylines, commenters' `Posted by` lines, menu entries
(`Author Or`) and photographers' credits too. The byline stands under the headline (or
just above the article), beside the date: a `By` line, a writer line, a date line that
names the writer (`Chris Davies - Nov 19, 2019`), a name over its handle; a desk's or an
agency's credit there (`REUTERS`, `By Staff`) means no person is named. The names are
read by `digest/metadata/writerlines.py`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from digest.article_parts import Line, Verdict
from digest.metadata.credits import BYLINE, header
from digest.metadata.linecredits import (
    ALONE,
    BY,
    BY_ALONE,
    LABELLED_BYLINE,
    WRITER,
    BylinePage,
    as_printed_alone,
    beside_the_date,
    credits_a_desk,
    line_credit,
)
from digest.metadata.writerlines import (
    JOB_LINE,
    bare_names,
    before_a_glued_job,
    byline_names,
)

# How many lines over the headline a `By` line may stand (a kicker, a section between).
_LINES_OVER_THE_HEADLINE = 2
# How many of the article's first lines may still hold its byline (see `byline_zone`).
_LINES_INTO_THE_ARTICLE = 5
# A byline's lines run on past these to the next writer: a job, a `Follow` button.
_BESIDE_A_WRITER = re.compile(rf"{JOB_LINE.pattern}|^(?i:follow|follow us)$", re.IGNORECASE)
_AND_ALONE = frozenset(("and", "&"))
_AND_OPENING = re.compile(r"^(?:and|AND|&)\s+(?P<names>.+)$")


class Credit(NamedTuple):
    """The byline nearest the headline: its names, and whether a desk or an agency
    stands there instead (BY: `By Reuters Staff`; ALONE: `REUTERS`, `Reuters Nov 18`)."""

    names: list[str]
    desk: str = ""


def nearest_byline(lines: tuple[Line, ...], headline: str | None) -> Credit:
    """Return the byline nearest the headline, or a desk's or an agency's credit there.

    A page prints other stories' bylines, commenters' `Posted by` lines and menu
    entries (`Author Or`) too; the article's own stands just under its headline, or,
    with no headline found, just above the article. Lines under the headline are read
    nearest first, then those above it, nearest first; writer lines that follow each
    other (`Authors` over one name per line) are one byline. Past a desk's credit
    (`By: CNN Wire`) only a `By` line still names the writer: a name with an agency
    further down is a photographer's credit (`Al Goldis, Associated Press`).
    """
    zone = byline_zone(lines)
    page = BylinePage.of(lines)
    at = next((i for i, line in enumerate(zone) if headline and line.text == headline), None)
    desk = ""
    for index in _nearest_first(len(zone), at, page.top):
        names, kind = _credit_at(zone, index, page, at)
        if names and kind == WRITER and (by := _by_line_over(zone, index, page, at)):
            index, names, kind = by  # `By Jane Doe` over the headline, a photo's credit under
        if names and (kind == BY or not desk):
            names = _writers_around(zone, index, page, kind, names)
            return Credit(list(dict.fromkeys(as_printed_alone(n, page) for n in names)), desk)
        if names == [] and not desk:
            desk = BY if kind == BY else ALONE
    return Credit([], desk)


def _by_line_over(
    zone: tuple[Line, ...], index: int, page: BylinePage, at: int | None
) -> tuple[int, list[str], str] | None:
    """Return the `By` line just over the headline (at `at`: its index, names and kind)
    when a writer line under it was found first: a `By` line is the stronger credit,
    and a name with an agency under the headline is as often a photo's credit. A name
    beside a date over the headline (`Murat Demirkol · 12 Mart 2024`) is not one: it is
    as often the byline of the story teased above, and says `By` to no one."""
    if at is None or index < at:
        return None
    for above in range(at - 1, max(-1, at - 1 - _LINES_OVER_THE_HEADLINE), -1):
        names, kind = _credit_at(zone, above, page, at)
        text = zone[above].text
        if names and kind == BY and (_says_by(text) or BY_ALONE.match(text)):
            return above, names, kind
    return None


def _credit_at(
    zone: tuple[Line, ...], index: int, page: BylinePage, at: int | None
) -> tuple[list[str] | None, str]:
    """Return whom a line credits ([] for a desk or an agency, None for no one) and how:
    BY (`By`, a reporter's title, a date beside the name) or WRITER (a writer line)."""
    beside = _beside_headline_or_date(zone, index, at, page.top)
    names, kind = line_credit(zone, index, page, beside)
    if names is None and beside and credits_a_desk(zone[index].text):
        # `Dana Foley` over `Associated Press`: the wire the name above writes for.
        above = _names_over(zone[index - 1].text, page) if index else []
        return (above, WRITER) if above else ([], ALONE)
    return names, kind


def _names_over(text: str, page: BylinePage) -> list[str]:
    """Return the writers a line over a wire's credit names: a `By` line's, or bare names."""
    by = BYLINE.match(text)
    return (byline_names(by["names"], page.ordinary) or []) if by else bare_names(text)


def _writers_around(
    zone: tuple[Line, ...], index: int, page: BylinePage, kind: str, names: list[str]
) -> list[str]:
    """Return a byline's writers with those of the lines right above and under it that
    name writers the same way (`By A` over `By B`; `Authors` over one name per line),
    in page order."""
    above: list[str] = []
    for before in range(index - 1, -1, -1):
        found, how = line_credit(zone, before, page, True)
        if not found or how != kind:
            break
        above = found + above
    below: list[str] = []
    after = index + 1
    # Under a line saying `By`, a name beside a date (`New Delhi | Updated: Aug 15`) is
    # where the byline's writer filed from: another writer's line says `By` too.
    says_by = _says_by(zone[index].text) or bool(BY_ALONE.match(zone[index].text))
    while after < len(zone):
        found, how = line_credit(zone, after, page, True)
        if found and how == kind and (_says_by(zone[after].text) or not says_by):
            below += found
        elif found and says_by and before_a_glued_job(zone[after].text):
            below += found  # `By` / `A Property reporter` / `Follow` / `B Economics writer`
        elif found := _joined_writers(zone, after, page):
            below += found
            after += 1 if zone[after].text.strip().casefold() in _AND_ALONE else 0
        elif not _BESIDE_A_WRITER.match(zone[after].text.strip()):
            break
        after += 1
    return above + names + below


def _says_by(text: str) -> bool:
    return bool(BYLINE.match(text) or LABELLED_BYLINE.match(text))


def _joined_writers(zone: tuple[Line, ...], index: int, page: BylinePage) -> list[str]:
    """Return the writers a byline's next lines add: with `and` alone over a name (`By
    John Cross` / `Chief Football Writer` / `and` / `Sam Dowd`), a line opening with it
    (`AND MEI-LIN TRAN, RETAIL REPORTER`), or a name over its own job line, as the first
    writer's stands over theirs (`Joe Ainsworth` / `Senior Reporter`)."""
    text = zone[index].text.strip()
    after = zone[index + 1].text.strip() if index + 1 < len(zone) else ""
    if text.casefold() in _AND_ALONE:
        return bare_names(after)
    if JOB_LINE.match(after) and not JOB_LINE.match(text):
        return bare_names(text)
    joined = _AND_OPENING.match(text)
    return (byline_names(joined["names"], page.ordinary) or []) if joined else []


def byline_zone(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Return the lines a byline may stand on: those above the article, and the first
    few of it that are not paragraphs (the cleaner may keep a standfirst or the headline
    as the article's first line, and the byline under it)."""
    top = header(lines)
    rest = lines[len(top) : len(top) + _LINES_INTO_THE_ARTICLE]
    return top + tuple(line for line in rest if line.verdict is not Verdict.BODY)


def _nearest_first(size: int, at: int | None, top: int) -> list[int]:
    """Return the byline zone's indexes (`size` of them) from the headline's (`at`)
    outwards, those under it first; with no headline, from the article's first line
    (`top`) upwards."""
    start = top if at is None else at + 1
    return list(range(start, size)) + list(range(start - 1 - (at is not None), -1, -1))


def _beside_headline_or_date(zone: tuple[Line, ...], index: int, at: int | None, top: int) -> bool:
    """Say whether a line stands where bylines do: next to the headline (at `at`) or the
    date, or just above the article (which starts at `top`)."""
    dated = beside_the_date(zone, index)
    return dated or index == top - 1 or (at is not None and abs(index - at) == 1)
