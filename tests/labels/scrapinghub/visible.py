"""What the flattened page (NAME.raw.txt) visibly shows: normalised text matching and the dates
printed in it.

The normalisation is the reference scorer's (../shared/tools/score_real.py `norm`): case, quotes,
punctuation and spacing do not count, so a label is "visible" exactly when a text-only extractor
could be scored right on it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

QUOTES = re.compile(r"[\u2018\u2019\u201c\u201d\"'`]")
NON_WORD = re.compile(r"[^\w]+")


def norm(text: str) -> str:
    """Case, quotes, punctuation and spacing removed (score_real.py's norm, without its
    dropping of a leading "the", so that substring tests stay exact)."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return NON_WORD.sub(" ", QUOTES.sub("", text)).strip()


def contains(haystack: str, needle: str) -> bool:
    """True when the normalised needle occurs in the normalised haystack on word boundaries."""
    needle = norm(needle)
    return bool(needle) and f" {needle} " in f" {norm(haystack)} "


def shows_name(haystack: str, name: str) -> bool:
    """A person's name is shown when it starts a word: a byline glued to the next word
    ("By Jonathan GarberFOXBusiness") still shows it, as real-dev's substring test counts it."""
    needle = norm(name)
    return bool(needle) and f" {needle}" in f" {norm(haystack)}"


# Month names of the languages in the set (en, pt, it, es, fr, de, nl, id, ru), with the
# common abbreviations; Russian is in the genitive, as dates print it.
MONTHS = {
    1: "january jan janeiro jan gennaio gen enero ene janvier janv januar jänner januari "
    "januari январь января янв",
    2: "february feb fevereiro fev febbraio febrero février févr fevrier februar februari "
    "pebruari февраль февраля фев",
    3: "march mar março marco marzo mars märz maart maret март марта мар",
    4: "april apr abril abr aprile avril avr апрель апреля апр",
    5: "may maio maggio mag mayo mai mei май мая",
    6: "june jun junho giugno giu junio juin juni июнь июня июн",
    7: "july jul julho luglio lug julio juillet juil juli июль июля июл",
    8: "august aug agosto ago août aout augustus agustus август августа авг",
    9: "september sept sep setembro set settembre sett septiembre septembre сентябрь сентября сен",
    10: "october oct outubro out ottobre ott octubre octobre oktober okt oktober октябрь "
    "октября окт",
    11: "november nov novembro novembre noviembre novembre nopember ноябрь ноября ноя",
    12: "december dec dezembro dez dicembre dic diciembre décembre déc decembre dezember "
    "desember декабрь декабря дек",
}
MONTH_OF = {word: number for number, words in MONTHS.items() for word in words.split()}
MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º)?\.?"
# A year may be glued to the next word or time ("Nov 20 20194:29 AM", "18.11.2019Get URL").
YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d\d)"
WORD_DATES = [
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}", re.I),  # November 19, 2019
    re.compile(
        rf"(?<!\d){DAY}\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?{YEAR}", re.I
    ),  # 19 de nov. de 2019
]
# "Posted Nov 19, 6:51 AM": no year; it counts only for the year the metadata gives.
YEARLESS_DATES = [
    re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)", re.I),
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?{MONTH}(?!\w)(?!,?\s+(?:de\s+)?(?:19|20)\d\d)",
        re.I,
    ),
]
ISO_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)[-./](?P<month>\d{1,2})[-./](?P<day>\d{1,2})(?!\d)"
)
CJK_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})"
)
# 19.11.2019, 11/19/2019, 11.18.19: day and month order is ambiguous, so both are offered.
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})[-./](?P<b>\d{1,2})[-./](?P<year>(?:19|20)?\d\d)(?![\d.])"
)
# "3 hours ago", or a weekday and a time ("Monday 5:30PM"): the page shows a date a reader
# resolves from the day they read it.
RELATIVE_DATE = re.compile(
    r"\b\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|days?)\s+ago\b"
    r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\s+\d{1,2}:\d\d",
    re.I,
)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str, year: int | None = None) -> list[dt.date]:
    """Every calendar day a line can be read as, in order of appearance; with a year, also the
    month-day dates printed without one."""
    found: list[tuple[int, dt.date]] = []
    for pattern in YEARLESS_DATES if year is not None else []:
        for match in pattern.finditer(text):
            month = MONTH_OF.get(match["month"].lower())
            day = month and make_date(year or 0, month, int(match["day"]))
            if day:
                found.append((match.start(), day))
    for pattern in WORD_DATES:
        for match in pattern.finditer(text):
            month = MONTH_OF.get(match["month"].lower())
            day = month and make_date(int(match["year"]), month, int(match["day"]))
            if day:
                found.append((match.start(), day))
    for pattern in (ISO_DATE, CJK_DATE):
        for match in pattern.finditer(text):
            day = make_date(int(match["year"]), int(match["month"]), int(match["day"]))
            if day:
                found.append((match.start(), day))
    for match in NUMERIC_DATE.finditer(text):
        year = int(match["year"])
        year += 2000 if year < 100 else 0
        for month, day_of_month in (
            (int(match["a"]), int(match["b"])),
            (int(match["b"]), int(match["a"])),
        ):
            day = make_date(year, month, day_of_month)
            if day:
                found.append((match.start(), day))
    unique: list[dt.date] = []
    for _, day in sorted(found, key=lambda pair: pair[0]):
        if day not in unique:
            unique.append(day)
    return unique


def metadata_day(value: str) -> tuple[dt.date | None, bool]:
    """The date part of a metadata timestamp as written (no time-zone conversion), and whether
    it carries a time of day (then the printed local date may be one day off)."""
    value = value.strip()
    iso = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if iso:
        day = make_date(int(iso[1]), int(iso[2]), int(iso[3]))
        return day, bool(re.search(r"\d\d:\d\d", value))
    for pattern in WORD_DATES:
        match = pattern.search(value)
        month = match and MONTH_OF.get(match["month"].lower())
        if match and month:
            day = make_date(int(match["year"]), month, int(match["day"]))
            return day, bool(re.search(r"\d\d:\d\d", value))
    return None, False
