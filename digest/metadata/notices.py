"""Copyright notices, and the shape of a publication's name.

A site's copyright notice is the one place in its footer that names it in a legal form
(`© 2019 The Paradigm. All Rights Reserved.`, `Copyright © 2008 - 2024 Ege Postası.`).
Reading its holder takes its own patterns: the sign typed many ways, the years, the
rights reserved before or after the name, a company form or the owner named after it,
and the terms that may follow on the same line. Kept apart from selfnames.py, which
finds every place a page names its site, because the notice is read on its own by the
markup's path too (digest/ingest/pagesource.py).
"""

from __future__ import annotations

import re

# Small words that join a publication's name (`Dawgs By Nature`, `Folha do Cerrado`).
_LINKING_TEXT = "of the de del la le el di du da do dos das della des and & by for on in en tentang"
_LINKING = frozenset(_LINKING_TEXT.split())
MAX_NAME_WORDS = 5

# A copyright notice: `© 2019 The Paradigm. All Rights Reserved.`, `Copyright © 2010
# AUTORACING.`, `© 2011 All Rights Reserved AOL News.`, `OKay Marketing Copyright © 2014.`,
# `Copyright @ 2019 X` (an `@` typed for the sign), `© 2024 X - All Rights Reserved`,
# `Copyright 2024 by X`, `© 2024 X (P) Ltd.` (India's private limited company),
# `Copyright 2019. X. All Rights Reserved.` (the years a sentence of their own), `All
# rights reserved © 2019 X`.
_MARK = r"(?:copyright\s*)?(?:©|ⓒ|\(c\))\s*(?:copyright\s*)?|copyright\s*@\s*|copyright\s+"
_YEARS = r"(?:(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)\d{2})?)?\s*[,.]?\s*)?"
_RESERVED = r"(?:all rights reserved\.?\s*)"
# A holder's name may be its address (`© 2019 Cleveland.com.`): the dot before these
# endings is the name's, not the sentence's.
_ADDRESS_END = r"\.(?:com|net|org|co|news)\b"
_NOTICE_THEN_NAME = re.compile(
    r"^" + _RESERVED + r"?(?:" + _MARK + r")\s*" + _YEARS + _RESERVED + r"?"
    r"(?:copyright\s+)?(?:by\s+)?(?P<holder>(?:[^.,|]|"
    + _ADDRESS_END
    + r")+?)(?:,?\s+(?:\([A-Z]\)\s+)?(?:Inc|LLC|Ltd|Limited|S\.L|Corp|GmbH|Pty|Pvt"
    r"|L\.P)\b.*|\s+(?:19|20)\d{2}\b.*|(?!" + _ADDRESS_END + r")[.,|].*|\s+[-–—]\s.*)?$",
    re.IGNORECASE,
)
_NOTICE = re.compile(r"[©ⓒ]|\(c\)|\b(?:1[89]|20)\d{2}\b|rights reserved", re.IGNORECASE)
# Where a notice goes on to name the holder's owner: `© 2025 De Rijnbode is onderdeel van
# Betuwse Mediagroep B.V.`, `© 2024 X, part of Y plc`, `, a subsidiary of Y`.
# So do a trademark's owner (`© 2019 The Real Deal is a registered Trademark of Korangy
# Publishing Inc.`), the site's address in brackets (`© 2000 - 2019 Al Bawaba
# (www.albawaba.com)`) and the works the notice does not cover (`© 2019 The Republic
# unless otherwise noted`).
_PART_OF = re.compile(
    r",?\s+(?:is (?:a )?part of|is (?:een )?onderdeel van|ist (?:ein )?Teil|fait partie"
    r"|forma parte|fa parte|faz parte|part of|a (?:subsidiary|division|unit) of"
    r"|is a (?:registered )?trademark|unless otherwise|except where)\s"
    r"|\s+\((?:https?://|www\.)[^)]*\)",
    re.IGNORECASE,
)
# Where a notice's sentence ends (`... The Business Chronicle. Published by ...`).
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2}\.)\s+(?=[^\W\d_])")
# A notice longer than this is a paragraph of terms, not a holder's line.
MAX_NOTICE_WORDS = 20
_NAME_THEN_NOTICE = re.compile(
    r"^(?P<holder>[^©.,|]+?)\s+(?:" + _MARK + r")" + _YEARS + r"\.?$", re.I
)


def is_publication_shaped(name: str) -> bool:
    """Say whether a text is shaped like a publication's name (see `_NAME`)."""
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not any(ch.isalpha() for ch in name):
        return False
    if len(words) == 1 and name.islower() and "." not in name:
        return any(ch.isdigit() for ch in name) or not any(ch.isascii() for ch in name)
    return all(
        word.casefold() in _LINKING
        or not word[0].isalpha()
        or word[0].isupper()
        or word[0].lower() == word[0].upper()  # a script without case
        or any(ch.isupper() or ch.isdigit() for ch in word)
        or "." in word
        for word in words
    )


def notice_sentence(text: str) -> str:
    """Return a copyright line's first sentence, the one naming the holder: `© 2025 The
    Merlion Post.` of `... Published by Straits Harbour Media Pte Ltd.`, `© 2024 Ege
    Postası.` of `... Tüm hakları saklıdır.`"""
    for gap in _SENTENCE_BREAK.finditer(text):
        if text[gap.end()].isupper():
            return text[: gap.start()]
    return text


def copyright_notice_holder(text: str) -> str | None:
    """Return the name a copyright notice gives its holder, company form aside."""
    # A notice shows the sign, a year or reserves the rights; `Copyright Policy` is a link.
    # Its first sentence names the holder; what follows may be the terms (`Reproduction
    # in whole or in part without written permission is prohibited.`).
    if not _NOTICE.search(text) or len(notice_sentence(text).split()) > MAX_NOTICE_WORDS:
        return None
    text = _PART_OF.split(text, maxsplit=1)[0]
    match = _NOTICE_THEN_NAME.match(text) or _NAME_THEN_NOTICE.match(text)
    holder = match["holder"].strip(" .") if match else ""
    return holder if is_publication_shaped(holder) and "rights" not in holder.lower() else None
