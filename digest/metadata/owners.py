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
from digest.metadata.selfnames import fold

# A company's legal form in a copyright notice: `AOL Inc.`, `Bloomberg L.P.`.
_LEGAL_FORM = re.compile(
    r"\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|Pty|Pvt|plc|L\.P)\b", re.IGNORECASE
)


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
    return [
        holder
        for line in lines
        if not line.verdict.kept and (holder := copyright_notice_holder(line.text.strip()))
    ]
