"""Read what a saved page says about itself: JSON-LD, Open Graph and article meta, <title>, h1s,
bylines and <time> elements.

Only gathering happens here; nothing is chosen. make_labels.py checks every candidate against the
page's visible text, because page metadata is often wrong (a section name as og:site_name, a
company as author, a UTC date one day off the printed one).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import html as lxml_html

# JSON-LD types that describe the article itself (schema.org's CreativeWork family used by news
# and blog pages); a WebPage item is only used when no article item exists.
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "techarticle",
    "scholarlyarticle",
    "report",
    "claimreview",
    "review",
}
# Elements whose text is not shown, as in the set's raw.txt (tools/build_set.py).
INVISIBLE = {"head", "title", "script", "style", "noscript", "template", "svg", "select"}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
BYLINE_CLASS = re.compile(r"byline|author|writer|reporter|posted-by|contributor", re.I)
SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """One line of text: entities decoded (JSON-LD often carries &#8217;), spaces collapsed."""
    if not isinstance(text, str):
        return ""
    return SPACES.sub(" ", html.unescape(text)).strip()


@dataclass
class LdItem:
    """The fields of one JSON-LD item that labels use."""

    type: str
    headline: str = ""
    date_published: str = ""
    date_modified: str = ""
    authors: list[str] = field(default_factory=list)
    author_types: list[str] = field(default_factory=list)
    publisher: str = ""


@dataclass
class PageMetadata:
    """Every candidate a page offers, in document order, uncleaned apart from spacing."""

    title_tag: str = ""
    h1s: list[str] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)
    ld_articles: list[LdItem] = field(default_factory=list)
    ld_site_names: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    canonical: str = ""
    html_lang: str = ""

    def first(self, *keys: str) -> str:
        """The first non-empty value of the first meta key present."""
        for key in keys:
            for value in self.meta.get(key, []):
                if value:
                    return value
        return ""


def parse_document(data: bytes) -> lxml_html.HtmlElement:
    """Parse as UTF-8, like the set's raw.txt (every page of the set is UTF-8)."""
    parser = lxml_html.HTMLParser(encoding="utf-8")
    return lxml_html.document_fromstring(data, parser=parser)


def is_shown(element: lxml_html.HtmlElement) -> bool:
    """False when the element or an ancestor is hidden the way raw.txt's builder drops it."""
    node = element
    while node is not None:
        if not isinstance(node.tag, str) or node.tag in INVISIBLE:
            return False
        if node.get("hidden") is not None or HIDDEN_STYLE.search(node.get("style") or ""):
            return False
        node = node.getparent()
    return True


def shown_text(element: lxml_html.HtmlElement) -> str:
    """The element's visible text on one line, scripts and styles left out."""
    parts = []
    for node in element.iter():
        if node is not element and isinstance(node.tag, str) and node.tag in INVISIBLE:
            continue
        parent = node.getparent()
        if node.text and isinstance(node.tag, str) and node.tag not in INVISIBLE:
            parts.append(node.text)
        if node is not element and node.tail and (parent is None or parent.tag not in INVISIBLE):
            parts.append(node.tail)
    return clean(" ".join(parts))


def ld_objects(document: lxml_html.HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page, @graph and lists flattened; broken blocks are skipped
    (a page with invalid JSON-LD simply offers no candidates from it)."""
    found: list[dict] = []
    for script in document.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if graph is not None:
                    stack.extend(graph if isinstance(graph, list) else [graph])
    return found


def type_names(item: dict) -> list[str]:
    kind = item.get("@type") or item.get("type") or ""
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k).lower() for k in kinds]


def names_of(value: object, by_id: dict[str, dict]) -> list[tuple[str, str]]:
    """(name, type) pairs of a JSON-LD author/publisher value: a string, an object, an @id
    reference into the page's graph, or a list of those."""
    if isinstance(value, list):
        return [pair for v in value for pair in names_of(v, by_id)]
    if isinstance(value, str):
        return [(clean(value), "")] if value.strip() else []
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return [(clean(name), (type_names(value) or [""])[0])]
    return []


def read_ld(document: lxml_html.HtmlElement) -> tuple[list[LdItem], list[str]]:
    """Article items (or WebPage items when there is no article) and the names of the
    Organization / WebSite items."""
    objects = ld_objects(document)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    articles: list[LdItem] = []
    pages: list[LdItem] = []
    sites: list[str] = []
    for obj in objects:
        kinds = type_names(obj)
        if any(k in ("organization", "newsmediaorganization", "website") for k in kinds):
            sites += [n for n, _ in names_of(obj.get("name"), by_id)]
        if not (set(kinds) & ARTICLE_TYPES or "webpage" in kinds or "headline" in obj):
            continue
        authors = names_of(obj.get("author") or obj.get("creator"), by_id)
        item = LdItem(
            type=kinds[0] if kinds else "",
            headline=clean(obj.get("headline") or (obj.get("name") if "webpage" in kinds else "")),
            date_published=clean(str(obj.get("datePublished") or "")),
            date_modified=clean(str(obj.get("dateModified") or "")),
            authors=[n for n, _ in authors],
            author_types=[t for _, t in authors],
            publisher=next(iter(n for n, _ in names_of(obj.get("publisher"), by_id)), ""),
        )
        (pages if "webpage" in kinds and not set(kinds) & ARTICLE_TYPES else articles).append(item)
    return (articles or pages), sites


def read_meta(document: lxml_html.HtmlElement) -> dict[str, list[str]]:
    """<meta> values by lower-cased property / name / itemprop, all kept in order."""
    meta: dict[str, list[str]] = {}
    for element in document.xpath("//meta[@content]"):
        keys = [
            element.get("property"),
            element.get("name"),
            *(element.get("itemprop") or "").split(),
        ]
        for key in dict.fromkeys(k.strip().lower() for k in keys if k and k.strip()):
            meta.setdefault(key, []).append(clean(element.get("content")))
    for element in document.xpath("//meta[@http-equiv]"):
        key = element.get("http-equiv", "").strip().lower()
        meta.setdefault(key, []).append(clean(element.get("content")))
    return meta


def in_comments(element: lxml_html.HtmlElement) -> bool:
    """True inside a comment thread, whose "author" elements name commenters."""
    for node in element.iterancestors():
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if "comment" in marks or "respond" in marks:
            return True
    return "comment" in (element.get("class") or "").lower()


def read_bylines(document: lxml_html.HtmlElement) -> list[str]:
    """Visible texts of the elements a page marks as its byline: rel=author links,
    itemprop=author, and short elements whose class names an author or byline."""
    texts = []
    query = '//*[@rel="author" or @itemprop="author" or @itemprop="creator" or @class]'
    for element in document.xpath(query):
        marked = element.get("rel") == "author" or element.get("itemprop") in ("author", "creator")
        if not (marked or BYLINE_CLASS.search(element.get("class") or "")):
            continue
        if not is_shown(element) or in_comments(element):
            continue
        text = shown_text(element)
        if text and len(text) <= 120 and text not in texts:
            texts.append(text)
    return texts


def read_page(data: bytes, page_url: str) -> PageMetadata:
    """Gather the candidates of one saved page."""
    document = parse_document(data)
    articles, sites = read_ld(document)
    meta = read_meta(document)
    canonical = next(iter(document.xpath('//link[@rel="canonical"]/@href')), "").strip()
    times = [
        clean(t.get("datetime") or t.get("content") or shown_text(t))
        for t in document.xpath('//time | //*[@itemprop="datePublished"]')
    ]
    lang = document.get("lang") or document.get("{http://www.w3.org/XML/1998/namespace}lang")
    return PageMetadata(
        title_tag=clean(document.findtext(".//title")),
        h1s=[shown_text(h) for h in document.xpath("//h1") if is_shown(h) and shown_text(h)],
        meta=meta,
        ld_articles=articles,
        ld_site_names=sites,
        bylines=read_bylines(document),
        times=[t for t in times if t],
        canonical=urljoin(page_url, canonical) if canonical else "",
        html_lang=(lang or "").strip(),
    )
