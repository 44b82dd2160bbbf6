"""Choose a web page's title, source, authors and date from its markup, by agreement.

A page states each of them several times (structured data, `og:` tags, the `<title>`,
the headline it shows); one statement alone is often wrong, so a value is taken where
two statements agree or where the statement is of a kind that cannot be furniture,
and left empty where the evidence is weak: a curator trusts what digest shows.

- title: the visible headline (`<h1>`) when a metadata title agrees with it, else the
  metadata's title with the site's name cut off;
- source: the site's declared name (`og:site_name`, the publisher), confirmed by another
  statement or shaped as a name, else the name a `<title>` ends with;
- authors: the people the markup names as authors and the page shows; organisations,
  roles and the site itself are not authors;
- date: the publication day as the page writes it (an ISO timestamp's own day, never
  converted to another time zone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from urllib.parse import urljoin, urlsplit

from digest.article import PageMeta
from digest.dates import parse_date
from digest.markup import (
    ORGANISATION_TYPE,
    Markup,
    item_types,
    key,
    names_the_site,
    one_line,
    squeezed,
)
from digest.pageauthors import choose_authors
from digest.text import is_web_address, word_weight

# Separators between a headline and its site or section in a title: `Headline | Site`,
# `Headline - Section - Site`, `Site » Section » Headline`, `Title : News : Site`.
_SEGMENT_SPLIT = re.compile(r"((?<!\s)\s+(?:[|•·»›/]|-{1,2}|[–—]|::?)\s+)")
# Subdomains that name a part of a site or a service, never the site: `sports.espn.go.com`.
_SUBDOMAIN = re.compile(
    r"^(?:www\d?|m|mobile|amp|en|de|fr|es|edition|news|blogs?|sports?|web|home|online|co|com)$"
)
# An address written from its host on, without a scheme: `www.example.es/2012/x`.
_BARE_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)+/")
# A site's name spelled on its pages has at most this many words (`All New Lyrics`) and
# at least this many letters: a shorter one (`nj`, `go`) is spelled by chance.
MAX_SPELLED_WORDS = 4
MIN_SPELLED_CHARS = 4
# The second level of a country's domain, as in `.com.cn`, `.co.uk`, `.org.br`, `.go.jp`.
_SECOND_LEVEL = re.compile(r"^(?:com|co|org|net|gov|ac|edu|ne|or|go)$")
# What a `<title>` adds after the headline, in scripts written without spaces too:
# `-新华网`, `｜新浪`, `_凤凰网`; a site's name is short.
_SEGMENT_MARK = re.compile(r"(?<!\s)\s*[|｜_\-–—:：•·»/]+\s*")
_AFTER_HEADLINE = re.compile(r"^\s*[|｜_\-–—:：•·»/]+\s*(?P<site>\S.{0,60})$")
# A page's title has a few parts: `Headline | Section | Site`.
MAX_SEGMENTS = 8
# A site's or section's name is short: `X - GOV.UK`, `Headline | Sports | Tulsa World`.
MAX_NAME_WORDS = 5
# A blog's title puts its name first and a colon after it: `Lost in JIT: PyPy and ...`.
_LEADING_NAME = re.compile(r"^(?P<name>[^:|]{2,40}?)\s*[:|]\s+(?P<rest>\S.*)$")
# A headline shorter than this many words (CJK characters counted as words are, see
# `word_weight`) that is only the start of a metadata title may be a kicker or a
# section (`Opinion`), not the headline.
MIN_PREFIX_WORDS = 3


def segments(title: str) -> list[str]:
    """Split a page title at its separators: `Headline | Section | Site`."""
    return [part.strip() for part in _SEGMENT_SPLIT.split(title)[::2] if part.strip()]


# --- the site -----------------------------------------------------------------------


def host_names(url: str | None) -> set[str]:
    """Return the names a site's address gives it, squeezed: `www.nj.com` -> nj, njcom;
    `sports.espn.go.com` -> espn, go, espngocom (`sports` is a section's subdomain)."""
    # `og:url` is sometimes written without its scheme: `www.example.es/2012/...`.
    address = url if url is None or "//" in url else f"//{url}"
    labels = (urlsplit(address or "").hostname or "").removeprefix("www.").split(".")
    if len(labels) < 2:
        return set()
    names = {label for label in labels[:-1] if not _SUBDOMAIN.match(label)}
    return names | {squeezed(".".join(labels[i:])) for i in range(len(labels) - 1)}


def site_label(url: str | None) -> str | None:
    """Return the name a site registered its address under: `usatoday` for
    www.usatoday.com, `chinadaily` for china.chinadaily.com.cn (`china` is a section)."""
    address = url if url is None or "//" in url else f"//{url}"
    labels = (urlsplit(address or "").hostname or "").split(".")[:-1]
    if len(labels) > 2 and _SECOND_LEVEL.match(labels[-1]):
        labels = labels[:-1]  # `.com.cn`, `.co.uk`
    return labels[-1] if labels and labels[-1] != "www" else None


def site_statements(markup: Markup) -> list[str]:
    """Return the names the markup gives the site, strongest first.

    `og:site_name` and `application-name` are the site's own declaration; the JSON-LD
    publisher of the article and the page's Organization or WebSite items say the same
    in structured form.
    """
    found = [markup.first("og:site_name"), markup.first("application-name")]
    publisher = markup.article.get("publisher")
    for item in publisher if isinstance(publisher, list) else [publisher]:
        if isinstance(item, dict):
            found.append(one_line(item.get("name")))
    for item in markup.items:
        if any(ORGANISATION_TYPE.search(t) for t in item_types(item)):
            found.append(one_line(item.get("name")))
    return [name for name in found if name]


# --- the title ----------------------------------------------------------------------


def metadata_titles(markup: Markup) -> list[str]:
    """Return the titles the markup states: JSON-LD headline, og:, twitter:, `<title>`."""
    found = [
        one_line(markup.article.get("headline")),
        markup.first("og:title"),
        markup.first("twitter:title"),
        markup.title,
    ]
    return list(dict.fromkeys(title for title in found if title))


def agrees(headline: str, title: str) -> bool:
    """Say whether a shown headline and a metadata title are one headline.

    The same words; or the headline is the title's main part (`Headline | Site`, the
    longest segment, since a site's or section's name is short); or one is the other
    cut short (an `og:title` cut at a length, a `<title>` running on past the `<h1>`).
    A headline that is a minor segment of the title (`Opinion | ...`, a blog's name
    before `:`) is not the headline.
    """
    shown, whole = key(headline), key(title)
    if not shown or not whole:
        return False
    if shown == whole:
        return True
    parts = segments(title)
    if key(max(parts, key=len)) == shown:
        return True
    named = _LEADING_NAME.match(title)
    if shown in {key(part) for part in parts} or (named and key(named["name"]) == shown):
        return False
    if word_weight(shown) < MIN_PREFIX_WORDS or word_weight(whole) < MIN_PREFIX_WORDS:
        return False
    return whole.startswith(shown + " ") or shown.startswith(whole)


def is_a_segment(headline: str, title: str, sites: Sequence[str], hosts: set[str]) -> bool:
    """Say whether a shown headline is one of a title's segments, though not its longest
    (`2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz - POLITICO`).

    A site's, section's or blog's name is a segment too; it is short or names the site.
    """
    return (
        word_weight(headline) >= MIN_PREFIX_WORDS
        and not names_the_site(headline, sites, hosts)
        and key(headline) in {key(part) for part in segments(title)}
    )


def shown_headline(
    markup: Markup, titles: Sequence[str], sites: Sequence[str], hosts: set[str]
) -> int | None:
    """Return the index of the `<h1>` a metadata title agrees with: the headline as the
    page shows it, which wins over a title carrying its site or an SEO variant.

    A page may show its masthead or section in an `<h1>` too: the first that agrees
    (`agrees`) wins, else the first that is a segment of a title (`is_a_segment`).
    """
    for index, h1 in enumerate(markup.h1s):
        if any(agrees(h1, title) for title in titles):
            return index
    for index, h1 in enumerate(markup.h1s):
        if any(is_a_segment(h1, title, sites, hosts) for title in titles):
            return index
    return None


def shown_text(h1: str, titles: Sequence[str]) -> str:
    """Return the headline an agreeing `<h1>` shows, without what runs on after it.

    An `<h1>` may hold a kicker or the site's name after the headline, glued on by the
    layout (`...de la InfantaUltima Hora Mallorca`): when a metadata title is the
    `<h1>`'s start and the `<h1>` goes on with a capital, no space between, the title is
    the headline. A title that stops inside a word (`...against Juli`) or at one
    (`...anti-drug`, the `<h1>` going on ` campaign`) was cut short: the `<h1>` is whole.
    """
    for title in sorted(titles, key=len, reverse=True):
        rest = h1[len(title) :] if h1.startswith(title) and len(h1) > len(title) else ""
        if rest[:1].isupper():
            return title
    return h1


def without_site(title: str, sites: Sequence[str], hosts: set[str]) -> str:
    """Cut the site's name off a metadata title: `Headline - Site`, `Site | Headline`,
    `Blog: Headline`.

    Only a segment that names the site is cut: a headline may hold ` – ` itself
    (`Wiig: 'My next movie – a prequel'`). With pipes left, the longest part is the
    headline (`Opinion | Headline`, `Headline | Section`).
    """
    pieces = _SEGMENT_SPLIT.split(title)
    while len(pieces) > 2 and names_the_site(pieces[-1], sites, hosts):
        pieces = pieces[:-2]
    while len(pieces) > 2 and names_the_site(pieces[0], sites, hosts):
        pieces = pieces[2:]
    rest = "".join(pieces).strip()
    named = _LEADING_NAME.match(rest)
    if named and names_the_site(named["name"], sites, hosts):
        rest = named["rest"]
    return max(rest.split(" | "), key=len).strip() if " | " in rest else rest


def title_from_metadata(titles: Sequence[str], sites: Sequence[str], hosts: set[str]) -> str | None:
    """Return the headline the metadata titles state, their site cut off: the first that
    another title agrees with, else the strongest."""
    cut = [without_site(title, sites, hosts) for title in titles]
    for index, title in enumerate(cut):
        if any(key(title) == key(other) for other in cut[index + 1 :]):
            return title
    return cut[0] if cut else None


# --- the source ---------------------------------------------------------------------


def title_site(markup: Markup, headline: str | None) -> str | None:
    """Return the site's name as a `<title>` or `og:title` states it beside the headline:
    the last segment after the headline (`Headline - Section - Site`), else the first
    before it (`Site | Headline`), or the name before a blog's `:`; shaped as a name."""
    if not headline:
        return None
    for title in (markup.title, markup.first("og:title")):
        site = _beside(title, headline)
        if site and is_site_shaped(site):
            return site
    return None


def _beside(title: str, headline: str) -> str | None:
    shown = key(headline)
    pieces = _SEGMENT_SPLIT.split(title)
    if len(pieces) > 2 * MAX_SEGMENTS:
        return None  # no title has that many parts: a hostile page's
    for start in range(0, len(pieces), 2):
        for end in range(start + 1, len(pieces) + 1, 2):
            if key("".join(pieces[start:end])) != shown:
                continue
            if end < len(pieces):
                return pieces[-1].strip()
            if start > 0:
                return pieces[0].strip()
    named = _LEADING_NAME.match(title)
    if named and key(named["rest"]) == shown:
        return named["name"]
    rest = _AFTER_HEADLINE.match(title[len(headline) :]) if title.startswith(headline) else None
    # `短缺药品保供稳价-新华网`: the separator without spaces, as Chinese titles write it
    return _SEGMENT_MARK.split(rest["site"])[-1].strip() if rest else None


def is_site_shaped(text: str) -> bool:
    """Say whether a title's last part reads as a name, not a subtitle: a few words, none
    of them a common word in lower case (`Tulsa World`, `新华网`, not `a city on the brink`)."""
    words = text.split()
    return (
        bool(words)
        and word_weight(text) <= MAX_NAME_WORDS
        and not any(len(word) > 3 and word[0].islower() for word in words)
    )


def masthead(markup: Markup, hosts: set[str]) -> str | None:
    """Return the site's name as the page shows it where a line spells its address's
    name (`Lost in JIT` on lostinjit.blogspot.com, `USA TODAY` on usatoday.com), not
    its address (`USATODAY.com`)."""
    names = bare_names(hosts)
    longest = max(map(len, names), default=0) * 2  # spaces and dots between its words
    return next(
        (line for line in markup.lines if len(line) <= longest and squeezed(line) in names), None
    )


def bare_names(hosts: set[str]) -> set[str]:
    """Return the address's names without their domain: `usatoday`, not `usatodaycom`."""
    return {host for host in hosts if not any(host.startswith(name) for name in hosts - {host})}


def spelled_site(markup: Markup, label: str | None, hosts: set[str]) -> str | None:
    """Return the site's name as the page writes it, where nothing else names it: the
    first run of capitalised words that spells the name its address is registered under
    (`USA TODAY` in `Jefferson Graham, USA TODAY` on usatoday.com), else its address
    written out (`catchitkansas.com`). A name of fewer than MIN_SPELLED_CHARS letters
    (`nj`, `go`) is spelled by chance too often to count."""
    if not label or len(label) < MIN_SPELLED_CHARS:
        return None
    addresses = {host for host in hosts if host.startswith(label) and host != label}
    return _spelled(markup, {label}, capitalised=True) or _spelled(
        markup, addresses, capitalised=False
    )


def _spelled(markup: Markup, names: set[str], capitalised: bool) -> str | None:
    if not names:
        return None
    for line in markup.lines:
        words = line.split()
        for start, first in enumerate(words):
            if capitalised and not first[:1].isupper():
                continue
            for end in range(start + 1, min(start + MAX_SPELLED_WORDS, len(words)) + 1):
                run = words[start:end]
                if capitalised and not all(word[:1].isupper() for word in run):
                    break
                if squeezed(" ".join(run)) in names:
                    return " ".join(run).strip(",.;:!?()")
    return None


def same_name(one: str, other: str) -> bool:
    """Say whether two statements name one site: `TheHill` and `The Hill`, `CNET` and
    `CNET News`, `nj` and `nj.com`."""
    a, b = squeezed(one), squeezed(other)
    return bool(a and b) and (a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a)))


def declared_name(name: str) -> str | None:
    """Return a declared site name without its tagline, or None when it is no name.

    `LinkNaija | Nigeria's popular news platform`: the name comes first. An address
    (`https://www.example.in`) is where the site is, not what it is called.
    """
    if "://" in name or name.startswith("@"):
        return None
    return segments(name)[0]


def choose_source(
    markup: Markup, sites: Sequence[str], headline: str | None, url: str | None
) -> str | None:
    """Return the publication's name (see the module's docstring), or None.

    Each statement (the declared names, the `<title>`'s site, a masthead spelling the
    address) is counted once for every other statement or address that agrees with it;
    the best supported wins, the site's own declaration on a tie.
    """
    hosts = host_names(url)
    named = [name for site in sites if (name := declared_name(site))]
    named += [name for name in (title_site(markup, headline), masthead(markup, hosts)) if name]
    if not named:
        return spelled_site(markup, site_label(url), hosts)

    def support(name: str) -> int:
        others = [other for other in named if other is not name]
        return sum(same_name(name, other) for other in others) + any(
            same_name(name, host) for host in hosts
        )

    return max(named, key=support)


# --- the date -----------------------------------------------------------------------

# `2019-11-18T23:04:24-05:00`, and ISO 8601's basic form `20180619T055000+0900`.
_ISO_DAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?![\d])")
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


def choose_date(markup: Markup) -> str | None:
    """Return the publication day the markup states (see `day_written`), or None."""
    for value in date_statements(markup):
        day = day_written(value)
        if day:
            return day
    return None


def original_address(markup: Markup) -> str | None:
    """Return the address the page declares as its own: `<link rel=canonical>`, else
    `og:url`. A canonical path (`/2019/x`) is read against `og:url`; an address written
    without its scheme (`//example.com/x`, `www.example.es/2012/x`) is given https."""
    declared = _absolute(markup.first("og:url"))
    canonical = markup.canonical
    if canonical.startswith("/") and not canonical.startswith("//") and declared:
        canonical = urljoin(declared, canonical)
    return _absolute(canonical) or declared


def _absolute(address: str) -> str | None:
    if address.startswith("//"):
        address = f"https:{address}"
    elif _BARE_HOST.match(address):
        address = f"https://{address}"
    return address if is_web_address(address) else None


def page_meta(markup: Markup, url: str | None, byline: str | None = None) -> PageMeta:
    """Return the title, source, authors and date chosen from a page's markup, and its
    address (see `original_address`).

    `url` and `byline` are what an extractor read from the page (its address, and its
    byline elements: see `choose_authors`), taken when the markup states no better.
    """
    url = original_address(markup) or url
    hosts = host_names(url)
    sites = site_statements(markup)
    titles = metadata_titles(markup)
    shown = shown_headline(markup, titles, sites, hosts)
    if shown is not None:
        title: str | None = shown_text(markup.h1s[shown], titles)
    else:
        title = title_from_metadata(titles, sites, hosts)
    return PageMeta(
        title=title,
        date=choose_date(markup),
        authors=choose_authors(markup, sites, hosts, shown, byline),
        site_name=choose_source(markup, sites, title, url),
        url=url,
    )
