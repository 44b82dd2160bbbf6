"""Tests for the feeds: parsed as a feed reader would, with their items, dates and links."""

import json
from html.parser import HTMLParser
from xml.etree import ElementTree

import feedparser

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.site.feeds import MAX_ITEMS, SiteInfo, feed_files, rfc822, rfc3339, tag_feed_path

SITE = SiteInfo("https://example.org/digest/", "Digest", "News on chips.")


def make(id_, date=None, story=None, tags=(), source="Reuters", **fields):
    """A finished article with the fields the feeds read."""
    return Article(
        id=id_,
        filename=f"{id_}.txt",
        text="",
        title=f"Title {id_}",
        title_from="page",
        story=story or id_,
        slug=f"slug-{id_}",
        date=date,
        source=source,
        description=f"About {id_}.",
        tags=tags,
        **fields,
    )


ARTICLES = [
    make("a", "2023-05-26", tags=("chips", "japan")),
    make("b", "2023-07-05", tags=("chips",)),
    make("b2", None, story="b", source="Daily"),
    make("undated", None, tags=("chips",)),
]


# A seed line as a curator pasted it: a tracking pixel and a script, and entities.
PIXEL = '<img src="https://tracker.example/pixel.gif"> <script>alert(1)</script> Q&amp;A & co'


class _Markup(HTMLParser):
    """Read a text as a browser reads HTML: collect its elements and the text it shows."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[str] = []
        self.shown: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append(tag)

    def handle_data(self, data):
        self.shown.append(data)


def shown_as(kind: str, value: str) -> str:
    """Return what a reader shows of a feed field of that kind; fail on any element."""
    if "html" not in kind:
        return value
    markup = _Markup(value)
    assert markup.elements == [], f"{value!r} holds elements {markup.elements}"
    return "".join(markup.shown)


def test_dates_are_rfc822_and_rfc3339():
    """A calendar date becomes midnight UTC in each feed's own date format."""
    assert rfc822("2023-07-05") == "Wed, 05 Jul 2023 00:00:00 +0000"
    assert rfc3339("2023-07-05") == "2023-07-05T00:00:00Z"


def test_rss_lists_dated_stories_newest_first_with_absolute_links():
    """RSS has one item per dated story, newest first, each with its date and page address."""
    feed = feedparser.parse(feed_files(SITE, ARTICLES)["feed.xml"])
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert [e.title for e in feed.entries] == ["Title b", "Title a"]
    assert [e.link for e in feed.entries] == [
        "https://example.org/digest/articles/slug-b/",
        "https://example.org/digest/articles/slug-a/",
    ]
    assert [e.published_parsed[:3] for e in feed.entries] == [(2023, 7, 5), (2023, 5, 26)]
    assert [t.term for t in feed.entries[1].tags] == ["chips", "japan"]
    assert feed.entries[1].summary == "About a."


def test_atom_and_json_feed_carry_the_same_items():
    """Atom and JSON Feed list the same stories, dates and links as RSS."""
    files = feed_files(SITE, ARTICLES)
    atom = feedparser.parse(files["atom.xml"])
    assert not atom.bozo and atom.version == "atom10"
    assert atom.feed.updated == "2023-07-05T00:00:00Z"
    assert [(e.link, e.updated) for e in atom.entries] == [
        ("https://example.org/digest/articles/slug-b/", "2023-07-05T00:00:00Z"),
        ("https://example.org/digest/articles/slug-a/", "2023-05-26T00:00:00Z"),
    ]
    assert atom.entries[0].author == "Reuters"
    data = json.loads(files["feed.json"])
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == "https://example.org/digest/feed.json"
    assert [(i["url"], i["date_published"]) for i in data["items"]] == [
        (e.link, e.updated) for e in atom.entries
    ]
    assert all(item["id"] and item["content_text"] for item in data["items"])


def test_undated_stories_are_left_out_never_dated():
    """No feed lists an undated story, and no feed invents a date."""
    files = feed_files(SITE, [make("undated", None)])
    assert feedparser.parse(files["feed.xml"]).entries == []
    assert "lastBuildDate" not in files["feed.xml"]
    assert json.loads(files["feed.json"])["items"] == []
    assert "slug-undated" not in "".join(feed_files(SITE, ARTICLES).values())


def test_feeds_hold_the_latest_stories_only():
    """Of more stories than MAX_ITEMS, the feeds hold the newest MAX_ITEMS."""
    many = [make(f"n{i:03}", f"2023-{1 + i // 28:02}-{1 + i % 28:02}") for i in range(30)]
    feed = feedparser.parse(feed_files(SITE, many)["feed.xml"])
    assert len(feed.entries) == MAX_ITEMS
    dates = [e.published_parsed[:3] for e in feed.entries]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == (2023, 2, 2) and dates[-1] == (2023, 1, 11)


def test_each_tag_has_a_feed_of_its_stories():
    """A tag's feed lists exactly the dated stories carrying that tag."""
    files = feed_files(SITE, ARTICLES)
    assert tag_feed_path("chips") == "feeds/tags/chips.xml"
    chips = feedparser.parse(files["feeds/tags/chips.xml"])
    japan = feedparser.parse(files["feeds/tags/japan.xml"])
    assert [e.title for e in chips.entries] == ["Title b", "Title a"]
    assert [e.title for e in japan.entries] == ["Title a"]
    assert chips.feed.title == "Digest: chips"


def test_scraped_text_is_escaped_and_control_characters_dropped():
    """Markup and control characters in a title stay text; every feed is well-formed XML."""
    hostile = make("h", "2023-01-01", tags=("a&b",))
    hostile = Article(**{**hostile.__dict__, "title": "<script>x</script> \x07bell & co"})
    files = feed_files(SITE, [hostile])
    for name in ("feed.xml", "atom.xml", tag_feed_path("a&b")):
        ElementTree.fromstring(files[name])
        assert "<script>" not in files[name]
    title = feedparser.parse(files["feed.xml"]).entries[0].title_detail
    assert shown_as(title.type, title.value) == "<script>x</script> bell & co"


def test_the_feeds_key_follows_the_site_and_the_leads_not_their_bodies():
    """A longer body leaves every feed's key (so the writer skips them); a new site
    name or a new headline changes it; a lead without a description is summed up by
    its first paragraph, which is then in the key."""
    files = feed_files(SITE, ARTICLES)
    longer = [ARTICLES[0].evolve(lines=(Line(1, "A body.", Verdict.BODY),)), *ARTICLES[1:]]
    assert feed_files(SITE, longer).key("feed.xml") == files.key("feed.xml")
    renamed = SiteInfo(SITE.url, "Another digest", SITE.description)
    assert feed_files(renamed, ARTICLES).key("feed.xml") != files.key("feed.xml")
    retitled = [ARTICLES[0].evolve(title="New"), *ARTICLES[1:]]
    assert feed_files(SITE, retitled).key("feed.xml") != files.key("feed.xml")
    bare = ARTICLES[0].evolve(description="", lines=(Line(1, "First.", Verdict.BODY),))
    other = bare.evolve(lines=(Line(1, "Another first.", Verdict.BODY),))
    assert feed_files(SITE, [bare, *ARTICLES[1:]]).key("feed.xml") != feed_files(
        SITE, [other, *ARTICLES[1:]]
    ).key("feed.xml")
    assert "Another first." in feed_files(SITE, [other, *ARTICLES[1:]])["feed.xml"]


def test_a_tag_feed_is_remade_when_its_own_lead_changes():
    """A tag's feed lists its stories under the longest of the copies with that tag: when
    that changes, its key changes, although the story's lead among all copies does not
    (an untagged copy is the longest of all)."""
    from digest.article_parts import Copy

    def copy(id_, words, tags=()):
        others = tuple(Copy(o, f"Title {o}", "Reuters", f"slug-{o}") for o in "abc" if o != id_)
        body = (Line(1, " ".join(["word"] * words), Verdict.BODY),)
        article = make(id_, "2023-05-26", story="a", tags=tags, copies=others, lines=body)
        return article.evolve(title_from="story")

    before = [copy("a", 5, ("x",)), copy("b", 10, ("x",)), copy("c", 50)]
    after = [copy("a", 20, ("x",)), *before[1:]]
    path = tag_feed_path("x")
    assert feed_files(SITE, before)[path] != feed_files(SITE, after)[path]
    assert feed_files(SITE, before).key(path) != feed_files(SITE, after).key(path)
    assert feed_files(SITE, before).key("feed.xml") == feed_files(SITE, after).key("feed.xml")


def test_seed_text_is_text_in_every_feed():
    """A pasted `<img>` or `<script>` in a headline or a first paragraph shows as those
    characters in RSS, the tag feeds, Atom and JSON Feed: no reader fetches the tracker.

    feedparser reads each entry as a reader does; RSS says nothing of whether a title or
    description is HTML, and most readers take both as HTML, so their XML text must
    also read as HTML with no element in it. (feedparser 6.0 does not read JSON Feed,
    whose `title` and `content_text` are text by its specification.)"""
    lead = make("h", "2023-01-01", tags=("chips",)).evolve(
        title=PIXEL, description="", lines=(Line(1, PIXEL, Verdict.BODY),)
    )
    files = feed_files(SITE, [lead])
    for name in ("feed.xml", tag_feed_path("chips"), "atom.xml"):
        feed = feedparser.parse(files[name])
        assert not feed.bozo, feed.bozo_exception
        (entry,) = feed.entries
        for field in ("title", "summary", "content"):
            for detail in (
                entry.get("content", []) if field == "content" else [entry[field + "_detail"]]
            ):
                assert shown_as(detail.type, detail.value) == PIXEL, (name, field)
    for name in ("feed.xml", tag_feed_path("chips")):
        item = ElementTree.fromstring(files[name]).find("channel/item")
        for field in ("title", "description"):
            assert shown_as("html", item.findtext(field)) == PIXEL, (name, field)
    (item,) = json.loads(files["feed.json"])["items"]
    assert (item["title"], item["content_text"]) == (PIXEL, PIXEL)
    assert "content_html" not in item


def test_an_item_links_to_the_original_when_the_page_gave_its_address():
    """RSS opens the original (the digest's page stays the guid), Atom relates it,
    JSON Feed names it `external_url`; an item without one links the digest's page."""
    original = "https://news.example.com/2023/07/05/chips"
    articles = [make("a", "2023-05-26"), make("b", "2023-07-05", url=original, url_from="page")]
    files = feed_files(SITE, articles)
    rss = feedparser.parse(files["feed.xml"]).entries
    assert [(e.link, e.id) for e in rss] == [
        (original, "https://example.org/digest/articles/slug-b/"),
        (
            "https://example.org/digest/articles/slug-a/",
            "https://example.org/digest/articles/slug-a/",
        ),
    ]
    atom = feedparser.parse(files["atom.xml"]).entries
    assert [link.href for link in atom[0].links if link.rel == "related"] == [original]
    assert not [link for link in atom[1].links if link.rel == "related"]
    items = json.loads(files["feed.json"])["items"]
    assert [item.get("external_url") for item in items] == [original, None]
