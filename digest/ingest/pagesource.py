"""Choose a web page's source, its publication's name, from its markup by agreement.

A site names itself in several places: `og:site_name` and `application-name` (often a
tagline, a section or an address instead), the JSON-LD publisher, the `<title>`'s
last segment, a masthead line, its address. Each statement counts once for every other
that agrees with it; where none names the site, the name its address is registered
under, as the page spells it, is taken; else nothing. The page's own address (its
canonical link, else `og:url`: `original_address`) is read here too, as it names the site.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from urllib.parse import urljoin, urlsplit

from digest.clean.cues import is_section_name
from digest.ingest.jsonld import item_types
from digest.ingest.markup import (
    LEADING_NAME,
    ORGANISATION_TYPE,
    SEGMENT_SPLIT,
    Markup,
    key,
    one_line,
    segments,
    squeezed,
)
from digest.metadata.notices import copyright_notice_holder
from digest.metadata.selfnames import initial_letters, is_owner_shaped
from digest.metadata.wires import PUBLICATION_WORD
from digest.text import is_web_address, word_weight

# Subdomains that name a part of a site or a service, never the site: `sports.espn.go.com`.
_SUBDOMAIN = re.compile(
    r"^(?:www\d?|m|mobile|amp|en|de|fr|es|edition|news|blogs?|sports?|web|home|online|co|com)$"
)
# A site's name spelled on its pages has at most this many words (`All New Lyrics`) and
# at least this many letters: a shorter one (`nj`, `go`) is spelled by chance.
MAX_SPELLED_WORDS = 4
MIN_SPELLED_CHARS = 4
# The second level of a country's domain, as in `.com.cn`, `.co.uk`, `.org.br`, `.go.jp`.
_SECOND_LEVEL = re.compile(r"^(?:com|co|org|net|gov|ac|edu|ne|or|go)$")
# What a `<title>` adds after the headline, in scripts written without spaces too:
# `-新华网`, `｜新浪`, `_凤凰网`; a site's name is short.
_SEGMENT_MARK = re.compile(r"(?<!\s)\s*[|｜_\-–—:：•·»/]+\s*")
# A copyright notice is a short line; a longer one quoting an address is prose.
NOTICE_CHARS = 200
# A copyright notice naming the site by its address: `Copyright ⓒ Entermedia.co.kr.`,
# `저작권자 ⓒ ... (www.entermedia.co.kr)`. A page's notice names the site that
# publishes it; the address stands in for the page's own when the markup gives none.
_NOTICE = re.compile(r"©|ⓒ|\(c\)|\bcopyright\b", re.IGNORECASE)
_ADDRESS_IN_NOTICE = re.compile(
    r"(?<![\w@.])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w@-]|\.\w)",
    re.IGNORECASE,
)
_AFTER_HEADLINE = re.compile(r"^\s*[|｜_\-–—:：•·»/]+\s*(?P<site>\S.{0,60})$")
# A page's title has a few parts: `Headline | Section | Site`.
MAX_SEGMENTS = 8
# A site's or section's name is short: `X - GOV.UK`, `Headline | Sports | Tulsa World`.
MAX_NAME_WORDS = 5


# --- the site -----------------------------------------------------------------------


def _hostname(url: str | None) -> str:
    """Return an address's host; `og:url` is sometimes written without its scheme
    (`www.example.es/2012/...`)."""
    address = url if url is None or "//" in url else f"//{url}"
    return urlsplit(address or "").hostname or ""


def host_names(url: str | None) -> set[str]:
    """Return the names a site's address gives it, squeezed: `www.nj.com` -> nj, njcom;
    `sports.espn.go.com` -> espn, go, espngocom (`sports` is a section's subdomain)."""
    labels = _hostname(url).removeprefix("www.").split(".")
    if len(labels) < 2:
        return set()
    names = {label for label in labels[:-1] if not _SUBDOMAIN.match(label)}
    return names | {squeezed(".".join(labels[i:])) for i in range(len(labels) - 1)}


def _notices(markup: Markup) -> Iterator[str]:
    """Yield the page's copyright notices: short lines with the sign or the word."""
    return (line for line in markup.lines if len(line) <= NOTICE_CHARS and _NOTICE.search(line))


def notice_address(markup: Markup) -> str | None:
    """Return the site's address as the page's copyright notice writes it, if it does."""
    found = (_ADDRESS_IN_NOTICE.search(line) for line in _notices(markup))
    return next((match[0] for match in found if match), None)


def notice_holder(markup: Markup) -> str | None:
    """Return the holder the page's copyright notice names (`© 2025 The Harbour Herald`)."""
    return next(filter(None, map(copyright_notice_holder, _notices(markup))), None)


def site_label(url: str | None) -> str | None:
    """Return the name a site registered its address under: `usatoday` for
    www.usatoday.com, `chinadaily` for china.chinadaily.com.cn (`china` is a section)."""
    labels = _hostname(url).split(".")[:-1]
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


# --- the source ---------------------------------------------------------------------


def declared_sections(markup: Markup) -> list[str]:
    """Return the sections the markup files the article under (`article:section`,
    JSON-LD `articleSection`)."""
    stated = markup.article.get("articleSection")
    listed = stated if isinstance(stated, list) else [stated]
    return [
        *markup.meta.get("article:section", []),
        *(one_line(item) for item in listed if isinstance(item, str)),
    ]


def title_site(markup: Markup, headline: str | None) -> str | None:
    """Return the site's name as a `<title>` or `og:title` states it beside the headline:
    the last segment after the headline (`Headline - Section - Site`), else the first
    before it (`Site | Headline`), or the name before a blog's `:`; shaped as a name,
    and not a section's (`News | Board sets March bond vote`: the page's desk)."""
    if not headline:
        return paper_beside_sections(markup.title)
    for title in (markup.title, markup.first("og:title")):
        site = _beside(title, headline)
        if site and is_site_shaped(site) and not is_section_name(site):
            return site
    return None


def paper_beside_sections(title: str | None) -> str | None:
    """Return the paper a title names beside its sections' names alone (`The Millbrook
    Gazette :: Obituaries`): a section's page, or an old page titled for its section, names
    no article, only its site. A few capitalised words ending in a word papers are named
    with (`Herald`, `Gazette`), lest a story's subject be taken for a site."""
    parts = segments(title or "")
    rest = [part for part in parts if not is_section_name(part)]
    if len(rest) == 1 and len(parts) > 1 and is_site_shaped(rest[0]):
        return rest[0] if PUBLICATION_WORD.search(rest[0]) else None
    return None


def _beside(title: str, headline: str) -> str | None:
    shown = key(headline)
    pieces = SEGMENT_SPLIT.split(title)
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
    named = LEADING_NAME.match(title)
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
    name (`Lost in JIT` on lostinjit.blogspot.com, `USA TODAY` on usatoday.com, the
    footer's `© Libération` on liberation.fr), not its address (`USATODAY.com`)."""
    names = bare_names(hosts)
    longest = max(map(len, names), default=0) * 2  # spaces and dots between its words
    line = next(
        (line for line in markup.lines if len(line) <= longest and squeezed(line) in names), None
    )
    # `© Libération`: a footer's notice spells the name too; the sign is not the name's.
    return (copyright_notice_holder(line) or line) if line else None


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


_LATIN = re.compile(r"[A-Za-z]")
# A site's address written as its name: `eastsidedispatch.news`, `example.co.uk`.
_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[a-z]{2,})+", re.IGNORECASE)


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
    spelled = masthead(markup, hosts)
    named += [name for name in (title_site(markup, headline), spelled) if name]
    # The section the page declares it is filed under (`article:section`: `Kraków`, the
    # city edition a masthead and the `<title>` name too) is no site's name.
    sections = {key(section) for section in declared_sections(markup)}
    named = [name for name in named if key(name) not in sections]
    holder = notice_holder(markup)
    if named and holder and all(_service_label(name, url, holder) for name in named):
        return holder
    spelled = spelled if spelled in named else None
    if not named:
        return spelled_site(markup, site_label(url), hosts)

    def support(name: str) -> int:
        others = [other for other in named if other is not name]
        return sum(same_name(name, other) for other in others) + any(
            same_name(name, host) for host in hosts
        )

    # A name shaped as a company's (`Lakeshore Media Group`) is the owner's, where the
    # page's other statements name the publication.
    publications = [name for name in named if not is_owner_shaped(name)]
    if not publications and hosts and not any(same_name(n, h) for n in named for h in hosts):
        # Only the owner is named (`Cascade Peak Media` on kxtc9.com): the station's
        # name is how the page writes its address, or unknown.
        return spelled_site(markup, site_label(url), hosts)
    best = max(publications or named, key=support)
    # The name the site's address spells exactly, in words, as its masthead or its copyright
    # notice writes it (`Eastside Dispatch`, `© 2025 The Harbour Herald`), over a
    # declared address (`eastsidedispatch.news`: where the site is, not what it is
    # called) or a declared name the address does not spell (the owner's, `Southern
    # Cross Media Group` on harbourherald.com.au).
    on_address = any(same_name(best, host) for host in hosts)
    for words in (spelled, holder):
        if not words or " " not in words or squeezed(words) not in hosts:
            continue
        # An address spells no name written in another script (`北陸新報` on
        # hokurikushimpo.co.jp, `한결TV`): that declared name stays.
        if _ADDRESS.fullmatch(best) or (not on_address and _LATIN.search(best)):
            return words
    return written_form(best, [*named, *([holder] if holder else [])])


def _service_label(name: str, url: str | None, holder: str) -> bool:
    """Say whether a declared name is only the label of a service on the site's address
    (`Hosted` of hosted.ap.org, the wire's pages hosted for its members), where the
    copyright holder is who the registered label stands for (`ap`: `© 2019 The
    Associated Press`): the holder is the publication."""
    registered = site_label(url)
    labels = _hostname(url).split(".")
    if not registered or registered not in labels:
        return False
    services = labels[: labels.index(registered)]
    spells = registered in (squeezed(holder), initial_letters(holder))
    return spells and key(name) in services and key(name) != "www"


def written_form(name: str, statements: Sequence[str]) -> str:
    """Return the site's name as the page writes it for readers where the chosen
    statement is a machine's form: an address (`www.liberation.fr`, `rheintal-kurier.de`
    beside a declared `Rheintal-Kurier`), the address's own label (`detroitnews`,
    `usatoday`) or a handle (`@TIME`), when another statement names the same site in
    words (`Libération`, `The Detroit News`, `USA TODAY`)."""
    if not _machine_form(name):
        return name
    written = [other for other in statements if same_name(other, name) and not _machine_form(other)]
    return written[0] if written else name.removeprefix("@")


def _machine_form(name: str) -> bool:
    return (
        name.startswith("@")
        or bool(_ADDRESS.fullmatch(name))
        or (name.islower() and " " not in name)
    )


# An address written from its host on, without a scheme: `www.example.es/2012/x`.
_BARE_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)+/")


def original_address(markup: Markup) -> str | None:
    """Return the address the page declares as its own: `<link rel=canonical>`, else
    `og:url`. A canonical path (`/2019/x`) is read against `og:url`; an address written
    without its scheme (`//example.com/x`, `www.example.es/2012/x`) is given https."""
    declared = _absolute(markup.first("og:url"))
    canonical = markup.canonical
    if canonical.startswith("/") and not canonical.startswith("//") and declared:
        canonical = urljoin(declared, canonical)
    return _absolute(canonical) or declared or _absolute(_shared_by_its_buttons(markup) or "")


def _shared_by_its_buttons(markup: Markup) -> str | None:
    """Return the address two or more of the page's share buttons pass their services
    (`facebook.com/sharer.php?u=X`, `plus.google.com/share?url=X`): the page's own,
    where it declares none. A box of other stories' buttons passes each story's once."""
    counts = Counter(markup.shared)
    found = max(counts, key=lambda address: counts[address], default=None)
    return found if found and counts[found] >= 2 else None


def _absolute(address: str) -> str | None:
    if address.startswith("//"):
        address = f"https:{address}"
    elif _BARE_HOST.match(address):
        address = f"https://{address}"
    return address if is_web_address(address) else None
