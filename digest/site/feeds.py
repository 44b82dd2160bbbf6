"""The digest's feeds: RSS 2.0, Atom and JSON Feed of the latest stories, and RSS per tag.

Feeds are written into `content/` as plain files that MkDocs copies verbatim, so they
exist under `mkdocs serve` as well as in `site/`. Feed readers need absolute links:
they are built from the site's `site_url`. An item's date is the story's own date;
an undated story has none to give, so it is left out of the feeds rather than given
a date it does not have. Everything is built with `xml.etree` and `json`, which
escape the scraped text once; RSS titles and descriptions are escaped once more
(`_as_html`), since readers take them as HTML.
"""

from __future__ import annotations

import datetime
import email.utils
import html
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial

from digest.article import Article
from digest.site.listed_stories import (
    Story,
    copies_by_story,
    lead_copy,
    stories_newest_first,
    story_leads,
)
from digest.site.outputs import Files, Output, digest_of
from digest.site.pages import by_tag, listed_fields
from digest.site.render import ARTICLES_DIR, tag_slug
from digest.text import is_web_address

# A feed reader shows the newest items; twenty covers weeks of a digest's stories
# while keeping each poll small.
MAX_ITEMS = 20
RSS = "feed.xml"
ATOM = "atom.xml"
JSON_FEED = "feed.json"
TAG_FEEDS = "feeds/tags"
ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
# XML 1.0 forbids most control characters; a scraped text can carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ET.register_namespace("atom", ATOM_NS)
ET.register_namespace("dc", DC_NS)


@dataclass(frozen=True)
class SiteInfo:
    """What the feeds say about the site, read from mkdocs.yml (`site_url` ends with /)."""

    url: str
    name: str
    description: str


def tag_feed_path(tag: str) -> str:
    """Return the path of a tag's RSS feed, relative to the site root."""
    return f"{TAG_FEEDS}/{tag_slug(tag)}.xml"


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _when(iso: str) -> datetime.datetime:
    return datetime.datetime.combine(
        datetime.date.fromisoformat(iso), datetime.time(), datetime.UTC
    )


def rfc822(iso: str) -> str:
    """Return a YYYY-MM-DD date as RSS writes it (RFC 822), at midnight UTC."""
    return email.utils.format_datetime(_when(iso))


def rfc3339(iso: str) -> str:
    """Return a YYYY-MM-DD date as Atom and JSON Feed write it (RFC 3339), at midnight UTC."""
    return _when(iso).isoformat().replace("+00:00", "Z")


def latest(stories: Sequence[Story]) -> list[Story]:
    """Return the newest dated stories, at most MAX_ITEMS; undated stories have no place.

    `stories` are newest first (`stories_newest_first`).
    """
    return [story for story in stories if story.date][:MAX_ITEMS]


def article_url(site: SiteInfo, article: Article) -> str:
    """Return the absolute address of an article's page."""
    return f"{site.url}{ARTICLES_DIR}/{article.slug}/"


def summary(article: Article) -> str:
    """Return the description, or the first paragraph when the page gave none."""
    if article.description:
        return article.description
    return next((line.text for line in article.body_lines), "")


def _as_html(text: str) -> str:
    """Return text as HTML that shows it as written.

    RSS never says whether a title or a description is HTML or text, and feed readers
    decode both as HTML: a scraped `<img src=...>` escaped once by the XML would
    reach the reader as an image, fetched from its host. Escaped here as well, it
    reaches the reader as the characters the seed holds. (Atom and JSON Feed say
    their text is text.)
    """
    return html.escape(text, quote=False)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrib)
    if text is not None:
        element.text = _clean(text)
    return element


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def render_rss(site: SiteInfo, stories: Sequence[Story], path: str, title: str) -> str:
    """Return an RSS 2.0 feed of `stories`, served at `path` under the site."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    _sub(channel, "title", _as_html(title))
    _sub(channel, "link", site.url)
    _sub(channel, "description", _as_html(site.description or title))
    _sub(channel, "language", "en")
    _sub(
        channel, f"{{{ATOM_NS}}}link", href=site.url + path, rel="self", type="application/rss+xml"
    )
    if stories:
        _sub(channel, "lastBuildDate", rfc822(stories[0].date or ""))
    for story in stories:
        lead = story.lead
        item = _sub(channel, "item")
        _sub(item, "title", _as_html(lead.title))
        # The item opens the original when the page gave its address, as a curated
        # link feed does; the guid stays the digest's own page.
        _sub(item, "link", original_url(lead) or article_url(site, lead))
        _sub(item, "guid", article_url(site, lead), isPermaLink="true")
        _sub(item, "pubDate", rfc822(story.date or ""))
        _sub(item, "description", _as_html(summary(lead)))
        if lead.source:
            _sub(item, f"{{{DC_NS}}}creator", lead.source)
        for tag in story.tags:
            _sub(item, "category", tag)
    return _xml(rss)


def original_url(article: Article) -> str | None:
    """Return the address of the original, when the page or the curator gave one."""
    return article.url if is_web_address(article.url) else None


def render_atom(site: SiteInfo, stories: Sequence[Story]) -> str:
    """Return an Atom feed of `stories`.

    Atom requires a feed-level `updated`: it is the newest story's date, or the Unix
    epoch when no story is dated, which says "never" rather than inventing a time.
    """
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, f"{{{ATOM_NS}}}id", site.url)
    _sub(feed, f"{{{ATOM_NS}}}title", site.name)
    _sub(feed, f"{{{ATOM_NS}}}subtitle", site.description)
    _sub(
        feed,
        f"{{{ATOM_NS}}}updated",
        rfc3339(stories[0].date or "") if stories else rfc3339("1970-01-01"),
    )
    _sub(feed, f"{{{ATOM_NS}}}link", href=site.url)
    _sub(feed, f"{{{ATOM_NS}}}link", href=site.url + ATOM, rel="self")
    author = _sub(feed, f"{{{ATOM_NS}}}author")
    _sub(author, f"{{{ATOM_NS}}}name", site.name)
    for story in stories:
        lead = story.lead
        entry = _sub(feed, f"{{{ATOM_NS}}}entry")
        _sub(entry, f"{{{ATOM_NS}}}id", article_url(site, lead))
        _sub(entry, f"{{{ATOM_NS}}}title", lead.title)
        _sub(entry, f"{{{ATOM_NS}}}link", href=article_url(site, lead))
        original = original_url(lead)
        if original:
            _sub(entry, f"{{{ATOM_NS}}}link", href=original, rel="related")
        _sub(entry, f"{{{ATOM_NS}}}published", rfc3339(story.date or ""))
        _sub(entry, f"{{{ATOM_NS}}}updated", rfc3339(story.date or ""))
        if lead.source:
            _sub(_sub(entry, f"{{{ATOM_NS}}}author"), f"{{{ATOM_NS}}}name", lead.source)
        _sub(entry, f"{{{ATOM_NS}}}summary", summary(lead))
        for tag in story.tags:
            _sub(entry, f"{{{ATOM_NS}}}category", term=tag)
    return _xml(feed)


def render_json_feed(site: SiteInfo, stories: Sequence[Story]) -> str:
    """Return a JSON Feed 1.1 of `stories`."""
    items = []
    for story in stories:
        lead = story.lead
        item: dict[str, object] = {
            "id": article_url(site, lead),
            "url": article_url(site, lead),
            "title": lead.title,
            "content_text": summary(lead),
            "date_published": rfc3339(story.date or ""),
        }
        if original_url(lead):
            item["external_url"] = original_url(lead)
        if lead.source:
            item["authors"] = [{"name": lead.source}]
        if story.tags:
            item["tags"] = list(story.tags)
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.name,
        "home_page_url": site.url,
        "feed_url": site.url + JSON_FEED,
        "description": site.description,
        "language": "en",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def feed_files(
    site: SiteInfo,
    articles: Sequence[Article],
    leads: frozenset[str] | None = None,
    stories: Callable[[], Sequence[Story]] | None = None,
) -> Files:
    """Return every feed file by its path under `content/`, each made when asked for.

    `stories` gives the articles' `stories_newest_first`, shared with the listings
    when the caller has them (the home page and the feeds are made again together).

    A feed shows its stories' leads: their fields, which copies lead (`story_leads`,
    given as `leads` when the caller has them), and their summaries (`summary`); with
    the site's address, name and description, that is the feeds' key, so a rebuild
    after a body changed makes no feed again. A tag's feed groups the copies with
    that tag alone, whose lead may be another than the whole story's (a longer tagged
    copy): its key also holds which of its own copies lead.
    """
    leads = story_leads(articles) if leads is None else leads
    whole = digest_of(
        [
            repr(site),
            *(
                f"{listed_fields(a, leads, a.shown_digest)}:{'' if a.description else summary(a)}"
                for a in articles
            ),
        ]
    )
    stories = stories or cache(lambda: stories_newest_first(articles))
    newest = cache(lambda: latest(stories()))
    outputs = {
        path: Output(digest_of([whole, path]), make)
        for path, make in (
            (RSS, lambda: render_rss(site, newest(), RSS, site.name)),
            (ATOM, lambda: render_atom(site, newest())),
            (JSON_FEED, lambda: render_json_feed(site, newest())),
        )
    }
    leads_by_tag = _tag_leads(articles)
    for tag, members in by_tag(articles).items():
        path = tag_feed_path(tag)
        made = partial(_tag_feed, site, tag, members)
        outputs[path] = Output(digest_of([whole, path, *leads_by_tag.get(tag, ())]), made)
    return Files(outputs)


def _tag_leads(articles: Sequence[Article]) -> dict[str, list[str]]:
    """Return, by tag, the copies that lead their story among its copies with that tag,
    for the stories whose copies do not all have it (the others' lead is the story's,
    which the feeds' key holds already)."""
    leads: dict[str, list[str]] = defaultdict(list)
    for copies in copies_by_story(articles):
        if all(copy.tags == copies[0].tags for copy in copies):
            continue  # every copy has every tag of the story
        tagged = [frozenset(copy.tags) for copy in copies]
        for tag in sorted(frozenset().union(*tagged) - tagged[0].intersection(*tagged[1:])):
            with_tag = (copy for copy, tags in zip(copies, tagged, strict=True) if tag in tags)
            leads[tag].append(lead_copy(with_tag).id)
    return leads


def _tag_feed(site: SiteInfo, tag: str, members: Sequence[Article]) -> str:
    path = tag_feed_path(tag)
    return render_rss(site, latest(stories_newest_first(members)), path, f"{site.name}: {tag}")
