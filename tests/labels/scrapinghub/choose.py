"""Choose each label from a page's own metadata, checked against what the page visibly shows.

Every chooser returns a Choice: the value, where it came from (for label_origin), the other
acceptable values (alternates) and notes for the human review. The rules, in short:

- title: the visible headline line that agrees with the page's metadata title; metadata titles
  that differ (an SEO <title>, a shorter og:title) become alternates.
- date: the metadata publication date when the page prints the same day; a printed date one day
  off a timestamp (time-zone shift) wins over it; a metadata date the page never prints is only
  an alternate.
- authors: person names from metadata and byline elements that the page shows; names only in
  metadata are alternates; desks, wires and companies are not authors.
- source: the publication's name the page's metadata agree on (og:site_name, JSON-LD publisher,
  <title> segment), preferring the form the page shows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from page_metadata import PageMetadata
from people import (
    BYLINE_LINES_AFTER,
    BYLINE_LINES_BEFORE,
    BYLINE_OPENER,
    metadata_authors,
    person_names,
    same_person,
)
from visible import RELATIVE_DATE, contains, dates_in, metadata_day, norm, shows_name


@dataclass
class Choice:
    """A chosen label value with its provenance, alternates and review notes."""

    value: object
    origin: str
    alternates: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# Separators between a headline and the site or section names around it in <title>/og:title.
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|:|»|«|·|•|/)\s+")
# Lines that close the header: a date or byline is looked for between the headline and these
# many lines after it (and a few lines before, where some pages print the byline first).
LINES_AFTER_TITLE = 40
LINES_BEFORE_TITLE = 12


def segments(text: str) -> list[str]:
    """Every run of contiguous separator-delimited segments, longest first."""
    cuts = [(0, 0)] + [(m.start(), m.end()) for m in TITLE_SEPARATOR.finditer(text)]
    cuts.append((len(text), len(text)))
    runs = set()
    for i in range(len(cuts) - 1):
        for j in range(i + 1, len(cuts)):
            run = text[cuts[i][1] : cuts[j][0]].strip()
            if run:
                runs.add(run)
    return sorted(runs, key=len, reverse=True)


def agrees(a: str, b: str) -> bool:
    """The same headline, or one a clipped form of the other (og:title limits, a kicker)."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    return x == y or (short in long_ and len(short) / len(long_) >= 0.6)


def line_index(lines: list[str], text: str) -> int | None:
    """The raw line that is this text after normalisation; when the headline repeats (a
    breadcrumb, a "most read" list), the copy followed by a dateline or byline."""
    target = norm(text)
    found = [i for i, line in enumerate(lines) if target and norm(line) == target]
    for marks_article in (BYLINE_OPENER.match, dates_in):
        for i in found:
            if any(marks_article(line) for line in lines[i + 1 : i + 1 + BYLINE_LINES_AFTER]):
                return i
    return found[0] if found else None


def content_words(text: str) -> set[str]:
    return {w for w in norm(text).split() if len(w) >= 4}


def metadata_titles(page: PageMetadata) -> list[tuple[str, str]]:
    """(key, title) pairs in order of trust: JSON-LD headline, og:title, twitter:title, <title>."""
    pairs = [("JSON-LD headline", item.headline) for item in page.ld_articles[:1]]
    pairs += [("og:title", page.first("og:title")), ("twitter:title", page.first("twitter:title"))]
    pairs.append(("<title>", page.title_tag))
    return [(k, v) for k, v in pairs if v]


def choose_title(
    page: PageMetadata, lines: list[str], site_names: list[str]
) -> tuple[Choice, int | None]:
    """The visible headline line, and its line number (the anchor for dates and bylines)."""
    titles = metadata_titles(page)

    def is_site(text: str) -> bool:
        return any(agrees(text, s) for s in site_names)

    picked: tuple[str, int, str] | None = None
    for h1 in page.h1s:
        index = line_index(lines, h1)
        match = next((k for k, t in titles for v in segments(t) if agrees(h1, v)), None)
        if index is not None and match and not is_site(h1):
            picked = (lines[index], index, f"page h1, agrees with {match}")
            break
    if picked is None:
        for key, title in titles:
            for variant in segments(title):
                index = line_index(lines, variant)
                if index is not None and not is_site(variant) and len(norm(variant)) > 8:
                    picked = (lines[index], index, f"page line equal to {key} (site/section cut)")
                    break
            if picked:
                break
    notes = []
    if picked is None:
        for h1 in page.h1s:
            index = line_index(lines, h1)
            if index is not None and not is_site(h1) and len(norm(h1).split()) >= 3:
                picked = (lines[index], index, "page h1 (no metadata title agrees)")
                notes.append("title: h1 only, no metadata title agrees")
                break
    if picked is None:
        return Choice(None, "no headline found on the page", notes=["title: none found"]), None
    value, index, origin = picked
    alternates: list[str] = []
    for key, title in titles:
        if any(agrees(value, v) for v in segments(title)):
            continue
        best = next((v for v in segments(title) if not any(is_site(s) for s in segments(v))), "")
        shared = content_words(best) & content_words(value)
        if best and len(shared) >= 2 and all(norm(best) != norm(a) for a in alternates):
            alternates.append(best)
            notes.append(f"title: {key} differs: {best!r}")
    return Choice(value, f"script: {origin}", alternates, notes), index


def choose_authors(
    page: PageMetadata, lines: list[str], window: range, site_names: list[str], anchor: int | None
) -> Choice:
    """Person names the page shows, from its metadata; byline elements and printed "By" lines
    only when the metadata names nobody."""
    text = "\n".join(lines)
    if anchor is not None:
        window = range(
            max(0, anchor - BYLINE_LINES_BEFORE), min(len(lines), anchor + BYLINE_LINES_AFTER)
        )
    header = "\n".join(lines[i] for i in window)
    found = [(k, n) for k, raw in metadata_authors(page) for n in person_names(raw)]
    found = [(k, n) for k, n in found if not any(agrees(n, s) for s in site_names)]
    from_metadata = [(k, n) for k, n in found if k != "byline element"]
    from_page = [(k, n) for k, n in found if k == "byline element"]
    for line in (lines[i] for i in window):
        if BYLINE_OPENER.match(line) and len(line) < 120:
            from_page += [(f"page line {line!r}", n) for n in person_names(line)]
    shown: list[tuple[str, str]] = []
    hidden: list[str] = []
    for key, name in from_metadata:
        if shows_name(text, name):
            if not any(same_person(name, n) for _, n in shown):
                shown.append((key, name))
        elif not any(same_person(name, n) for n in hidden):
            hidden.append(name)
    notes = []
    for line in (lines[i] for i in window):
        # a printed byline that names a metadata author names all the authors, in its order
        printed = person_names(line) if BYLINE_OPENER.match(line) and len(line) < 120 else []
        if (
            shown
            and len(printed) > len(shown)
            and all(any(same_person(n, p) for p in printed) for _, n in shown)
        ):
            shown = [(f"page line {line!r}", p) for p in printed]
            notes.append(f"authors: page line {line!r} names more than the metadata")
            break
    for key, name in from_page:
        if not contains(header, name) or any(same_person(name, n) for _, n in shown):
            continue
        if from_metadata:
            notes.append(f"authors: {key} shows {name!r}, not in metadata")
        else:
            shown.append((key, name))
            notes.append(f"authors: {name!r} from {key} only")
    names = [n for _, n in shown]
    hidden = [h for h in hidden if not any(same_person(h, n) for n in names)]
    alternates = [names + hidden] if hidden else []
    if hidden:
        notes.append(f"authors: metadata names not shown on the page: {hidden}")
    if not names:
        return Choice([], "script: no person byline shown on the page", alternates, notes)
    origin = "; ".join(f"{n!r} from {k}, shown on the page" for k, n in shown)
    return Choice(names, f"script: {origin}", alternates, notes)


DATE_KEYS = (
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)


def metadata_dates(page: PageMetadata) -> list[tuple[str, str]]:
    pairs = [("JSON-LD datePublished", item.date_published) for item in page.ld_articles[:1]]
    for key in DATE_KEYS:
        pairs += [(key, v) for v in page.meta.get(key, [])]
    pairs += [("<time>", t) for t in page.times[:1]]
    return [(k, v) for k, v in pairs if v]


def date_zones(window: range, anchor: int | None) -> list[list[int]]:
    """Lines to search for the dateline, nearest first: the byline lines around the headline
    (after it before above it: above a fact-check's headline is the date of the claim it
    checks), then the rest of the header."""
    if anchor is None:
        return [list(window)]
    byline = range(anchor, min(window.stop, anchor + BYLINE_LINES_AFTER))
    above = range(max(window.start, anchor - BYLINE_LINES_BEFORE), anchor)
    rest = [i for i in window if i not in byline and i not in above]
    return [[*byline, *above], rest]


def choose_date(page: PageMetadata, lines: list[str], window: range, anchor: int | None) -> Choice:
    """The publication day the page prints, confirmed by its metadata where it has some."""
    zones = date_zones(window, anchor)
    order = [i for zone in zones for i in zone]
    near = [(i, d) for i in order for d in dates_in(lines[i])]
    relative = [lines[i] for i in order if len(lines[i]) < 60 and RELATIVE_DATE.search(lines[i])]
    for key, value in metadata_dates(page):
        day, timed = metadata_day(value)
        if day is None or day.year < 1995:
            continue
        # only a dateline near the headline counts: elsewhere a sidebar's date ("Horoscope for
        # 11/20/19") or a reader's comment can repeat a metadata day the article never prints;
        # a timestamp's date part may be one day off the local date the page prints
        for zone in zones:
            shown = next((i for i in zone if day in dates_in(lines[i], day.year)), None)
            if shown is not None:
                origin = f"script: {key} {value!r}; page shows {lines[shown][:80]!r}"
                return Choice(day.isoformat(), origin)
            one_off = [(i, d) for i in zone for d in dates_in(lines[i]) if abs((d - day).days) == 1]
            if one_off and timed:
                i, printed = one_off[0]
                origin = (
                    f"script: page shows {lines[i][:80]!r}; {key} {value!r} is a timestamp"
                    " one day off"
                )
                return Choice(
                    printed.isoformat(), origin, [day.isoformat()], ["date: one day off metadata"]
                )
        if relative:
            origin = f"script: {key} {value!r}; the page shows it as {relative[0]!r}"
            return Choice(day.isoformat(), origin, notes=[f"date: relative {relative[0]!r}"])
        notes = [f"date: {key} {value!r} not printed on the page"]
        if near:
            notes.append(
                f"date: page shows {[d.isoformat() for _, d in near][:4]} near the headline"
            )
        origin = f"script: {key} {value!r} is not printed on the page (alternate only)"
        return Choice(None, origin, [day.isoformat()], notes)
    if near:
        i, printed = near[0]
        origin = f"script: page shows {lines[i][:80]!r} (no metadata date)"
        return Choice(printed.isoformat(), origin, notes=["date: visible only, no metadata"])
    return Choice(None, "script: no publication date on the page or in its metadata")


def url_day(url: str) -> dt.date | None:
    """The /2019/11/19/ date in an article's address, which sites set at publication."""
    match = re.search(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)", urlsplit(url).path)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def with_url_date(choice: Choice, urls: list[str]) -> Choice:
    """A page that prints no date keeps its address's date as an alternate (not as the label:
    the label says what the page shows)."""
    days = [d.isoformat() for d in map(url_day, urls) if d]
    if choice.value is not None or not days or days[0] in choice.alternates:
        return choice
    origin = f"{choice.origin}; the address's date {days[0]} is an alternate"
    return Choice(None, origin, [*choice.alternates, days[0]], choice.notes)


def header_window(index: int | None, count: int) -> range:
    """Lines around the headline where a dateline and a byline are printed."""
    if index is None:
        return range(min(count, 80))
    return range(max(0, index - LINES_BEFORE_TITLE), min(count, index + LINES_AFTER_TITLE))
