"""Who published an article, read from the page's credits.

An explicit credit of the original (`Source: X`, `originally published by X`), the wire
of a last paragraph's sign-off, a credit beside the date, a sign-off line, a copyright
line, the employer a bio or a byline names. digest/metadata/sourcing.py orders them with the
name the site gives itself; the writers are read by `digest/metadata/bylines.py`, and what counts
as a person's name by `digest/metadata/names.py`.
"""

from __future__ import annotations

import re

from digest.article_parts import Line, Verdict
from digest.clean.cues import is_section_name
from digest.clean.furniture import RIGHTS_NOTICE
from digest.metadata.dates import MONTHS, parse_date
from digest.metadata.names import is_person_name, is_share_bar, split_names
from digest.metadata.wires import PUBLICATION_WORD, is_person_credit, is_wire
from digest.text import is_name_like

# `Published`, in the languages digest meets; what follows it is the publication date.
PUBLISHED = re.compile(
    r"\b(?:published|posted|first published|publié|publiée|publicado|publicada|veröffentlicht"
    r"|pubblicato|gepubliceerd|опубликовано|opublikowano|yayınlanma|yayınlandı"
    r"|شائع|نشر|تاريخ النشر)\b",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(
    r"^(?:Source|Sources|Via|来源|出典|출처|Источник|Quelle|Fuente)\s*[:：]\s*(?P<name>.+?)\s*\.?$",
    re.IGNORECASE,
)
# A press release's distributor closes it with the issuer, in capitals: `SOURCE Acme Inc.`
_RELEASE_SOURCE = re.compile(r"^SOURCE\s+(?P<name>[A-Z][^:]{1,60}?)\s*$")
# A report signed off after its last paragraph: `— Reuters`.
_SIGN_OFF = re.compile(r"^[—–-]+\s*(?P<name>\S.*)$")
# A credit of the original on a line of its own is a sentence this short at most.
MAX_CREDIT_LINE_WORDS = 12
_ORIGINALLY = re.compile(
    r"\b(?:(?:originally|first)\s+(?:published|appeared|featured|ran)\s+(?:by|in|on|at)"
    r"|read\s+the\s+original(?:\s+(?:article|story|post))?\s+(?:on|at|in))\s+(?:(?-i:the)\s+)?"
    r"(?P<name>[^\W\d_][^.,;:!?()]{1,80}?)\s*(?:[.,;:!?()]|$)",
    re.IGNORECASE,
)
# What follows a holder's name: `... Limited or its affiliated companies`, `Network. A
# Warner Bros. Discovery Company`.
# `Zurek Design LLC — Read our terms of service`: a dash or a bar ends the name too.
_HOLDER_TAIL = re.compile(
    r"(?<!\s)\s+or its affiliate.*$|(?<=[a-z]{2})\.\s+\S.*$|(?<!\s)\s+[—–|]\s.*$"
)
# The company form closing a legal name: `Inc.`, `Ltd`, `L.P.`, `GmbH`, `S.L.`.
_LEGAL_ENTITY = re.compile(
    r",?(?<!\s)\s+(?:Inc|Ltd|Limited|L\.P|LP|LLC|plc|PLC|Pte(?:\.?\s+Ltd)?|S\.[AL]|GmbH|AG|Corp"
    r"|Corporation|Co|K\.K|B\.V|N\.V|Pty(?:\.?\s+Ltd)?)\.?$"
)
_NAME_RUNS_ON = re.compile(r"(?<!\s)\s+(?:and|with|where|under|as|on)\s+[a-z]")
# What a credit names before the publication: `the Spring 2025 issue of X`.
_ISSUE_OF = re.compile(r"^.*?\b(?:issue|edition|number)\s+of\s+(?:the\s+)?", re.IGNORECASE)
# `Copyright @ 2019 X`: some sites type an `@` for the sign, after the word.
_COPYRIGHT = re.compile(
    r"^(?:Copyright|©|ⓒ|\(c\))\s*:?\s*(?:[©ⓒ@]\s*)?(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*)?"
    r"(?P<name>[^,|]+?)"
    r"(?:\s+\d{4})?\s*(?:\.?\s*All rights reserved.*|[,|].*)?$",
    re.I,
)
_NOTICE_MARK = re.compile(r"[©ⓒ]|\(c\)|\b(?:1[89]|20)\d{2}\b|rights reserved", re.I)
_CREDIT_WITH_EDITING = re.compile(
    r"^[•·\-–*\s]*(?P<name>[A-Z][\w.&’' -]{1,40}?)\s*,\s*with additional (?:editing|reporting)",
)
# `By`, and its equivalents in the languages digest meets: Von, Por, Par, Di, Door.
# A byline signing the article off may open with a dash: `-- By Jane Doe`, `— By Jane Doe`.
# The layout may glue the name to the label (`Written byPriya Natarajan`).
BYLINE = re.compile(
    r"^(?:[-–—]{1,2}\s*)?(?:(?:[Bb]y|BY|Posted by|Written by|Words by|[Vv]on|[Pp]or|[Pp]ar"
    r"|[Dd]i|[Dd]oor|[Dd]eur|Author|Authors|Autor|Auteur|Autore)\s*:?)(?:\s+|(?<=by)(?=[A-Z][a-z]))"
    r"(?P<names>.+)$"
)
# The label of whoever supplied a press release or a partner's content, over their name:
# `News provided by` over `Corvane Robotics`. An organisation, never a writer.
PROVIDED_BY = re.compile(r"\b(?:provided|supplied|distributed) by\s*:?\s*$", re.IGNORECASE)
# A bio names the writer's employer: `... correspondent at the Amsterdam Courant`.
_SENTENCE_END = re.compile(r"\.\s+")
_BIO_EMPLOYER = re.compile(
    r"\b(?:at|for|with)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
# A wire's name in brackets after the last sentence: `... dalla Regione. (ANSA).`
_AGENCY_SIGN_OFF = re.compile(r"[.!?»”\"]\s*\((?P<agency>[^\W\d_][\w-]{1,9})\)\.?\s*$")
# The heading of a press release's boilerplate: `About Acme Robotics`.
_ABOUT = re.compile(r"^About\s+(?P<name>[A-Z].{1,50})$")
# The segment before a date in a date header credits the publication: `TNN | Feb 29, 2024`.
HEADER_SEGMENTS = re.compile(r"(?<!\s)\s+[|·•]\s+")


def texts_with(lines: tuple[Line, ...], *verdicts: Verdict) -> list[str]:
    """Return the texts of the lines with any of these verdicts, in page order."""
    return [line.text for line in lines if line.verdict in verdicts]


def header(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Return the lines above the article's first kept line: where a page puts its metadata."""
    for index, line in enumerate(lines):
        if line.verdict.kept:
            return lines[:index]
    return lines


def last_kept(lines: tuple[Line, ...]) -> int:
    """Return the index of the article's last kept line (where its furniture below
    starts after), or the number of lines when none is kept."""
    return max((i for i, line in enumerate(lines) if line.verdict.kept), default=len(lines))


def credit_line(lines: tuple[Line, ...], authors: tuple[str, ...] = ()) -> str | None:
    """Return the publication a credit names: beside the date above the article (`TNN |
    Feb 29, 2024`), a credit line that is a publication's name, a sign-off (`— Reuters`)."""
    found_credit = header_credit(lines) or next(
        (
            t
            for t in texts_with(lines, Verdict.CREDIT)
            if is_name_like(t)
            and not _ABOUT.match(t)
            and not _signed_by_a_writer(t, authors)
            and _named_as_a_publication(t, lines)
            and not _a_person_the_story_names(t, lines)
        ),
        None,
    )
    if found_credit:
        return found_credit
    for text in texts_with(lines, Verdict.CREDIT, Verdict.FOOTER):
        signed = _SIGN_OFF.match(text)
        name = signed["name"] if signed else ""
        signed_by_writer = _signed_by_a_writer(name, authors)
        if name and is_name_like(name) and not BYLINE.match(name) and not signed_by_writer:
            return name
    return None


def _signed_by_a_writer(name: str, authors: tuple[str, ...]) -> bool:
    """Say whether a credit is the writer signing off: their name, or the first name a
    letter or a newsletter ends with (`— Marcus`, `Helen` under a vicar's post)."""
    folded = name.casefold()
    return any(folded in (writer.casefold(), *writer.casefold().split()) for writer in authors)


def employer(lines: tuple[Line, ...], authors: tuple[str, ...] = ()) -> str | None:
    """Return the publication the writer works for, as a bio, the byline or a press
    release's `About X` box names it."""
    for text in texts_with(lines, Verdict.BIO):
        match = _BIO_EMPLOYER.search(text)
        if match:
            # The name ends with its sentence: `at Tom's Hardware. Over the years ...`.
            return _SENTENCE_END.split(match["name"])[0].strip().rstrip(".")
    return byline_employer(lines) or about_box(lines, authors)


def explicit_credit(lines: tuple[Line, ...]) -> str | None:
    """Return the original a page credits in words: `Source: X`, `SOURCE Acme Inc.`,
    `X, with additional reporting`, `originally published by X`, `Read the original
    article on X`. A page says so only of the publication whose copy it carries."""
    # A date header's segments may credit the source: `April 23, 2024 | Source: Acme`.
    segments = [
        segment
        for text in texts_with(header(lines), Verdict.DATE_HEADER)
        for segment in HEADER_SEGMENTS.split(text)[1:]
    ]
    above = [line.text for line in header(lines)]
    for text in _credits_around_the_text(lines) + above + segments:
        for pattern in (_SOURCE_LINE, _RELEASE_SOURCE, _CREDIT_WITH_EDITING):
            match = pattern.match(text)
            # A list of sources (`Sources: A Survey; Federal Reserve`) credits a chart's
            # or a table's data: a page carries one publication's copy.
            if match and ";" not in match["name"]:
                # `SOURCE Corvane Therapeutics, Inc.`: the company, without its form
                return _LEGAL_ENTITY.sub("", match["name"].strip()) or match["name"].strip()
    for line in lines:
        # A line of its own (`Read the original article on X.`) credits the original
        # wherever it stands; in the text's prose, a study may be `first published in X`.
        own_line = not line.verdict.kept or len(line.text.split()) <= MAX_CREDIT_LINE_WORDS
        found = _ORIGINALLY.search(line.text) if own_line else None
        if found:
            # The name ends where the sentence goes on: `X and is republished here`.
            return _ISSUE_OF.sub("", _NAME_RUNS_ON.split(found["name"])[0]).strip()
    return None


def _credits_around_the_text(lines: tuple[Line, ...]) -> list[str]:
    """Return the credit lines standing above the text or after it: a `Source: INMO`
    between paragraphs credits the table or the chart over it, not the page."""
    body = [i for i, line in enumerate(lines) if line.verdict is Verdict.BODY]
    return [
        line.text
        for i, line in enumerate(lines)
        if line.verdict is Verdict.CREDIT and (not body or not body[0] < i < body[-1])
    ]


def agency_sign_off(lines: tuple[Line, ...]) -> str | None:
    """Return the wire a report's last paragraph names in brackets: `... (ANSA).`"""
    body = texts_with(lines, Verdict.BODY)
    signed_off = _AGENCY_SIGN_OFF.search(body[-1]) if body else None
    return signed_off["agency"] if signed_off else None


def copyright_holder(
    lines: tuple[Line, ...], writers: set[str], site_name: str | None = None
) -> str | None:
    """Return the publication a copyright line names, as a reader would name it.

    The first holder wins: a reposted report's `(c) 2025 Bloomberg L.P.` comes before
    the site's own footer. When the only holder is the site's own, it names the owner
    (`Guardian News & Media Limited`, `© 2025 Yahoo` under TechCrunch): the name the
    page shows for itself is then the publication, and without one the holder without
    `Inc.` or `Ltd`. A blog's writer may hold its copyright; a person is no publication.
    """
    holders = []
    for text in texts_with(lines, Verdict.CREDIT, Verdict.FOOTER):
        match = _COPYRIGHT.match(text) if _is_copyright_notice(text) else None
        holder = _HOLDER_TAIL.sub("", match["name"]).strip(" .") if match else ""
        # `© Crown copyright` names no one.
        # `© 2021, Any use ...` names a year, not a holder: a name has letters.
        # `© REUTERS / POOL`: a photo's credit (agency / photographer), not a notice.
        lettered = any(ch.isalpha() for ch in holder.split(",")[0])
        named = holder and lettered and " / " not in holder
        if named and holder.casefold() not in writers and "copyright" not in holder.lower():
            holders.append(_LEGAL_ENTITY.sub("", holder).strip(" ,.") or holder)
    if not holders:
        return None
    only_the_site = all(holder == holders[0] for holder in holders)
    if not only_the_site or is_wire(holders[0]):
        return holders[0]  # a reposted report's credit, before the site's own footer
    # The site's own footer may name its owner (`Cable News Network` for CNN, `Condé
    # Nast` for WIRED), not the publication a reader knows: the holder is the source
    # when it is named as publications are (`The Korea Herald`), or when the page also
    # shows that name above the article, as a site shows its own in its menus.
    holder = holders[0]
    named_as_publication = PUBLICATION_WORD.search(holder) is not None
    shown = named_as_publication or _shown_above_the_article(holder, lines)
    return site_name or (holder if shown else None)


def plausible_source(name: str | None) -> str | None:
    """Return a source name unless it reads as a date (`November 19`, `Friday 18
    November 2011 18`) or a reservation of rights (`© RIPRODUZIONE RISERVATA`): what a
    date line's segments, a stamp or a legal notice leave is no publication; nor is a
    month's name alone (`originally published on Nov. 19`: the date, cut at its stop)."""
    if not name or not any(ch.isalpha() for ch in name) or RIGHTS_NOTICE.search(name.casefold()):
        return None
    if is_share_bar(name):
        return None  # `WA FB X`: the buttons beside the byline
    words = [word.strip(".,").casefold() for word in name.split()]
    a_month = len(words) == 1 and words[0] in MONTHS
    dated = a_month or any(
        word in MONTHS and any(other.isdigit() for other in words[max(0, i - 1) : i + 2])
        for i, word in enumerate(words)
    )
    return None if dated or parse_date(name) else name


def _is_copyright_notice(text: str) -> bool:
    """Say whether a line is a copyright notice, not a link to a policy (`Copyright
    Policy`): a notice shows the sign, a year, or reserves the rights."""
    return bool(_NOTICE_MARK.search(text))


def _named_as_a_publication(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a name alone on a credit line names a publication: a wire, a name
    as papers are named (`The Pacific Review`), or one the page shows elsewhere too.

    A page's short link labels (`Copyright Policy`, `Story Timeline`, `Partager`,
    `NOTICIAS RELACIONADAS`) are capitalised like names and stand alone on a line, as
    a credit does; a publication is named again on the page that carries its copy.
    """
    if is_wire(name) or PUBLICATION_WORD.search(name):
        return True
    # A word that is elsewhere only the first of a longer name (`Helen` signing off a
    # post by `Rev. Helen Ashworth`) is that name's, not named again.
    pattern = re.compile(
        r"(?<!\w)" + re.escape(name) + r"(?!\w)(?!\s+(?-i:[A-Z])\w)", re.IGNORECASE
    )
    return sum(_names(pattern, line.text) for line in lines) >= 2


def reads_as_a_person(name: str) -> bool:
    """Say whether a name reads as a person's: `Jane Doe`, not `USA TODAY` or `Post`."""
    return is_person_name(name) and not PUBLICATION_WORD.search(name) and not is_wire(name)


def _a_person_the_story_names(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a name alone on a line is a person the article reports on: shaped as a
    person's (two words or more) and named in the text. A page's topic tags list the
    people a story is about (`Miriam Ashdown`, over `Fuel duty`); a publication credits
    itself in its furniture, not as a story's subject."""
    if len(name.split()) < 2 or not reads_as_a_person(name):
        return False
    return any(line.verdict.kept and name in line.text for line in lines)


def _names(pattern: re.Pattern[str], text: str) -> bool:
    """Say whether a text writes the name `pattern` finds as a name, in any case but
    lower case: `USA Today` names `USA TODAY`; `standard taxis`, in a sentence, names
    no `Taxis`."""
    return any(not found.islower() for found in pattern.findall(text))


def _shown_above_the_article(name: str, lines: tuple[Line, ...]) -> bool:
    folded = name.casefold()
    return any(folded in line.text.casefold() for line in header(lines))


def byline_employer(lines: tuple[Line, ...]) -> str | None:
    """Return the publication a byline names after its writer: `By A | The Oregonian`."""
    for text in texts_with(lines, Verdict.BYLINE):
        byline = BYLINE.match(text)
        parts = HEADER_SEGMENTS.split(byline["names"]) if byline else []
        if len(parts) == 2 and split_names(parts[0]) and parse_date(parts[1]) is None:
            name = parts[1].strip()
            if is_name_like(name.replace("/", " ")) and not split_names(name):
                return name
    return None


# `About UsContact UsCareers`: a footer's menu, its entries run together by the flattening.
_ABOUT_US_GLUED = re.compile(r"(?:Us|Me)(?=[A-Z])")


def about_box(lines: tuple[Line, ...], authors: tuple[str, ...] = ()) -> str | None:
    """Return the company an `About X` box after the article presents (a press release's).

    The box's heading may have been kept as a subheading: it still names the publisher.
    A box about the writer the byline names (`About Priya Raman`, a blog's author box)
    presents a person, not the publisher.
    """
    writers = {name.casefold() for name in authors}
    body_seen = False
    for line in lines:
        body_seen = body_seen or line.verdict.kept
        boxed = not line.verdict.kept or line.verdict is Verdict.SUBHEADING
        found = _ABOUT.match(line.text) if body_seen and boxed else None
        if (
            found
            and is_name_like(found["name"])
            and found["name"].casefold() not in {"us", "me", *writers}
            and not _ABOUT_US_GLUED.match(found["name"])
        ):
            return found["name"]
    return None


def header_credit(lines: tuple[Line, ...]) -> str | None:
    """Return the name a date header gives before its date: `TNN | Feb 29, 2024`."""
    for text in texts_with(header(lines), Verdict.DATE_HEADER):
        segments = HEADER_SEGMENTS.split(text)
        if len(segments) > 1 and parse_date(segments[0]) is None and parse_date(segments[1]):
            name = segments[0].strip()
            # A desk's name (`Economia · 14/08/2023`) files the story; it credits no one.
            if is_name_like(name) and not PUBLISHED.search(name) and not is_section_name(name):
                return None if is_person_credit(name, is_person_name(name)) else name
    return None
