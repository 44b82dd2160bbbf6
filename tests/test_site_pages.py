"""Browser tests of the reader's pages: home, article, archive, sources, tags, overview, feeds.

They run in headless Chromium against the curated site (the seeds plus a curator's
tags, a pin, a note and a link; see conftest.py). Accessibility is checked with
axe-core (npm, pinned in package-lock.json) injected into each page; screenshots at
a phone's and a laptop's size are saved in tests/artifacts/ on every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import pytest
from playwright.sync_api import Page, expect

from digest.evaluate.bench_search import first_search
from tests.conftest import ARTIFACTS, ROOT, serve
from tests.test_browser import RESULT, front_matters, search

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"phone": (390, 844), "laptop": (1280, 800)}
LISTING_PAGES = ["", "archive/", "sources/", "tags/", "overview/"]


def slug_where(project: Path, **wanted: Any) -> str:
    """Return the slug of the one generated article whose front matter matches `wanted`."""
    found = [
        slug
        for slug, meta in front_matters(project).items()
        if all(meta.get(key) == value for key, value in wanted.items())
    ]
    assert len(found) == 1, (wanted, found)
    return found[0]


def pinned_slug(project: Path) -> str:
    """Return the slug of the article the curator pinned."""
    return slug_where(project, pinned=True)


def all_pages(project: Path) -> list[str]:
    """Every kind of page a reader sees, as paths under the site."""
    return [*LISTING_PAGES, f"articles/{pinned_slug(project)}/"]


# ------------------------------------------------------------------------ the pages


def headings(page: Page, selector: str) -> list[str]:
    """Return the visible text of the headings, without their permalink sign."""
    return [text.rstrip("¶").strip() for text in page.locator(selector).all_inner_texts()]


def test_home_lists_pinned_stories_first_then_weeks_then_undated(
    page: Page, curated_site_url: str, curated_site: Path
) -> None:
    """The home page opens with the pinned story, then weekly sections, newest first."""
    page.goto(curated_site_url)
    sections = headings(page, ".digest-stories h2")
    assert sections == ["PINNED", "WEEK OF 3 JULY 2023", "WEEK OF 22 MAY 2023"]
    first = page.locator(".digest-stories h3").first
    expect(first).to_contain_text("The United States has asked")
    entry = page.locator(".digest-stories h3:has-text('EU to Beef Up') ~ p")
    # Its copies are Reuters' own wire copy and a rewrite naming no publication.
    expect(entry.filter(has_text="Other copies")).to_have_count(1)
    expect(entry.filter(has_text="Also reported by")).to_have_count(0)
    expect(page.locator(".digest-stories a[href*='tags/#tag:chips']").first).to_be_visible()
    expect(page.locator(".digest-stories").get_by_text("5 July 2023").first).to_be_visible()


def test_article_page_links_note_original_related_and_neighbours(
    page: Page, curated_site_url: str, curated_site: Path
) -> None:
    """An article shows the editor's note, the original's link, related stories and a pager."""
    slug = pinned_slug(curated_site)
    page.goto(f"{curated_site_url}articles/{slug}/")
    note = page.locator(".digest-note")
    expect(note).to_contain_text("Pinned: <em>the</em> background")  # shown as text
    expect(note.locator("em")).to_have_count(0)
    original = page.locator(".digest-meta__row--original a")
    expect(original).to_have_attribute("href", "https://www.example.com/news/chips?id=1&ref=digest")
    expect(original).to_have_text(re.compile(r"^Read the original at \S"))
    expect(page.locator(".digest-related li")).to_have_count(2)  # the other two stories
    earlier = page.locator("a.digest-pager__link--prev")
    expect(earlier).to_contain_text("EU")  # undated, after the dated ones: 5 July is earlier
    expect(page.locator("a.digest-pager__link--next")).to_have_count(0)
    title = earlier.locator(".digest-pager__title").inner_text()
    earlier.click()
    expect(page.locator("article h1")).to_have_text(title)


def test_archive_sources_and_tags_list_every_story(
    page: Page, curated_site_url: str, curated_site: Path
) -> None:
    """Archive by month with Undated last, one section per source, one listing per tag."""
    page.goto(curated_site_url + "archive/")
    months = headings(page, ".digest-archive h2")
    assert months == ["JULY 2023", "MAY 2023", "UNDATED"]
    expect(page.locator(".digest-archive li")).to_have_count(3)

    page.goto(curated_site_url + "sources/")
    sources = headings(page, ".digest-archive h2")
    assert sources[-1] == "SOURCE UNKNOWN" and "REUTERS" in sources
    expect(page.locator(".digest-archive li")).to_have_count(5)
    expect(page.locator(".digest-archive h2 b")).to_have_count(0)  # a source's markup is text

    page.goto(curated_site_url + "tags/")
    expect(page.locator("#tag\\:chips")).to_be_visible()
    expect(page.locator("[id='tag:chips'] + p + ul li")).to_have_count(5)
    feed_link = page.locator(".digest-tags a[href$='feeds/tags/chips.xml']")
    expect(feed_link).to_be_visible()
    assert page.request.get(page.url + feed_link.get_attribute("href")).ok


def contrast(a: str, b: str) -> float:
    """Return the WCAG contrast ratio of two CSS `rgb(...)` colours."""

    def luminance(colour: str) -> float:
        channels = [int(x) / 255 for x in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_overview_charts_are_inline_svg_readable_in_both_schemes(
    page: Page, curated_site_url: str, scheme: str
) -> None:
    """Three inline SVG charts whose bars and labels contrast with the page in either scheme."""
    page.emulate_media(color_scheme=scheme)
    page.goto(curated_site_url + "overview/")
    charts = page.locator("svg.digest-chart__svg[role=img]")
    expect(charts).to_have_count(3)
    expect(charts.first.locator("title")).to_contain_text("July 2023: 1 stories")
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.md-main')).backgroundColor"
    )
    if background in ("rgba(0, 0, 0, 0)", "transparent"):
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    label = page.evaluate("getComputedStyle(document.querySelector('.digest-chart text')).fill")
    bar = page.evaluate("getComputedStyle(document.querySelector('.digest-chart__bar')).fill")
    assert contrast(label, background) >= 4.5, (label, background)
    assert contrast(bar, background) >= 3, (bar, background)


# ------------------------------------------------------------------------ the feeds


def test_feeds_are_served_with_the_latest_dated_stories(
    page: Page, curated_site_url: str, curated_site: Path
) -> None:
    """RSS, Atom, JSON Feed and a tag feed parse, hold the dated stories and link to pages."""
    dated_stories = 2  # three stories in the seeds, one without any date
    rss = feedparser.parse(page.request.get(curated_site_url + "feed.xml").body())
    atom = feedparser.parse(page.request.get(curated_site_url + "atom.xml").body())
    json_feed = page.request.get(curated_site_url + "feed.json").json()
    tag = feedparser.parse(page.request.get(curated_site_url + "feeds/tags/chips.xml").body())
    assert not rss.bozo and not atom.bozo and not tag.bozo
    assert len(rss.entries) == len(atom.entries) == len(json_feed["items"]) == dated_stories
    assert len(tag.entries) == dated_stories
    assert [e.published_parsed[:3] for e in rss.entries] == [(2023, 7, 5), (2023, 5, 26)]
    for entry in rss.entries + atom.entries:
        link = urlsplit(entry.link)
        assert link.scheme in ("http", "https") and link.netloc, entry.link
        served = page.request.get(curated_site_url + link.path.lstrip("/"))
        assert served.ok, entry.link
        assert entry.title in served.text()
    head = page.request.get(curated_site_url).text()
    for kind in ("application/rss+xml", "application/atom+xml", "application/feed+json"):
        assert f'type="{kind}"' in head


# ------------------------------------------------------------------------ search


@pytest.mark.parametrize(
    ("field", "term", "title"),
    [
        ("title", "Undersea", "EU, Japan Team up"),
        ("body", "Breton", "EU, Japan Team up"),
        ("source", "Japan Times", "The United States has asked"),
        ("tag", "export", "The United States has asked"),
    ],
)
def test_search_finds_articles_by_title_body_source_and_tag(
    page: Page, curated_site_url: str, field: str, term: str, title: str
) -> None:
    """A word of a title, body, source or tag lists the article, with its source and date."""
    page.goto(curated_site_url)
    search(page, term)
    results = page.locator(f"{RESULT}:has(a[href*='/articles/'])")
    result = results.filter(has_text=title).first
    expect(result).to_be_visible()
    expect(result.locator(".digest-search__meta")).to_have_text(
        re.compile(r"^.+ · (\d{1,2} [A-Z][a-z]+ \d{4}|date unknown)$")
    )
    expect(results.locator(".digest-search__meta")).to_have_count(results.count())


def test_search_results_say_source_and_date(page: Page, curated_site_url: str) -> None:
    """The undated Japan Times article's result says so: its source, and "date unknown"."""
    page.goto(curated_site_url)
    search(page, "thwart")
    meta = page.locator(f"{RESULT} .digest-search__meta")
    expect(meta.first).to_have_text("The Japan Times · date unknown")


def test_search_result_opens_with_the_keyboard_alone(page: Page, curated_site_url: str) -> None:
    """'/' focuses search, typing lists results, arrows and Enter open an article."""
    page.goto(curated_site_url + "archive/")
    search(page, "Rapidus")
    expect(page.locator(".digest-search__status")).to_contain_text("found for")
    page.keyboard.press("ArrowDown")
    expect(page.locator(".digest-search__link:focus")).to_have_count(1)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/[^/]+/"))
    expect(page.locator("article h1")).to_be_visible()


# ------------------------------------------------- private, accessible, responsive


def run_axe(page: Page) -> list[dict[str, Any]]:
    """Inject axe-core and return its serious and critical violations on the page."""
    assert AXE.is_file(), f"{AXE} missing: run `npm ci` (make test does)"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(
    page: Page, curated_site_url: str, curated_site: Path, scheme: str
) -> None:
    """No serious or critical axe-core violation on any kind of page, nor with search open."""
    page.emulate_media(color_scheme=scheme)
    found = {}
    for path in all_pages(curated_site):
        page.goto(curated_site_url + path)
        found[path or "home"] = run_axe(page)
    page.goto(curated_site_url)
    search(page, "chip")
    found["search open"] = run_axe(page)
    assert {path: v for path, v in found.items() if v} == {}


@pytest.mark.parametrize(
    ("viewport", "scheme"), [("phone", "light"), ("laptop", "light"), ("phone", "dark")]
)
def test_no_page_scrolls_sideways(
    page: Page, curated_site_url: str, curated_site: Path, viewport: str, scheme: str
) -> None:
    """At a phone's and a laptop's size no page is wider than the window; screenshots kept."""
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(color_scheme=scheme)
    ARTIFACTS.mkdir(exist_ok=True)
    wide = {}
    for path in all_pages(curated_site):
        page.goto(curated_site_url + path)
        name = (path.strip("/").split("/")[0] or "home") + f"-{viewport}-{scheme}.png"
        page.screenshot(path=str(ARTIFACTS / name), full_page=True)
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            wide[path or "home"] = (scroll, inner)
    assert wide == {}


@pytest.fixture(scope="module")
def sub_path_site(curated_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve the curated site under /news/digest/, as a project site on a shared host."""
    root = tmp_path_factory.mktemp("subpath")
    (root / "news").mkdir()
    (root / "news" / "digest").symlink_to(curated_site / "site", target_is_directory=True)
    for base in serve(root):
        yield base + "news/digest/"


def test_every_page_works_from_a_sub_path_privately_and_without_errors(
    browser: Any, sub_path_site: str, curated_site: Path
) -> None:
    """From a sub-path, every page loads all it asks for from the site alone, logs no error
    and runs none of the markup planted in a tag and a source; search works there too."""
    context = browser.new_context()
    # Every page, one after the other: generous limits, so a busy machine is not a failure.
    context.set_default_navigation_timeout(120_000)
    context.set_default_timeout(60_000)
    requests: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.on(
        "requestfinished",
        lambda r: r.response() and r.response().status >= 400 and failed.append(r.url),
    )
    tab = context.new_page()
    tab.on("console", lambda m: m.type == "error" and errors.append(m.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    try:
        for path in all_pages(curated_site):
            tab.goto(sub_path_site + path)
            tab.wait_for_load_state("networkidle")
            assert tab.evaluate("window.__xss") is None, path
        tab.goto(sub_path_site)
        search(tab, "Rapidus")
        tab.keyboard.press("ArrowDown")
        tab.keyboard.press("Enter")
        tab.wait_for_url(re.compile(r"/news/digest/articles/[^/]+/"))
        tab.wait_for_load_state("networkidle")
    finally:
        context.close()
    elsewhere = [
        u
        for u in requests
        if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).hostname != "127.0.0.1"
    ]
    assert elsewhere == []
    assert [u for u in requests if "/news/digest/" not in u and urlsplit(u).scheme == "http"] == []
    assert failed == []
    assert errors == []


@pytest.mark.browser
def test_the_first_search_benchmark_measures_a_real_search(
    browser: Any, curated_site: Path
) -> None:
    """`make bench`'s search figure comes from a real search: files fetched, a time."""
    figure = first_search(curated_site / "site", "chips", browser)
    match = re.fullmatch(r"([\d,]+) KB raw, ([\d,]+) KB gzip in (\d+) files; ([\d.]+) s", figure)
    assert match, figure
    assert int(match[3]) >= 2  # Pagefind's script and at least one index chunk
    assert 0 < float(match[4]) < 10
