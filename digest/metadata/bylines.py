"""Who wrote an article: bylines, writer lines, wire credits and author boxes.

The byline nearest the headline first (`digest/metadata/bylinezone.py`; its names are read by
`digest/metadata/writerlines.py`), with a wire's `Reporting by`; then, when they name nobody, a
byline signing the article off, a name beside the date or under the headline, a
Chinese dateline's reporters, a `Written by` box, a Korean signature, an author bio.
Desks, agencies and job titles are never names (`digest/metadata/names.py`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import partial

from digest.article_parts import Line, PageMeta, Verdict
from digest.clean.cleaner import clean
from digest.ingest.pageauthors import signed
from digest.metadata.bylinedates import before_the_date, named_for_a_day
from digest.metadata.bylinezone import nearest_byline
from digest.metadata.credits import BYLINE, HEADER_SEGMENTS, header, texts_with
from digest.metadata.datelines import is_agency
from digest.metadata.dates import parse_date
from digest.metadata.linecredits import LABELLED_BYLINE
from digest.metadata.names import (
    JOB_WORD,
    NOT_A_PERSON,
    any_ordinary,
    called_the,
    is_person_name,
    lower_case_words,
    split_names,
)
from digest.metadata.wires import PUBLICATION_WORD, is_person_credit
from digest.metadata.writerlines import (
    AND,
    BYLINE_TAIL,
    COMMENT_PROMPT,
    IN_PLACE,
    JOB_LINE,
    bare_names,
    byline_names,
)
from digest.metadata.writerlines import (
    is_writer_line as is_writer_line,  # digest/metadata/headlines.py reads it
)

# `tests/test_headlines.py` reads the names' end under its first name.
_before_the_date = before_the_date

# A blog's date line that names the writer after it: `March 3, 2024 by Priya Raman`.
_DATE_THEN_BYLINE = re.compile(r"\d{4}\s+(?:by|By|BY)\s+(?P<names>.+)$")
# Some agencies close a report with its writers in brackets: `(By Liu Chia-wei and Evelyn Kao)`,
# `(Von Jens Behrendt, mit dpa)`.
_BRACKETED_BYLINE = re.compile(r"^\((?:By|Von|Por|Par|Di|Door) (?P<names>[^()]{3,80})\)\.?$")
# A dash signing the text off with the writer and a job: `— Dana Kessler, Courier staff
# writer. Contact her at ...`.
_DASHED_SIGN_OFF = re.compile(r"^[—–-]{1,2}\s*(?P<name>[^,\d]{3,40}),\s+(?P<job>[^.]{3,60})")
# A wire's credit of its reporters, not `Additional reporting by`: those helped the
# writers the byline names, so they are never the article's writers on their own.
_REPORTING = re.compile(r"(?<!additional )Reporting by (?P<names>[^;)]+)", re.IGNORECASE)
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has)\b")
# The button beside a writer's name that follows their work: `Follow`, `+ Follow`.
_FOLLOW_BUTTON = re.compile(r"^\+?\s*(?i:follow)$")
# A line under the headline this long is its standfirst, not a byline.
STANDFIRST_WORDS = 8
# A remark in brackets and small letters beside a name: `(now)`, `(earlier)`.
_LOWER_CASE_REMARK = re.compile(r"\s*\((?:[a-z]+\s?){1,3}\)")
# What stands in an article's run, above a byline that signs it off.
_ARTICLE_VERDICTS = frozenset(
    {Verdict.BODY, Verdict.SUBHEADING, Verdict.LIST_ITEM, Verdict.CAPTION, Verdict.CALL_TO_ACTION}
)
# Chinese wire copy names its reporters after the dateline: `（记者张三）`.
# Taiwanese papers write the traditional form, with where it was filed: `〔記者陳怡君／台中報導〕`.
_REPORTER_IN_LEDE = re.compile(
    r"[（(〔]\s*[记記]者\s*(?P<names>[^）)〕／/]{2,30})(?:[／/][^）)〕]{0,12})?[）)〕]"
)
# Japanese papers sign a correspondent's dateline with the name: `【台北=龍元秀明】`.
_CORRESPONDENT = re.compile(r"^【[^】＝=]{1,12}[＝=](?P<names>[\u4e00-\u9fff々、]{2,20})】")


def shown_writers(page_lines: Sequence[str], headline: str | None) -> tuple[str, ...]:
    """Return the writers a saved page's visible lines name, read as a text scrape's are
    (the whole page cleaned, its byline read under `headline`), without a wire's
    `Reporting by` credit: where the markup names no writer, the byline the page shows
    (`By Ramesh Iyengar` under an `<h2>` headline, `中沢克二` in the headline's block)
    still does."""
    lines = clean("\n".join(page_lines))
    wire_reporters = set(reporting_credits(lines))
    return tuple(
        name
        for name in extract_authors(lines, headline)
        if name not in wire_reporters and _set_alike(name)
    )


def _set_alike(name: str) -> bool:
    """Say whether a name's words are set alike, all in capitals or none (`Max
    Blumenthal`, `MAX BLUMENTHAL`): a breadcrumb mixes them (`Home ECONOMIE Conjoncture`),
    and a saved page's whole text holds more such lines than a scrape's article does."""
    return len({word.isupper() for word in name.split()}) == 1


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
            person = is_person_credit(name, is_person_name(name)) and not named_for_a_day(name)
            return [name] if person else []
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
        partial(named_over_the_headline, headline=headline),
        named_over_a_job,
        named_beside_the_date,
        credited_writer,
        reporters_in_lede,
        written_by_box,
        signed_at_the_end,
    )
    bare = fallbacks[1:5]  # under or over the headline, over a job, beside the date
    for fallback in (*fallbacks, bio_writer):
        if names:
            break
        names = fallback(lines)
        if fallback in bare and not all(is_persons_name(n, lines) for n in names):
            names = []  # `Learn More`, `Data Central`: a menu entry where a name would be
    if not names:
        return ()
    # `By Tessa Rourke, Denver Summit` on a page telling of `the Denver Summit`: a team.
    text = "\n".join(line.text for line in lines)
    return tuple(name for name in dict.fromkeys(names) if not called_the(name, text))


def is_persons_name(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a bare name, with no `By` or job beside it, is a person's: none of its
    words is one the page also writes in lower case.

    A person's name is capitalised wherever it stands; a word the same page writes in
    lower case is an ordinary word of its language (`Learn More`, `Get App`, `Data
    Central`, `FIND YOUR NEXT CAR`), whatever the language. A word publications are
    named with (`Premium Times Nigeria`, `Business Standard` beside the date) names
    the site, not its writer.
    """
    ordinary = lower_case_words(line.text for line in lines)
    named_as_a_publication = any(PUBLICATION_WORD.search(word) for word in name.split())
    return not any_ordinary(name, ordinary) and not named_as_a_publication


def reporting_credits(lines: tuple[Line, ...]) -> list[str]:
    """Return the reporters of a wire credit: `(Reporting by A and B; Editing by C)`."""
    names: list[str] = []
    for text in texts_with(lines, Verdict.CREDIT) + _bracketed_bylines(lines):
        if bracketed := _BRACKETED_BYLINE.match(text):
            # `(Von Jens Behrendt, mit dpa)`: read as a byline, the wire that helped aside.
            names += byline_names(bracketed["names"], set()) or []
        elif match := _REPORTING.search(text):
            names += [
                n for part in AND.split(match["names"]) for n in split_names(IN_PLACE.sub("", part))
            ]
    return names


def _bracketed_bylines(lines: tuple[Line, ...]) -> list[str]:
    """Return the `(By A and B)` lines a report closes with, whatever the cleaner made of them."""
    return [line.text for line in lines if _BRACKETED_BYLINE.match(line.text)]


def reporters_in_lede(lines: tuple[Line, ...]) -> list[str]:
    """Return the reporters a dateline names: `（记者张三）`, `〔記者陳怡君／台中報導〕`,
    `【台北=龍元秀明】`."""
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
            return split_names(BYLINE_TAIL.sub("", match["names"]))
    return []


def signed_off(lines: tuple[Line, ...]) -> list[str]:
    """Return the writers of a byline that signs the article off, under its text (`By
    Phan Anh` under the last paragraph, or under a photo's caption).

    Only the first byline after the article's start is read, and only where the
    article's text or its captions stand before it: other stories' bylines further
    down stand under their headlines, in the page's furniture. A labelled one (`Автор:
    Анна Кузнецова`, `Texto: A`) right under the text signs it off too, whatever the
    cleaner called it, and so does a dash before a name and its job (`— Dana Kessler,
    Courier staff writer.`).
    """
    ordinary = lower_case_words(line.text for line in lines)
    for before, line in itertools.pairwise(lines[len(header(lines)) :]):
        labelled = LABELLED_BYLINE.match(line.text)
        if labelled and before.verdict in _ARTICLE_VERDICTS:
            return byline_names(labelled["names"], ordinary) or []
        dashed = _DASHED_SIGN_OFF.match(line.text)
        if dashed and before.verdict in _ARTICLE_VERDICTS:
            job = dashed["job"].split()
            if any(JOB_WORD.match(word.strip(".,")) for word in job):
                return bare_names(dashed["name"])
        if line.verdict is Verdict.BYLINE:
            byline = BYLINE.match(line.text)
            if not byline or before.verdict not in _ARTICLE_VERDICTS:
                return []
            return byline_names(byline["names"], ordinary) or []
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
    """Return the names alone on the line under the headline, or under its standfirst,
    where a byline goes; with no headline found, no line is known to stand where the
    byline goes. A live blog marks whose turn it is in lower case beside the names
    (`Alex Crowther (now) and Hannah Bell (earlier)`): a remark, not a name."""
    top = header(lines)
    at = _headline_at(top, headline)
    if at is None or at + 1 >= len(top):
        return []
    if names := bare_names(_LOWER_CASE_REMARK.sub("", top[at + 1].text)):
        return names
    past = at + 2
    if len(top[at + 1].text.split()) < STANDFIRST_WORDS or past >= len(top):
        return []
    # Past the standfirst, a name is a byline only over the byline's company: the date,
    # the writer's job or address (a caption's credit stands alone).
    names = bare_names(_LOWER_CASE_REMARK.sub("", top[past].text))
    after = lines[past + 1].text if past + 1 < len(lines) else ""
    return names if names and _beside_a_byline(after) else []


def _headline_at(top: tuple[Line, ...], headline: str | None) -> int | None:
    """Return where the header shows the headline the metadata stage chose, if it does."""
    return next((i for i, line in enumerate(top) if headline and line.text == headline), None)


def _beside_a_byline(after: str) -> bool:
    """Say whether a line is what stands under a byline: a date, the writer's job or
    address. A name past a standfirst with anything else under it may be a picture's
    credit or a menu's entry: precision first."""
    return parse_date(after) is not None or bool(JOB_LINE.match(after)) or "@" in after


def named_over_the_headline(lines: tuple[Line, ...], headline: str | None) -> list[str]:
    """Return the columnist an opinion page names alone over the headline: `Mereana
    Walker` over `Mereana Walker: Our town centres are dying`, or over a line saying who
    they are (`Michelle Au-Yeung is a professor of ...`), over itself again (their
    picture's caption) or over the button that follows their work (`Follow`); over a
    job line, `named_over_a_job` reads it. A name alone over a headline is also a
    kicker's topic (`Steve Mnuchin` over a story about him), so the headline must open
    with the name, or one of those lines must stand between."""
    top = header(lines)
    at = _headline_at(top, headline)
    if at is None or headline is None:
        return []
    over = bare_names(top[at - 1].text) if at >= 1 else []
    if len(over) == 1 and headline.startswith(f"{over[0]}:"):
        return over
    if at >= 2 and (names := bare_names(top[at - 2].text)) and len(names) == 1:
        between = top[at - 1].text
        bio = _BIO_NAME.match(between) and between.startswith(names[0])
        if between == top[at - 2].text or bio or _FOLLOW_BUTTON.match(between):
            return names
    return []


def named_over_a_job(lines: tuple[Line, ...]) -> list[str]:
    """Return a name above a line of its job: `Priya Mehta` over `Transport correspondent`."""
    top = header(lines)
    for line, below in itertools.pairwise(top):
        if JOB_LINE.match(below.text) and bare_names(line.text):
            return bare_names(line.text)
    return []


def named_beside_the_date(lines: tuple[Line, ...]) -> list[str]:
    """Return a writer's name alone on the line next to the date above the article.

    Blogs show the author as a bare name over the date: two to four capitalised words
    touching the date line count; one word (a site, a section) does not, nor does a
    name in a run of names (a results table, a menu of columnists): a byline stands
    alone. A name the date line opens with titles what is dated (a column's issue).
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
            names = bare_names(top[near].text)
            in_a_list = 0 <= beyond < len(top) and bare_names(top[beyond].text)
            # `Opening Bell` over `Opening Bell 11.18.19`: the title of a dated column.
            titles_the_date = line.text.startswith(top[near].text)
            if names and not in_a_list and not titles_the_date:
                return names
        if found := _DATE_THEN_BYLINE.search(line.text):
            return split_names(COMMENT_PROMPT.sub("", found["names"]))
    return []
