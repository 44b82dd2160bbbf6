"""Read the dateline that opens a news report: the city it was filed from, and the wire.

Agencies and papers mark it in a handful of fixed shapes, each in its own language:
`TOKYO (Reuters) -`, `Magdeburg (dpa) -`, `KUMAMOTO, Japan --`, `NEW DELHI:`,
`ТОКИО, 23 мая. /ТАСС/.`, `(서울=연합뉴스)`, `【千歳共同】`. Only the start of the first
body paragraph is read: a city named later in the text is not where it was filed.
"""

from __future__ import annotations

import re

# A place name: one to four words, each starting with a letter.
_PLACE = r"[^\W\d_][\w.'’-]*(?:[ -][^\W\d_][\w.'’-]*){0,3}"
_DASH = r"(?:-{1,2}|–|—)"
_SHAPES = (
    # TOKYO (Reuters) -  /  Magdeburg (dpa) -  /  WASHINGTON, Nov 29 (Reuters) -  /
    # OSLO, Norway, April 23, 2024 (GLOBE NEWSWIRE) --  /
    # Madrid, 5 mar (EFE).-  /  TOKYO--(BUSINESS WIRE)--
    re.compile(
        rf"^(?P<city>{_PLACE}?)(?:,\s*[\w. ]{{1,20}}){{0,3}}\s*(?:--)?"
        rf"\((?P<agency>[^\W\d_][\w .&-]{{1,30}})\)\.?\s*{_DASH}"
    ),
    # ТОКИО, 23 мая. /ТАСС/.
    re.compile(rf"^(?P<city>{_PLACE}),\s+[^/]{{1,25}}?\.?\s*/(?P<agency>[^\W\d_][^/]{{1,20}})/"),
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
    # 新华社北京4月16日电 (Chinese wires: agency, city, date, "电")
    re.compile(r"^(?P<agency>\S{1,6}社)(?P<city>\S{1,6}?)\d{1,2}月\d{1,2}日[电電]"),
    # KUMAMOTO, Japan --  /  ROMA, 12 GIU -  (capitals only: `Officials -- ` is none)
    re.compile(rf"^(?P<city>{_PLACE})(?:,\s*[\w. ]{{1,20}})?\s+{_DASH}\s"),
    # NEW DELHI:   (capitals only)
    re.compile(rf"^(?P<city>{_PLACE}):\s+\S"),
)
# The two shapes without an agency are datelines only when the city is in capitals.
_CAPITALS_ONLY = frozenset({7, 8})
_KANJI_ONLY = re.compile(r"^[\u4e00-\u9fff々]+$")
_AGENCY_ENDINGS = ("共同", "時事", "通信", "社", "新聞")
# Japanese wires sign their datelines with a short form of their name.
_AGENCY_NAMES = {"共同": "共同通信", "時事": "時事通信"}


def read_dateline(lede: str) -> tuple[str | None, str | None, int]:
    """Return the dateline's city, its agency, and where the dateline ends in `lede`."""
    for index, shape in enumerate(_SHAPES):
        match = shape.match(lede)
        if not match or not _is_place(match["city"], capitals=index in _CAPITALS_ONLY):
            continue
        agency = match.groupdict().get("agency") or match.groupdict().get("suffix")
        agency = _AGENCY_NAMES.get(agency, agency) if agency and is_agency(agency) else None
        return _city(match["city"]), (agency.strip() if agency else None), match.end()
    return None, None, 0


def is_agency(name: str) -> bool:
    """Say whether the second half of `【台北=X】` names a wire, not the paper's reporter.

    Japanese papers sign a correspondent's dateline with the reporter's name in kanji
    (`【台北=龍元秀明】`); a wire signs with a name in Latin letters or katakana, or one
    ending as agencies' names do (共同, 時事, 通信, 社, 新聞).
    """
    if not _KANJI_ONLY.match(name):
        return True
    return name.endswith(_AGENCY_ENDINGS)


def strip_dateline(lede: str) -> str:
    """Return the lede without its dateline, for a description or a derived title."""
    end = read_dateline(lede)[2]
    return lede[end:].strip() if end else lede


def _is_place(text: str, capitals: bool) -> bool:
    words = text.replace("-", " ").split()
    if capitals:
        return text.isupper() and len(text) >= 2
    if not any(ch.isupper() for ch in text):
        # Scripts without capitals (Korean, Japanese) name places in their own shapes.
        return not any(ch.isascii() and ch.isalpha() for ch in text)
    return all(word[0].isupper() for word in words)


def _city(text: str) -> str:
    text = text.strip().rstrip("-–—")
    return text.title() if text.isupper() else text
