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
from typing import NamedTuple

from digest.article import Line, PageMeta, Verdict
from digest.credits import BYLINE, HEADER_SEGMENTS, header, texts_with
from digest.datelines import is_agency
from digest.dates import MONTHS, parse_date
from digest.names import NAME_PARTICLES, NAME_SPLIT, NOT_A_PERSON, is_person_name, split_names
from digest.pageauthors import signed
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
# How many of the article's first lines may still hold its byline (see `byline_zone`).
_LINES_INTO_THE_ARTICLE = 5
# A desk's or an agency's credit is short: `National Desk`, `Detroit News wire services`.
_WORDS_OF_A_DESK = 6
# Words only a desk's credit holds, never a person's name, in the languages read.
_DESK = re.compile(
    r"\b(?:staff|desk|newsroom|bureau|wire services?|news services?|editorial"
    r"|redac\w*|redak\w*|reda[cç][aã]o)\b",
    re.IGNORECASE,
)
# `By` on a line of its own, the names on the next line.
_BY_ALONE = re.compile(r"^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]oor)$")
# Bylines `digest/credits.py` does not read: `Analysis by A`, `Autori: A`, `Текст: A`.
# A word that is also an ordinary one (`Text Size`) counts only with its colon.
_MORE_BYLINES = re.compile(
    r"^(?:(?:Analysis|Opinion|Commentary|Story|Interview)\s+by\s+"
    r"|(?:Autori|Autorzy|Autores|Autoren|Autorin|Autora|Texto|Text|Tekst|Текст|Автор|Авторы)"
    r"\s*:\s+)(?P<names>.+)$"
)
# A date line, then its writer: `Monday November 18, 2019 7:45 am PST by Joe Rossignol`.
_DATE_THEN_BY = re.compile(r"^(?P<date>.*\d.*?)\s+(?:by|By|BY)\s+(?P<names>[^\d]+)$")
# The fields of a date line: `Patricio Candia | Palma de Mallorca | 08/01/2014`.
_SEGMENTS = re.compile(r"(?<!\s)\s+[|·•/—–-]\s+")
_FROM_DIGIT = re.compile(r"\d.*$")
# Words between a byline's names and its date: `Updated Nov 13`, `on Monday`, `le`.
_DATE_WORD = re.compile(
    r"^(?i:updated|published|posted|on|at|le|el|am|um|il|a|the)$|^(?i:(?:mon|tue|wed|thu|fri|sat|sun)\w*)$"
)
# A writer's handle glued to the name or standing for it: `Turak@NatashaTurak`.
_HANDLE = re.compile(r"@\w{2,30}")
_GLUED_HANDLE = re.compile(r"(?<=\w)@\w{2,30}")
_HANDLE_LINE = re.compile(r"^@\w{2,30}$")
# A job glued to the name by the layout: `Meg JamesStaff Writer`.
_GLUED_JOB = re.compile(
    r"(?<=[a-z])(?=(?:Staff|Senior|Contributing|Special|Chief|Correspondent|Reporter|Editor)\b)"
)
# Words of a job a byline runs a name on into, never a name's own.
_JOB_WORD = re.compile(
    r"^(?i:staff|senior|contributing|special|chief|deputy|associate|managing|executive"
    r"|assistant|correspondent|reporter|writer|editor|columnist|analyst|contributor"
    r"|journalist)s?$"
)
# The longest wire's name: `Agence France Presse`.
_WORDS_OF_A_WIRE = 3
# The rank a job title opens with: `Senior Washington Correspondent`.
_RANK = re.compile(
    r"^(?:Staff|Senior|Contributing|Special|Chief|Deputy|Associate|Managing|Executive|Assistant)$"
)
# What stands in an article's run, above a byline that signs it off.
_ARTICLE_VERDICTS = frozenset(
    {Verdict.BODY, Verdict.SUBHEADING, Verdict.LIST_ITEM, Verdict.CAPTION, Verdict.CALL_TO_ACTION}
)
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
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

    The byline nearest the headline (`By ...`, a writer line, a date line that names
    the writer) and a wire's `Reporting by` first; a desk or an agency standing where
    the byline goes means that only the wire's credit or a byline signing the article
    off names its writers. Then, only when those name nobody: a byline signing the
    article off, a bare name beside the date, the reporters of a Chinese dateline, a
    `Written by` box, a signature, an author bio. `headline` is the line the metadata
    stage took for the headline, under which a bare name is the byline.
    """
    credit = nearest_byline(lines, headline)
    names = credit.names + reporting_credits(lines)
    if not names and credit.desk:
        # `By Staff`, `REUTERS` where the byline goes: no name beside the date or under
        # the headline is the writer's, only a byline signing the article off.
        return tuple(signed_off(lines))
    fallbacks = (
        signed_off,
        partial(named_under_the_headline, headline=headline),
        named_over_a_job,
        named_beside_the_date,
        credited_writer,
        reporters_in_lede,
        written_by_box,
        signed_at_the_end,
    )
    bare = fallbacks[1:4]  # under the headline, over a job, beside the date
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
    """Return the names of the byline or writer line nearest the article (see
    `nearest_byline`), with no headline known."""
    return nearest_byline(lines, None).names


class Credit(NamedTuple):
    """The byline nearest the headline: its names, and whether a desk or an agency
    stands there instead (BY: `By Reuters Staff`; ALONE: `REUTERS`, `Reuters Nov 18`)."""

    names: list[str]
    desk: str = ""


BY, ALONE = "by", "alone"


def nearest_byline(lines: tuple[Line, ...], headline: str | None) -> Credit:
    """Return the byline nearest the headline, or a desk's or an agency's credit there.

    A page prints other stories' bylines, commenters' `Posted by` lines and menu
    entries (`Author Or`) too; the article's own stands just under its headline, or,
    with no headline found, just above the article. Lines under the headline are read
    nearest first, then those above it, nearest first; writer lines that follow each
    other (`Authors` over one name per line) are one byline. Past a desk's credit
    (`By: CNN Wire`) only a `By` line still names the writer: a name with an agency
    further down is a photographer's credit (`Al Goldis, Associated Press`).
    """
    zone = byline_zone(lines)
    page = _Page.of(lines)
    at = next((i for i, line in enumerate(zone) if headline and line.text == headline), None)
    desk = ""
    for index in _nearest_first(len(zone), at, page.top):
        names, kind = _credit_at(zone, index, page, at)
        if names and (kind == BY or not desk):
            names += _following_writers(zone, index, page, kind)
            return Credit(list(dict.fromkeys(_as_printed_alone(n, page) for n in names)), desk)
        if names == [] and not desk:
            desk = BY if kind == BY else ALONE
    return Credit([], desk)


WRITER = "writer"


def _credit_at(
    zone: tuple[Line, ...], index: int, page: _Page, at: int | None
) -> tuple[list[str] | None, str]:
    """Return whom a line credits ([] for a desk or an agency, None for no one) and how:
    BY (`By`, a reporter's title, a date beside the name) or WRITER (a writer line)."""
    beside = _beside_headline_or_date(zone, index, at, page.top)
    names, kind = _line_credit(zone, index, page, beside)
    if names is None and beside and _credits_a_desk(zone[index].text):
        # `Dana Foley` over `Associated Press`: the wire the name above writes for.
        above = _bare_names(zone[index - 1].text) if index else []
        return (above, WRITER) if above else ([], ALONE)
    return names, kind


def _following_writers(zone: tuple[Line, ...], index: int, page: _Page, kind: str) -> list[str]:
    """Return the writers of the lines right under a byline that name writers the same
    way (`By A` over `By B`; `Authors` over one name per line)."""
    names: list[str] = []
    for after in range(index + 1, len(zone)):
        found, how = _line_credit(zone, after, page, True)
        if not found or how != kind:
            break
        names += found
    return names


def byline_zone(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Return the lines a byline may stand on: those above the article, and the first
    few of it that are not paragraphs (the cleaner may keep a standfirst or the headline
    as the article's first line, and the byline under it)."""
    top = header(lines)
    rest = lines[len(top) : len(top) + _LINES_INTO_THE_ARTICLE]
    return top + tuple(line for line in rest if line.verdict is not Verdict.BODY)


def _nearest_first(size: int, at: int | None, top: int) -> list[int]:
    """Return the byline zone's indexes (`size` of them) from the headline's (`at`)
    outwards, those under it first; with no headline, from the article's first line
    (`top`) upwards."""
    start = top if at is None else at + 1
    return list(range(start, size)) + list(range(start - 1 - (at is not None), -1, -1))


def _beside_headline_or_date(zone: tuple[Line, ...], index: int, at: int | None, top: int) -> bool:
    """Say whether a line stands where bylines do: next to the headline (at `at`) or the
    date, or just above the article (which starts at `top`)."""
    near = zone[max(0, index - 1) : index] + zone[index + 1 : index + 2]
    dated = any(line.verdict is Verdict.DATE_HEADER for line in near)
    return dated or index == top - 1 or (at is not None and abs(index - at) == 1)


class _Page(NamedTuple):
    """What a page shows that tells a name from furniture."""

    ordinary: set[str]  # the words it writes in lower case
    alone: set[str]  # its lines, case-folded: a name printed alone, a menu's entries
    menu: set[str]  # the lines above its article, case-folded
    top: int  # how many lines stand above its article

    @classmethod
    def of(cls, lines: tuple[Line, ...]) -> _Page:
        return cls(
            _lower_case_words(lines),
            {line.text.casefold() for line in lines},
            {line.text.casefold() for line in header(lines)},
            len(header(lines)),
        )


def _line_credit(
    zone: tuple[Line, ...], index: int, page: _Page, beside: bool
) -> tuple[list[str] | None, str]:
    """Return whom one line of the byline zone credits (names, [] for a desk or an
    agency, None when it is no byline) and how: BY when the line says so as a byline
    does (`By`, a reporter's title, the date beside the name), else WRITER."""
    line = zone[index]
    text = line.text
    after = zone[index + 1].text if index + 1 < len(zone) else ""
    if _BY_ALONE.match(text) and after:
        text = f"{text} {after}"  # `By` on a line of its own, the names on the next
    byline = BYLINE.match(text) or _MORE_BYLINES.match(text)
    if byline:
        return _byline_names(byline["names"], page.ordinary), BY
    if found := _WRITER_CJK.match(text) or _REPORTER_OF.match(text):
        return [found["name"]], BY
    if line.verdict is Verdict.DATE_HEADER:
        dated = dated_writer(text, page)
        return dated, BY if dated else ALONE
    # In the article's first lines, `Michael Conroy, AP` is a photo's credit: only a
    # handle or a job there says the name is a writer's.
    names, evidenced = _writer_line(text, after, beside)
    if index >= page.top and not evidenced:
        return None, WRITER
    if names and (evidenced or not any(_all_ordinary(name, page.ordinary) for name in names)):
        return names, WRITER
    return None, WRITER


def _writer_line(text: str, after: str, beside: bool) -> tuple[list[str], bool]:
    """Return the writers a line without `By` names (a writer line, a name over its
    handle; beside the date, a name before its wire or its rank) and whether a handle
    or a job beside the name says it is a writer's."""
    handled = _GLUED_HANDLE.sub(r" \g<0>", text)  # `Natasha Turak@NatashaTurak`
    names = writer_line_names(handled) or writer_line_names(_BYLINE_TAIL.sub("", handled))
    evidenced = bool(_WRITER_WITH_HANDLE.match(handled) or _WRITER_WITH_JOB.match(text))
    if not names and _HANDLE_LINE.match(after):
        return _bare_names(text), True  # `Emma Brockes` over `@emmabrockes`
    if not names and beside and _JOB_WORD.match(text.split()[-1]):
        return _bare_names(_before_a_rank(text)), True  # `Andrea Stone Senior ... Correspondent`
    if not names and beside:
        names = _bare_names(_before_a_wire(text))  # `Tom Davies Associated Press`
    return names, evidenced and bool(names)


def _before_a_rank(text: str) -> str:
    """Return the name before the rank a job opens with (`Andrea Stone Senior Washington
    Correspondent`), or nothing: without a rank, where the name ends is not known."""
    words = text.split()
    rank = next((i for i, word in enumerate(words) if i >= 2 and _RANK.match(word)), None)
    return " ".join(words[:rank]) if rank else ""


def _before_a_wire(text: str) -> str:
    """Return the name before the wire a line ends with (`Tom Davies Associated Press`),
    or nothing."""
    words = text.split()
    for size in range(1, min(_WORDS_OF_A_WIRE, len(words) - 2) + 1):
        if is_wire(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return ""


def _as_printed_alone(name: str, page: _Page) -> str:
    """Return a name as the page prints it alone, if it does so shorter: a byline runs a
    name on into a section (`Brian Jackson WordPress`); the author box prints it alone."""
    words = name.split()
    for end in range(2, len(words)):
        if " ".join(words[:end]).casefold() in page.alone:
            return " ".join(words[:end])
    return name


def _byline_names(text: str, ordinary: set[str]) -> list[str] | None:
    """Return the names a byline gives after its `By`: [] for a desk or an agency
    (`By Staff`, `By Reuters`), None when nothing in it is a name (`By choosing ...`).

    A name holds no digit and no handle; what follows it (a date, `Updated`, a comment
    count, a place after `in`) is not part of it. A name all of whose words the page
    writes in lower case is a phrase (`By Any Means Necessary`).
    """
    cut = _BYLINE_TAIL.sub("", _clean_byline(text))
    cut = _BYLINE_TAIL.sub("", _before_the_date(_undated(cut)))
    parts = [_IN_PLACE.sub("", part) for part in _AND.split(cut)]
    named = [
        name
        for part in parts
        for piece in NAME_SPLIT.split(part)
        for name in split_names(_without_job(piece))
    ]
    # `By Aditi Rao, Mumbai`: one word after full names is a place or an outlet.
    while len(named) > 1 and len(named[-1].split()) == 1 < len(named[0].split()):
        named.pop()
    named = [name for name in named if not _all_ordinary(name, ordinary)]
    if named:
        return named
    return [] if _is_desk(cut) else None


def _without_job(name: str) -> str:
    """Return a name without the job it runs on into: `Andrea Stone Senior Washington
    Correspondent`, `Meg James Staff Writer`; a name has two words at least before it.

    One word of a job after a name is a desk's credit (`Al Jazeera Staff`, `Reuters
    Staff`), left whole for `split_names` to drop.
    """
    words = name.split()
    job = next((i for i, word in enumerate(words) if i >= 2 and _JOB_WORD.match(word)), None)
    return " ".join(words[:job]) if job and job <= len(words) - 2 else name


def _clean_byline(text: str) -> str:
    """Return a byline's names without a handle or comment count glued to them:
    `Chris Pokorny@DawgsByNature Nov 18`, `Seth Fiegerman2014-01-26`, `Meg JamesStaff
    Writer`."""
    text = _COMMENT_PROMPT.sub("", _HANDLE.sub(" ", text))
    return _GLUED_JOB.sub(" ", _GLUED_DIGIT.sub(" ", text))


def _undated(names: str) -> str:
    """Return names without the date they run on into: a name holds no digit, and the
    words before a date (`Updated`, `on`, `at`, a month, a weekday) are the date's."""
    words = _FROM_DIGIT.sub("", names).split()
    # `publiziert am`, `Updated`: a name ends with a capitalised word.
    while words and (
        _is_date_word(words[-1].strip(",.:"))
        or (not words[-1][0].isupper() and words[-1] not in NAME_PARTICLES)
    ):
        words.pop()
    return " ".join(words).rstrip(" ,;:·•|-–—")


def dated_writer(text: str, page: _Page) -> list[str] | None:
    """Return the writer a date line names: `Chris Davies - Nov 19, 2019`, `Carlos
    Nadalim 27/09/2018 Comente!`, `Patricio Candia | Palma | 08/01/2014`, `Monday
    November 18, 2019 7:45 am PST by Joe Rossignol`; [] for an agency (`Reuters
    November 18, 2019`); None when it names nobody.

    Without `By`, the name must open the line, read as a person's on this page (no word
    of it written in lower case elsewhere) and have two words at least: one word
    before a date is a label (`Published`, `Posted`) or a site, and a name the page's
    menu lists (`North Korea 09:31 August 20, 2019`) is its section.
    """
    by = _DATE_THEN_BY.match(text)
    if by and parse_date(by["date"]):
        return _byline_names(by["names"], page.ordinary)
    name = _undated(_SEGMENTS.split(text)[0])
    if not name or not _FROM_DIGIT.search(text[len(name) :]):
        return None
    if is_wire(name) or _DESK.search(name):
        return []
    if len(name.split()) < 2 or not is_person_name(name) or name.casefold() in page.menu:
        return None
    return None if _any_ordinary(name, page.ordinary) else [name]


def _is_desk(text: str) -> bool:
    """Say whether a byline's short credit names a desk or an agency, not a person:
    `Staff Reporter`, `Reuters`, `World's Editorial Writers`."""
    text = text.strip(" .()")
    return 0 < len(text.split()) <= _WORDS_OF_A_DESK and bool(
        is_wire(text) or _DESK.search(text) or NOT_A_PERSON.search(text)
    )


def _credits_a_desk(text: str) -> bool:
    """Say whether a line where the byline stands credits a desk or an agency alone:
    `REUTERS`, `Detroit News wire services`."""
    text = text.strip(" .()")
    return 0 < len(text.split()) <= _WORDS_OF_A_DESK and bool(is_wire(text) or _DESK.search(text))


def _is_date_word(word: str) -> bool:
    return word.casefold() in MONTHS or _DATE_WORD.match(word) is not None


def _all_ordinary(name: str, ordinary: set[str]) -> bool:
    words = _WORD.findall(name)
    return bool(words) and all(word.casefold() in ordinary for word in words)


def _any_ordinary(name: str, ordinary: set[str]) -> bool:
    return any(word.casefold() in ordinary for word in _WORD.findall(name))


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


def signed_off(lines: tuple[Line, ...]) -> list[str]:
    """Return the writers of a byline that signs the article off, under its text (`By
    Phan Anh` under the last paragraph, or under a photo's caption).

    Only the first byline after the article's start is read, and only where the
    article's text or its captions stand before it: other stories' bylines further
    down stand under their headlines, in the page's furniture.
    """
    ordinary = _lower_case_words(lines)
    for before, line in itertools.pairwise(lines[len(header(lines)) :]):
        if line.verdict is Verdict.BYLINE:
            byline = BYLINE.match(line.text)
            if not byline or before.verdict not in _ARTICLE_VERDICTS:
                return []
            return _byline_names(byline["names"], ordinary) or []
    return []


def signed_at_the_end(lines: tuple[Line, ...]) -> list[str]:
    """Return the writer who signs below the article, as Korean papers do: `최윤호 기자
    uknow@donga.com` (a name, `reporter` or `columnist`, an address)."""
    return signed([line.text for line in lines[len(header(lines)) :]])


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
    touching the date line count; one word (a site, a section) does not, nor does a
    name in a run of names (a results table, a menu of columnists): a byline stands
    alone.
    """
    top = header(lines)
    for index, line in enumerate(top):
        if line.verdict is not Verdict.DATE_HEADER:
            continue
        for near, beyond in ((index - 1, index - 2), (index + 1, index + 2)):
            if not 0 <= near < len(top):
                continue
            # A prompt (`SHARE THIS ARTICLE`) is shaped like a name in capitals.
            if top[near].verdict is Verdict.CALL_TO_ACTION:
                continue
            names = _bare_names(top[near].text)
            in_a_list = 0 <= beyond < len(top) and _bare_names(top[beyond].text)
            if names and not in_a_list:
                return names
        if found := _DATE_THEN_BYLINE.search(line.text):
            return split_names(_COMMENT_PROMPT.sub("", found["names"]))
    return []
