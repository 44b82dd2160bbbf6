"""Who wrote an article and who published it, read from the page's credits.

The publication: an explicit credit of the original (`Source: X`, `originally
published by X`) first, then the wire of the dateline, a credit beside the date, a
sign-off, a copyright line, the employer a bio names. The writers: bylines in several
languages, writer lines without `By`, wire credits, an author box. Desks, agencies
and job titles are never names.
"""

from __future__ import annotations

import itertools
import re

from digest.article import Line, PageMeta, Verdict
from digest.datelines import is_agency
from digest.dates import parse_date
from digest.text import is_name_like
from digest.wires import PUBLICATION_WORD, is_person_credit, is_wire, wire_credit

# `Published`, in the languages digest meets; what follows it is the publication date.
PUBLISHED = re.compile(
    r"\b(?:published|posted|first published|publié|publiée|publicado|publicada|veröffentlicht"
    r"|pubblicato|gepubliceerd|опубликовано)\b",
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
_ORIGINALLY = re.compile(
    r"\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on|at)\s+(?:(?-i:the)\s+)?"
    r"(?P<name>[^\W\d_][^.,;:!?()]{1,80}?)\s*(?:[.,;:!?()]|$)",
    re.IGNORECASE,
)
# What follows a holder's name: `... Limited or its affiliated companies`, `Network. A
# Warner Bros. Discovery Company`.
_HOLDER_TAIL = re.compile(r"\s+or its affiliate.*$|(?<=[a-z]{2})\.\s+\S.*$")
# The company form closing a legal name: `Inc.`, `Ltd`, `L.P.`, `GmbH`, `S.L.`.
_LEGAL_ENTITY = re.compile(
    r",?\s+(?:Inc|Ltd|Limited|L\.P|LP|LLC|plc|PLC|Pte(?:\.?\s+Ltd)?|S\.[AL]|GmbH|AG|Corp"
    r"|Corporation|Co|K\.K|B\.V|N\.V|Pty(?:\.?\s+Ltd)?)\.?$"
)
_NAME_RUNS_ON = re.compile(r"\s+(?:and|with|where|under|as|on)\s+[a-z]")
_COPYRIGHT = re.compile(
    r"^(?:Copyright|©|ⓒ|\(c\))\s*:?\s*(?:[©ⓒ]\s*)?(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*)?"
    r"(?P<name>[^,|]+?)"
    r"(?:\s+\d{4})?\s*(?:\.?\s*All rights reserved.*|[,|].*)?$",
    re.I,
)
_CREDIT_WITH_EDITING = re.compile(
    r"^[•·\-–*\s]*(?P<name>[A-Z][\w.&’' -]{1,40}?)\s*,\s*with additional (?:editing|reporting)",
)
# `By`, and its equivalents in the languages digest meets: Von, Por, Par, Di, Door.
BYLINE = re.compile(
    r"^(?:(?:[Bb]y|BY|Posted by|Written by|Words by|[Vv]on|[Pp]or|[Pp]ar|Di|[Dd]oor"
    r"|Author|Authors|Autor|Auteur|Autore)\s*:?)\s+(?P<names>.+)$"
)
# What follows the names on a byline: `on March 3, 2024`, `| Updated ...`, `- 5 min`.
_BYLINE_TAIL = re.compile(
    r"\s+(?:on\s+\S.*|[|·•—–/-]\s.*|\([^)]*\)|\[[^]]*\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*)$"
)
# Titles before a name are not part of it: `Dr. Maria Chen` wrote as Maria Chen.
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\S)")
# A blog's date line that names the writer after it: `March 3, 2024 by Priya Raman`.
_DATE_THEN_BYLINE = re.compile(r"\d{4}\s+(?:by|By|BY)\s+(?P<names>.+)$")
# The comment prompt a blog prints after the writer's name on that line.
_COMMENT_PROMPT = re.compile(r"\s+(?:Leave a (?:Comment|Reply)|No Comments|\d+\s+Comments?)$", re.I)
# Some agencies close a report with its writers in brackets: `(By Liu Chia-wei and Evelyn Kao)`.
_BRACKETED_BYLINE = re.compile(r"^\(By (?P<names>[^()]{3,80})\)\.?$")
_REPORTING = re.compile(r"Reporting by (?P<names>[^;)]+)", re.IGNORECASE)
# A byline in capitals runs on into its employer: `By A and DIANE TORRES Associated Press`.
_CAPITALS_THEN_EMPLOYER = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})\s+[A-Z][a-z].*$"
)
# `and` in the languages bylines are written in: et, und, y, e.
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+(?:and|et|und|y|e)\s+|,|&)\s*")
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has)\b")
# A bio names the writer's employer: `... correspondent at the Amsterdam Courant`.
_SENTENCE_END = re.compile(r"\.\s+")
_BIO_EMPLOYER = re.compile(
    r"\b(?:at|for|with)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
# Header lines that name a writer without `By`: `KENJI TANAKA, Nikkei staff writer`,
# `Helen Davidson in Taipei`, `김민수 기자` (Korean: reporter).
_WRITER_WITH_JOB = re.compile(
    r"^(?P<name>[^,]{3,40}),\s+.*\b(?:writer|reporter|correspondent|editor|journalist"
    r"|columnist|fellow|analyst|economist|researcher|associate|professor)s?\b",
    re.IGNORECASE,
)
# The Guardian's byline runs the job on without a comma: `Rachel Amis Environment
# correspondent` (the name as short as the job's wording lets it be).
_WRITER_THEN_JOB = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}?)\s+(?:[A-Z][\w&-]*\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}(?:writer|reporter|correspondent|editor|journalist|columnist)s?$"
)
_JOB_LINE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}(?:writer|reporter|correspondent|editor"
    r"|journalist|columnist)s?$",
    re.IGNORECASE,
)
_WRITERS_THEN_OUTLET = re.compile(r"^(?P<name>[^,]{3,80}),\s+(?P<outlet>[^,]{2,40})$")
# `Kana Inagaki in Tokyo and Demetri Sevastopulo in Washington`
# The name has two or three words: a title-case headline (`Intel Reveals Deep Losses in
# Chip-Making Business`) has more before its `in`.
_WRITER_IN_PLACE = re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,2})\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$"
)
# `Jane Lee in San Francisco` in a wire credit: the place is not part of the name.
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# A word of a name: a capital of any alphabet (`Ángel`, `Łukasz`), or a particle.
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_NAME_PARTICLES = frozenset(
    {"de", "da", "del", "dos", "du", "van", "von", "der", "al", "bin", "la", "le"}
)
_AND = re.compile(r"\s+and\s+|\s*;\s*")
# `Arjun Kharpal @ARJUNKHARPAL`: a name and the writer's social-media handle.
_WRITER_WITH_HANDLE = re.compile(r"^(?P<name>[^@]{3,40}?)\s+@\w{2,30}$")
# `Jessie Shen, Taipei; Willis Ke, DIGITIMES Asia`: each writer with a place or a desk.
_WRITER_WITH_PLACE = re.compile(r"^(?P<name>[^,]{3,40}),\s+[^,]{2,40}$")
# Chinese wire copy names its reporters after the dateline: `（记者张三）`.
_REPORTER_IN_LEDE = re.compile(r"[（(]记者\s*(?P<names>[^）)]{2,30})[）)]")
# Japanese papers sign a correspondent's dateline with the name: `【台北=龍元秀明】`.
_CORRESPONDENT = re.compile(r"^【[^】＝=]{1,12}[＝=](?P<names>[\u4e00-\u9fff々、]{2,20})】")
# A wire's name in brackets after the last sentence: `... dalla Regione. (ANSA).`
_AGENCY_SIGN_OFF = re.compile(r"[.!?»”\"]\s*\((?P<agency>[^\W\d_][\w-]{1,9})\)\.?\s*$")
# The heading of a press release's boilerplate: `About Acme Robotics`.
_ABOUT = re.compile(r"^About\s+(?P<name>[A-Z].{1,50})$")
# A Chinese paper's byline: `第一财经记者 李晓` (the outlet's reporter, then the name).
_REPORTER_OF = re.compile(r"^\S{0,10}记者\s+(?P<name>[\u4e00-\u9fff]{2,4})$")
_WRITER_CJK = re.compile(
    r"^(?P<name>[\uac00-\ud7af\u4e00-\u9fff]{2,4})\s*(?:기자|특파원|記者|特派員)$"
)
# The segment before a date in a date header credits the publication: `TNN | Feb 29, 2024`.
_HEADER_SEGMENTS = re.compile(r"\s+[|·•]\s+")
# Words of a desk or a job, not of a person's name: `By Staff Reporter`, `By Reuters`.
_NOT_A_PERSON = re.compile(
    r"\b(?:staff|desk|team|reporter|correspondent|editor|editors|agency|agencies|news|bureau"
    r"|newsroom|reuters|afp|ap|bloomberg|wire|online|service|writer|press|media"
    r"|engineer|manager|director|officer|president|scientist|analyst|founder|ceo|cto|cfo"
    r"|principal|senior)\b"
    r"|^the\s",
    re.IGNORECASE,
)


def texts_with(lines: tuple[Line, ...], *verdicts: Verdict) -> list[str]:
    """Return the texts of the lines with any of these verdicts, in page order."""
    return [line.text for line in lines if line.verdict in verdicts]


def header(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Return the lines above the article's first kept line: where a page puts its metadata."""
    for index, line in enumerate(lines):
        if line.verdict.kept:
            return lines[:index]
    return lines


def page_authors(meta: PageMeta) -> tuple[str, ...]:
    """Return the authors a web page's markup names, leaving out desks and agencies.

    Names are not held to `is_name_like`: the markup says they are names, and names in
    other scripts have no capitals.
    """
    return tuple(name for name in meta.authors if not _NOT_A_PERSON.search(name))


def extract_source(
    lines: tuple[Line, ...],
    agency: str | None = None,
    authors: tuple[str, ...] = (),
    site_name: str | None = None,
) -> str | None:
    """Return the publication credited on the page: an explicit credit of the original wins.

    In order: `Source: X` or `originally published by X`; the agency of the dateline;
    a credit beside the date above the article; a credit line that is a name; a
    copyright line; the employer a bio names. `site_name` is the name the page shows
    for itself (masthead, title suffix), which names the publication better than its
    owner's legal name in the footer.
    """
    credits = texts_with(lines, Verdict.CREDIT)
    # A date header's segments may credit the source: `April 23, 2024 | Source: Acme`.
    segments = [
        segment
        for text in texts_with(header(lines), Verdict.DATE_HEADER)
        for segment in _HEADER_SEGMENTS.split(text)[1:]
    ]
    for text in credits + [line.text for line in header(lines)] + segments:
        for pattern in (_SOURCE_LINE, _RELEASE_SOURCE, _CREDIT_WITH_EDITING):
            match = pattern.match(text)
            if match:
                return match["name"].strip()
    for line in lines:
        found = None if line.verdict.kept else _ORIGINALLY.search(line.text)
        if found:
            # The name ends where the sentence goes on: `X and is republished here`.
            return _NAME_RUNS_ON.split(found["name"])[0].strip()
    body = texts_with(lines, Verdict.BODY)
    signed_off = _AGENCY_SIGN_OFF.search(body[-1]) if body else None
    if agency or signed_off:
        return agency or (signed_off["agency"] if signed_off else None)
    wire = wire_credit(lines)
    if wire:
        return wire
    writers = {name.casefold() for name in authors}
    found_credit = header_credit(lines) or next(
        (
            t
            for t in credits
            if is_name_like(t) and not _ABOUT.match(t) and t.casefold() not in writers
        ),
        None,
    )
    if found_credit:
        return found_credit
    for text in texts_with(lines, Verdict.CREDIT, Verdict.FOOTER):
        signed = _SIGN_OFF.match(text)
        # A newsletter's writer signs off with a first name: `— Marcus`.
        name = signed["name"] if signed else ""
        by_writer = any(name in writer.split() for writer in authors)
        if name and is_name_like(name) and not BYLINE.match(name) and not by_writer:
            return name
    holder = copyright_holder(lines, writers, site_name)
    if holder:
        return holder
    for text in texts_with(lines, Verdict.BIO):
        match = _BIO_EMPLOYER.search(text)
        if match:
            # The name ends with its sentence: `at Tom's Hardware. Over the years ...`.
            return _SENTENCE_END.split(match["name"])[0].strip().rstrip(".")
    return byline_employer(lines) or about_box(lines, authors)


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
        match = _COPYRIGHT.match(text)
        holder = _HOLDER_TAIL.sub("", match["name"]).strip(" .") if match else ""
        # `© Crown copyright` names no one.
        if holder and holder.casefold() not in writers and "copyright" not in holder.lower():
            holders.append(_LEGAL_ENTITY.sub("", holder).strip(" ,.") or holder)
    if not holders:
        return None
    only_the_site = all(holder == holders[0] for holder in holders)
    return (site_name if only_the_site else None) or holders[0]


def byline_employer(lines: tuple[Line, ...]) -> str | None:
    """Return the publication a byline names after its writer: `By A | The Oregonian`."""
    for text in texts_with(lines, Verdict.BYLINE):
        byline = BYLINE.match(text)
        parts = _HEADER_SEGMENTS.split(byline["names"]) if byline else []
        if len(parts) == 2 and split_names(parts[0]) and parse_date(parts[1]) is None:
            name = parts[1].strip()
            if is_name_like(name.replace("/", " ")) and not split_names(name):
                return name
    return None


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
            and found["name"].casefold() not in {"us", *writers}
        ):
            return found["name"]
    return None


def header_credit(lines: tuple[Line, ...]) -> str | None:
    """Return the name a date header gives before its date: `TNN | Feb 29, 2024`."""
    for text in texts_with(header(lines), Verdict.DATE_HEADER):
        segments = _HEADER_SEGMENTS.split(text)
        if len(segments) > 1 and parse_date(segments[0]) is None and parse_date(segments[1]):
            name = segments[0].strip()
            if is_name_like(name) and not PUBLISHED.search(name):
                return None if is_person_credit(name, is_person_name(name)) else name
    return None


def credited_writer(lines: tuple[Line, ...]) -> list[str]:
    """Return a writer a date header credits before its date: `Ahmet Yılmaz | 08.03.2024`."""
    for text in texts_with(header(lines), Verdict.DATE_HEADER):
        segments = _HEADER_SEGMENTS.split(text)
        name = segments[0].strip()
        if len(segments) > 1 and parse_date(name) is None and parse_date(segments[1]):
            return [name] if is_person_credit(name, is_person_name(name)) else []
    return []


def extract_authors(lines: tuple[Line, ...]) -> tuple[str, ...]:
    """Return the people credited with writing, from the strongest evidence found.

    Bylines and writer lines above the article and a wire's `Reporting by` first; then,
    only when those name nobody: a bare name beside the date, the reporters of a
    Chinese dateline, a `Written by` box, an author bio.
    """
    names = header_writers(lines) + reporting_credits(lines)
    fallbacks = (
        named_under_the_headline,
        named_over_a_job,
        named_beside_the_date,
        credited_writer,
        reporters_in_lede,
        written_by_box,
    )
    for fallback in (*fallbacks, bio_writer):
        if names:
            break
        names = fallback(lines)
    return tuple(dict.fromkeys(names))


def header_writers(lines: tuple[Line, ...]) -> list[str]:
    """Return the names of bylines and writer lines above the article."""
    names: list[str] = []
    bylines = texts_with(lines, Verdict.BYLINE, Verdict.DATE_HEADER)
    for text in bylines + [line.text for line in header(lines) if line.text not in bylines]:
        byline = BYLINE.match(text)
        if byline:
            # `By Oliver Pratt in London and Camille Duval in Paris`
            parts = _AND.split(_BYLINE_TAIL.sub("", byline["names"]))
            found = [name for part in parts for name in split_names(_IN_PLACE.sub("", part))]
            # `By Aditi Rao, Mumbai`: one word after full names is a place or an outlet.
            while len(found) > 1 and len(found[-1].split()) == 1 < len(found[0].split()):
                found.pop()
            names += found
        elif found := _WRITER_CJK.match(text) or _REPORTER_OF.match(text):
            names.append(found["name"])
        else:
            names += writer_line_names(text)
    return names


def writer_line_names(text: str) -> list[str]:
    """Return the writers a line names without `By`; nothing if any part is not a writer.

    `KENJI TANAKA, Nikkei staff writer`, `Arjun Kharpal @ARJUNKHARPAL`, `Helen Davidson
    in Taipei`, and lists of these joined by `and` or `;`. Each name has two to four
    capitalised words, so a menu entry (`Made in China`) is not taken for a writer.
    """
    found = (
        _WRITER_WITH_JOB.match(text)
        or _WRITER_WITH_HANDLE.match(text)
        or _WRITER_THEN_JOB.match(text)
        or _writers_of_outlet(text)
    )
    if found:
        # `Kenji Sato and Aya Ishikawa, Nikkei staff writers`: every part must be a name.
        parts = [part.strip() for part in _NAME_SPLIT.split(found["name"])]
        names = split_names(found["name"])
        return names if names == parts and all(len(n.split()) >= 2 for n in names) else []
    parts = _AND.split(text)
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


def _writers_of_outlet(text: str) -> re.Match[str] | None:
    """Match `Haruka Mori and Daniel Feld, Bloomberg`: names, then the outlet they write for."""
    found = _WRITERS_THEN_OUTLET.match(text)
    outlet = found["outlet"] if found else ""
    if is_wire(outlet) or _NOT_A_PERSON.search(outlet) or PUBLICATION_WORD.search(outlet):
        return found
    return None


def is_writer_line(text: str) -> bool:
    """Say whether a line names the writers (`By ...`, `Jane Doe @jdoe`), not a headline."""
    return bool(BYLINE.match(text) or writer_line_names(text))


def reporting_credits(lines: tuple[Line, ...]) -> list[str]:
    """Return the reporters of a wire credit: `(Reporting by A and B; Editing by C)`."""
    names: list[str] = []
    for text in texts_with(lines, Verdict.CREDIT) + _bracketed_bylines(lines):
        match = _REPORTING.search(text) or _BRACKETED_BYLINE.match(text)
        if match:
            names += [
                n
                for part in _AND.split(match["names"])
                for n in split_names(_IN_PLACE.sub("", part))
            ]
    return names


def _bracketed_bylines(lines: tuple[Line, ...]) -> list[str]:
    """Return the `(By A and B)` lines a report closes with, whatever the cleaner made of them."""
    return [line.text for line in lines if _BRACKETED_BYLINE.match(line.text)]


def reporters_in_lede(lines: tuple[Line, ...]) -> list[str]:
    """Return the reporters a dateline names: `（记者张三）`, `【台北=龍元秀明】`."""
    body = texts_with(lines, Verdict.BODY)
    if not body:
        return []
    found = _REPORTER_IN_LEDE.search(body[0][:120]) or _CORRESPONDENT.match(body[0])
    if not found or (found.re is _CORRESPONDENT and is_agency(found["names"])):
        return []
    return [name for name in re.split(r"[\s、,，]+", found["names"]) if name]


def written_by_box(lines: tuple[Line, ...]) -> list[str]:
    """Return the names of a `Written by` box after the article, as blogs put it."""
    # The box's heading may be kept as a subheading, as an `About X` box's is.
    boxes = (Verdict.FOOTER, Verdict.BIO, Verdict.CREDIT, Verdict.SUBHEADING)
    for text in texts_with(lines, *boxes):
        match = BYLINE.match(text)
        if match and text.lower().startswith(("written by", "posted by")):
            return split_names(_BYLINE_TAIL.sub("", match["names"]))
    return []


def bio_writer(lines: tuple[Line, ...]) -> list[str]:
    """Return the name an author bio opens with: `Jane Doe is a reporter ...`."""
    for text in texts_with(lines, Verdict.BIO):
        match = _BIO_NAME.match(text)
        if match:
            return [match["name"]]
    return []


def named_under_the_headline(lines: tuple[Line, ...]) -> list[str]:
    """Return the names alone on the line under the headline, where a byline goes."""
    top = header(lines)
    for index, line in enumerate(top[:-1]):
        if line.verdict is Verdict.HEADLINE:
            return _bare_names(top[index + 1].text)
    return []


def named_over_a_job(lines: tuple[Line, ...]) -> list[str]:
    """Return a name above a line of its job: `Priya Mehta` over `Transport correspondent`."""
    top = header(lines)
    for line, below in itertools.pairwise(top):
        if _JOB_LINE.match(below.text) and _bare_names(line.text):
            return _bare_names(line.text)
    return []


def _bare_names(text: str) -> list[str]:
    """Return the names a line holds and nothing else, each of two to four words."""
    parts = [part.strip() for part in _NAME_SPLIT.split(text)]
    if all(len(part.split()) >= 2 for part in parts) and split_names(text) == parts:
        return parts
    return []


def named_beside_the_date(lines: tuple[Line, ...]) -> list[str]:
    """Return a writer's name alone on the line next to the date above the article.

    Blogs show the author as a bare name over the date: two to four capitalised words
    touching the date line count; one word (a site, a section) does not.
    """
    top = header(lines)
    for index, line in enumerate(top):
        if line.verdict is not Verdict.DATE_HEADER:
            continue
        for near in top[max(0, index - 1) : index] + top[index + 1 : index + 2]:
            # A prompt (`SHARE THIS ARTICLE`) is shaped like a name in capitals.
            if near.verdict is Verdict.CALL_TO_ACTION:
                continue
            names = _bare_names(near.text)
            if names:
                return names
        if found := _DATE_THEN_BYLINE.search(line.text):
            return split_names(_COMMENT_PROMPT.sub("", found["names"]))
    return []


def split_names(text: str) -> list[str]:
    """Split `A, B and C` into names, leaving out desks and job titles."""
    names = [_HONORIFIC.sub("", name.strip(" .")) for name in _NAME_SPLIT.split(text.strip())]
    names = [_CAPITALS_THEN_EMPLOYER.sub(r"\g<name>", name) for name in names]
    return [name for name in names if is_person_name(name)]


def is_person_name(text: str) -> bool:
    """Say whether a short text is a person's name: one to four capitalised words.

    Capitals of any alphabet count (`Miguel Ángel Patiño`); desks and job titles do not.
    """
    words = text.split()
    # One word in capitals after a list of names is the outlet: `..., Emily Zhang, GNN`.
    if len(words) == 1 and text.isupper():
        return False
    return (
        1 <= len(words) <= 4
        and all(
            (word[0].isupper() and _NAME_WORD.match(word)) or word in _NAME_PARTICLES
            for word in words
        )
        and not _NOT_A_PERSON.search(text)
    )
