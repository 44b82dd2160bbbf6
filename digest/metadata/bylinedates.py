"""Where a byline's names end and its date begins: `Bryan Walsh Tuesday, Aug. 17, 2010`,
`Kashmira Gander On 11/13/19 at 4:00 PM`, `Jonathan GarberFOXBusiness`.

Shared by the byline readers (`digest/metadata/writerlines.py`, `linecredits.py`,
`bylines.py`) and the markup's author fields (`digest/ingest/pageauthors.py`).
"""

from __future__ import annotations

import re

from digest.metadata.dates import MONTHS, parse_date
from digest.metadata.names import JOB_WORD, NAME_PARTICLES, capitalised

FROM_DIGIT = re.compile(r"\d.*$")
# Words between a byline's names and its date: `Last updated Nov 13`, `on Monday`, `le`.
_DATE_WORD = re.compile(
    r"^(?i:last|updated|published|posted|on|at|le|el|am|um|il|a|the"
    # `Publicat: 14 martie 2024`: the label of the date, in the languages dates are read in
    r"|publié|publiée|publicado|publicada|publicat|veröffentlicht|pubblicato|gepubliceerd"
    r"|actualizado|actualizada|actualizat|aktualisiert|aggiornato|bijgewerkt|opublikowano"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)(?:s|day|nes|rs|urs|urday|nesday|sday|rsday)?)$"
)
# Weekdays, which bylines write before the date in the languages digest reads dates in.
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "  # noqa: SIM905
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi "
    "jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)
_GLUED_OUTLET = re.compile(r"(?<=[a-z])(?=[A-Z]{2})")


def named_for_a_day(name: str) -> bool:
    """Say whether a name opens with a weekday (`Wednesday Notes`, `Monday Ledger`): a
    column named for the day it runs, beside its date in a list of columns, not a writer."""
    words = name.split()
    return bool(words) and words[0].strip(",").casefold() in _WEEKDAYS


def undated(names: str) -> str:
    """Return names without the date they run on into: a name holds no digit, and the
    words before a date (`Updated`, `on`, `at`, a month, a weekday) are the date's. A
    month's name ends a name only where a date's number followed it: `By Theresa May`
    and `Daniel Okonkwo and Mei Sato` are names; so is a weekday's beginning (`Sato`)."""
    cut = FROM_DIGIT.sub("", names)
    words = cut.split()
    popped = []
    # `publiziert am`, `Updated`: a name ends with a capitalised word.
    while words and (
        _is_date_word(words[-1].strip(",.:"), dated=cut != names)
        or (not capitalised(words[-1]) and words[-1] not in NAME_PARTICLES)
    ):
        popped.append(words.pop())
    # `Rajiv Menon Personal finance correspondent`: the job opens at its capital.
    job = bool(popped) and JOB_WORD.match(popped[0]) and all(w.islower() for w in popped)
    if job and len(words) >= 3:
        words.pop()
    return " ".join(words).rstrip(" ,;:·•|-–—")


def _is_date_word(word: str, dated: bool = True) -> bool:
    return (dated and word.casefold() in MONTHS) or _DATE_WORD.match(word) is not None


def before_the_date(names: str) -> str:
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
