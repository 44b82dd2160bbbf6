"""Read the dateline that opens a news report: the city it was filed from, and the wire.

Agencies and papers mark it in a handful of fixed shapes, each in its own language:
`TOKYO (Reuters) -`, `Magdeburg (dpa) -`, `KUMAMOTO, Japan --`, `NEW DELHI:`,
`ТОКИО, 23 мая. /ТАСС/.`, `(서울=연합뉴스)`, `【千歳共同】`, `NEW DELHI, Feb 29 (PTI)`.
Only the start of the first body paragraph is read (the second's when the first has
none): a city named later in the text is not where it was filed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digest.metadata.wires import is_wire
from digest.text import is_abbreviation

# Indic scripts write most vowels as combining signs, which `\w` does not match.
_INDIC_SIGNS = "\u0900-\u0dff"
# A place name: one to four words, each starting with a letter. A hyphen joins words
# inside a word (`Baden-Baden`), never between two: were it both, a run of `a-a-a-...`
# could be cut into words in more ways than a line has characters, each tried in turn.
_LETTERS = rf"[\w{_INDIC_SIGNS}.'’/-]*"
_PLACE = rf"[^\W\d_]{_LETTERS}(?: [^\W\d_]{_LETTERS}){{0,3}}"
# A day and a month, in either order, without the year: `Feb 29`, `29 फरवरी`.
_DAY_AND_MONTH = rf"(?:[^\W\d_]{_LETTERS}\s+\d{{1,2}}|\d{{1,2}}\s+[^\W\d_]{_LETTERS})"
_DASH = r"(?:-{1,2}|–|—)"
_SHAPES = (
    # TOKYO (Reuters) -  /  Magdeburg (dpa) -  /  WASHINGTON, Nov 29 (Reuters) -  /
    # OSLO, Norway, April 23, 2024 (GLOBE NEWSWIRE) --  /
    # Madrid, 5 mar (EFE).-  /  TOKYO--(BUSINESS WIRE)--
    re.compile(
        rf"^(?P<city>{_PLACE}?)(?:,\s*[\w. ]{{1,20}}){{0,3}}\s*(?:--)?"
        rf"\((?P<agency>[^\W\d_][\w .&-]{{1,30}})\)\.?\s*{_DASH}"
    ),
    # ТОКИО, 23 мая. /ТАСС/.  /  PITTSBURGH, Sept. 17, 2024 /PRNewswire/ --
    re.compile(
        rf"^(?P<city>{_PLACE}),\s+[^/]{{1,25}}?\.?\s*/(?P<agency>[^\W\d_][^/]{{1,20}})/"
        rf"\.?(?:\s*{_DASH}(?=\s))?"
    ),
    # Москва. 10 апреля. ИНТЕРФАКС -
    re.compile(
        rf"^(?P<city>{_PLACE})\.\s+[^.]{{1,20}}\.\s+(?P<agency>[^\W\d_][\w-]{{1,20}})\s*{_DASH}"
    ),
    # [東京　31日　ロイター] -   (Reuters' Japanese and Chinese editions)
    re.compile(r"^\[(?P<city>[^\s\]]{1,10})\s+\d{1,2}日\s+(?P<agency>[^\s\]]{1,10})\]"),
    # (서울=연합뉴스)
    re.compile(r"^\((?P<city>[^=()]{1,20})=(?P<agency>[^()]{1,20})\)"),
    # 【千歳共同】 /【ワシントン＝時事】
    re.compile(
        r"^【(?P<city>[^】＝=]{1,12}?)(?:[＝=](?P<agency>[^】]{1,12})|(?P<suffix>共同|時事))】"
    ),
    # 新华社北京4月16日电 / 中新网上海3月3日电 (Chinese wires: agency, city, date, "电")
    re.compile(r"^(?P<agency>\S{1,6}?[社网網])(?P<city>\S{1,6}?)\d{1,2}月\d{1,2}日[电電]"),
    # KUMAMOTO, Japan --  /  ROMA, 12 GIU -  (capitals only: `Officials -- ` is none)
    re.compile(rf"^(?P<city>{_PLACE})(?:,\s*[\w. ]{{1,20}})?\s+{_DASH}\s"),
    # NEW DELHI:   (capitals only)
    re.compile(rf"^(?P<city>{_PLACE}):\s+(?=\S)"),
    # Stuttgart. Die ...   (German papers: the city alone, a full stop, the first sentence)
    re.compile(r"^(?P<city>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\.\s+(?=[A-ZÄÖÜ„\"])"),
    # (ANSA) - BOLOGNA, 18 SET -   (the agency first, then the city and the date)
    re.compile(
        rf"^\((?P<agency>[^\W\d_][\w .&-]{{1,30}})\)\s*{_DASH}\s*(?P<city>{_PLACE}),"
        rf"\s*[^–—-]{{1,20}}?\s*{_DASH}\s"
    ),
    # Lusaka, Zambia – When ...   (a city and its country before a long dash, and a new
    # sentence after it: `However, Nvidia – the company` is none)
    re.compile(
        rf"^(?P<city>{_PLACE}),\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}\s+[–—]\s+(?=[A-Z\"“])"
    ),
    # NEW DELHI, Feb 29 (PTI) The ...  /  नई दिल्ली, 29 फरवरी (भाषा) ...   (no dash: Indian
    # wires write none; a date and a known wire are required instead)
    re.compile(
        rf"^(?P<city>{_PLACE}),\s*{_DAY_AND_MONTH}\s*"
        rf"\((?P<agency>[^\W\d_]{_LETTERS}(?: [^\W\d_]{_LETTERS})?)\)\s+(?=\S)"
    ),
)
# The two shapes without an agency are datelines only when the city is in capitals.
_CAPITALS_ONLY = frozenset({7, 8})
# The shape without a dash is a dateline only when its agency is a known wire.
_KNOWN_WIRE_ONLY = frozenset({12})
_KANJI_ONLY = re.compile(r"^[\u4e00-\u9fff々]+$")
_AGENCY_ENDINGS = ("共同", "時事", "通信", "社", "新聞")
# Japanese wires sign their datelines with a short form of their name.
_AGENCY_NAMES = {"共同": "共同通信", "時事": "時事通信"}


# The metadata stage asks about an article's lede three times (its dateline, where the
# description and a derived title start): thirteen patterns each time.
@lru_cache(maxsize=256)
def read_dateline(lede: str) -> tuple[str | None, str | None, int]:
    """Return the dateline's city, its agency, and where the dateline ends in `lede`."""
    for index, shape in enumerate(_SHAPES):
        match = shape.match(lede)
        if not match or not _is_place(match["city"], capitals=index in _CAPITALS_ONLY):
            continue
        if index in _KNOWN_WIRE_ONLY and not is_wire(match["agency"]):
            continue
        agency = match.groupdict().get("agency") or match.groupdict().get("suffix")
        # `/Ани Кирилова, БТА/`: the agency's reporter, then the agency.
        agency = agency.rsplit(",", 1)[-1].strip() if agency else agency
        agency = _AGENCY_NAMES.get(agency, agency) if agency and is_agency(agency) else None
        return _city(match["city"]), (agency.strip() if agency else None), match.end()
    return None, None, 0


def is_agency(name: str) -> bool:
    """Say whether the second half of `【台北=X】` names a wire, not the paper's reporter.

    Japanese papers sign a correspondent's dateline with the reporter's name in kanji
    (`【台北=龍元秀明】`); a wire signs with a name in Latin letters or katakana, or one
    ending as agencies' names do (共同, 時事, 通信, 社, 新聞).
    """
    if any(ch.isdigit() for ch in name):
        return False  # `WASHINGTON (Aug. 13) --`: the day it was filed, not who filed it
    if not _KANJI_ONLY.match(name):
        return True
    return name.endswith(_AGENCY_ENDINGS)


def strip_dateline(lede: str) -> str:
    """Return the lede without its dateline, for a description or a derived title."""
    end = read_dateline(lede)[2]
    return lede[end:].strip() if end else lede


def _is_place(text: str, capitals: bool) -> bool:
    words = text.replace("-", " ").split()
    if words and words[0].casefold() in _SALUTATIONS:
        return False  # `DEAR ABBY: My husband ...`: an advice column's letter, no place
    if len(words) == 1 and is_abbreviation(words[0]):
        return False  # `Prof. Carlos: ...`: a speaker's title, no German city's dateline
    if capitals:
        return text.isupper() and len(text) >= 2
    if not any(ch.isupper() for ch in text):
        # Scripts without capitals (Korean, Japanese) name places in their own shapes.
        return not any(ch.isascii() and ch.isalpha() for ch in text)
    return all(word[0].isupper() for word in words)


# A letter's salutation opens a column as a dateline's city would (`DEAR ABBY:`).
_SALUTATIONS = frozenset({"dear", "liebe", "lieber", "chère", "cher", "querida", "querido"})


def _city(text: str) -> str:
    text = text.strip().rstrip("-–—")
    return text.title() if text.isupper() else text
