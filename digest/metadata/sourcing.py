"""The publication a page names itself as, when two independent places on it agree.

A news site names itself all over its own furniture: `Follow The Verge online`, `About
CNBC`, `Search SlashGear`, `More from WIRED`, `CNN Newsletters`, `© 2019 The Paradigm`,
its masthead, the suffix of its title. Each of those phrases, alone, is weak evidence: a
menu entry (`Skip Navigation`, `EXPLORE`), a writer's `Follow Jane Doe on Twitter` or a
parent company's copyright (`© 2019 Ziff Davis, LLC` under IGN) reads the same way. A
name two different lines of the page give the site is the site's: menus and footers
repeat the site's own name, and nothing else on a page is named as the site twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from digest.article_parts import Line, Verdict
from digest.clean.cues import is_section_name
from digest.metadata.agencies import AGENCIES, agency_name
from digest.metadata.credits import (
    agency_sign_off,
    copyright_holder,
    credit_line,
    employer,
    explicit_credit,
    last_kept,
    plausible_source,
)
from digest.metadata.fullnames import called_in_full, full_name, publication_of_the_holder
from digest.metadata.mastheads import masthead
from digest.metadata.notices import copyright_notice_holder
from digest.metadata.owners import another_holder, company_holders, powers_the_site
from digest.metadata.sections import breadcrumb_sections
from digest.metadata.selfnames import (
    CORPORATE,
    MASTHEAD_LINES,
    Evidence,
    fold,
    initials,
    is_furniture_name,
    owners_title,
    reads_as_a_person,
    self_references,
    shown_form,
)
from digest.metadata.wires import PUBLICATION_WORD, is_wire, wire_credit

# A name the page gives its site in this many kinds of place is the site's.
MIN_PLACES = 2
# Two letters name too many things (`SN`, `RT`, a state) to be read as a site alone.
MIN_NAME_CHARS = 3
# A name this many lines of the menus and footer name is the site's own.
MIN_MENTIONS = 3
# Kinds of place where a site refers to itself: `Follow X`, `More from X`, `X homepage`.
_SELF_REFERENCES = frozenset({"invites", "lists", "offers", "staff", "discloses"})
# Kinds of place that corroborate a name but do not name the site on their own.
_WEAK = frozenset({"menus", "alone"})
# Kinds of place a publication names itself in, but that name others too: a menu's first
# entry, a parent company's copyright, a writer's name in a date header.
_MEDIUM = frozenset(
    {"masthead", "copyright", "dateheader", "photo", "byline", "reporting", "address"}
)
# The readings a flattened site's page may not rest on alone, each with the kinds of
# place (digest/metadata/source_candidates.py) that are that one place: its copyright holder, a
# writer's employer.
_ONE_PLACE = {
    "copyright": frozenset({"copyright", "holder"}),
    "employer": frozenset({"byline", "employer"}),
}
# A site's page sets aside at least this many lines (menus, footer); a paste, fewer.
SITE_FURNITURE_LINES = 10
# A web address, or a domain standing alone: `www.example.com`, `morebikes.co.uk`.
ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|co|fr|de|es|it|ru|in|info)\b(?:\.\w\w)?"
)


def agreed_site(
    evidence: Iterable[Evidence], lines: tuple[Line, ...] = (), authors: Iterable[str] = ()
) -> tuple[str, frozenset[str]] | None:
    """Return the name two different kinds of place give the site, and those kinds.

    The name named in most kinds of self-reference wins, then the one most lines name.

    A furniture word (`Share`, `Search`, `Us` of `About Us`) names no site, nor does the
    writer (`Follow Jane Doe`, `About Jane Doe`) or a name that reads as a person's.
    A name the furniture gives the site once is also corroborated when the site's other
    menu and footer lines name it too (`CNN Films`, `CNN Heroes`, `Work for CNN`): a site
    prefixes its own sections and services with its name.
    """
    kinds, forms = site_kinds(evidence, lines, authors)
    for key in [key for key in kinds if powers_the_site(key, lines)]:
        del kinds[key]  # `powered by Microsoft News` over MSN's page: the platform
    held = company_holders(lines)
    for key in kinds:
        if key in held and not kinds[key] & _SELF_REFERENCES:
            # `© 2011 AOL Inc.` over Engadget: a company's notice may be the owner's,
            # whose name opens its sites' pages too; it corroborates nothing alone.
            kinds[key] -= {"copyright"}
    agreed = [
        key
        for key in kinds
        if _agreed(kinds[key])
        or (kinds[key] >= {"copyright", "menus"} and not CORPORATE.search(forms[key][0].name))
    ]
    if not agreed:
        return None
    best = max(agreed, key=lambda key: (len(kinds[key] - _WEAK), _named_in_furniture(key, lines)))
    # `Jeongdong Theater` over `Theater`: the fuller name, named as often, is the site's;
    # so is a masthead's `Nikkei Asia` over its owner's `© Nikkei Inc.`.
    fuller = [
        key
        for key in kinds
        if f" {best} " in f" {key} "
        and (
            (key in agreed and len(kinds[key] - _WEAK) == len(kinds[best] - _WEAK))
            or ("masthead" in kinds[key] and not kinds[best] & _SELF_REFERENCES)
        )
    ]
    best = max(fuller, key=len)
    full = full_name(best, forms) or called_in_full(best, lines)
    return full or shown_form(forms[best]), frozenset(kinds[best])


def site_kinds(
    evidence: Iterable[Evidence], lines: tuple[Line, ...] = (), authors: Iterable[str] = ()
) -> tuple[dict[str, set[str]], dict[str, list[Evidence]]]:
    """Return, per folded name, the kinds of place that name the site, and the forms.

    A name made of menu words (`Live Science`) or shaped as a writer's is no site's,
    except where the site discloses how it is funded (`Live Science is supported by its
    audience`): that sentence names the site, never a menu entry or a writer.
    """
    # A writer's full name, or a first name alone (`About Priya`, `Follow Priya`).
    writers = {fold(name) for name in authors} | {
        word.casefold() for name in authors for word in name.split()
    }
    kinds: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, list[Evidence]] = defaultdict(list)
    sections = breadcrumb_sections(lines)
    for item in evidence:
        key = fold(item.name)
        if (
            # `NJ.com` folds to `nj`; its address is no two letters' many meanings.
            len(re.sub(r"\W+", "", item.name)) >= MIN_NAME_CHARS
            and key not in writers
            and key not in sections
            and (
                item.kind == "discloses"
                or not (is_furniture_name(key) or _bylined(item.name, lines))
            )
        ):
            kinds[key].add(item.kind)
            forms[key].append(item)
    for item in evidence:
        if item.kind == "copyright" and (title := _masthead_the_owner_is_named_after(item, kinds)):
            kinds[title].add("copyright")
        if item.kind == "copyright" and (short := initials(item.name)) in kinds:
            kinds[short].add("copyright")  # `© Cable News Network` over menus' `CNN`
    addresses = _addresses(lines)
    for key in kinds:
        if _named_in_furniture(key, lines) >= MIN_MENTIONS:
            kinds[key].add("menus")
        if "masthead" in kinds[key] and in_an_address(key, addresses):
            kinds[key].add("address")
    return kinds, forms


def _masthead_the_owner_is_named_after(item: Evidence, kinds: dict[str, set[str]]) -> str | None:
    """Return the masthead a copyright holder is named after, folded: `© 2018 India Post
    Media Pvt. Ltd.` under a page that opens with `India Post`; a company named after
    its publication holds that publication's rights. A network's bar opens pages with
    the owner's own name (`Dow Jones`), which is named as a company, not as a
    publication is (`Post`, `News`, `Times`)."""
    title = owners_title(item.name)
    key = fold(title)
    named = key != fold(item.name) and PUBLICATION_WORD.search(title) is not None
    return key if named and "masthead" in kinds.get(key, ()) else None


def in_an_address(key: str, addresses: Sequence[str]) -> bool:
    """Say whether a web address the page shows spells the name, spaces and punctuation
    aside: a site's address is its name (`MoreBikes` at morebikes.co.uk, `The Verge` at
    theverge.com), in any language."""
    squeezed = re.sub(r"\W+", "", key)
    return len(squeezed) >= MIN_NAME_CHARS and any(squeezed in address for address in addresses)


def _addresses(lines: tuple[Line, ...]) -> list[str]:
    """Return the web addresses and domains the page shows below its masthead's lines
    (a logo may spell a domain itself, `Bloomberg.com`: one place, not two), folded."""
    below = lines[MASTHEAD_LINES:]
    return [found.casefold() for line in below for found in ADDRESS.findall(line.text)]


def _bylined(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a person's name is the writer's: `Follow Jane Doe`, `More from Jane
    Doe` and `About Jane Doe` beside a byline or a date header that names her are no
    site's. A site named like a person (`Le Figaro`) is named in no byline."""
    key = fold(name)
    if len(name.split()) < 2 or not reads_as_a_person(name):
        return False
    return any(
        line.verdict in (Verdict.BYLINE, Verdict.DATE_HEADER) and key in line.text.casefold()
        for line in lines
    )


def _agreed(kinds: set[str]) -> bool:
    """Say whether these kinds of place, together, name the site: a self-reference and
    any other place, or two of the places a publication names itself in (its masthead,
    its copyright, its date header). A masthead or a copyright beside menus alone is
    not enough: a menu's first entry and a parent company are named in menus too."""
    strong = kinds - _WEAK - _MEDIUM
    return (bool(strong) and len(kinds) >= MIN_PLACES) or len(kinds & _MEDIUM) >= MIN_PLACES


def _agency_copyright(lines: tuple[Line, ...]) -> str | None:
    """Return the news agency a copyright notice names (`© 2025 AFP`): the text of the
    report is the agency's, whatever site carries it. An agency that also publishes
    (Bloomberg) holds the rights of its own sites too: its notice credits a report only
    beside the carrying site's own notice."""
    holders = [copyright_notice_holder(line.text.strip()) for line in lines]
    named = [holder for holder in holders if holder]
    for holder in named:
        others = {fold(other) for other in named} - {fold(holder)}
        if agency_name(holder) in AGENCIES and (is_wire(holder) or others):
            return holder
    return None


def _publication_holder(lines: tuple[Line, ...], authors: tuple[str, ...]) -> str | None:
    """Return the copyright holder the page shows above the article too (see
    `copyright_holder`), unless it is named as a company (`The Channel Company`) or
    its notice gives it a company's form on a site's page (`© 2011 AOL Inc.`, see
    `owners.company_holders`)."""
    holder = copyright_holder(lines, {name.casefold() for name in authors})
    if not holder or CORPORATE.search(holder):
        return None
    return None if _a_site_page(lines) and fold(holder) in company_holders(lines) else holder


def _owners_publication(lines: tuple[Line, ...]) -> str | None:
    """Return the publication the copyright's holder is named after (`Forbes` of `©2019
    Forbes Media LLC`), where nothing else on the page names the site."""
    holders = (copyright_notice_holder(line.text.strip()) for line in lines)
    return next(
        (title for h in holders if h and (title := publication_of_the_holder(h, lines))), None
    )


def _publication_masthead(lines: tuple[Line, ...], authors: tuple[str, ...] = ()) -> str | None:
    """Return the name the page opens with (digest/metadata/mastheads.py) when it is named as
    publications are (`The Straits Times`, `DIGITIMES Asia`, `Slate.fr`, `日本経済新聞`)
    or the page names it again: a site repeats its own name (its footer, its menus, its
    copyright), while a network bar's first link (`The A.V. Club` over a Gizmodo page)
    or a topic menu's first entry (`Steve Mnuchin`) is named once. A menu's words
    (`LIVE TV`, `EXPLORE`) are no name."""
    name = masthead(lines, owner=copyright_holder(lines, set()))
    if not name or is_furniture_name(fold(name)) or is_section_name(name):
        return None
    if another_holder(fold(name), lines, {fold(writer) for writer in authors}):
        return None
    named_as_publications = (
        PUBLICATION_WORD.search(name)
        or re.search(r"\w\.[a-z]{2,4}\b", name)
        or not name.isascii()
        or any(sum(ch.isupper() for ch in word) >= 2 and "." not in word for word in name.split())
    )
    again = _named_in_furniture(fold(name), lines[1:], kept=True) >= 1
    return name if named_as_publications or again else None


def _named_in_furniture(key: str, lines: tuple[Line, ...], kept: bool = False) -> int:
    """Count the distinct lines outside the article (or, with `kept`, anywhere) that name
    `key` as a word."""
    pattern = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
    texts = {line.text for line in lines if kept or not line.verdict.kept}
    return sum(bool(pattern.search(text.casefold())) for text in texts)


@dataclass(frozen=True)
class SourceReading:
    """The source read from a page, and the evidence it was read from."""

    name: str
    evidence: str


def read_source(
    lines: tuple[Line, ...],
    agency: str | None = None,
    authors: tuple[str, ...] = (),
    suffix: str | None = None,
    references: Sequence[Evidence] | None = None,
) -> SourceReading | None:
    """Return the page's source and what says so, or None when the evidence is weak.

    `references` are the page's `self_references`, when the caller has read them.

    In order: an explicit credit of the original (`Source: X`); the name two kinds of
    place on the page give the site (`agreed_site`); a headline's site suffix the page
    names elsewhere too (`suffix`); the wire of the dateline or of the last paragraph's
    sign-off; the footer's copyright holder, when other lines of the page name it too;
    a writer's employer; the page's masthead; last, the publication the holder is named
    after (`fullnames.publication_of_the_holder`).
    """
    explicit = plausible_source(explicit_credit(lines))
    if explicit and not is_furniture_name(fold(explicit)):
        return SourceReading(explicit, "credit")
    held = _agency_copyright(lines)
    if held:  # named as the dateline names it, when it does: `(AP)` over `© 2011 The AP`
        return SourceReading(agency or held, "wire")
    if references is None:
        references = self_references(lines)
    evidence = [*references, *([Evidence(suffix, "suffix")] if suffix else [])]
    site = agreed_site(evidence, lines, authors)
    # A site that invites the reader to follow or search it by name carries the wire's
    # report as its own page; a wire credit alone names whose report it is.
    if site and site[1] & _SELF_REFERENCES:
        return SourceReading(site[0], "site")
    wire = agency or agency_sign_off(lines) or wire_credit(lines)
    if wire:
        return SourceReading(wire, "wire")
    if site:
        return SourceReading(site[0], "site")
    sections = breadcrumb_sections(lines)
    for kind, name in (
        ("credit", credit_line(lines, authors)),
        ("suffix", suffix),
        ("copyright", _publication_holder(lines, authors)),
        ("employer", employer(lines, authors)),
        ("masthead", _publication_masthead(lines, authors)),
        ("owner", _owners_publication(lines)),
    ):
        # `Mumbai | Updated: July 8` under `Home / Cities / Mumbai`: the section's city.
        if kind == "credit" and fold(name or "") in sections:
            continue
        if (
            name
            and plausible_source(name)
            and not is_furniture_name(fold(name))
            and not powers_the_site(fold(name), lines)
        ):
            return SourceReading(name, kind)
    return None


def rests_on_one_place(
    reading: SourceReading, kinds: frozenset[str], lines: tuple[Line, ...]
) -> bool:
    """Say whether a flattened site's page names its source in one place only: its
    copyright holder or a writer's employer, which no other kind of place in `kinds`
    (the places the page names the reading in) names too. On a site's page each of these
    names others as often as the site: the owner (`AOL` over Engadget), the outlet a
    syndicated writer works for. A page that opens with the name too (its masthead), or
    prints it alone on a line of its footer (the footer's logo), is the site's; a
    curator's paste, with fewer lines set aside than a site's menus and footer, has no
    site around the report to name."""
    if reading.evidence not in _ONE_PLACE:
        return False
    return (
        _a_site_page(lines)
        and not kinds - _ONE_PLACE[reading.evidence] - {"rules", "agreed"}
        and not _footer_logo(reading.name, lines)
    )


def _footer_logo(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether the name stands alone on a line set aside under the article: the
    site's logo, which its footer repeats (`The National Beacon`)."""
    return any(
        not line.verdict.kept and fold(line.text) == fold(name)
        for line in lines[last_kept(lines) + 1 :]
    )


def _a_site_page(lines: tuple[Line, ...]) -> bool:
    """Say whether a page is a site's, flattened: its menus and footer, set aside, run to
    more lines than the odd prompt or caption a curator's paste carries."""
    return sum(1 for line in lines if not line.verdict.kept) >= SITE_FURNITURE_LINES
