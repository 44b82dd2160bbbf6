"""The names a page offers as its source, each described by the source model's features.

Where a page names a publication (`named_places`), which of those names may stand as
a source, and the cues each is described by (`candidate_features`, `FEATURE_NAMES`).
Kept apart from digest/metadata/source_model.py, which loads the learned weights and
decides with them: the trainer (digest/metadata/train_sources.py) reads these same
candidates and features to learn the weights.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from digest.article_parts import Line
from digest.metadata.agencies import AGENCIES, agency_name
from digest.metadata.credits import (
    BYLINE,
    agency_sign_off,
    credit_line,
    employer,
    explicit_credit,
    plausible_source,
)
from digest.metadata.selfnames import (
    CORPORATE,
    Evidence,
    fold,
    is_furniture_name,
    reads_as_a_person,
    self_references,
)
from digest.metadata.sourcing import (
    _SELF_REFERENCES,
    ADDRESS,
    SourceReading,
    _agency_copyright,
    _publication_holder,
    _publication_masthead,
    agreed_site,
    in_an_address,
    read_source,
)
from digest.metadata.wires import PUBLICATION_WORD, is_wire, wire_credit

# Two letters name too many things (`SN`, `RT`, a state) to stand as a source, unless
# they are a news agency's name (`AP`).
MIN_NAME_CHARS = 3
# A page with fewer lines set aside than this is a bare paste: no menus, no footer.
FURNITURE_LINES = 3
# A saved page of a site sets aside this many lines or more (menus, footer, teasers); a
# curator's paste keeps a few lines of the site's header at most.
BIG_PAGE_LINES = 100
# The kinds of place a name is found in (digest/metadata/selfnames.py, digest/metadata/credits.py).
KINDS = (
    "invites",  # `Follow X`, `Search X`, `About X`
    "lists",  # `More from X`
    "offers",  # `X Newsletters`, `X homepage`
    "staff",  # `By Jane Doe, X Staff`
    "discloses",  # `X may earn a commission`
    "copyright",  # `© 2024 X`
    "byline",  # the byline's employer
    "masthead",  # the page's first line
    "alone",  # the masthead's name standing alone again
    "dateheader",  # `Nov 20 / X`
    "photo",  # `Doug Mills/X`
    "suffix",  # `Headline | X`
    "credit",  # `Source: X`, `originally published by X`
    "agency_copyright",  # `© 2025 AFP` beside the site's own notice
    "dateline",  # `TOKYO (Reuters) -`
    "sign_off",  # `... (ANSA).`
    "wire_credit",  # an agency's name on a line of its own by the date or after the text
    "credit_line",  # `TNN | Feb 29, 2024`, `— Reuters`
    "holder",  # the copyright holder the page also shows above the article
    "employer",  # a bio's `correspondent at X`
    "publication_masthead",  # a masthead named as publications are
    "agreed",  # the name two kinds of self-reference agree on (digest/metadata/sourcing.py)
    "rules",  # the name the hand-written order of evidence reads (`read_source`)
)
_WIRE_KINDS = frozenset({"dateline", "sign_off", "wire_credit", "agency_copyright"})
# Places that name the source itself, not a phrase of a menu: a short name is read there.
_NAMING_PLACES = _WIRE_KINDS | {"credit", "publication_masthead", "rules"}
_COPYRIGHT_MARK = re.compile(r"©|ⓒ|\(c\)|copyright", re.IGNORECASE)
_LEGAL_FORM = re.compile(
    r"\b(?:inc|llc|ltd|limited|corp|corporation|gmbh|plc|s\.a|l\.p|pty|co)\b\.?", re.IGNORECASE
)
_DOMAIN = re.compile(r"\w\.[a-z]{2,4}\b", re.IGNORECASE)

FEATURE_NAMES = (
    "bias",
    *(f"kind_{kind}" for kind in KINDS),
    "kinds_log",  # how many kinds of place name it
    "self_referenced",  # a self-reference kind names it (`Follow X`)
    "only_copyright",  # a copyright alone names it: often a parent company
    "furniture_lines",  # lines outside the article naming it, up to 6
    "body_lines",  # lines of the article naming it, up to 3: a report about it
    "known_agency",
    "agency_on_a_site_page",  # an agency, by how much furniture the page has
    "agency_on_a_bare_paste",  # an agency on a curator's paste
    "wire_kind_on_a_site_page",  # named only by a wire's marks, by the page's furniture
    "bare_paste",
    "furniture_log",  # how many lines the page sets aside, as a share of a big page
    "big_site_page",  # a saved page of a site: menus, footer, teasers
    "in_an_address",  # a web address on the page holds it: a site's name is its domain
    "company_copyright",  # a copyright naming a company: the owner, not the publication
    "company_word",  # `X Media`, `X Inc.`: an owner, not a publication
    "publication_word",  # `X News`, `X Times`
    "menu_label",  # a line of the menus is the name alone, past the masthead
    "words",
    "domain_form",  # `Slate.fr`
    "person_shaped",
    "inside_another",  # part of another candidate's name: `CNN` beside `CNN Arabic`
    "holds_another",  # holds another candidate's name
    "candidates_log",  # how many names the page offers
    "another_self_referenced",  # another name is one the site's furniture calls itself
    "only_masthead",  # named only as the page's first line: a menu's first entry often
    "wire_on_a_big_page_naming_no_site",  # a site's saved page that never names itself
    "held_with_a_company_form",  # `© 2024 X LLC`: the notice names a legal owner
)


@dataclass(frozen=True)
class SourceCandidate:
    """A name the page offers as its source: its shown form, its key, its kinds."""

    name: str
    key: str
    kinds: frozenset[str]
    features: tuple[float, ...]
    rules_name: str | None = None  # the name as the rules read it, when they read this one


def _key(name: str) -> str:
    """Return the name as candidates are merged: an agency under its one name, others
    folded (`The`, case, company form and domain aside)."""
    return fold(agency_name(name)) if agency_name(name) in AGENCIES else fold(name)


def named_places(
    lines: tuple[Line, ...],
    agency: str | None,
    authors: tuple[str, ...],
    suffix: str | None,
    references: Sequence[Evidence],
    reading: SourceReading | None,
) -> list[Evidence]:
    """Return every place the page names a publication that may be its source, given
    its `self_references` and the rules' `reading` of it (`read_source`)."""
    evidence = [*references, *([Evidence(suffix, "suffix")] if suffix else [])]
    site = agreed_site(evidence, lines, authors)
    single = (
        ("rules", reading.name if reading else None),
        ("agreed", site[0] if site else None),
        ("credit", explicit_credit(lines)),
        ("agency_copyright", _agency_copyright(lines)),
        ("dateline", agency),
        ("sign_off", agency_sign_off(lines)),
        ("wire_credit", wire_credit(lines)),
        ("credit_line", credit_line(lines, authors)),
        ("holder", _publication_holder(lines, authors)),
        ("employer", employer(lines, authors)),
        ("publication_masthead", _publication_masthead(lines, authors)),
    )
    return evidence + [Evidence(name, kind) for kind, name in single if name]


def _usable(item: Evidence, writers: set[str]) -> bool:
    """Say whether a name may stand as a source: not a date, a menu word or a writer
    (`By Jane Doe` names a writer, in any place of the page). Two letters (`DW`, `AP`)
    stand only where a page puts its own name or its wire's, not in a menu's phrase.
    A site that discloses how it is funded (`Live Science is supported by its audience`)
    names itself in a sentence, not a menu, whatever words its name is made of."""
    name, key = item.name, _key(item.name)
    short = len(key) < MIN_NAME_CHARS and not (
        agency_name(name) in AGENCIES or item.kind in _NAMING_PLACES
    )
    return bool(
        plausible_source(name)
        and not short
        and (item.kind in ("discloses", "rules") or not is_furniture_name(key))
        and key not in writers
        and not BYLINE.match(name.strip())
    )


def _shown_form(forms: Sequence[Evidence]) -> str:
    """Return the form a reader sees: a credit's or a wire mark's as written, then the
    furniture's shortest, a copyright's (which may carry a company form) last."""
    for kinds in (
        {"credit"},
        _WIRE_KINDS | {"credit_line"},
        set(KINDS) - {"copyright", "holder"},
    ):
        named = [item.name.strip() for item in forms if item.kind in kinds]
        if named:
            return min(named, key=len)
    return forms[0].name.strip()


def candidates(
    lines: tuple[Line, ...],
    agency: str | None = None,
    authors: tuple[str, ...] = (),
    suffix: str | None = None,
) -> list[SourceCandidate]:
    """Return each name the page offers as its source, with its features."""
    references = self_references(lines)
    reading = read_source(lines, agency, authors, suffix, references)
    return _candidates(
        lines, authors, named_places(lines, agency, authors, suffix, references, reading)
    )


def _candidates(
    lines: tuple[Line, ...], authors: tuple[str, ...], places: Sequence[Evidence]
) -> list[SourceCandidate]:
    """Return each name of `places` (`named_places`) that may stand as the source, with
    its features."""
    writers = {fold(name) for name in authors}
    found: dict[str, list[Evidence]] = defaultdict(list)
    for item in places:
        if _usable(item, writers):
            found[_key(item.name)].append(item)
    self_referenced = tuple(
        key for key, group in found.items() if {i.kind for i in group} & _SELF_REFERENCES
    )
    context = _PageContext.of(lines, list(found), self_referenced)
    shown = {key: _shown_form(group) for key, group in found.items()}
    return [
        SourceCandidate(
            shown[key],
            key,
            frozenset(item.kind for item in group),
            candidate_features(key, shown[key], group, context),
            next((item.name for item in group if item.kind == "rules"), None),
        )
        for key, group in found.items()
    ]


@dataclass(frozen=True)
class _PageContext:
    """What the features of every candidate of a page share: its lines, its keys."""

    furniture: tuple[str, ...]  # the folded lines set aside: menus, footer
    body: tuple[str, ...]  # the folded lines of the article
    keys: tuple[str, ...]
    addresses: tuple[str, ...]  # the web addresses the page shows, folded
    self_referenced: tuple[str, ...]  # the keys the furniture names as the site's
    # The furniture lines below the masthead's, each as a name is folded (`fold`).
    folded_below_masthead: frozenset[str]

    @staticmethod
    def of(
        lines: tuple[Line, ...], keys: list[str], self_referenced: tuple[str, ...]
    ) -> _PageContext:
        furniture = tuple(line.text.casefold() for line in lines if not line.verdict.kept)
        return _PageContext(
            furniture,
            tuple(line.text.casefold() for line in lines if line.verdict.kept),
            tuple(keys),
            tuple(address.casefold() for line in lines for address in ADDRESS.findall(line.text)),
            self_referenced,
            frozenset(fold(text) for text in furniture[3:]),
        )


def _naming(key: str, texts: Sequence[str]) -> int:
    """Count the distinct texts that name `key` as a word."""
    pattern = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
    return sum(bool(pattern.search(text)) for text in set(texts))


def candidate_features(
    key: str, name: str, group: Sequence[Evidence], page: _PageContext
) -> tuple[float, ...]:
    """Describe one candidate by cues that hold on any news page."""
    kinds = {item.kind for item in group}
    agency = agency_name(name) in AGENCIES or is_wire(name)
    bare = len(page.furniture) < FURNITURE_LINES
    furniture = math.log1p(len(page.furniture)) / math.log(300)
    words = name.split()
    return (
        1.0,
        *(float(kind in kinds) for kind in KINDS),
        math.log1p(len(kinds)) / math.log(8),
        float(bool(kinds & _SELF_REFERENCES)),
        float(kinds == {"copyright"}),
        min(_naming(key, page.furniture), 6) / 6,
        min(_naming(key, page.body), 3) / 3,
        float(agency),
        float(agency) * furniture,
        float(agency and bare),
        float(kinds <= _WIRE_KINDS) * furniture,
        float(bare),
        furniture,
        float(len(page.furniture) >= BIG_PAGE_LINES),
        float(in_an_address(key, page.addresses)),
        float(bool(kinds & {"copyright", "holder"} and CORPORATE.search(name))),
        float(bool(CORPORATE.search(name))),
        float(bool(PUBLICATION_WORD.search(name))),
        float(key in page.folded_below_masthead),
        min(len(words), 6) / 6,
        float(bool(_DOMAIN.search(name))),
        float(reads_as_a_person(name)),
        float(any(key in other and key != other for other in page.keys)),
        float(any(other in key and key != other for other in page.keys)),
        math.log1p(len(page.keys)) / math.log(20),
        float(any(other != key for other in page.self_referenced)),
        float(kinds <= {"masthead", "alone", "publication_masthead"}),
        float(
            (agency or kinds <= _WIRE_KINDS | {"credit_line"})
            and len(page.furniture) >= BIG_PAGE_LINES
            and not any(other != key for other in page.self_referenced)
        ),
        float(_held_with_a_company_form(key, page.furniture)),
    )


def _held_with_a_company_form(key: str, furniture: Sequence[str]) -> bool:
    """Say whether a copyright notice names the holder with a company form (`Inc.`,
    `LLC`, `GmbH`): a notice names the legal owner, which a publication's name is not."""
    return any(
        _COPYRIGHT_MARK.search(text) and key in text and _LEGAL_FORM.search(text)
        for text in furniture
    )
