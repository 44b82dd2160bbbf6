"""Judge alone the lines that say who made the article or its pictures.

The first pass's rules for bylines, wire and source credits, photo captions and author
bios, with the patterns only they read. digest/clean/furniture.py runs them among its
own rules (menus, buttons, promotions, counters), in its order; they live apart as one
concern, the page's credits, which the metadata stage reads back. `is_bio_heading`
serves the neighbours' pass too.
"""

from __future__ import annotations

import re

from digest.article_parts import Verdict
from digest.clean.cues import CREDIT_LABELS, SOURCE_LABELS, alternation
from digest.clean.line_lengths import (
    MAX_BIO_WORDS,
    MAX_CAPTION_WORDS,
    MAX_CREDIT_WORDS,
    MAX_FURNITURE_WORDS,
)
from digest.text import ends_like_sentence

# A photo agency closing a caption, after its photographer: `Jaafar ASHTIYEH / AFP`.
_AGENCY_PHOTO_CREDIT = r"/\s*(?:Getty Images|AFP|AP|Reuters|EPA|Shutterstock|Bloomberg)\s*$"
_CLOSING_PHOTO_CREDIT = re.compile(_AGENCY_PHOTO_CREDIT)
# A picture agency, which credits photographs and never a writer, closing a short line
# after any separator (`Alex Wong | Getty Images`, `Natalie Naccache | Bloomberg | Getty
# Images`); or a picture's makers in brackets, parted by slashes (`(NASA/JPL-Caltech/ASU)`).
# A news agency after a comma or a bar may close a byline (`Jane Doe, AP`), so it does not.
_PICTURE_AGENCY_CREDIT = re.compile(
    r"[|,/]\s*(?:Getty Images|Shutterstock|Alamy|iStock|EPA(?:-EFE)?)$"
    r"|^\([A-Z][\w.&-]*(?:\s?/\s?[A-Z][\w.&-]*)+\)$"
)
_CAPTION = re.compile(
    r"(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Cc]redit|[Ii]llustration|[Vv]ideo|[Ff]oto)"
    r"\s*(?:by\b|:)"
    r"|^(?:Photo|Image|Picture)\s+(?:[Cc]opyright|[Cc]redit|[Ss]ource)\b"
    r"|\((?:Photo|Image|Credit)[^)]*\)\s*$"
    rf"|{_AGENCY_PHOTO_CREDIT}"
    r"|(?:\b[A-Z]{2,}|\bAP Photo)/\s?[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}[\w']$"
    r"|^(?:Pictured|Above|Top|Main image|File photo)\s*:"
)
# The label of a photo's credit in other languages (`Bild: Reuters`), read lower-cased.
_CREDIT_LABEL = re.compile(rf"(?<!\w)(?:{alternation(CREDIT_LABELS)})\s*:")
# A box about the writer, headed in the page's language (`is_bio_heading`).
_BIO_HEADING = re.compile(
    r"^(?:about the author|über den autor|über die autorin|à propos de l'auteur"
    r"|sobre el autor|sobre o autor|sull'autore|over de auteur)\s*:?$"
)
# A byline, or a byline signing the article off with a dash (`-- By Jane Doe`).
_BYLINE = re.compile(r"^(?:[-–—]{1,2}\s*)?(?:By|BY|by|Von|Par|Por)\s+\S")
# A byline's time of day written with stops (`By Louis Jacobson on Monday, November 18th,
# 2019 at 11:04 a.m.`): its last stop ends the time, not a sentence.
_CLOCK_TIME_END = re.compile(r"\d\s*[ap]\.\s?m\.$", re.IGNORECASE)
# ... and its whole stamp is this many words at most.
STAMP_WORDS = 8
_WIRE_CREDIT = re.compile(
    r"\b(?:reporting|editing|writing|additional reporting)\s+by\b"
    r"|\bcontributed to this (?:report|story)"
)
# A Chinese or Japanese page's editor credit, bracketed or not: `（编辑：严玉洁 王辉）`,
# `【纠错】 【责任编辑:张樵苏 】`, `責任編輯：王小明`: who edited the report, no part of it.
_CJK_EDITOR_CREDIT = re.compile(
    r"^(?:【[^】]{1,6}】\s*)?[（(【\[]?\s*(?:责任编辑|責任編輯|责编|編集|编辑|編輯)\s*[:：]\s*[^（()）【】\[\]]{1,30}[）)】\]]?$"
)
# A repost's note about its original: `This article originally appeared in X ...`.
_REPOST_CREDIT = re.compile(
    r"^(?:this|the)\s+(?:article|story|post|piece|report|column|essay)\s+(?:was\s+)?"
    r"originally\s+(?:published|appeared|ran)\b"
    r"|^originally\s+(?:published|posted|appeared)\s+(?:on|in|at|by)\b"
)
# The publisher's disclaimer under an opinion piece, a sponsor's line under a deal, a
# desk's credit where a byline goes: `The views expressed ... do not necessarily reflect
# those of X`, `This sponsored deal is brought to you by X`, `Staff Reports`.
_DISCLAIMER = re.compile(
    r"\b(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b[^.]{0,80}"
    r"\bdo(?:es)? not necessarily (?:reflect|represent)\b"
    r"|^this (?:\w+ ){0,3}is brought to you by\b"
    r"|^(?:from )?(?:staff|wire) reports?$"
)
_SOURCE_CREDIT = re.compile(
    rf"^(?:source|sources|via|copyright|©|\(c\))\s*[:©]?\s*\S|^(?:{alternation(SOURCE_LABELS)})\s*:"
)
_BIO_INTRO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?:(?:is|was|has been)\s+(?:a|an|the)\b"
    # `Alexia Tsotsis currently works for TechCrunch as a writer`
    r"|(?:currently\s+)?(?:works|writes)\s+(?:for|at)\b).{0,80}"
    r"\b(?:editor|reporter|correspondent|writer|journalist|columnist|contributor|author"
    r"|producer|analyst|photographer)\b"
)
_BIO_CONTACT = re.compile(
    r"\b(?:write|reach|contact|follow)\s+(?:to\s+)?(?:him|her|them)\s+(?:at|on)\b"
)
# A picture's credit closing a caption in Chinese, Japanese or Korean: the photographer
# and `摄` (`新华社记者 陈志强 摄`), `（高橋健太撮影）`, `사진=연합뉴스`. A headline never
# ends with who took a picture.
_CJK_PHOTO_CREDIT = re.compile(
    r"(?:记者|記者)\s*[\u4e00-\u9fff·]{2,8}(?:\s*[、，]\s*[\u4e00-\u9fff·]{2,8})*\s*摄[。）)]?$"
    r"|[（(][^（()）]{0,20}(?:撮影|写真)[）)]$"
    r"|[（(\[]?사진\s*=\s*[^()（）]{1,20}[）)\]]?$"
)
# An expanded caption box's `less` toggle flattened onto its text (`... on Tuesday,
# Nov. 19, 2019. less`): prose never ends a sentence and then says `less` alone.
_COLLAPSE_TOGGLE = re.compile(r"[.!?)\"”’]\s+less$")


def closes_with_a_photo_credit(line: str) -> bool:
    """Say whether a line closes with a photo agency's credit (`... Jaafar ASHTIYEH / AFP`):
    however long, it is the caption of a picture (wire captions run to three sentences)."""
    return _CLOSING_PHOTO_CREDIT.search(line) is not None


def is_bio_heading(line: str) -> bool:
    """Say whether a line heads a box about the writer, in the page's language: `About
    the author`, `Über den Autor`, `À propos de l'auteur`. Such a box only ever follows
    the article. (`About` and a name is not enough: a press release's `About Veltrix
    Semiconductor` boilerplate reads the same.)"""
    return bool(_BIO_HEADING.match(line.casefold()))


def _caption(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    if _COLLAPSE_TOGGLE.search(line) or _CJK_PHOTO_CREDIT.search(line):
        return Verdict.CAPTION
    if words <= MAX_CREDIT_WORDS and _PICTURE_AGENCY_CREDIT.search(line):
        return Verdict.CAPTION
    if words > MAX_CAPTION_WORDS:
        return None
    marked = (
        "oto" in line or "mage" in line or "icture" in line or "redit" in line or "/" in line
    ) or ("llustration" in line or "ideo" in line or line.startswith(("Above", "Top")))
    if ":" in line and _CREDIT_LABEL.search(lowered):
        return Verdict.CAPTION
    if not marked:
        return None
    # Every form of _CAPTION needs one of these: `by`/`:` after the word, a line that
    # opens with the word, a closing bracket at the end, or an agency after a slash.
    shaped = ":" in line or "by" in line or "/" in line or line.endswith(")")
    shaped = shaped or line.startswith(("Photo", "Image", "Picture"))
    return Verdict.CAPTION if shaped and _CAPTION.search(line) else None


def _credit(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    if words > MAX_CREDIT_WORDS:
        return None
    byline = _BYLINE.match(line)
    # `By registering, you agree ...` opens a sentence; a byline opens a name.
    named = byline is not None and not line[byline.end() - 1].islower()
    stamped = _CLOCK_TIME_END.search(line) is not None
    sentence = ends_like_sentence(line) and not stamped
    # Its stamp (`on Monday, November 18th, 2019 at 11:08 a.m.`) adds words, not names.
    limit = MAX_FURNITURE_WORDS + (STAMP_WORDS if stamped else 0)
    if named and words <= limit and not sentence:
        return Verdict.BYLINE
    credited = " by" in lowered or "contributed" in lowered
    if (credited and _WIRE_CREDIT.search(lowered)) or _SOURCE_CREDIT.match(lowered):
        return Verdict.CREDIT
    if ("编" in line or "編" in line) and _CJK_EDITOR_CREDIT.match(line.strip()):
        return Verdict.CREDIT
    if "originally" in lowered and _REPOST_CREDIT.match(lowered):
        return Verdict.CREDIT
    return Verdict.CREDIT if _DISCLAIMER.search(lowered) else None


def _bio(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    if words > MAX_BIO_WORDS:
        return None
    if is_bio_heading(line):
        return Verdict.BIO
    contact = " him " in lowered or " her " in lowered or " them " in lowered
    if _BIO_INTRO.match(line) or (contact and _BIO_CONTACT.search(lowered)):
        return Verdict.BIO
    return None
