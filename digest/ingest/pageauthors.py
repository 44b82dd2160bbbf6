"""Choose a web page's authors: the people its markup and its byline credit.

Metadata names authors in many ways and often wrongly: the company (`Condé Nast`), the
site (`lefigaro.fr`), a desk or a role (`Editorial`, `admin`), a wire (`Reuters`). A
name is taken only when it is a person's and the page shows it, as a reader checks a
byline; the byline printed near the headline adds the writers metadata leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from digest.ingest.authornames import MAX_NAME_WORDS, name_alone, person_names
from digest.ingest.jsonld import item_types
from digest.ingest.markup import (
    ORGANISATION_TYPE,
    Markup,
    key,
    names_the_site,
    one_line,
)
from digest.ingest.otherroles import (
    contributed,
    credits_another_role,
    only_in_another_role,
    provided_the_content,
)
from digest.metadata.bylinedates import undated
from digest.metadata.credits import BYLINE
from digest.metadata.linecredits import LABELLED_BYLINE
from digest.metadata.names import (
    AND_WORDS,
    KOREAN_TITLES,
    NAME_PARTICLES,
    NOT_A_PERSON,
    is_lone_word,
    is_person_name,
    lower_case_words,
    written_unspaced,
)
from digest.metadata.wires import is_wire
from digest.metadata.writerlines import unglued_jobs

# Roles and accounts a content system puts in its author field; no person's name.
_ROLE = re.compile(
    r"admin|\b(?:editorial|writers|submitted|guest|anonymous|webmaster|contributors?"
    r"|redac\w*|redak\w*|reda[cç][aã]o|user|desk)\b",
    re.IGNORECASE,
)
# Where the layout glued a name to its neighbour: a date (`Fiegerman2014-01-26`), an
# outlet (`GarberFOXBusiness`); set apart on both sides of a comparison, `McDonald` too.
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[a-z])(?=[A-Z])")
# A Korean reporter's or columnist's signature, alone on its line: the name, the title
# (reporter, correspondent, columnist, editorial writer), an address; or the title, the
# name and the address (a list of a desk's reporters writes title and name without one).
_SIGNATURE = re.compile(
    rf"^(?:(?P<name>[가-힣]{{2,4}})\s?(?:{KOREAN_TITLES})(?:\s+[\w.+-]+@[\w.-]+)?"
    rf"|(?:{KOREAN_TITLES})\s(?P<after>[가-힣]{{2,4}})\s+[\w.+-]+@[\w.-]+)$"
)
# A possessive: no byline writes one into a writer's name (`Ryan Reed's Most Recent Stories`).
_POSSESSIVE = re.compile(r"\w['’]s\b")
# The meta tags that name an article's authors, strongest first.
_AUTHOR_TAGS = ("author", "article:author", "parsely-author", "sailthru.author", "byl")


def author_statements(markup: Markup) -> list[str]:
    """Return the names the markup gives as the article's authors, organisations left out.

    JSON-LD is the strongest statement, as it types each author (Person or
    Organization); the meta tags are read only when it names no author at all.
    """
    people = []
    authors = markup.article.get("author")
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, str):
            people.append(one_line(author))
        elif isinstance(author, dict) and not any(
            ORGANISATION_TYPE.search(t) for t in item_types(author)
        ):
            people.append(one_line(author.get("name")))
    people = [name for name in people if name]
    if people or authors:
        # Typed as organisations alone: the meta tags' untyped copy of them is no person.
        return people
    # Last, the Twitter card's creator: a handle (`@jdoe`) more often than a name, and
    # read only where it is a name the page shows (`is_person`).
    for tag in (*_AUTHOR_TAGS, "twitter:creator"):
        found = [
            value
            for value in markup.meta.get(tag, [])
            if "://" not in value and not value.lstrip().startswith("@")
        ]
        if found:
            return found
    return []


def is_person(name: str, sites: Sequence[str], hosts: set[str], visible: str) -> bool:
    """Say whether a stated author is a person the page shows.

    Not a desk, a role or a wire (`Staff`, `Editorial`, `Reuters`); not the site or its
    publisher (`Condé Nast`, `lefigaro.fr`); not a user handle (`admin`); each word
    capitalised where its script has capitals (`Syrian defense ministries` is a phrase);
    and shown on the page, as a byline is: a name only the markup holds cannot be
    checked by a reader. `visible` is the page's text as `key` compares it, between spaces.
    """
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or NOT_A_PERSON.search(name) or _ROLE.search(name):
        return False
    if is_wire(name):
        return False  # `PTI` in the author field: the agency whose copy it is
    if "@" in name or any(char.isdigit() for char in name):
        return False
    if names_the_site(name, sites, hosts) or part_of_the_site(name, sites):
        return False  # the site, or the company behind it: `Ediciones El País`
    if _POSSESSIVE.search(name):
        return False  # `Ryan Reed's Most Recent Stories`: a link under the byline
    if not all(word.lower() in NAME_PARTICLES or not word[0].islower() for word in words):
        return False
    shown = key(_GLUED.sub(" ", name))
    # `the Denver Summit's team reporter`: no one writes a person's name after `the`.
    return f" {shown} " in visible and f" the {shown} " not in visible


def part_of_the_site(name: str, sites: Iterable[str]) -> bool:
    """Say whether a name is words of the site's name, or the site's name words of it:
    `Vortex` of `Vortex Cannon Entertainment` signs its own posts (`Posted by Vortex`)."""
    return any(_within(key(name), key(site)) or _within(key(site), key(name)) for site in sites)


def _within(part: str, whole: str) -> bool:
    """Say whether `part` is words of `whole`; in a script written without spaces
    (`ライトハウス国際特許事務所` of `特許業務法人ライトハウス国際特許事務所`), its letters."""
    if part and not (" " in part or " " in whole) and written_unspaced(part):
        return part in whole
    return bool(part) and f" {part} " in f" {whole} "


def printed_byline(markup: Markup, headline_index: int | None) -> list[str]:
    """Return the writers a byline near the shown headline names.

    Only the few lines between the headline and the article's first paragraph are read,
    where pages put the byline (a name further down is a teaser's or a comment's): the
    elements the page marks as its author's, then lines such as `By A and B`.
    """
    if headline_index is None:
        return signed(markup.lines)
    end = markup.h1_ends[headline_index]
    header = markup.under_headline(headline_index)
    texts = [
        text
        for text in markup.credits_between(end - 1, end + len(header))
        if not credits_another_role(text)
    ]
    texts += [
        undated(unglued_jobs(text))  # `Priya NatarajanData reporter`: the job ends the name
        for text in header
        if BYLINE.match(text) or LABELLED_BYLINE.match(text)
    ]
    if header and bare_name(header[0], markup):
        texts.append(header[0])
    if not texts:
        texts = signed(markup.lines[end:])
    names: list[str] = []
    for name in (name_alone(name) for text in texts for name in person_names(text)):
        # One writer read twice, marked and in a `By` line: the marked element is exact
        # (`Brian Jackson`, not `Brian Jackson WordPress No Comments`).
        if not any(_one_writer(name, other) for other in names):
            names.append(name)
    return names


def _credited_beside(markup: Markup, stated: Sequence[str]) -> list[str]:
    """Return the writers of the byline block that names the markup's first author.

    Elements the page marks as authors' (`rel=author`) on the lines right under the one
    naming that author, each line joining its name on (`and Rajiv Menon, Personal finance
    correspondent`), continue that byline, wherever the layout sets it (a column beside
    the article often comes before the headline in the page's order). A line that
    labels its name (`Editor: Dewi Lestari`) or a button (`Follow Us`) joins nothing.
    """
    credited = markup.credit_texts()
    first = key(stated[0])
    start = next((i for i, (_, text) in enumerate(credited) if first in key(text)), None)
    if start is None:
        return []
    names, last = [name_alone(credited[start][1])], credited[start][0]
    for line, text in credited[start + 1 :]:
        if line - last > 1 or not _JOINED.match(markup.lines[line]):
            break
        names.append(name_alone(text))
        last = line
    return names if len(names) > 1 else []


_JOINED = re.compile(rf"(?:{AND_WORDS}|&|,)\s+\S", re.IGNORECASE)


def signed(lines: Sequence[str]) -> list[str]:
    """Return the writer who signs the article where Korean papers do, at its end:
    `최윤호 기자 uknow@donga.com` (a name, `reporter` or `columnist`, an address),
    `칼럼니스트 박생강 pillgoo9@gmail.com` (`columnist`, a name, an address)."""
    for line in lines:
        found = _SIGNATURE.match(line)
        if found:
            return [found["name"] or found["after"]]
    return []


def _one_writer(name: str, other: str) -> bool:
    a, b = key(name), key(other)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def bare_name(line: str, markup: Markup) -> bool:
    """Say whether the line under the headline is a name alone, a byline without `By`.

    Two or more capitalised words, set all alike (`Max Blumenthal`, `MAX BLUMENTHAL`;
    `Home ECONOMIE Conjoncture` is a breadcrumb), none of which the page writes in
    lower case elsewhere (`Climate Change` is a section: `climate` is a word).
    """
    words = line.split()
    if len(words) < 2 or not is_person_name(line) or len({w.isupper() for w in words}) > 1:
        return False
    return not {word.casefold() for word in words} & lower_case_words(markup.lines)


def _in_full(name: str, printed: Sequence[str], lines: Sequence[str]) -> str:
    """Return the name as the byline prints it in full, where the markup keeps a shorter
    form (`Nurul Aisyah` for the byline's `Nurul Aisyah Ahmad`): readers see the byline.
    The word it adds must be the name's alone: a word the page writes elsewhere too is a
    place or a desk the byline runs on into (`Jane Doe Washington`)."""
    start = key(name) + " "
    fuller = [
        other
        for other in printed
        if key(other).startswith(start) and len(other.split()) - len(name.split()) == 1
    ]
    if len(fuller) != 1:
        return name
    added = re.compile(rf"(?<!\w){re.escape(fuller[0].split()[-1])}(?!\w)")
    elsewhere = [line for line in lines if added.search(line) and fuller[0] not in line]
    return name if elsewhere else fuller[0]


def choose_authors(
    markup: Markup,
    sites: Sequence[str],
    hosts: set[str],
    headline_index: int | None,
    byline: str | None,
) -> tuple[str, ...]:
    """Return the people credited with the article (see the module's docstring).

    The markup's authors shown on the page, and the others a byline near the headline
    names beside them (metadata often keeps only the first writer); with no author in
    the markup, that byline; else `byline`, what an extractor read from the page's
    byline elements (trafilatura's `author`, names joined with `;`), full names only.
    """
    visible = f" {key(_GLUED.sub(' ', ' '.join(markup.lines)))} "

    def people(names: Iterable[str]) -> list[str]:
        found = [name for name in names if is_person(name, sites, hosts, visible)]
        return list(dict.fromkeys(found))

    stated = people(name for field in author_statements(markup) for name in person_names(field))
    stated = [
        name
        for name in stated
        if not only_in_another_role(name, markup.lines)
        and not provided_the_content(name, markup.lines)
    ]
    # Metadata lists the reporters who helped beside the writer; the page says so.
    writers = [name for name in stated if not contributed(name, markup.lines)]
    stated = writers or stated
    # One word in the layout is as often a place or a section (`Washington`) as a writer.
    printed = people(
        name
        for name in printed_byline(markup, headline_index)
        if not is_lone_word(name) and not only_in_another_role(name, markup.lines)
    )
    if stated:
        beside = people(_credited_beside(markup, stated))
        printed += [name for name in beside if name not in printed]
        stated = [_in_full(name, printed, markup.lines) for name in stated]
        printed_keys = {key(name) for name in printed}
        if all(key(name) in printed_keys for name in stated):
            stated_keys = {key(name) for name in stated}
            return tuple(stated + [n for n in printed if key(n) not in stated_keys])
        return tuple(stated)
    if printed:
        return tuple(printed)
    if author_statements(markup) or markup.article.get("author"):
        return ()  # the markup's authors are organisations: no byline to guess
    guessed = people(name for field in (byline or "").split(";") for name in person_names(field))
    return tuple(name for name in guessed if len(name.split()) > 1)
