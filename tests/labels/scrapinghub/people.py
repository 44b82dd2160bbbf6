"""Who a byline names: person names from byline strings, and the words that mark a desk, a
wire, a company or a job title instead of a person."""

from __future__ import annotations

import re

from page_metadata import PageMetadata
from visible import MONTH_OF, norm

# Words that mark a byline part as a desk, wire, company or job title rather than a person.
NON_PERSON_WORDS = """
    staff reports report editorial editor editors desk team bureau news newsroom press
    associated reuters ap afp pti ians agency agencies service wire wires admin administrator
    condé nast inc ltd llc media magazine online writer correspondent contributor contributors
    reporter national political security auto business sport sports guest blog group network
    digital international daily times post journal herald tribune com org net about share
    sobre name nome nama wajib follow more view all posts profile contact email twitter
    facebook comments comment read see updated published monday tuesday wednesday thursday
    friday saturday sunday the
"""
NOT_A_PERSON = frozenset(NON_PERSON_WORDS.split())
BYLINE_OPENER = re.compile(
    r"^[|\s]*(?:(?:written|posted|reported|published|analysis|commentary|opinion|story|column|"
    r"review|interview)\s+by|by|por|par|von|door|oleh|автор|текст|author)\b[:\s]*",
    re.I,
)
NAME_PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "van",
    "von",
    "der",
    "den",
    "del",
    "la",
    "le",
    "bin",
    "al",
    "e",
}


def looks_like_person(name: str) -> bool:
    """2–5 capitalised words, no digits, no domain, no desk or company word."""
    tokens = name.replace("’", "'").split()
    if not 2 <= len(tokens) <= 5 or re.search(r"\d|@|https?:|\.(?:com|net|org|co)\b", name, re.I):
        return False
    if {w for t in tokens for w in norm(t).split()} & NOT_A_PERSON or any(
        t.endswith(("'s", "'")) for t in tokens
    ):
        return False
    return all(t[0].isupper() or t.lower() in NAME_PARTICLES or not t[0].isalpha() for t in tokens)


def person_names(text: str) -> list[str]:
    """The people a byline string names: "By A, Site and B, AP Writer" -> [A, B]."""
    text = BYLINE_OPENER.sub("", text.strip())
    text = re.split(r"\s+[|—–]\s+|\s+-\s+", text)[0]
    parts = re.split(r",|;|&|\s+(?:and|y|e|und|et|и)\s+|(?<=[a-z]{2})\.\s+", text)
    names = []
    for part in parts:
        part = BYLINE_OPENER.sub("", part.strip(" .:"))
        # "Minh Do on Monday, November 18th": the date that follows a byline is not the name
        part = re.split(r"\s+(?:on|at|am|le|el|il|em|um)\s+|\s+\d", part)[0].strip()
        words = part.split()
        if words and words[-1].lower().rstrip(".") in MONTH_OF:
            part = " ".join(words[:-1])
        if looks_like_person(part) and part not in names:
            names.append(part)
    return names


def metadata_authors(page: PageMetadata) -> list[tuple[str, str]]:
    """(key, raw author string) pairs from JSON-LD, meta tags and byline elements."""
    pairs = []
    for item in page.ld_articles[:1]:
        for name, kind in zip(item.authors, item.author_types, strict=True):
            if "organization" not in kind:
                pairs.append(("JSON-LD author", name))
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        pairs += [(key, v) for v in page.meta.get(key, []) if v and "://" not in v]
    pairs += [("byline element", text) for text in page.bylines]
    return pairs


def same_person(a: str, b: str) -> bool:
    """One name with or without a middle initial: "Troy L. Smith" and "Troy Smith"."""
    x, y = norm(a).split(), norm(b).split()
    return bool(x and y) and x[0] == y[0] and x[-1] == y[-1]


# A byline the metadata does not name is only taken from the lines right around the headline;
# further away, "By" lines and author elements belong to teasers and sidebars.
BYLINE_LINES_BEFORE = 3
BYLINE_LINES_AFTER = 8
