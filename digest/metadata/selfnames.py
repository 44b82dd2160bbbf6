"""Where a page names its own site: the places a news site refers to itself.

A news site names itself all over its own furniture: `Follow The Verge online`, `About
CNBC`, `Search SlashGear`, `More from WIRED`, `The Verge homepage`, `© 2019 The
Paradigm`, a staff photographer's `Doug Mills/The New York Times`, its masthead, its
date header (`Nov 20 / CBS News`). This module finds those places; digest/metadata/sourcing.py
decides which name they agree on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.article_parts import Line, Verdict
from digest.clean.cues import BUTTON_WORDS, SECTION_WORDS
from digest.metadata.credits import byline_employer, reads_as_a_person
from digest.metadata.dates import parse_date
from digest.metadata.notices import copyright_notice_holder, is_publication_shaped
from digest.metadata.wires import is_wire

# A publication's name: up to five words, each capitalised, in capitals, with an inner
# capital or a digit (`my6sense`), a web address (`Slate.fr`), or in a script without
# case (`ประชาไท`, `동아일보`); small linking words may join them (`Dawgs By Nature`).
_NAME = r"(?P<name>(?:the\s+|The\s+)?[^\s@#][^\s]*(?:\s+[^\s]+){0,4}?)"
# Quotation marks a name may be set in: `«Вечерний Приволжск»`, `„Kurier“`.
QUOTES = "«»“”„\"'‹›"
# Self-references a site's furniture makes, before its name. They hold on any site: a
# site invites the reader to follow, search, support or subscribe to itself, and its
# footer says what it is about, whom to contact, where to advertise and work.
_BEFORE = re.compile(
    r"^(?:follow|subscribe to|support|search|browse|advertise (?:on|with)|about|contact"
    r"|welcome to|back to|continue to|work (?:for|at)|talk to|inside|listen to|visit"
    r"|why you can trust|keep up(?: to date)? with|stay (?:up to date |connected )?with"
    r"|suivez|abonnez-vous à|suscríbete a|síguenos en|siga o|indique o"
    r"|trabalhe no|folgen sie|buscar en|rechercher sur)\s+@?"
    + _NAME
    + r"(?:\s+(?:on|online|sur|en|no|auf)\b.*|[:!.]?)$",
    re.IGNORECASE,
)
# ... and after a short verb: `More from WIRED`, `Most Popular on HuffPost`.
_AFTER_A_LIST = re.compile(
    r"^(?:more|latest|popular|most popular|trending(?: now)?|top stories|more stories|the latest)"
    r"\s+(?:from|on|at)\s+" + _NAME + r"[:!.]?$",
    re.IGNORECASE,
)
# ... and before what the site offers: `CNN Newsletters`, `The Verge homepage`.
_OFFERS = re.compile(
    r"^" + _NAME + r"\s+(?:homepage|home page|main menu|staff|apps?|store"
    r"|navigation|services|- back to home)[:!.]?$",
    re.IGNORECASE,
)
# ... after a prompt to get it: `Get the Britannia Post app`, `Download the Mirror app`.
_GET_THE = re.compile(r"^(?:get|download|install)\s+(?:the\s+)?", re.IGNORECASE)
# ... on a social network: `Slate.fr sur Twitter`, `VG247 on Facebook`.
_ON_SOCIAL = re.compile(
    r"^" + _NAME + r"\s+(?:on|sur|en|auf|no|na)\s+(?:twitter|facebook|instagram|youtube|linkedin)$",
    re.IGNORECASE,
)
# A site discloses its own affiliate earnings: `Space is supported by its audience`,
# `AppleInsider has affiliate partnerships`, `..., IGN may get a share of the sale`.
# Its footer says what it is: `Ibadan Herald is an independent daily newspaper`, `The
# Westmeath Clarion is a member of the Press Council of Ireland`, `X is regulated by the
# Independent Press Standards Organisation`; who publishes it: `Slate is published by The
# Slate Group`.
_DISCLOSES = re.compile(
    r"(?:^|[,.]\s+)" + _NAME + r"\s+(?:is supported by its|has affiliate|may (?:earn|get|receive)"
    r"|participates in|is (?:published|owned|operated) by"
    r"|is an? (?:[\w-]+\s+){0,4}(?:newspaper|news ?site|news website|news outlet|news service"
    r"|publication|magazine|broadcaster)"
    r"|is (?:a member of|regulated by) (?:the\s+)?(?:[\w-]+\s+){0,3}(?i:(?:press|media|news)\s+"
    r"(?:council|association|standards|ombudsman|organi[sz]ation)))\b",
)
# A byline's desk: `By Eric Song, IGN Staff`, `Jane Doe, USA TODAY`, the site's bureau
# in a date line: `New Delhi, News Nation Bureau | Updated : 19 November 2019`.
_STAFF_CREDIT = re.compile(r",\s+" + _NAME + r"\s+(?:Staff|Bureau|Desk)(?:\s+[|·•]\s.*)?$")
# Company forms and a domain's ending, which name the same site: `MacRumors.com, LLC`.
_LEGAL_TAIL = re.compile(
    r"[,.]?\s+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|Company|GmbH|Pvt|Pty|L\.?P"
    r"|S\.?L)\.?$",
    re.I,
)
_DOMAIN_TAIL = re.compile(r"\.(?:com|co\.uk|org|net|fr|es|lv|ru|info|co\.kr|com\.br)$", re.I)
# A line this long is prose, not furniture naming the site.
MAX_FURNITURE_WORDS = 12
# The lines a page's logo may come in: a skip link or a language switch may precede it.
MASTHEAD_LINES = 3
# A date header's segments: `Updated on: November 19, 2019 / 10:07 AM / CBS News`.
_HEADER_SEGMENT = re.compile(r"\s+[|/·•]\s+|,\s+")
# What follows a name in a segment: a date or a time (`LinkNaija October 06, 2018`).
_DATE_TAIL = re.compile(
    r"\s+(?:\d{1,2}:\d{2}.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*)$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}|\b(?:updated|published|posted)\b", re.IGNORECASE)
# A photo's credit: the photographer, a slash, the publication that employs them.
_PHOTO_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’-]+\s){1,3}?[A-Z][\w.'’-]+\s*/\s*(?P<name>(?:[Tt]he\s)?[A-Z][\w.&'’-]*"
    r"(?:\s[A-Z][\w.&'’-]*){0,3})\)?\s*$"
)
# The article's own reporting names the publication its reporter works for: `told
# Newsweek`, `in a statement to The Hill`, `Polygraph.info has reached out to`.
_REPORTED_TO = r"(?P<name>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})"
_TOLD = re.compile(
    r"\b(?:told|in an interview with|in a statement to|in an email to)\s+"
    + _REPORTED_TO
    + r"(?=[,.;:]|\s+[a-z]|$)"
)
_REACHED_OUT = re.compile(r"(?:^|[,.;]\s+)" + _REPORTED_TO + r"\s+(?:has\s+)?reached out to\b")
# What a site's possessive names after it, in small letters: `X’s newsletters`.
_POSSESSIVE_TAIL = re.compile(r"[’']s\s+[a-z][a-z ]*[.!]?$")
# A day's name ends the phrase, not the name: `told the Argus Leader Monday`.
_WEEKDAY_TAIL = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
# `Our` in the languages of the cue tables (English's is among the furniture words).
_OUR = frozenset(
    (
        *("nos", "notre", "nuestro", "nuestros", "nuestra", "nuestras", "unser", "unsere"),
        *("nostri", "nostre", "nostro", "nossos", "nossas", "nosso", "nossa", "onze"),
        *("nasze", "nasz", "nasza", "våra", "vår", "vores"),
    )
)
# Words of page furniture that name no site, whatever follows or precedes them: the
# `Us` of `About Us`, the `Share` of `Share on Facebook`, menu labels.
_FURNITURE_TEXT = (
    "us me we our you your my mes all about top more share search email e-mail mail story "
    "stories daily weekly newsletter newsletters mobile site web post home menu main "
    "close toggle video videos live tv explore news skip navigation ad feedback subscribe "
    "sign up log in login comments comment print editors editor issues member members "
    "gallery get free app apps the back to page author authors team contact info "
    "information policy privacy terms cookies rss feed feeds help faq jobs careers shop "
    "store partager todos agencies communication communications iphone ipad android ios "
    "facebook twitter instagram youtube linkedin business tech technology politics world "
    "sport sports opinion entertainment health science lifestyle travel food financial "
    "finance markets money breaking latest edition today local national international "
    "culture arts style pro premium plus blog blogs e-edition epaper e-paper ads advertising "
    "advertise advertisers"
)
# With the one-word buttons of other languages (`Compartir en X`, `Teilen`) and the
# sections' names (`Economia`, `Wirtschaft`).
_FURNITURE_WORDS = frozenset(_FURNITURE_TEXT.split()) | BUTTON_WORDS | SECTION_WORDS


# A company that owns publications is named as a company: `Vox Media`, `Hearst
# Communications`, `The Channel Company`, `CBS Interactive`; a publication is not.
_OWNER_WORDS = (
    r"media|group|company|communications|interactive|holdings|publishing|enterprises"
    r"|corporation|corp|inc|llc|ltd|limited|gmbh|plc"
)
# The same in the languages of the cue tables: `Kurier Mediengruppe`, `Grupo Clarín`.
_FOREIGN_OWNER = re.compile(
    r"\b(?:mediengruppe|medienhaus|verlagsgruppe|verlagshaus|verlag|mediagroep|editora"
    r"|médias)\.?$|^(?:grupo|gruppo|groupe|verlagsgruppe)\b",
    re.IGNORECASE,
)
# A company word may be followed by a legal form of another country: `Halvorsen Group ASA`.
_OWNER_SHAPED = re.compile(
    rf"\b(?:{_OWNER_WORDS})\b\.?(?:,?\s+(?:asa|as|ab|ag|sa|s\.a|se|nv|bv|oy|oyj|spa|s\.p\.a)\.?)?$",
    re.IGNORECASE,
)
# ... and a few words name a company or a publication (`Global News Network`).
CORPORATE = re.compile(rf"\b(?:{_OWNER_WORDS}|network|partners|digital)\b\.?$", re.IGNORECASE)


def owners_title(name: str) -> str:
    """Return what a company's name keeps without its company words: `India Post` of
    `India Post Media`, `Al Jazeera` of `Al Jazeera Media Network`; a name without them
    is returned as it is."""
    title = name.strip(" .,")
    while (shorter := re.sub(r"(?:\s+(?:&|and))?\s+\S+$", "", title)) != title and (
        CORPORATE.search(title)
    ):
        title = shorter.strip(" .,")
    return title


def is_owner_shaped(name: str) -> bool:
    """Say whether a name is shaped as the name of a company that owns publications
    (`Vox Media`, `Lakeshore Media Group`, `NYP Holdings`), not a publication's or a
    news agency's (`PA Media` is the wire the British press signs with)."""
    owner = _OWNER_SHAPED.search(name) or _FOREIGN_OWNER.search(name.strip())
    return bool(owner) and not is_wire(name)


@dataclass(frozen=True)
class Evidence:
    """One place a page names its site: the name as written, and what kind of place."""

    name: str
    kind: str


def fold(name: str) -> str:
    """Return a name as names are compared: `The`, case, company form, domain and the
    quotation marks some languages set a title in (`«Вечерний Приволжск»`) aside."""
    name = _LEGAL_TAIL.sub("", name.strip(" .,:!" + QUOTES)).strip(" .,")
    name = _DOMAIN_TAIL.sub("", name)
    name = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.I)
    return name.casefold()


def self_references(lines: tuple[Line, ...]) -> list[Evidence]:
    """Return each place the page's furniture names its site, in page order."""
    found = []
    for line in lines:
        disclosed = _DISCLOSES.search(line.text)
        # `Registered in Ireland No. 612345. Sideline.ie is a member of ...`: the name
        # starts after the sentence before it.
        name = re.split(r"\.\s+", disclosed["name"])[-1] if disclosed else ""
        if name and not line.verdict.kept and is_publication_shaped(name):
            found.append(Evidence(name, "discloses"))
        # A footer's link list joins its links with bars: `Help | Advertise On ESPN.com`.
        for text in (part.strip() for part in line.text.split(" | ")):
            found += _furniture_names(text)
    employer = byline_employer(lines)
    found += [Evidence(employer, "byline")] if employer else []
    return (
        found
        + mastheads(lines)
        + date_header_credits(lines)
        + staff_photo_credits(lines)
        + reported_to(lines)
    )


def reported_to(lines: tuple[Line, ...]) -> list[Evidence]:
    """Return the publications the article says it spoke to: `... did not work on the
    study, told Newsweek.`, `Polygraph.info has reached out to the ministry`. A reporter
    names their own publication so; a report may also quote what a source told another
    outlet (`told CNN on Sunday`), so this place corroborates a name the page gives its
    site elsewhere (its copyright, its masthead) and names no site alone."""
    found = []
    for line in lines:
        if line.verdict is not Verdict.BODY:
            continue
        for pattern in (_TOLD, _REACHED_OUT):
            for match in pattern.finditer(line.text):
                name = _WEEKDAY_TAIL.sub("", re.sub(r"^the\s+", "", match["name"].strip(" .")))
                # One word reads as a surname too (`told Newsweek`, `told Trump`): a
                # person is told things, but holds no copyright and opens no page.
                person = len(name.split()) > 1 and reads_as_a_person(name)
                if is_publication_shaped(name) and not person:
                    found.append(Evidence(name, "reporting"))
    return found


def _furniture_names(text: str) -> list[Evidence]:
    """Return the names one line of furniture gives its site (see `self_references`)."""
    found = []
    # `Subscribe to NJ.com’s newsletters`: the site's own newsletters name the site.
    text = _POSSESSIVE_TAIL.sub("", text)
    if len(text.split()) <= MAX_FURNITURE_WORDS:
        for kind, pattern in (
            ("invites", _BEFORE),
            ("invites", _ON_SOCIAL),
            ("lists", _AFTER_A_LIST),
            ("offers", _OFFERS),
            ("staff", _STAFF_CREDIT),
        ):
            match = pattern.search(text)
            # `More from the BBC`: a lower-case `the` is the sentence's, not the name's.
            name = re.sub(r"^the\s+", "", match["name"].strip(" .:!")) if match else ""
            # `Get the Britannia Post app`: the site's app; a paper's app is as often named
            # by its last word alone (`Get the Ledger app` on The Harbor City Ledger).
            prompted = _GET_THE.sub("", name)
            name = "" if prompted != name and len(prompted.split()) < 2 else prompted
            if name and is_publication_shaped(name) and not _opens_with_our(name):
                found.append(Evidence(name, kind))
    holder = copyright_notice_holder(text)
    return found + ([Evidence(holder, "copyright")] if holder else [])


def _opens_with_our(name: str) -> bool:
    """Say whether a name opens with `our` in a language of the cue tables, as a word is
    written, not an acronym (`Nos services`, `Unsere Angebote`; `NOS` is a broadcaster)."""
    first = name.split()[0]
    return first.casefold() in _OUR and not first.isupper()


def staff_photo_credits(lines: tuple[Line, ...]) -> list[Evidence]:
    """Return the publication a photo credit names after its photographer: `Doug Mills/
    The New York Times`, `Screenshot by Amanda Tan/ONE Esports`. A site credits its own
    staff's pictures so; an agency puts its name first (`REUTERS/Benoit Tessier`), which
    leaves a person after the slash, no publication."""
    found = []
    for line in lines:
        if line.verdict is Verdict.BODY:
            continue
        for match in _PHOTO_CREDIT.finditer(line.text):
            name = match["name"].strip()
            if is_publication_shaped(name) and not reads_as_a_person(name):
                found.append(Evidence(name, "photo"))
    return found


def mastheads(lines: tuple[Line, ...]) -> list[Evidence]:
    """Return the name a page opens with, and each later line that is that name alone.

    A site's logo is the first text of its page (its alt text, `Gizmodo`); the same name
    standing alone again (a footer logo, a repeated menu) is a second place naming it.
    """
    top = [line.text.strip() for line in lines[:MASTHEAD_LINES] if not line.verdict.kept]
    found = []
    for name in top:
        if is_publication_shaped(name) and not is_furniture_name(fold(name)):
            found.append(Evidence(name, "masthead"))
            later = [line.text.strip() for line in lines[MASTHEAD_LINES:] if not line.verdict.kept]
            found += [Evidence(text, "alone") for text in later if fold(text) == fold(name)][:1]
    return found


def date_header_credits(lines: tuple[Line, ...]) -> list[Evidence]:
    """Return the publication a date header names beside its date: `Nov 20 / CBS News`,
    `LinkNaija October 06, 2018`, `Jane Doe, USA TODAY 3:53 p.m.`; a site puts its own
    name there, as a wire its."""
    found = []
    for line in lines:
        if line.verdict is not Verdict.DATE_HEADER:
            continue
        for segment in _HEADER_SEGMENT.split(line.text):
            name = _DATE_TAIL.sub("", segment).strip()
            named = is_publication_shaped(name) and not reads_as_a_person(name)
            if named and not is_furniture_name(fold(name)) and not _dated(name):
                found.append(Evidence(name, "dateheader"))
    return found


def _dated(name: str) -> bool:
    """Say whether a segment holds a date or a time: a number standing as a word."""
    return (
        parse_date(name) is not None
        or bool(_CLOCK.search(name))
        or any(word.strip(".,").isdigit() for word in name.split())
    )


def is_furniture_name(key: str) -> bool:
    return all(word in _FURNITURE_WORDS for word in key.split())


def shown_form(group: list[Evidence]) -> str:
    """Return the form of a name a reader sees as the site's: the furniture's shortest
    form before a copyright's, which may carry a company form (`MacRumors.com, LLC`).

    A name the furniture also writes with its `The` (`The Guardian` beside `More from
    Guardian`), or any place in small letters (`The Sacramento Bee` beside a menu's
    `SACRAMENTO BEE`), is shown so: running phrases drop a name's article and menus set
    it in capitals, while no page adds an article or small letters a name does not have.
    A copyright's `The` is the legal name's (`© The Taipei Times` under the logo `Taipei
    Times`), not the one the site calls itself by; a sentence's (`The Millbrook
    Sentinel-Ledger is published by ...`) is grammar's.
    """
    named = [
        item.name.strip(" " + QUOTES)
        for item in group
        if item.kind not in ("copyright", "discloses")
    ]
    shown = min(named or [group[0].name.strip(" " + QUOTES)], key=len)
    forms = [item.name.strip(" " + QUOTES) for item in group]
    same = [
        name for name in forms if _articleless(name).casefold() == _articleless(shown).casefold()
    ]
    if shown.isupper():
        # ... in small letters, but not all small: `wsj` is an address's or a menu
        # label's, `WSJ` the name.
        shown = next((name for name in same if not name.isupper() and not name.islower()), shown)
    articled = [name for name in same if name in named and name != _articleless(name)]
    return articled[0] if articled and shown == _articleless(shown) else shown


def _articleless(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def initials(name: str) -> str:
    """Return the initials a long name is known by, folded: `Cable News Network` is
    `cnn`, `British Broadcasting Corporation` `bbc`; empty for a shorter name. A holder
    called by its initials holds the rights of the site its furniture names so."""
    letters = initial_letters(name)
    return letters if len(letters) >= MIN_INITIALS else ""


def initial_letters(name: str) -> str:
    """Return the first letters of a name's words, folded, joining words aside (`dw` of
    `Deutsche Welle`, `ap` of `The Associated Press`)."""
    words = [word for word in re.findall(r"[^\W\d_]+", name) if word.casefold() not in _JOINING]
    return "".join(word[0] for word in words).casefold()


# The words an organisation's initials leave out: `Corporation for Public Broadcasting`.
_JOINING = frozenset({"of", "and", "for", "the", "&"})
# A name of this many words or more may go by its initials.
MIN_INITIALS = 3
