"""Split an author field or a byline into the names of its writers.

A content system's author field and a printed byline hold more than names: the label
(`By`, `Texto:`, `作者：`), several writers (`A, B and C`, `A & B`), each writer's job,
outlet, handle or day (`Andrea Stone Senior Washington Correspondent`, `Jane Doe AP`,
`Bryan Walsh Tuesday`). Whether a name so split is a person's the page shows is decided
in digest/ingest/pageauthors.py.
"""

from __future__ import annotations

import re

from digest.metadata.linecredits import BARE_BYLINE_LABELS, BYLINE_LABELS
from digest.metadata.names import AND_WORDS, HONORIFIC, JOB_TITLE, KOREAN_TITLES, NOT_A_PERSON
from digest.metadata.wires import is_wire, names_an_outlet
from digest.metadata.writerlines import unglued_jobs

# A person's name, as bylined, has at most this many words (`María R. Sahuquillo`,
# `Emilio de Benito`); a longer text is a phrase or a name with its job.
MAX_NAME_WORDS = 5
# A byline names a handful of writers; a wire's team story a dozen at most.
MAX_WRITERS = 20

# A reporter's or columnist's title after a Korean, Japanese or Chinese name: `김민준 기자`.
_CJK_TITLE = re.compile(rf"\s?(?:{KOREAN_TITLES}|記者|记者|特派員|特派员)$")
# What precedes a name in a byline, in the languages news is written in.
_BY = re.compile(
    r"^(?:(?:by|from|par|por|von|di|door|deur|av|af|texto?|text|автор|текст|authors?|auteur|autore)"
    r"\s*[:.]?\s+"
    rf"|(?:{BYLINE_LABELS})\s*:\s+|(?:{BARE_BYLINE_LABELS})\s+"
    r"|(?:作者|记者|記者)\s*[:：]?\s*|(?:撰文|文)\s*[:：]\s*)",
    re.IGNORECASE,
)
# After a Chinese byline's label, a space parts writers, as Chinese names hold none:
# `作者：王晓明 刘佳` names two. (A Japanese byline spaces one name: `山田 健太`.)
_CHINESE_NAMES = re.compile(
    r"^(?:作者|记者)\s*[:：]?\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+)$"
)
# A list of names: `A, B and C`, `A & B`, `A; B`, `A und B`, `A E B` (an extractor title-cases
# a byline).
_NAME_LIST = re.compile(rf"(?:(?<!\s)\s+)?(?:;|,?\s(?i:{AND_WORDS})\s|,|&)\s*")
# A company's legal form closing an author field: no person is named.
_COMPANY_FORM = re.compile(
    r",?\s+(?:Inc|INC|LLC|Ltd|LTD|Limited|Corp|GmbH|AG|plc|PLC|S\.A|S\.L|Pty|Pvt)\.?$"
)
# A name written surname first, as catalogues and some content systems store it.
_SURNAME_FIRST = re.compile(r"^(?P<surname>[^\W\d_][\w'’-]+),\s?(?P<given>[^\W\d_][\w'’.-]+)$")
# An outlet glued to a name where the page set them side by side: `GarberFOXBusiness`.
_GLUED_OUTLET = re.compile(r"(?<=[a-z])[A-Z]{2,}\w*$")
_WEEKDAY = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)(?:s|day|nes|rs|urs|urday|nesday|sday|rsday)?$"
)

# A writer's handle or e-mail address in brackets: `(@jdelacruz_sulo)`, `(jd@example.ph)`.
_BRACKETED_ADDRESS = re.compile(r"\s*\((?:@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)")
# What follows a name in a byline field: `Amy K | NJ Advance Media`, `X - Staff`.
_NAME_TAIL = re.compile(r"(?<!\s)\s+(?:[|/•·–—]|-{1,2})\s.*$")


def person_names(statement: str) -> list[str]:
    """Split an author field into names: `By A and B, Staff Writer` -> [A, B].

    One word beside full names is the outlet or the place (`Victor Tangermann,
    Futurism`), not a writer; a field of more than MAX_WRITERS names is a list of
    something else (tags, a hostile page's filler), not a byline. A catalogue's
    `Doe, Jane` is one name, as a byline prints it: `Jane Doe`.
    """
    chinese = _CHINESE_NAMES.match(statement.strip())
    if chinese:
        return chinese["names"].split()
    text = _NAME_TAIL.sub("", _BY.sub("", unglued_jobs(statement.strip())))
    if _COMPANY_FORM.search(text):
        return []  # `Corvane Therapeutics, Inc.`: a company signs a press release
    inverted = _SURNAME_FIRST.match(text)
    if inverted:
        return [f"{inverted['given']} {inverted['surname']}"]
    parts = _NAME_LIST.split(text, maxsplit=MAX_WRITERS)
    if len(parts) > MAX_WRITERS:
        return []
    # `Marisa Delacroix, Chief Strategy Officer, Quillon Cloud`: a comma after a job leads
    # to the employer, not to another writer (`A, Senior Editor, and B` names two); and
    # what a comma leads to is the job itself where it ends as one (`Helen Marsh, PA
    # Education Correspondent`, `Hemi Walker, Club Captain`).
    joints = _NAME_LIST.findall(text)[: len(parts) - 1]
    parts = [
        part
        for i, part in enumerate(parts)
        if not (
            i
            and joints[i - 1].strip() == ","
            and (JOB_TITLE.search(parts[i - 1].strip(" .")) or JOB_TITLE.search(part.strip(" .")))
        )
    ]
    names = [name_alone(HONORIFIC.sub("", part.strip(" ."))) for part in parts]
    if len(names) > 1 and any(len(name.split()) > MAX_NAME_WORDS for name in names):
        # `Watch Jeff Goldblum, Sharon Van Etten Play Jazz Song on 'Kimmel'`: a part that
        # runs on past a name's length makes the field a sentence (a teaser's headline
        # under the byline), not a list of writers.
        return []
    # `Rachel Teo, Asia Property Journal`: the outlet a writer writes for is no writer.
    names = [name for i, name in enumerate(names) if name and not (i and names_an_outlet(name))]
    if any(len(name.split()) > 1 for name in names):
        return [name for name in names if len(name.split()) > 1]
    return names


def name_alone(text: str) -> str:
    """Return a name without what a byline element runs on into: its job (`Andrea Stone
    Senior Washington Correspondent`), its day (`Bryan Walsh Tuesday`), the outlet glued
    to it (`Jonathan GarberFOXBusiness`), a description after a name in capitals
    (`LAURE BRETTON Envoyés spéciaux`), the handle or address in brackets after it
    (`Jericho Dela Cruz (@jdelacruz_sulo)`)."""
    text = _BRACKETED_ADDRESS.sub("", text)
    if is_wire(text):
        return ""  # `The Associated Press` in an author field: the wire, no writer
    words = _CJK_TITLE.sub("", _GLUED_OUTLET.sub("", text)).split()
    while len(words) > 2 and _WEEKDAY.match(words[-1].strip(",.").lower()):
        words.pop()
    # `Jordan Whitcombe The Canadian Press`, `Jane Doe AP`: the wire the writer files for;
    # one word is a wire's only in capitals (`Anna Pap` is a surname, `PAP` an agency).
    for k in (3, 2, 1):
        if len(words) > k and is_wire(" ".join(words[-k:])) and (k > 1 or words[-1].isupper()):
            words = words[:-k]
            break
    job = next((i for i, word in enumerate(words) if NOT_A_PERSON.fullmatch(word)), None)
    if job is not None and job >= 2:
        words = words[:job]
    capitals = 0
    while capitals < len(words) and words[capitals].isupper():
        capitals += 1
    if capitals >= 2 and capitals < len(words):
        words = words[:capitals]
    return " ".join(words)
