"""The site a page opens with, when its first line is named like a publication.

The last link of the source's chain: a masthead is often the only name a page gives
itself, but a menu opens pages too, so only a line named as publications are named
(`The Korea Herald`, `TechWire`, `日本経済新聞`) counts.
"""

from __future__ import annotations

import re

from digest.article_parts import Line, Verdict
from digest.metadata.credits import header
from digest.metadata.wires import PUBLICATION_WORD
from digest.text import is_proper_name

# A paper's name in Japanese, Korean or Chinese ends with a word for a newspaper or a
# news service, after at least one other character: 日本経済新聞, 연합뉴스, 人民日报.
_CJK_PUBLICATION = re.compile(
    r"^\S{1,10}(?:新聞|新闻|通信|日報|日报|晚报|ニュース|신문|일보|뉴스)$"
)
# Section names a page opens its menu with; a first line made only of them is no masthead.
_SECTION_WORDS = frozenset(
    "breaking latest top main menu home news stories sections search world business "  # noqa: SIM905
    "markets tech technology politics opinion sport sports video live more trending "
    "popular edition print today for immediate release".split()
)


def masthead(lines: tuple[Line, ...], owner: str | None = None) -> str | None:
    """Return the site name a page opens with, when it is named like a publication.

    The first line above the article, in the menu, of two or more capitalised words
    (`Silicon Notes`) or one with inner capitals (`CNBC`, `TechWire`); a line of section
    names (`Breaking News`, `Home`) is not one. A single plain word (`Forbes`) counts
    when the footer's copyright `owner` is named after it (`Forbes Media LLC`).
    """
    top = header(lines)[:1]
    if not top or top[0].verdict is not Verdict.NAVIGATION:
        return None
    text = top[0].text
    if _CJK_PUBLICATION.match(text):
        return text
    if not is_proper_name(text):
        return None
    words = text.split()
    if all(word.casefold() in _SECTION_WORDS for word in words):
        return None
    if owner and owner.casefold().startswith(text.casefold() + " "):
        return text
    # A publication's name: `The Korea Herald`, `Silicon Notes`, `CNBC`, `TechWire`.
    named = PUBLICATION_WORD.search(text) or len(words) >= 2
    if named or sum(ch.isupper() for ch in text) >= 2:
        return text
    return None
