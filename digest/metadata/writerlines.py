"""How a line names writers: a byline's names without what the layout runs them on into,
and the lines that name writers without `By`.

`By Seth Fiegerman2014-01-26 21:32:46 UTC`, `Umair Irfan Updated Nov 13`, `Meg JamesStaff
Writer`: a name holds no digit, no handle and no job. Writer lines: `KENJI TANAKA, Nikkei
staff writer`, `Helen Davidson in Taipei`, `Arjun Kharpal @ARJUNKHARPAL`. A word the page
writes in lower case is an ordinary word of its language, never part of a name.
Used by `digest/metadata/linecredits.py` (whom a line credits) and `digest/metadata/bylines.py`.
"""

from __future__ import annotations

import re

from digest.metadata.bylinedates import before_the_date, undated
from digest.metadata.credits import BYLINE
from digest.metadata.dates import MONTHS
from digest.metadata.names import (
    AND_WORDS,
    HONORIFIC,
    JOB_WORD,
    JOB_WORDS,
    KOREAN_TITLES,
    NAME_PARTICLES,
    NAME_SPLIT,
    NOT_A_PERSON,
    all_ordinary,
    any_ordinary,
    is_person_name,
    name_pieces,
    split_names,
)
from digest.metadata.wires import PUBLICATION_WORD, is_person_credit, is_wire, names_an_outlet

# The credit a byline gives the pictures after its writers' names: `By Jack Rutherford
# Photography by Sarah Nguyen`, `Fotos: Jens Bauer`; the photographer wrote nothing.
_PICTURES = (
    r"photo(?:graph)?(?:s|y|ies)?|pictures?|images?|illustrations?|video|graphics"
    r"|fotos?|fotograf\w*|фото"
)
# What follows the names on a byline: `on March 3, 2024`, `| Updated ...`, `- 5 min`,
# `(Reuters)`, a credit for the pictures. A closing bracket's text may hold another
# bracket, but not one after a space, where a tail of its own starts: read into those, a
# line of ` ( ( ( ...` was read to its end from every bracket.
BYLINE_TAIL = re.compile(
    rf"(?<!\s)\s+(?:(?i:on)\s+\S.*|[|·•—–/-]\s.*|(?i:{_PICTURES})\s*(?:by\s|:).*"
    r"|\((?:[^()]|(?<!\s)\()*\)|\[(?:[^][]|(?<!\s)\[)*\]"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*)$"
)
# The comment prompt a blog prints after the writer's name on that line.
COMMENT_PROMPT = re.compile(
    r"(?<!\s)\s+(?:Leave a (?:Comment|Reply)|No Comments|\d+\s+Comments?)$", re.I
)
# Header lines that name a writer without `By`: `KENJI TANAKA, Nikkei staff writer`,
# `Gavin Cummins | Rugby Correspondent`,
# `Helen Davidson in Taipei`, `김민수 기자` (Korean: reporter).
WRITER_WITH_JOB = re.compile(
    r"^(?P<name>[^,|·•]{3,40}?)(?:,|\s+[|·•])\s+.*\b(?:writer|reporter|correspondent|editor|journalist"
    r"|columnist|fellow|analyst|economist|researcher|associate|professor)s?\b",
    re.IGNORECASE,
)
# The Guardian's byline runs the job on without a comma: `Rachel Amis Environment
# correspondent` (the name as short as the job's wording lets it be).
_WRITER_THEN_JOB = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,2}?)\s+(?:[A-Z][\w&-]*\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}(?:writer|reporter|correspondent|editor|journalist|columnist)s?$"
)
# `Haruka Mori, Bloomberg`, `Kendra Lavallee · GPB News`: writers, then their outlet.
_WRITERS_THEN_OUTLET = re.compile(
    r"^(?P<name>[^,|·•]{3,80}?)(?:,|\s+[|·•])\s+(?P<outlet>[^,|·•]{2,40})$"
)
# `Kana Inagaki in Tokyo and Demetri Sevastopulo in Washington`; a sports writer at the
# ground (`Paul Doyle at Old Trafford`).
# The name has two or three words: a title-case headline (`Intel Reveals Deep Losses in
# Chip-Making Business`) has more before its `in`.
_WRITER_IN_PLACE = re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,2})\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$"
)
# `Jane Lee in San Francisco` in a wire credit (`à Ottawa`, `em Lisboa`): the place is not
# part of the name.
IN_PLACE = re.compile(r"(?<!\s)\s+(?:in|à|em)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# A desk's or an agency's credit is short: `National Desk`, `Detroit News wire services`.
WORDS_OF_A_DESK = 6
# Words only a desk's credit holds, never a person's name, in the languages read.
DESK = re.compile(
    r"\b(?:staff|desk|newsroom|bureau|wire services?|news services?|editorial"
    r"|redac\w*|redak\w*|reda[cç][aã]o)\b",
    re.IGNORECASE,
)
# A writer's handle glued to the name or standing for it: `Turak@NatashaTurak`, or
# after it with its prompt: `Michael Russell Follow @tdmrussell`.
_HANDLE = re.compile(r"(?:\s+(?i:follow))?\s*@\w{2,30}")
# ... glued to the name by the layout, alone or after a beat: `Meg JamesStaff Writer`,
# `Niamh Ó BriainHealth Correspondent`, `Hugo Pemberton-ValeEconomics Commentator`,
# `Lachlan PryceProperty reporter`.
# A name's own inner capital after its prefix (`McDonald Staff Writer`, `DeSantis`,
# `FitzGerald`) is no glue.
_NAME_PREFIXES = "".join(
    rf"(?<!\b{prefix})" for prefix in ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Fitz")
)
_GLUED_JOB = re.compile(
    rf"(?<=[a-z]){_NAME_PREFIXES}"
    rf"(?=[A-Z][a-z]+\s+(?i:{JOB_WORDS})s?\b|(?=[A-Z])(?i:{JOB_WORDS})s?\b)"
)
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
# A word glued to a name's last one: `Priya RamanFebruary`, `Margaret OkaforColumnist`.
_GLUED_WORD = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# Words glued after a name that are a date's or a label's, never a name's.
_NEVER_A_NAME = frozenset(MONTHS) | {"published", "updated", "posted", "last", "on", "at"}
# A name opening with an article is a publication's: `L'Écho du Centre`, `The Courier`.
_ARTICLE = re.compile(r"^(?:the|l['’]|le|la|les|el|il|der|die|das|het)(?:\s|(?<=['’]))", re.I)
# The longest wire's name: `Agence France Presse`.
_WORDS_OF_A_WIRE = 3
# A writer's job or handle in brackets after the name, anywhere in the byline.
_BRACKETED_JOB = re.compile(
    rf"\((?:@[\w.]{{2,30}}|(?=[^()]*\b(?i:{JOB_WORDS})s?\b)[^()]{{1,60}})\)"
)
# `with` in the languages read, before whoever helped the named writer.
_WITH_HELP = re.compile(r"(?<!\s)\s+(?:with|avec|con|mit|com|met|med|z|ile)\s+(?P<helper>\S.*)$")
AND = re.compile(r"(?<!\s)\s+and\s+|(?<!\s)\s+;\s*|;\s*")
# A writer's job on a line of its own: `Chief Football Writer`, `Traffic and Travel Reporter`.
JOB_LINE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}(?:writer|reporter|correspondent|editor"
    r"|journalist|columnist)s?$",
    re.IGNORECASE,
)
# `Arjun Kharpal @ARJUNKHARPAL`: a name and the writer's social-media handle.
# ... or the writer's e-mail address: `Karin Lindqvist karin.lindqvist@norrlandsposten.se`.
WRITER_WITH_HANDLE = re.compile(
    r"^(?P<name>[^@]{3,60}?)\s+(?:@\w{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$"
)
# `Jessie Shen, Taipei; Willis Ke, DIGITIMES Asia`: each writer with a place or a desk.
_WRITER_WITH_PLACE = re.compile(r"^(?P<name>[^,]{3,40}),\s+[^,]{2,40}$")


def byline_names(text: str, ordinary: set[str]) -> list[str] | None:
    """Return the names a byline gives after its `By`: [] for a desk or an agency
    (`By Staff`, `By Reuters`), None when nothing in it is a name (`By choosing ...`).

    A name holds no digit and no handle; what follows it (a date, `Updated`, a comment
    count, a place after `in`) is not part of it. A name all of whose words the page
    writes in lower case is a phrase (`By Any Means Necessary`).
    """
    cut = BYLINE_TAIL.sub("", _clean_byline(text))
    if _opens_a_sentence(cut) and not is_desk(cut):
        return None  # `By subscribing, I agree to ... Privacy Policy`: a sentence
    cut = _without_a_wires_help(BYLINE_TAIL.sub("", before_the_date(undated(cut))))
    cut = _before_a_glued_wire(cut)
    parts = [IN_PLACE.sub("", part) for part in AND.split(cut)]
    named = [
        name
        for part in parts
        for piece in name_pieces(part)
        for name in split_names(_without_job(piece, ordinary))
    ]
    # `By Aditi Rao, Mumbai & Ngozi Eze, Makurdi`: one word after a full name is its
    # place or outlet, not another writer; so is a publication's name after a writer's.
    named = [
        name
        for i, name in enumerate(named)
        if not (i and (len(name.split()) == 1 < len(named[i - 1].split()) or names_an_outlet(name)))
    ]
    named = [name for name in named if not all_ordinary(name, ordinary) and not is_wire(name)]
    if named:
        return named
    return [] if is_desk(cut) else None


def _without_a_wires_help(names: str) -> str:
    """Return a byline's names without the wire that helped (`Claire Fontaine avec AFP`,
    `Jane Doe with AP`, `Ana Ruiz con EFE`): the writer is the person named, when a
    person is named."""
    helped = _WITH_HELP.search(names)
    if not helped or not (is_wire(helped["helper"]) or is_desk(helped["helper"])):
        return names
    writer = names[: helped.start()].rstrip(" ,;")
    # `Ouest-France avec AFP`, `L'Écho du Centre avec AFP`: the site's desk, no person.
    person = is_person_credit(writer, is_person_name(writer)) and not _ARTICLE.match(writer)
    return writer if person else names


def before_a_wire(text: str) -> str:
    """Return the name before the wire a line ends with (`Tom Davies Associated Press`),
    or nothing."""
    words = text.split()
    for size in range(1, min(_WORDS_OF_A_WIRE, len(words) - 2) + 1):
        if is_wire(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return ""


def _before_a_glued_wire(names: str) -> str:
    """Return a byline's names without the wire run on after the last one (`Hannah
    Castillo and Derek Brandt Associated Press`); a wire joined by `and` (`Brian Otieno
    and AFP`) is left for the split into names to drop."""
    before = before_a_wire(names)
    last = before.split()[-1] if before else ""
    if not before or last.endswith((",", ";")) or re.fullmatch(rf"{AND_WORDS}|&", last):
        return names
    return before


def _opens_a_sentence(names: str) -> bool:
    """Say whether what follows a `By` opens with a lower-case word: a sentence (`By
    subscribing, you agree`, `By choosing ...`), since names are capitalised in every
    script that has capitals (a script without them has no lower case either)."""
    words = names.split()
    return bool(words) and words[0].islower()


def _without_job(name: str, ordinary: set[str]) -> str:
    """Return a name without the job it runs on into: `Andrea Stone Senior Washington
    Correspondent`, `Meg James Staff Writer`; a name has two words at least before it.
    The job opens at a word before its title the page writes in lower case elsewhere
    (`Tom Ashworth Local Democracy Reporter` on a page about `local` matters).

    One word of a job after a name is a desk's credit (`Al Jazeera Staff`, `Reuters
    Staff`), left whole for `split_names` to drop.
    """
    words = name.split()
    job = next((i for i, word in enumerate(words) if i >= 2 and JOB_WORD.match(word)), None)
    if job is None:
        return name
    opens = next((i for i in range(2, job) if any_ordinary(words[i], ordinary)), job)
    if opens < job:
        return " ".join(words[:opens])
    return " ".join(words[:job]) if job <= len(words) - 2 else name


def _clean_byline(text: str) -> str:
    """Return a byline's names without a handle or comment count glued to them:
    `Chris Pokorny@DawgsByNature Nov 18`, `Seth Fiegerman2014-01-26`, `Meg JamesStaff
    Writer`, a job or a handle in brackets."""
    # `Sam Ortiz (Senior Reporter) and Ingrid Bergström (Contributing Editor)`, `Jericho
    # Dela Cruz (@jdelacruz_sulo) and ...`: a job or a handle in brackets after each name.
    text = " ".join(_BRACKETED_JOB.sub("", text).split())
    text = COMMENT_PROMPT.sub("", _HANDLE.sub(" ", text))
    text = _GLUED_JOB.sub(", ", _GLUED_DIGIT.sub(" ", text))
    return _before_a_glued_word(text)


def unglued_jobs(text: str) -> str:
    """Return a byline with a comma where the layout glued a job to a name (`Priya
    NatarajanData reporter` -> `Priya Natarajan, Data reporter`)."""
    return _GLUED_JOB.sub(", ", text)


def before_a_glued_job(text: str) -> str | None:
    """Return what stands before a job the layout glued to it (`Niamh Ó BriainHealth
    Correspondent`), or None: the glue marks where the name ends, as no headline's
    words are glued."""
    glued = _GLUED_JOB.search(text)
    return text[: glued.start()] if glued else None


def _before_a_glued_word(text: str) -> str:
    """Return a byline cut where the layout glued a date's, a label's or a job's word to
    the name (`Priya RamanFebruary 3`, `Salman QadirPublished`, `Margaret
    OkaforColumnist`). Four small letters at least stand before the glue, so a name's own
    inner capital (`McDonald`, `FitzGerald`) is none, and only words that are never a
    name's are cut at (`Korea JoongAng Daily` stays whole)."""
    for glued in _GLUED_WORD.finditer(text):
        word = _FIRST_WORD.match(text, glued.start())
        if word and (word[0].casefold() in _NEVER_A_NAME or JOB_WORD.match(word[0])):
            return text[: glued.start()]
    return text


def is_desk(text: str) -> bool:
    """Say whether a byline's short credit names a desk or an agency, not a person:
    `Staff Reporter`, `Reuters`, `World's Editorial Writers`."""
    text = text.strip(" .()")
    return 0 < len(text.split()) <= WORDS_OF_A_DESK and bool(
        is_wire(text) or DESK.search(text) or NOT_A_PERSON.search(text)
    )


# A Korean writer's title before the name (the name is one word of two to four syllables).
_TITLE_THEN_KOREAN_NAME = re.compile(rf"^(?:{KOREAN_TITLES})\s+(?P<name>[\uac00-\ud7af]{{2,4}})$")


def writer_line_names(text: str) -> list[str]:
    """Return the writers a line names without `By`; nothing if any part is not a writer.

    `KENJI TANAKA, Nikkei staff writer`, `Arjun Kharpal @ARJUNKHARPAL`, `Helen Davidson
    in Taipei`, and lists of these joined by `and` or `;`. Each name has two to four
    capitalised words, so a menu entry (`Made in China`) is not taken for a writer.
    """
    text = unglued_jobs(text)  # `Lachlan PryceProperty reporter`
    handled = WRITER_WITH_HANDLE.match(text)
    found = (
        WRITER_WITH_JOB.match(text)
        or handled
        or _WRITER_THEN_JOB.match(text)
        or _writers_of_outlet(text)
    )
    titled = _TITLE_THEN_KOREAN_NAME.match(handled["name"]) if handled else None
    if titled:
        return [titled["name"]]  # `칼럼니스트 박생강 pillgoo9@gmail.com`: columnist, name
    if found:
        # `Tomasz Wiśniewski dziennikarz działu Kraków @t_wisniewski`: over a handle, the
        # words in lower case after the name describe the writer.
        named = _before_a_description(found["name"]) if handled else found["name"]
        # `Kenji Sato and Aya Ishikawa, Nikkei staff writers`: every part must be a name.
        parts = [part.strip() for part in NAME_SPLIT.split(named)]
        names = split_names(named)
        return names if names == parts and all(len(n.split()) >= 2 for n in names) else []
    parts = AND.split(text)
    names = []
    for part in parts:
        match = found or _WRITER_IN_PLACE.match(part)
        if not match and ";" in text:
            match = _WRITER_WITH_PLACE.match(part)
        name = (match["name"] if match and not found else part).strip()
        if not match or len(name.split()) < 2 or split_names(name) != [name]:
            return []
        names.append(name)
    return names


def _before_a_description(name: str) -> str:
    """Return a name without the words in lower case that follow it (a particle such as
    `de` aside): two capitalised words at least stand before them."""
    words = name.split()
    cut = next(
        (
            i
            for i, word in enumerate(words)
            if i >= 2 and word[:1].islower() and word not in NAME_PARTICLES
        ),
        len(words),
    )
    return " ".join(words[:cut])


def _writers_of_outlet(text: str) -> re.Match[str] | None:
    """Match `Haruka Mori and Daniel Feld, Bloomberg`: names, then the outlet they write for."""
    found = _WRITERS_THEN_OUTLET.match(text)
    outlet = found["outlet"] if found else ""
    if _LEGAL_FORM_FIRST.match(outlet):
        return None  # `Corvane Therapeutics, Inc. announced today`: a company, no writer
    if is_wire(outlet) or NOT_A_PERSON.search(outlet) or PUBLICATION_WORD.search(outlet):
        return found
    return None


# A company's legal form right after the comma: what comes before it is the company.
_LEGAL_FORM_FIRST = re.compile(r"(?:Inc|Ltd|LLC|Corp|Co|GmbH|AG|plc|PLC|Pty|Pvt|S\.A)\b\.?")


def is_writer_line(text: str) -> bool:
    """Say whether a line names the writers (`By ...`, `Jane Doe @jdoe`), not a headline."""
    return bool(BYLINE.match(text) or writer_line_names(text))


def bare_names(text: str) -> list[str]:
    """Return the names a line holds and nothing else, each of two to four words. In a
    script without case nothing sets a name apart from a menu's words without a `By`
    or a label, so a bare name is read in cased scripts only."""
    parts = [HONORIFIC.sub("", part.strip()) for part in NAME_SPLIT.split(text)]
    # `Marcus Vell and Reuters`: the wire's share of the report is credited beside the
    # writer's, and names no person.
    if len(parts) > 1 and any(is_wire(part) for part in parts):
        parts = [part for part in parts if not is_wire(part)]
        text = " and ".join(parts)
    cased = all(any(ch.isupper() for ch in part) for part in parts)
    if cased and all(len(part.split()) >= 2 for part in parts) and split_names(text) == parts:
        return parts
    return []
