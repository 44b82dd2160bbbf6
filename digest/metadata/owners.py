"""Names a page gives its site's owner or platform, which are not the site.

A site's page names the company that owns it (`© 2011 AOL Inc.` under Engadget, a
notice giving the holder a company's legal form) and the platform it runs on
(`powered by Microsoft News` on MSN, `Powered by WordPress.com VIP`) as readily as
itself: digest/metadata/sourcing.py sets them aside when it reads the site's name.
"""

from __future__ import annotations

import re

from digest.article_parts import Line
from digest.metadata.notices import copyright_notice_holder, notice_sentence
from digest.metadata.selfnames import CORPORATE, fold, initial_letters

# A company's legal form in a copyright notice: `AOL Inc.`, `Bloomberg L.P.`.
_LEGAL_FORM = re.compile(
    r"\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|Pty|Pvt|plc|L\.P)\b", re.IGNORECASE
)
# ... and a company's in any notice: `Bennett, Coleman & Co.`, not the `.co` of an
# address (`Entermedia.co.kr`).
_COMPANY_FORM = re.compile(_LEGAL_FORM.pattern + r"|(?<![.\w])Co\.", re.IGNORECASE)


# What a page says powers it (`Powered by WordPress.com VIP`, `powered by Microsoft News`,
# `cleveland.com is powered by Plain Dealer Publishing Co.`): its platform or its owner.
_POWERED_BY = re.compile(r"\bpowered by\s+(?P<name>[^.,;|()]{2,60})", re.IGNORECASE)


def powers_the_site(key: str, lines: tuple[Line, ...]) -> bool:
    """Say whether the page names `key` (folded) as what powers it: a platform or an
    owner, never the publication itself (`Microsoft` of `powered by Microsoft News`)."""
    for line in lines:
        if line.verdict.kept or "owered" not in line.text:
            continue
        for found in _POWERED_BY.finditer(line.text):
            name = fold(found["name"])
            if name == key or name.startswith(key + " "):
                return True
    return False


def company_holders(lines: tuple[Line, ...]) -> frozenset[str]:
    """Return the holders, folded, that the page's copyright notices give a company's
    legal form (`© 2011 AOL Inc.`, `©2011 Bloomberg L.P.`): a network's owner holds the
    rights of the sites it runs, whose pages open with its name too."""
    return frozenset(
        fold(holder)
        for line in lines
        if _LEGAL_FORM.search(notice_sentence(line.text))
        and (holder := copyright_notice_holder(line.text.strip()))
    )


def copyright_holders(lines: tuple[Line, ...]) -> list[str]:
    """Return the holders the page's copyright notices name, as printed, outside the
    article (`Vortex Cannon Entertainment` of `© 2019 Vortex Cannon Entertainment.`)."""
    return [holder for holder, _ in _notices_outside(lines)]


def _notices_outside(lines: tuple[Line, ...]) -> list[tuple[str, str]]:
    """Return each holder a copyright notice outside the article names, with the text of
    its notice."""
    return [
        (holder, line.text)
        for line in lines
        if not line.verdict.kept and (holder := copyright_notice_holder(line.text.strip()))
    ]


def another_holder(key: str, lines: tuple[Line, ...], writers: set[str]) -> bool:
    """Say whether the page's copyright notice names a publication (no company's legal
    form, none of the folded `writers`) that the name `key` is no part of, nor it of the
    name: a footer names its own site, so the page's first line (`Bom Dia` over `© 2019
    Mensagens de Reflexão`) is a menu's first entry. A company holding the rights (`©
    2011 AOL Inc.` under Engadget) is the site's owner, named otherwise; a writer holding
    them (`© 2024 Rachel Imani` under her newsletter) is a person; a group opening as its
    site does (`CBS Interactive` over `CBSSports.com`) or whose initials the site goes by
    (`DW` of `Deutsche Welle`) is the site's own."""
    plain = [
        held
        for holder, notice in _notices_outside(lines)
        if not _COMPANY_FORM.search(notice_sentence(notice))
        and not CORPORATE.search(holder)  # `Radio Africa Group`, `CBS Interactive`
        and (held := fold(holder)) not in writers
    ]
    return bool(plain) and not any(_related(key, holder) for holder in plain)


def _related(name: str, holder: str) -> bool:
    """Say whether two folded names are one's words in the other's, or open alike (the
    site `CBSSports.com` of its group `CBS Interactive`)."""
    first, other = name.split()[0], holder.split()[0]
    return (
        name == initial_letters(holder)
        or f" {name} " in f" {holder} "
        or f" {holder} " in f" {name} "
        or first.startswith(other)
        or other.startswith(first)
    )
