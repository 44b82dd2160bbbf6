"""Who wrote an article: bylines, writer lines, wire credits and author boxes.

Bylines in several languages (`By`, `Von`, `Par`, ...), writer lines without `By`
(`KENJI TANAKA, Nikkei staff writer`, `Rachel Amis Environment correspondent`), a wire's
`Reporting by`, a name beside the date or under the headline, an author box or bio.
Desks, agencies and job titles are never names (`digest/names.py`).
"""

from __future__ import annotations

import itertools
import re
from functools import partial

from digest.article import Line, PageMeta, Verdict
from digest.credits import BYLINE, HEADER_SEGMENTS, header, texts_with
from digest.datelines import is_agency
from digest.dates import parse_date
from digest.names import NAME_SPLIT, NOT_A_PERSON, is_person_name, split_names
from digest.wires import PUBLICATION_WORD, is_person_credit, is_wire

# What follows the names on a byline: `on March 3, 2024`, `| Updated ...`, `- 5 min`,
# `(Reuters)`. A closing bracket's text may hold another bracket, but not one after a
# space, where a tail of its own starts: read into those, a line of ` ( ( ( ...` was
# read to its end from every bracket.
_BYLINE_TAIL = re.compile(
    r"(?<!\s)\s+(?:(?i:on)\s+\S.*|[|·•—–/-]\s.*"
    r"|\((?:[^()]|(?<!\s)\()*\)|\[(?:[^][]|(?<!\s)\[)*\]"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*)$"
)
# A blog's date line that names the writer after it: `March 3, 2024 by Priya Raman`.
_DATE_THEN_BYLINE = re.compile(r"\d{4}\s+(?:by|By|BY)\s+(?P<names>.+)$")
# The comment prompt a blog prints after the writer's name on that line.
_COMMENT_PROMPT = re.compile(
    r"(?<!\s)\s+(?:Leave a (?:Comment|Reply)|No Comments|\d+\s+Comments?)$", re.I
)
# Some agencies close a report with its writers in brackets: `(By Liu Chia-wei and Evelyn Kao)`.
_BRACKETED_BYLINE = re.compile(r"^\(By (?P<names>[^()]{3,80})\)\.?$")
_REPORTING = re.compile(r"Reporting by (?P<names>[^;)]+)", re.IGNORECASE)
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has)\b")
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
_IN_PLACE = re.compile(r"(?<!\s)\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
_WORD = re.compile(r"[^\W\d_]+")
# Weekdays, which bylines write before the date in the languages digest reads dates in.
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "  # noqa: SIM905
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi "
    "jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)
_GLUED_OUTLET = re.compile(r"(?<=[a-z])(?=[A-Z]{2})")
_AND = re.compile(r"(?<!\s)\s+and\s+|(?<!\s)\s+;\s*|;\s*")
# `Arjun Kharpal @ARJUNKHARPAL`: a name and the writer's social-media handle.
_WRITER_WITH_HANDLE = re.compile(r"^(?P<name>[^@]{3,40}?)\s+@\w{2,30}$")
# `Jessie Shen, Taipei; Willis Ke, DIGITIMES Asia`: each writer with a place or a desk.
_WRITER_WITH_PLACE = re.compile(r"^(?P<name>[^,]{3,40}),\s+[^,]{2,40}$")
# Chinese wire copy names its reporters after the dateline: `（记者张三）`.
_REPORTER_IN_LEDE = re.compile(r"[（(]记者\s*(?P<names>[^）)]{2,30})[）)]")
# Japanese papers sign a correspondent's dateline with the name: `【台北=龍元秀明】`.
_CORRESPONDENT = re.compile(r"^【[^】＝=]{1,12}[＝=](?P<names>[\u4e00-\u9fff々、]{2,20})】")
# A Chinese paper's byline: `第一财经记者 李晓` (the outlet's reporter, then the name).
_REPORTER_OF = re.compile(r"^\S{0,10}记者\s+(?P<name>[\u4e00-\u9fff]{2,4})$")
_WRITER_CJK = re.compile(
    r"^(?P<name>[\uac00-\ud7af\u4e00-\u9fff]{2,4})\s*(?:기자|특파원|記者|特派員)$"
)


def page_authors(meta: PageMeta) -> tuple[str, ...]:
    """Return the authors a web page's markup names, leaving out desks and agencies.

    Names are not held to `is_name_like`: the markup says they are names, and names in
    other scripts have no capitals.
    """
    return tuple(name for name in meta.authors if not NOT_A_PERSON.search(name))


def credited_writer(lines: tuple[Line, ...]) -> list[str]:
    """Return a writer a date header credits before its date: `Ahmet Yılmaz | 08.03.2024`."""
    for text in texts_with(header(lines), Verdict.DATE_HEADER):
        segments = HEADER_SEGMENTS.split(text)
        name = segments[0].strip()
        if len(segments) > 1 and parse_date(name) is None and parse_date(segments[1]):
            return [name] if is_person_credit(name, is_person_name(name)) else []
    return []


def extract_authors(lines: tuple[Line, ...], headline: str | None = None) -> tuple[str, ...]:
    """Return the people credited with writing, from the strongest evidence found.

    Bylines and writer lines above the article and a wire's `Reporting by` first; then,
    only when those name nobody: a bare name beside the date, the reporters of a
    Chinese dateline, a `Written by` box, an author bio. `headline` is the line the
    metadata stage took for the headline, under which a bare name is the byline.
    """
    names = header_writers(lines) + reporting_credits(lines)
    fallbacks = (
        partial(named_under_the_headline, headline=headline),
        named_over_a_job,
        named_beside_the_date,
        credited_writer,
        reporters_in_lede,
        written_by_box,
    )
    bare = fallbacks[:3]  # under the headline, over a job, beside the date
    for fallback in (*fallbacks, bio_writer):
        if names:
            break
        names = fallback(lines)
        if fallback in bare and not all(is_persons_name(n, lines) for n in names):
            names = []  # `Learn More`, `Data Central`: a menu entry where a name would be
    return tuple(dict.fromkeys(names))


def is_persons_name(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a bare name, with no `By` or job beside it, is a person's: none of its
    words is one the page also writes in lower case.

    A person's name is capitalised wherever it stands; a word the same page writes in
    lower case is an ordinary word of its language (`Learn More`, `Get App`, `Data
    Central`, `FIND YOUR NEXT CAR`), whatever the language.
    """
    ordinary = _lower_case_words(lines)
    return not any(word.casefold() in ordinary for word in _WORD.findall(name))


def _lower_case_words(lines: tuple[Line, ...]) -> set[str]:
    return {word for line in lines for word in _WORD.findall(line.text) if word.islower()}


def header_writers(lines: tuple[Line, ...]) -> list[str]:
    """Return the names of bylines and writer lines above the article."""
    names: list[str] = []
    bylines = texts_with(lines, Verdict.BYLINE, Verdict.DATE_HEADER)
    for text in bylines + [line.text for line in header(lines) if line.text not in bylines]:
        byline = BYLINE.match(text)
        if byline:
            # `By Oliver Pratt in London and Camille Duval in Paris`
            parts = _AND.split(_BYLINE_TAIL.sub("", _before_the_date(byline["names"])))
            named = [name for part in parts for name in split_names(_IN_PLACE.sub("", part))]
            # `By Aditi Rao, Mumbai`: one word after full names is a place or an outlet.
            while len(named) > 1 and len(named[-1].split()) == 1 < len(named[0].split()):
                named.pop()
            names += named
        elif found := _WRITER_CJK.match(text) or _REPORTER_OF.match(text):
            names.append(found["name"])
        else:
            names += writer_line_names(text)
    return names


def _before_the_date(names: str) -> str:
    """Return a byline's names without the date or the outlet run into them.

    `Bryan Walsh Tuesday, Aug. 17, 2010`, `Kashmira Gander On 11/13/19 at 4:00 PM`: the
    names end where the rest of the line reads as a date, in any language the dates
    stage reads. `Jonathan GarberFOXBusiness`: a link's text glued to the name, a run of
    capitals straight after a lower-case letter, starts the outlet.
    """
    names = _GLUED_OUTLET.split(names, maxsplit=1)[0]
    words = names.split()
    cut = _date_start(words)
    if cut is None:
        return names
    if cut > 1 and words[cut - 1].strip(",").casefold() in _WEEKDAYS:
        cut -= 1  # `Tuesday, Aug. 17`: the weekday belongs to the date
    # `by Anton Shilov on March 20`, `Jane Doe | March 5`: a name ends with a name word.
    while cut > 1 and (not words[cut - 1][0].isalpha() or words[cut - 1][0].islower()):
        cut -= 1
    return " ".join(words[:cut]).rstrip(" ,")


def _date_start(words: list[str]) -> int | None:
    """Return where the shortest end of `words` (after the first) that reads as a date
    starts, the date itself; None when no end does.

    An end that holds a date is part of every longer end, so the ends that read as a
    date are those that start at most at one word: that word is found by halving, in a
    few readings of the line, not in one per word (a line of thousands of words read
    each of them to its end).
    """
    if len(words) < 2 or not parse_date(" ".join(words[1:])):
        return None
    dated, undated = 1, len(words)  # the end from `dated` reads as a date; from `undated` none
    while undated - dated > 1:
        middle = (dated + undated) // 2
        if parse_date(" ".join(words[middle:])):
            dated = middle
        else:
            undated = middle
    return dated


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
        parts = [part.strip() for part in NAME_SPLIT.split(found["name"])]
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
    if is_wire(outlet) or NOT_A_PERSON.search(outlet) or PUBLICATION_WORD.search(outlet):
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


def named_under_the_headline(lines: tuple[Line, ...], headline: str | None) -> list[str]:
    """Return the names alone on the line under the headline, where a byline goes; with
    no headline found, no line is known to stand where the byline goes."""
    top = header(lines)
    for index, line in enumerate(top[:-1]):
        if headline and line.text == headline:
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
    parts = [part.strip() for part in NAME_SPLIT.split(text)]
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
