"""Gather what a saved web page's markup says about the article, choosing nothing.

A news page describes itself several times over: structured data (JSON-LD), Open
Graph and `article:` meta tags, named meta tags (`author`, `date`), the `<title>`
and the headline it shows (`<h1>`). Each is often wrong on its own (a section name as
`og:site_name`, the company as `author`, a title carrying `| Site`), so this module
only collects them; `digest/ingest/pagemeta.py` chooses by agreement.

Reads the lxml tree trafilatura parsed, before trafilatura prunes its copy: no
second parse of the page.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from digest.ingest.jsonld import item_types, json_ld_items

# schema.org types of the article itself (the CreativeWork kinds news and blog pages
# use); other items describe the site, its menus or its pictures.
ARTICLE_TYPE = re.compile(r"(?:article|blogposting|posting|report|review)$", re.IGNORECASE)
# Types of the outlet or a group, never a person: an author of this type is no byline.
ORGANISATION_TYPE = re.compile(r"organi[sz]ation|corporation|website|brand$", re.IGNORECASE)
# Text a reader never sees: scripts, styles, the head, templates.
_UNSEEN = ("script", "style", "noscript", "template", "head", "title", "svg")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_QUOTES = re.compile(r"[\u2018\u2019\u201c\u201d\"'`´]")
_NON_WORD = re.compile(r"[\W_]+")
# Elements a browser shows as blocks of their own: each starts a line of text.
_BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3"
    " h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul"
)
_BLOCKS = frozenset(_BLOCK_TAGS.split())
# Attributes by which a page marks its byline, and the words that mark it: `rel=author`,
# `class="byline"`, `itemprop=author`, hCard's `fn`, and `firma` / `autor` / `auteur` in
# Spanish, Italian, Portuguese, German and French templates.
_CREDIT_ATTRIBUTES = ("class", "id", "rel", "itemprop")
_CREDITED = re.compile(r"author|byline|\bbyl\b|autor|auteur|firma|\bfn\b", re.IGNORECASE)
# A byline and a date stand within this many lines under the headline (a kicker, a
# standfirst and share buttons may come between), before the first paragraph, which is
# longer than LEDE_CHARS.
HEADER_LINES = 8
LEDE_CHARS = 200
# Separators between a headline and its site or section in a title: `Headline | Site`,
# `Headline - Section - Site`, `Site » Section » Headline`, `Title : News : Site`.
# Full-width marks (`｜`, `：`) bring their own spacing: no space need follow them.
SEGMENT_SPLIT = re.compile(r"((?<!\s)\s+(?:(?:[|•·»›/]|-{1,2}|[–—]|::?)\s+|[｜：]\s*))")
# A blog's title puts its name first and a colon after it: `Lost in JIT: PyPy and ...`.
LEADING_NAME = re.compile(r"^(?P<name>[^:|]{2,40}?)\s*[:|]\s+(?P<rest>\S.*)$")
# Meta tags are keyed by `property`, `name` or `itemprop`, case aside.
_META_KEYS = ("property", "name", "itemprop")


def one_line(value: object) -> str:
    """Return text as one line: entities decoded (JSON-LD often holds `&#8217;`),
    spaces collapsed; anything not a string is no text."""
    if not isinstance(value, str):
        return ""
    return _SPACES.sub(" ", html.unescape(value)).strip()


@dataclass(frozen=True)
class Markup:
    """What a page's markup says about its article, as found.

    `article` is the JSON-LD item describing the article (headline, dates, author,
    publisher), with references to other items of the page resolved; `items` are all
    of the page's JSON-LD items; `meta` maps a meta tag's key to its values in page
    order; `lines` are the page's visible text, a line per block, and `h1_ends` the
    index in `lines` of the line after each of `h1s` (`h2s` the same for each `<h2>`, with
    its text); `credited` each element the page marks as an author's (`rel=author`,
    `class=byline`), with the index of its first line;
    `canonical` the address of `<link rel=canonical>`, as written; `published` the text of
    each element marked as the publication date (hAtom's `class=published`,
    `itemprop=datePublished`); `stamped` the text and `datetime` of each `<time>` element
    that carries one (`<time datetime="2019-11-19T11:45:59Z">1 day ago</time>`); `shared`
    the address each share button passes its service (`facebook.com/sharer.php?u=...`).
    """

    title: str = ""
    h1s: tuple[str, ...] = ()
    meta: dict[str, list[str]] = field(default_factory=dict)
    article: dict[str, Any] = field(default_factory=dict)
    items: tuple[dict[str, Any], ...] = ()
    lines: tuple[str, ...] = ()
    h1_ends: tuple[int, ...] = ()
    h2s: tuple[tuple[str, int], ...] = ()
    credited: tuple[tuple[Any, int], ...] = ()
    canonical: str = ""
    published: tuple[str, ...] = ()
    stamped: tuple[tuple[str, str], ...] = ()
    shared: tuple[str, ...] = ()

    def under_headline(self, index: int) -> tuple[str, ...]:
        """Return the lines between the `index`-th `<h1>` and the article's first
        paragraph: where pages print the byline and the date."""
        return self.header_from(self.h1_ends[index])

    def header_from(self, start: int) -> tuple[str, ...]:
        """Return the lines from `start` (the one under a headline) to the article's first
        paragraph. The line right under the headline may be long and still the header's:
        a standfirst stands there, over the byline and the date."""
        lines = self.lines[start : start + HEADER_LINES]
        return next(
            (lines[:n] for n, line in enumerate(lines) if n and len(line) > LEDE_CHARS), lines
        )

    def credits_between(self, first: int, last: int) -> list[str]:
        """Return the text of each element marked as an author's, from line `first` up to
        `last`, that holds no other: `<span class=byline>By <a rel=author>A</a></span>`
        gives A alone. Read here, not in the walk: only those near the headline matter."""
        return [text for line, text in self.credit_texts(first, last)]

    def credit_texts(self, first: int = 0, last: int | None = None) -> list[tuple[int, str]]:
        """Return `credits_between`'s texts (all of the page's by default), each with the
        index of its first line."""
        last = len(self.lines) if last is None else last
        texts = []
        for index, (element, line) in enumerate(self.credited):
            following = self.credited[index + 1][0] if index + 1 < len(self.credited) else None
            if first <= line < last and (
                following is None or element not in following.iterancestors()
            ):
                texts.append((line, " ".join(_seen_lines(element).lines)))
        return [(line, text) for line, text in texts if text]

    def first(self, *keys: str) -> str:
        """Return the first non-empty value of the first meta key that has one."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return ""


def read_markup(tree: Any) -> Markup:
    """Collect a parsed page's self-description (see `Markup`)."""
    items = tuple(json_ld_items(tree))
    body = tree.find("body")
    walk = _seen_lines(body) if body is not None else _Walk()
    title = next((one_line(t.text_content()) for t in tree.iter("title")), "")
    meta = _meta_tags(tree)
    canonical = next(
        (
            one_line(link.get("href"))
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        "",
    )
    return Markup(
        title=title,
        h1s=tuple(text for text, _ in walk.h1s),
        meta=meta,
        article=_article_item(
            items, [title, *meta.get("og:title", [])], [canonical, *meta.get("og:url", [])]
        ),
        items=items,
        lines=tuple(walk.lines),
        h1_ends=tuple(end for _, end in walk.h1s),
        h2s=tuple(walk.h2s),
        credited=tuple(walk.credited),
        canonical=canonical,
        published=tuple(
            text
            for element in tree.xpath(_MARKED_PUBLISHED)
            if (text := one_line(element.text_content()))
        ),
        stamped=tuple(
            (one_line(element.text_content()), element.get("datetime").strip())
            for element in tree.xpath("//time[@datetime]")
        ),
        shared=tuple(
            filter(None, (_shared_address(link.get("href") or "") for link in tree.iter("a")))
        ),
    )


# A share button's link: the service's address with the page's own in its query.
_SHARE_LINK = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:facebook\.com/sharer|twitter\.com/(?:intent/tweet|share)"
    r"|x\.com/intent/(?:tweet|post)|linkedin\.com/share|plus\.google\.com/share|reddit\.com/submit"
    r"|pinterest\.com/pin/create)",
    re.IGNORECASE,
)


def _shared_address(href: str) -> str | None:
    """Return the address a share button passes its service (`u=`, `url=`), or None."""
    if not _SHARE_LINK.match(href.strip()):
        return None
    query = parse_qs(urlsplit(html.unescape(href.strip())).query)
    found = (query.get("u") or query.get("url") or [""])[0]
    return found if found.startswith(("http://", "https://")) else None


# Elements a page marks as its publication date: hAtom's class, schema.org's property.
_MARKED_PUBLISHED = (
    '//*[contains(concat(" ", normalize-space(@class), " "), " published ")'
    ' or @itemprop="datePublished"]'
)


# The headings whose text and place the walk keeps: the `<h1>`s, and the `<h2>`s where a
# page whose `<h1>` is its logo sets the headline.
_HEADINGS = frozenset({"h1", "h2"})


@dataclass
class _Walk:
    """What one walk over the page's body collects (see `_seen_lines`)."""

    lines: list[str] = field(default_factory=list)
    h1s: list[tuple[str, int]] = field(default_factory=list)  # text, index of the next line
    h2s: list[tuple[str, int]] = field(default_factory=list)
    credited: list[tuple[Any, int]] = field(default_factory=list)  # element, its first line


def _seen_lines(root: Any) -> _Walk:
    """Return the lines a reader sees under `root`, a line per block as a browser shows
    them; each visible `<h1>` with the index of the first line after it; and the
    elements the page marks as its author's, with the index of their first line.

    Walked without recursion: a hostile page nests elements thousands deep.
    """
    from lxml import etree

    walk = _Walk()
    lines = walk.lines
    pieces: list[str] = []
    starts: dict[str, int] = {}  # where each open heading's lines begin

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(pieces)).strip()  # lxml has decoded the entities
        pieces.clear()
        if line:
            lines.append(line)

    hidden = 0  # how many of the open elements hide their content
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if hidden or not _is_seen(element):
                hidden += 1
                continue
            if tag in _BLOCKS:
                flush()
                if tag in _HEADINGS:
                    starts[tag] = len(lines)
            if _is_credited(element):
                walk.credited.append((element, len(lines)))
            pieces.append(element.text or "")
            continue
        if hidden:
            hidden -= 1
        elif tag in _BLOCKS:
            flush()
            if tag in _HEADINGS and len(lines) > starts.get(tag, len(lines)):
                found = walk.h1s if tag == "h1" else walk.h2s
                found.append((" ".join(lines[starts[tag] :]), len(lines)))
        if not hidden and element is not root and element.tail:
            pieces.append(element.tail)
    flush()
    return walk


def _is_credited(element: Any) -> bool:
    """Say whether the page marks an element as its author's (`rel=author`, `class=byline`)."""
    attributes = element.attrib
    marks = [attributes[name] for name in _CREDIT_ATTRIBUTES if name in attributes]
    return bool(marks) and _CREDITED.search(" ".join(marks)) is not None


def _is_seen(element: Any) -> bool:
    """Say whether an element's own text shows: not a comment, script or hidden box."""
    if not isinstance(element.tag, str) or element.tag in _UNSEEN:
        return False
    style = element.get("style")
    return not style or not _HIDDEN_STYLE.search(style)


def _meta_tags(tree: Any) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for tag in tree.iter("meta"):
        key = next((tag.get(k) for k in _META_KEYS if tag.get(k)), "")
        value = one_line(tag.get("content"))
        if key and value:
            meta.setdefault(key.strip().lower(), []).append(value)
    return meta


def _article_item(
    items: tuple[dict[str, Any], ...], titles: list[str], addresses: list[str]
) -> dict[str, Any]:
    """Return the item describing the article, references (`{"@id": ...}`) resolved.

    Some pages describe the stories they link to as well: the first article item whose
    headline the page's `<title>` or `og:title` holds is the page's own, else the first
    article item (a page's own comes before the related ones). A live blog's entry has
    a page of its own, whose address (`addresses`: the canonical link's, `og:url`) is the
    entry's, while its titles still name the blog: that entry is the page's article.
    """
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    articles = [item for item in items if any(ARTICLE_TYPE.search(t) for t in item_types(item))]
    entries = [
        entry
        for item in articles
        for entry in _as_list(item.get("liveBlogUpdate"))
        if isinstance(entry, dict) and entry.get("url") and entry.get("url") in addresses
    ]
    stated = [key(title) for title in titles]
    own = next(
        (
            item
            for item in articles
            if (headline := key(one_line(item.get("headline"))))
            and any(headline in title for title in stated)
        ),
        articles[0] if articles else {},
    )
    own = entries[0] if entries else own
    return {name: _resolved(value, by_id) for name, value in own.items()}


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def _resolved(value: object, by_id: dict[str, dict[str, Any]]) -> object:
    """Return a field with its references resolved: one, or each of a list."""
    if isinstance(value, list):
        return [_reference(v, by_id) for v in value]
    return _reference(value, by_id)


def _reference(value: object, by_id: dict[str, dict[str, Any]]) -> object:
    if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
        return by_id.get(value["@id"], value)
    return value


# --- comparing statements ---------------------------------------------------------


def segments(title: str) -> list[str]:
    """Split a page title at its separators: `Headline | Section | Site`."""
    return [part.strip() for part in SEGMENT_SPLIT.split(title)[::2] if part.strip()]


def key(text: str) -> str:
    """Return text as compared: case, quotes, punctuation and spacing aside."""
    folded = _QUOTES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return _NON_WORD.sub(" ", folded).strip().removeprefix("the ")


def squeezed(text: str) -> str:
    """Return `key(text)` without its spaces, and its Latin letters without their accents:
    a site's address spells `Libération` as liberation, `Nadwiślański` as nadwislanski."""
    spelled = _LATIN_ACCENT.sub("", unicodedata.normalize("NFD", key(text)))
    return unicodedata.normalize("NFC", spelled).replace(" ", "")


# An accent on a Latin letter, once the letter and the accent are set apart (NFD).
_LATIN_ACCENT = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")


def names_the_site(text: str, sites: Iterable[str], hosts: set[str]) -> bool:
    """Say whether a title's segment is the site's name: a stated name or its address,
    or the first words of a stated name (`日本経済新聞` of `日本経済新聞 電子版`, the
    paper's name before `digital edition`)."""
    name = squeezed(text)
    return bool(name) and (
        name in hosts
        or any(name == squeezed(site) for site in sites)
        or any(key(site).startswith(key(text) + " ") for site in sites if len(name) >= 4)
    )
