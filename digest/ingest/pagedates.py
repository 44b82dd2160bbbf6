"""Choose the publication date among the dates a flattened page shows.

A page shows many dates: the site's date of today in its masthead, the dates of other
stories in a list beside the article, the dates of comments under it, a date the report
tells of. The story's own date stands in the article's header, between the headline
and the text's first line, on a short line of its own (`Updated 4:48 PM EST, Mon
November 6, 2023`, `By Jane Roe | 5 March 2024`), or at most a few lines into the text.
A date only seen elsewhere is no evidence of the story's date, and is not shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from digest.article_parts import Line
from digest.metadata.credits import PUBLISHED, last_kept
from digest.metadata.dates import MONTHS, parse_date, stamp_date
from digest.metadata.linecredits import BY_ALONE

# The article's own date line may follow its first kept line: a byline and date the
# cleaner kept with the lede, or a date under a standfirst. Further down, a date belongs
# to the report or to what follows it (comments, other stories).
LINES_INTO_THE_TEXT = 6
# A blog's post closes with its date within this many lines after its text (an author's
# bio, a credit, a sponsor's line between them).
LINES_AFTER_THE_TEXT = 10
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# The headline's own date line stands this close under it (a standfirst between).
_UNDER_THE_HEADLINE = 3
# A date line holds the date, a time, a label, a name: at most a few words written in
# lower case (`by`, `le`, `à`, `updated`). A sentence about an event (`The Act was
# signed into law on August 14, 1935`) holds more.
MAX_PROSE_WORDS = 4
# Letters of a script with no case (Chinese, Japanese, Thai) count as prose this many at
# a time: a line holding a date and a few characters of label (`发布时间：`) is a date
# line, a headline with a date after it is not.
UNCASED_LETTERS_PER_WORD = 5
# A date line's label (`Updated: Mar. 20, 2024 | Published:`) comes within this many
# characters of its start.
LABEL_CHARS = 60
# A line this long is a paragraph, whatever it holds.
MAX_DATE_LINE_CHARS = 160
# A menu entry is this short: a date between two of them is the masthead's date of
# today, not the story's.
MENU_WORDS = 3
# ... and in a script with no spaces (`国际`, `ニュース`), or in English, this many
# characters (`Sign In Subscribe`).
MENU_CHARS = 24
# A site's masthead (its date of today) sits within this many lines of the page's top.
MASTHEAD_LINES = 10
# The lines above a masthead's date are menu entries and a greeting (`Welcome to
# Example.net`), none as long as a headline.
MASTHEAD_WORDS = 5
# The story's date stands within this many lines above its text (the headline, the
# byline, a photo and its caption between them); a bare date among menu entries further
# up is the masthead's.
NEAR_THE_TEXT = 12
# A header seldom runs this many lines from the headline to the text (share buttons,
# a photo, its caption, a standfirst); a date further up stands with the page's furniture.
FAR_ABOVE_THE_TEXT = 40
# An update label (`Updated:`, `Mis à jour`) makes the date after it second choice.
_UPDATED = re.compile(
    r"\b(?:updated|last updated|mis à jour|actualizado|atualizado|aktualisiert|aggiornato"
    r"|bijgewerkt|обновлено"
    # ... and in the further languages: pl, cs, sk, hr, ro, hu, tr, el, uk, sv, nb, da, fi,
    # id, ms, sw, vi, hi, bn, ar, he.
    r"|aktualizacja|zaktualizowano|aktualizováno|aktualizované|ažurirano|actualizat"
    r"|frissítve|güncellendi|güncelleme|ενημέρωση|оновлено|uppdaterad|oppdatert|opdateret"
    r"|päivitetty|diperbarui|dikemas ?kini|imesasishwa|cập nhật|अपडेट|আপডেট|تحديث|עודכן"
    # lt, lv, et, sl, bg, ka, af, tl, ml, ta, ur.
    r"|atnaujinta|atjaunots|uuendatud|posodobljeno|обновена|განახლდა|opgedateer|na-update"
    r"|അപ്ഡേറ്റ്|புதுப்பிக்கப்பட்டது|اپ ڈیٹ)",
    re.IGNORECASE,
)
_GLUED_YEAR = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z])")
_DASHES = ("—", "–", "-")
_TWO_DIGITS = re.compile(r"\d\d")
_WORD = re.compile(r"[^\W\d_]+")
# The characters Chinese, Japanese and Korean dates are written with: `2023年11月17日 15時`.
_DATE_CHARACTERS = frozenset("年月日時时分秒년월일시분")
# Weekday names (English, French, Spanish, German, Italian, Portuguese), written before
# a date in lower case in most of these languages: `le lundi 29 octobre 2012`.
_WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "segunda terça quarta quinta sexta feira",
)
_WEEKDAYS = frozenset(name for names in _WEEKDAY_NAMES for name in names.split())
# Clock and zone words a timestamp holds in lower case: `4:48pm est`, `15h46`.
_CLOCK_WORDS = frozenset(("am", "pm", "h", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "ist"))
_DATE_WORDS = frozenset(MONTHS) | _WEEKDAYS | _CLOCK_WORDS
# `10:48 p.m.`, `7:02 a.m.`: the clock's `pm`, not two words of prose.
_MERIDIEM = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.", re.IGNORECASE)


class DateLine(NamedTuple):
    """A line that may state the story's date: its place on the page, and the date."""

    position: int
    text: str
    date: str
    labelled: bool


def publication_date(
    lines: tuple[Line, ...], day_first: bool = False, headline: int | None = None
) -> str | None:
    """Return the date the article's header states for it, or None on weak evidence.

    A `Published` line wins; otherwise the topmost date line of the header, once the
    masthead's date of today is set aside; otherwise a date line opening the text. With
    the headline known (its line's index), the header starts there: a date above it is
    a kicker's, another story's card's or the masthead's, unless none stands below it.
    A header that only dates an update gives way to a line further down that labels the
    publication (`First published on: February 17, 2024`).
    """
    first = _first_kept(lines)
    found = date_lines(lines, first, day_first)
    above = [each for each in found if each.position < first]
    above = [each for each in above if not is_masthead_date(lines, each, above)]
    # A date line far above the text gives way to one nearer it: the story's date stands
    # by its headline, and what lies further up is the site's (menus, other stories).
    near = [each for each in above if first - each.position <= FAR_ABOVE_THE_TEXT]
    above = near or above
    below = [each for each in found if each.position >= first]
    if headline is not None:
        # A standfirst kept as text may stand between the headline and its date line.
        under = [each for each in below if each.position - headline <= _UNDER_THE_HEADLINE]
        above = [each for each in above if each.position > headline] or under or above
    # `Published 15 July 2024` under the text's first lines beats an unlabelled date above.
    labelled = next((each for each in [*above, *below] if each.labelled), None)
    if labelled:
        return labelled.date
    for group in (above, below):
        chosen = next((each for each in group if not dates_an_update(each.text)), None)
        chosen = chosen or next(iter(group), None)
        if chosen and dates_an_update(chosen.text):
            return labelled_further_down(lines, day_first) or _first_of_two(chosen, day_first)
        if chosen:
            return chosen.date
    return labelled_further_down(lines, day_first) or closing_date(lines, day_first)


def _first_of_two(line: DateLine, day_first: bool) -> str:
    """Return the earlier of an update line's two dates: `Updated 16 May 2024 15 May 2024
    - 18:12` dates its update, then the publication, which never comes after it."""
    text = _DIGIT.sub(lambda digit: str(unicodedata.digit(digit[0])), line.text)  # `২০২৪`
    year = _YEAR.search(text)
    second = written_date(text[year.end() :], day_first) if year else None
    return second if second and second < line.date else line.date


def dates_an_update(text: str) -> bool:
    """Say whether a date line dates an update: its label stands before the line's first
    number. `12. März 2024, 14:35 Uhr Aktualisiert: 13. März 2024` dates the publication
    first and its update after it."""
    label = _UPDATED.search(text)
    number = re.search(r"\d", text)
    return label is not None and (number is None or label.start() < number.start())


def labelled_further_down(lines: tuple[Line, ...], day_first: bool = False) -> str | None:
    """Return the date a line in or just under the text labels as the publication's
    (`First published Sat 18 Mar 2023`), when one line alone does: pages that date only
    the update at the top state the first publication at the foot; a label repeated
    further down dates comments or other stories."""
    first, last = _first_kept(lines), last_kept(lines)
    texts = [line.text for line in lines[first : last + 1 + LINES_AFTER_THE_TEXT]]
    return labelled_publication(texts, day_first)


def labelled_publication(texts: Sequence[str], day_first: bool = False) -> str | None:
    """Return the one date these lines label as the publication's (`First published
    Sat 18 Mar 2023`), or None when none does or they label several."""
    dated = {published_date(text, day_first) for text in texts if opens_with_label(text)}
    dated.discard(None)
    return dated.pop() if len(dated) == 1 else None


def closing_date(lines: tuple[Line, ...], day_first: bool = False) -> str | None:
    """Return the date a post states under its text: `Posted May 14, 2024 in Databases`.

    A blog dates its post after the text, before what follows (tags, related posts,
    comments). Only the first date line after the text counts, and only when nothing
    repeats it below: comments each carry `Posted by: ...`, a list of stories its dates.
    """
    last = last_kept(lines)
    after = lines[last + 1 : last + 1 + LINES_AFTER_THE_TEXT]
    dated = [line.text for line in after if written_date(line.text, day_first)]
    if not dated or is_attribution(dated[0]):
        return None
    if opens_with_label(dated[0]):
        below = [line.text for line in lines[last + 1 :] if PUBLISHED.search(line.text)]
        repeated = len([text for text in below if parse_date(text)]) > 1
    else:
        repeated = len(dated) > 1 or not is_date_line(dated[0])
    return None if repeated else written_date(dated[0], day_first)


def written_date(text: str, day_first: bool = False) -> str | None:
    """Return the date a line writes, in full or as a timestamp (`8/17/13 11:04am`); a
    year glued to the next label (`March 20, 2025Updated ...`) ends where the label opens."""
    text = _GLUED_YEAR.sub(" ", text)
    return parse_date(text, day_first) or stamp_date(text, day_first)


def published_date(text: str, day_first: bool = False) -> str | None:
    """Return the date a publication label names: `Updated: 20 March | Published: 19
    March` is the 19th."""
    label = PUBLISHED.search(text)
    return written_date(text[label.end() :], day_first) if label else None


def is_attribution(text: str) -> bool:
    """Say whether a line signs a quotation or an embedded post: `— Jane Roe (@janeroe)
    November 18, 2019`. Its date is the quoted post's, not the story's. A dash straight
    before the date (`- Nov. 18th 2019 8:54 am PT` under the writer's name) sets the
    byline's date apart from the name."""
    if not text.lstrip().startswith(_DASHES):
        return False
    words = _WORD.findall(text)
    first = words[0] if words else ""
    return not (first[:1].isdigit() or first.casefold() in _DATE_WORDS)


def date_lines(lines: tuple[Line, ...], first: int, day_first: bool = False) -> list[DateLine]:
    """Return the date lines of the article's header and of its first few lines.

    A date line under the article's text, however close, dates a comment or another
    story: only lines before the text's last kept line are read.
    """
    last = last_kept(lines)
    found = []
    for index in range(min(first + LINES_INTO_THE_TEXT + 1, last, len(lines))):
        # `June 24, 2024Updated June 26`: a year the layout glued to the next label.
        text = _GLUED_YEAR.sub(" ", lines[index].text)
        if not _TWO_DIGITS.search(text):
            continue  # every date form writes a number of two digits or more
        named = published_date(text, day_first)
        date = named or written_date(text, day_first)
        shaped = is_date_line(text) or opens_with_label(text) or _labelled_in_a_byline(text)
        if date and not is_attribution(text) and shaped:
            found.append(DateLine(index, text, date, named is not None))
    return found


def _labelled_in_a_byline(text: str) -> bool:
    """Say whether a short line labels its date as the publication's, capitalised as a
    label is (`Compiled by A and B Published 15 July 2024 | 06:05`): a byline run on
    into its stamps. A sentence writes `published` in lower case."""
    label = PUBLISHED.search(text)
    return label is not None and label.group()[0].isupper() and len(text) <= MAX_DATE_LINE_CHARS


def is_date_line(text: str) -> bool:
    """Say whether a line is shaped as a date line, not a sentence that holds a date."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return False
    prose, uncased = _other_words(text)
    return prose + uncased // UNCASED_LETTERS_PER_WORD <= MAX_PROSE_WORDS


def opens_with_label(text: str) -> bool:
    """Say whether a line opens with a publication label: `Publié le 12 février 2024 à
    18h00, modifié le 13 février`. A sentence telling that something was published says
    so further on, and not in a line this short."""
    label = PUBLISHED.search(text)
    return label is not None and label.start() < LABEL_CHARS and len(text) <= MAX_DATE_LINE_CHARS


def is_bare_date(text: str) -> bool:
    """Say whether a line holds nothing but a date and a time: `Wed, Nov 20, 2019`."""
    return not any(
        word.casefold() not in _DATE_WORDS and word not in _DATE_CHARACTERS
        for word in _WORD.findall(text)
    )


def _other_words(text: str) -> tuple[int, int]:
    """Count the words in lower case, and the letters of scripts with no case, of a line
    that are not part of a date or a time."""
    prose = 0
    uncased = 0
    for word in _WORD.findall(_MERIDIEM.sub(" pm ", text)):
        if word[0].isupper() or word.casefold() in _DATE_WORDS:
            continue
        if word[0].islower():
            prose += 1
        else:
            uncased += sum(char not in _DATE_CHARACTERS for char in word)
    return prose, uncased


def is_masthead_date(lines: tuple[Line, ...], found: DateLine, others: list[DateLine]) -> bool:
    """Say whether a date line is the site's date of today rather than the story's.

    A masthead shows today's date, bare, among its menu entries far above the article,
    or at the page's very top; the story's date stands by its headline and byline.
    """
    if found.labelled:
        return False
    texts = [line.text for line in lines]
    among_menus = dated_among_menus(texts, found.position)
    far = found.position < _first_kept(lines) - NEAR_THE_TEXT
    return (among_menus and far) or _at_the_top(lines, found, others)


def dated_among_menus(texts: Sequence[str], position: int) -> bool:
    """Say whether the bare date at `position` stands among menu entries, as a
    masthead's date of today does: between two of them, or over the menu (`jueves, 09
    enero 2014 - 10:21 h`, then `PORTADA`, `Noticias`); not under a headline, over its
    share bar (`Share this`, `View Comments`): short lines follow a story's date too."""
    before = texts[position - 1] if position > 0 else ""
    if position > 1 and BY_ALONE.match(texts[position - 2].strip()):
        return False  # `By` over `Our Correspondent` over the date: the story's byline
    after = texts[position + 1 : position + 3]
    menus = all(map(_menu_entry, (before, *after[:1]))) or (
        all(map(_menu_entry, after)) and not _title_shaped(before)
    )
    return menus and is_bare_date(texts[position])


def _at_the_top(lines: tuple[Line, ...], found: DateLine, others: list[DateLine]) -> bool:
    """Say whether a date opens the page, above its headline, with the story's date lower
    down: the site's date of today, over menus and a tagline, not under a headline."""
    above = lines[: found.position]
    return (
        found.position < MASTHEAD_LINES
        and all(len(line.text.split()) <= MASTHEAD_WORDS for line in above)
        and any(other.position > found.position for other in others)
    )


def _title_shaped(text: str) -> bool:
    """Say whether a line reads as a headline: more words than a menu entry, and no
    sentence's full stop."""
    return len(text.split()) > MENU_WORDS + 1 and not text.rstrip().endswith(".")


def _menu_entry(text: str) -> bool:
    return len(text.split()) <= MENU_WORDS and len(text) <= MENU_CHARS


def _first_kept(lines: tuple[Line, ...]) -> int:
    return next((i for i, line in enumerate(lines) if line.verdict.kept), len(lines))
