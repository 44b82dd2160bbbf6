"""Whom one line of a page's byline zone credits, and how.

A byline takes many forms: `By A`, a label in another language (`Penulis: A`, `Γράφει
η A`), a writer line (`KENJI TANAKA, Nikkei staff writer`, a name over its handle), a
date line naming the writer (`Chris Davies - Nov 19, 2019`), a Korean or Chinese
reporter's title, a desk (`FleetLine Business Staff`, `REUTERS`). This module reads one
line in the light of what the page shows (`BylinePage`: the words it writes in lower
case, its menus); digest/metadata/bylinezone.py decides which line is the article's.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from digest.article_parts import Line, Verdict
from digest.metadata.bylinedates import FROM_DIGIT, named_for_a_day, undated
from digest.metadata.credits import BYLINE, PROVIDED_BY, explicit_credit, header
from digest.metadata.dates import parse_date
from digest.metadata.names import JOB_WORD, any_ordinary, is_person_name, lower_case_words
from digest.metadata.wires import is_wire
from digest.metadata.writerlines import (
    BYLINE_TAIL,
    DESK,
    WORDS_OF_A_DESK,
    WRITER_WITH_HANDLE,
    WRITER_WITH_JOB,
    bare_names,
    before_a_glued_job,
    before_a_wire,
    byline_names,
    writer_line_names,
)

# A name has at most this many words; a job and a handle after it at most this many.
_WORDS_OF_A_NAME = 4
_WORDS_AFTER_A_NAME = 6
# `By` on a line of its own, the names on the next line.
# ... and a magazine's label for the writing, over the names (`Words`, `Text by`); the
# photographer's (`Photography`) labels names that wrote nothing.
BY_ALONE = re.compile(
    r"^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]oor"
    r"|(?:Words|WORDS|Text|TEXT|Texto|Tekst|Текст)(?:\s+[Bb][Yy])?:?)$"
)
# Bylines `digest/metadata/credits.py` does not read: `Analysis by A`, a live blog's `Live
# updates by A and B`, `Autori: A`, `Текст: A`,
# `Words: A` (a magazine's), `Penulis: A` (Indonesian), `Yazar: A` (Turkish).
# A word that is also an ordinary one (`Text Size`) counts only with its colon.
BYLINE_LABELS = (
    r"Autori|Autorzy|Autores|Autoren|Autorin|Autora|Texto|Text|Tekst|Текст|Автор|Авторы"
    r"|Words|Reporter|Penulis|Wartawan|Yazar|Muhabir|بقلم"
    r"|Kirjoittaja|Teksti|Szerző|Forfatter|Skribent|نویسنده|כתב|Autor"
    r"|Avtorica|Avtor|Autorius|Autorė|Autors|ავტორი"
)
# Words that are only ever a byline's label may go without the colon.
BARE_BYLINE_LABELS = (
    r"Penulis|Wartawan|Autori|Autorzy|Автор|Авторы|بقلم|Γράφει(?:\s+(?:ο|η|οι))?|Oleh|מאת"
)
LABELLED_BYLINE = re.compile(
    r"^(?:(?:Analysis|Opinion|Commentary|Story|Interview|Compiled|(?:Live\s+)?[Uu]pdates"
    r"|(?:Live\s+)?[Cc]overage)\s+by\s+"
    rf"|(?:{BYLINE_LABELS})\s*:\s+|(?:{BARE_BYLINE_LABELS})\s+)(?P<names>.+)$"
)
# A date line, then its writer: `Monday November 18, 2019 7:45 am PST by Joe Rossignol`.
_DATE_THEN_BY = re.compile(r"^(?P<date>.*\d.*?)\s+(?:by|By|BY)\s+(?P<names>[^\d]+)$")
# The fields of a date line: `Patricio Candia | Palma de Mallorca | 08/01/2014`.
_SEGMENTS = re.compile(r"(?<!\s)\s+[|·•/—–-]\s+")
_GLUED_HANDLE = re.compile(r"(?<=\w)@\w{2,30}(?![\w.])")  # not an e-mail address
_HANDLE_LINE = re.compile(r"^@\w{2,30}$")
# The longest place a byline names after a `|`: `Palma de Mallorca`.
_WORDS_OF_A_PLACE = 3
# A company's titles: beside a name, they say whom a story is about, not who wrote it
# (a writer's own titles are a writer's, an editor's, a fellow's).
_EXECUTIVE = re.compile(
    r"\b(?:CEO|CTO|CFO|COO|[Pp]resident|[Ff]ounder|[Cc]hair(?:man|woman)|[Cc]hief [Ee]xecutive)\b"
)
# A name, then the publication it writes for: `VICTOR TANGERMANN, FUTURISM`.
_NAME_THEN_OUTLET = re.compile(r"^(?P<name>[^,]{3,40}),\s+(?P<outlet>[^,]{2,40})$")
# A name's field beside the date, then its place's: `Ángeles Escrivá | Madrid`.
_PIPE = re.compile(r"(?<!\s)\s+\|\s+")
# The rank a job title opens with: `Senior Washington Correspondent`.
_RANK = re.compile(
    r"^(?:Staff|Senior|Contributing|Special|Chief|Deputy|Associate|Managing|Executive|Assistant)$"
)
# A Chinese paper's byline: `第一财经记者 李晓` (the outlet's reporter, then the name).
# `江城晚报记者 周晓岚 通讯员 马建国` (a correspondent after the reporter), `記者林佳蓉／高雄報導`
# (where the report was filed); a Japanese name may be spaced in two (`記者　森田 彩花`),
# while after the simplified `记者` a space parts two Chinese names (left unread).
_REPORTER_OF = re.compile(
    r"^\S{0,10}(?:记者\s*(?P<chinese>[\u4e00-\u9fff]{2,4})(?:$|\s*[／/].*$|\s+通讯员.*$)"
    r"|(?:記者|編集委員)\s*(?P<name>[\u4e00-\u9fff々]{2,4}(?:\s[\u4e00-\u9fff々]{1,3})?)"
    r"(?:$|\s*[／/].*$))"
)
# `김도현 기자`, with the reporter's address after it: `김도현 기자 dohyun@example.kr`.
# A Japanese name may be spaced in two: `佐藤 美咲 記者`.
_WRITER_CJK = re.compile(
    r"^(?P<name>[\uac00-\ud7af\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff々]{1,3}\s[\u4e00-\u9fff々]{1,3}(?=\s*記者))"
    r"\s*(?:기자|특파원|記者|特派員)(?:\s+\S+@\S+)?$"
)
# A correspondent's byline from where they filed: `From Adewale Ogunleye, Ibadan`.
_FROM_PLACE = re.compile(r"^From (?P<names>[A-Z][^,]{2,40}),\s*[A-Z][\w.'’ -]{1,30}$")
# Korean reporters, each signing `NAME 기자` (reporter) or `NAME 특파원` (correspondent).
_KOREAN_WRITER = re.compile(r"([\uac00-\ud7af]{2,4})\s*(?:기자|특파원)")
_KOREAN_WRITERS = re.compile(r"^(?:[\uac00-\ud7af]{2,4}\s*(?:기자|특파원)\s*){2,4}$")
# How a line credits: BY as a byline does, WRITER as a writer line does; a desk's
# credit stands ALONE (`REUTERS`) or in a BY line (`By Reuters Staff`).
BY, ALONE = "by", "alone"
WRITER = "writer"


class BylinePage(NamedTuple):
    """What a page shows that tells a name from furniture."""

    ordinary: set[str]  # the words it writes in lower case
    alone: set[str]  # its lines, case-folded: a name printed alone, a menu's entries
    menu: set[str]  # the lines above its article, case-folded
    top: int  # how many lines stand above its article
    original: str = ""  # the publication it credits as the original, case-folded

    @classmethod
    def of(cls, lines: tuple[Line, ...]) -> BylinePage:
        return cls(
            lower_case_words(line.text for line in lines),
            {line.text.casefold() for line in lines},
            {line.text.casefold() for line in header(lines)},
            len(header(lines)),
            (explicit_credit(lines) or "").casefold(),
        )


# A name and `Staff` alone on a line: the desk of the site the name is (`FleetLine
# Business Staff`), as `By Staff` is; a person's job follows the name after a comma or
# says what kind of staff (`Staff Writer`).
_SITE_STAFF = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){1,4}(?:Staff|STAFF)$")


def line_credit(
    zone: tuple[Line, ...], index: int, page: BylinePage, beside: bool
) -> tuple[list[str] | None, str]:
    """Return whom one line of the byline zone credits (names, [] for a desk or an
    agency, None when it is no byline) and how: BY when the line says so as a byline
    does (`By`, a reporter's title, the date beside the name), else WRITER."""
    line = zone[index]
    text = line.text
    after = zone[index + 1].text if index + 1 < len(zone) else ""
    if BY_ALONE.match(text) and after:
        text = f"By {after}"  # `By` on a line of its own, the names on the next
    byline = BYLINE.match(text) or LABELLED_BYLINE.match(text) or _FROM_PLACE.match(text)
    if byline:
        return byline_names(byline["names"], page.ordinary), BY
    if found := _WRITER_CJK.match(text):
        return [found["name"]], BY
    if _KOREAN_WRITERS.match(text):
        return _KOREAN_WRITER.findall(text), BY  # `김민준 기자 이서연 기자`: two reporters
    if found := _REPORTER_OF.match(text):
        return [found["chinese"] or found["name"]], BY
    if line.verdict is Verdict.DATE_HEADER:
        dated = dated_writer(text, page)
        return dated, BY if dated else ALONE
    if line.verdict is Verdict.CALL_TO_ACTION:
        return None, WRITER  # `Search Sign in Subscribe`: buttons, read as `A in Place`
    if index and PROVIDED_BY.search(zone[index - 1].text):
        return [], ALONE  # `News provided by` over `Corvane Robotics`: the release's issuer
    if _SITE_STAFF.match(text):
        return [], ALONE  # `FleetLine Business Staff`: the site's desk, no person
    names, evidenced = _writer_line(
        text, after, beside, beside_the_date(zone, index), page.ordinary
    )
    if not names and beside and (boxed := _named_as_in_the_box(text, page)):
        names, evidenced = [boxed], True
    if not names and (found := _NAME_THEN_OUTLET.match(text)) and page.original:
        # `VICTOR TANGERMANN, FUTURISM` on a page `originally published by Futurism`.
        credited = found["outlet"].casefold() == page.original
        names, evidenced = (bare_names(found["name"]), True) if credited else ([], False)
    # In the article's first lines, `Michael Conroy, AP` is a photo's credit: only a
    # handle or a job there says the name is a writer's.
    if index >= page.top and not evidenced:
        return None, WRITER
    # Without a handle or a job, a word the page writes in lower case is no name's.
    if names and (evidenced or not any(any_ordinary(name, page.ordinary) for name in names)):
        return names, WRITER
    return None, WRITER


def _writer_line(
    text: str, after: str, beside: bool, dated: bool, ordinary: set[str]
) -> tuple[list[str], bool]:
    """Return the writers a line without `By` names, and whether a handle or a job
    beside a name says it is a writer's: a writer line, a name over its handle; where
    bylines stand (`beside`), a name before its wire or its rank (or before the job's
    first word the page writes in lower case, `ordinary`); over the date (`dated`), a
    name before its place."""
    handled = _GLUED_HANDLE.sub(r" \g<0>", text)  # `Natasha Turak@NatashaTurak`
    if _EXECUTIVE.search(text):
        return [], False  # `Introducing Junior Gaspard, New CEO at Experience`: a subject
    names = writer_line_names(handled) or writer_line_names(BYLINE_TAIL.sub("", handled))
    evidenced = bool(WRITER_WITH_HANDLE.match(handled) or WRITER_WITH_JOB.match(text))
    if not names and _HANDLE_LINE.match(after):
        return bare_names(text), True  # `Emma Brockes` over `@emmabrockes`
    if not names and (name := before_a_glued_job(text)):
        return bare_names(name), True  # `Niamh Ó BriainHealth Correspondent`
    if not names and beside and JOB_WORD.match(text.split()[-1]):
        # `Andrea Stone Senior ... Correspondent`, `Danielle Forsyth Court Reporter`
        return bare_names(_before_a_rank(text, ordinary)), True
    if not names and beside:
        names = bare_names(before_a_wire(text))  # `Tom Davies Associated Press`
    if not names and dated and len(fields := _PIPE.split(text)) == len(("name", "place")):
        # `Ángeles Escrivá | Madrid` over the date: the name, then where it was written
        # (not `Hong Kong / Transport`, a section's path).
        names = bare_names(fields[0]) if len(fields[1].split()) <= _WORDS_OF_A_PLACE else []
    return names, evidenced and bool(names)


def _named_as_in_the_box(text: str, page: BylinePage) -> str:
    """Return the name a byline opens with, as the page prints it alone (its author
    box), when a job or a handle follows it: `Harriet Quill Crime Correspondent
    @HarrietQuillBP`. Where the name ends is known from the box; a line that goes on
    otherwise (`Donald Trump said ...`) is no byline."""
    words = text.split()
    for end in range(2, min(len(words), _WORDS_OF_A_NAME + 1)):
        name, rest = " ".join(words[:end]), words[end:]
        if name.casefold() not in page.alone or len(rest) > _WORDS_AFTER_A_NAME:
            continue
        if any(word.startswith("@") or JOB_WORD.match(word) for word in rest):
            return name if is_person_name(name) else ""
    return ""


def _before_a_rank(text: str, ordinary: set[str]) -> str:
    """Return the name before the rank a job opens with (`Andrea Stone Senior Washington
    Correspondent`), or before a word of the job the page writes in lower case elsewhere
    (`Danielle Forsyth Court Reporter` on a page telling what `the court` heard: no
    name holds it), or nothing: otherwise where the name ends is not known."""
    words = text.split()
    rank = next(
        (
            i
            for i, word in enumerate(words)
            if i >= 2 and (_RANK.match(word) or any_ordinary(word, ordinary))
        ),
        None,
    )
    return " ".join(words[:rank]) if rank else ""


# A name this long may run on into a place (see `as_printed_alone`); a shorter one is a
# given name and a surname.
_PLACE_AFTER_WORDS = 4


def as_printed_alone(name: str, page: BylinePage) -> str:
    """Return a name as the page prints it alone, if it does so shorter: a byline runs a
    name on into a section (`Brian Jackson WordPress`); the author box prints it alone."""
    words = name.split()
    for end in range(2, len(words)):
        if " ".join(words[:end]).casefold() in page.alone:
            return " ".join(words[:end])
    # A long name ending in a word the page prints alone, as a menu's entry or its
    # masthead's city (`Murcia`), runs on into the place it was filed from: `Lucía
    # Ferrández Ortega Murcia`. A surname is no menu's entry.
    if len(words) >= _PLACE_AFTER_WORDS and words[-1].casefold() in page.alone:
        return " ".join(words[:-1])
    return name


def dated_writer(text: str, page: BylinePage) -> list[str] | None:
    """Return the writer a date line names: `Chris Davies - Nov 19, 2019`, `Carlos
    Nadalim 27/09/2018 Comente!`, `Patricio Candia | Palma | 08/01/2014`, `Monday
    November 18, 2019 7:45 am PST by Joe Rossignol`; [] for an agency (`Reuters
    November 18, 2019`); None when it names nobody.

    Without `By`, the name must open the line, read as a person's on this page (no word
    of it written in lower case elsewhere) and have two words at least: one word
    before a date is a label (`Published`, `Posted`) or a site, a name the page's menu
    lists (`North Korea 09:31 August 20, 2019`) is its section, and a name with a comma
    before the date (`New York, March 5, 2024`) is a dateline's place.
    """
    text = " ".join(text.split())
    by = _DATE_THEN_BY.match(text)
    if by and parse_date(by["date"]):
        return byline_names(by["names"], page.ordinary)
    name = undated(_SEGMENTS.split(text)[0])
    rest = text[len(name) :]
    if not name or not FROM_DIGIT.search(rest) or rest.startswith(","):
        return None  # `New York, March 5, 2024`: a place, then its date
    if is_wire(name) or DESK.search(name):
        return []
    if JOB_WORD.match(name.split()[-1]):
        # `Aoife Brennan Health Correspondent Tue 9 Jan 2024`: the name as the page
        # prints it alone (its author box); where the job starts is not known otherwise.
        name = as_printed_alone(name, page)
    if len(name.split()) < 2 or not is_person_name(name) or name.casefold() in page.menu:
        return None
    if named_for_a_day(name):
        return None  # `Wednesday Notes · October 9, 2024`
    return None if any_ordinary(name, page.ordinary) else [name]


def credits_a_desk(text: str) -> bool:
    """Say whether a line where the byline stands credits a desk or an agency alone:
    `REUTERS`, `Detroit News wire services`."""
    text = text.strip(" .()")
    return 0 < len(text.split()) <= WORDS_OF_A_DESK and bool(is_wire(text) or DESK.search(text))


def beside_the_date(zone: tuple[Line, ...], index: int) -> bool:
    """Say whether the line right above or under a line of the zone is a date line."""
    near = zone[max(0, index - 1) : index] + zone[index + 1 : index + 2]
    return any(line.verdict is Verdict.DATE_HEADER for line in near)
