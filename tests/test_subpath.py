"""The site built for a sub-path, as GitHub Pages serves it: https://USER.github.io/REPO/.

The project's seeds are built with `SITE_URL=http://127.0.0.1:PORT/news-digest/` and
served only under `/news-digest/` (anything else is a 404, as on Pages), then every
internal link and asset is fetched: pages, stylesheets, scripts, images, the URLs in
stylesheets, the sitemap's entries and any feed's links.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import ROOT, Recorder, copy_project
from tests.test_browser import SEARCH_TERM, search

PREFIX = "/news-digest/"
# Feeds the site must publish, as paths in site/. Every RSS, Atom or JSON Feed file
# found in site/ (the per-tag feeds too) is checked as well.
REQUIRED_FEEDS: tuple[str, ...] = ("feed.xml", "atom.xml", "feed.json")
JSON_FEED = "https://jsonfeed.org/version/"
# Attributes that make the browser fetch or navigate to a URL.
URL_ATTRIBUTES = {"href", "src", "poster", "action", "data", "data-pagefind"}


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serve `directory` under PREFIX only, as Pages serves a project site."""

    def send_head(self) -> Any:
        if not urlsplit(self.path).path.startswith(PREFIX):
            self.send_error(404, "outside the site's sub-path")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + urlsplit(path).path[len(PREFIX) :])

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class SubpathSite:
    """A project built for `base`, with its site/ served there."""

    project: Path
    base: str
    build_log: str

    @property
    def site(self) -> Path:
        return self.project / "site"


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SubpathSite]:
    """Build the seeds for http://127.0.0.1:PORT/news-digest/ and serve them there."""
    project = copy_project(tmp_path_factory.mktemp("subpath"))
    # The server's socket is bound first, so the address built into the site is its own.
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_PagesHandler, directory=str(project / "site"))
    )
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_REPOSITORY"}
    result = subprocess.run(
        [sys.executable, "-m", "digest", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**env, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert result.returncode == 0, f"digest build failed:\n{result.stdout}\n{result.stderr}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield SubpathSite(project, base, result.stdout + result.stderr)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _Links(HTMLParser):
    """Collect every URL a page links to or loads, and its canonical link.

    The search box loads Pagefind's script from its `data-pagefind` address, and
    Pagefind its index beside it (`pagefind-entry.json`).
    """

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.canonical: list[str] = []
        self._in_config = False

    def handle_data(self, data: str) -> None:
        if self._in_config:
            config = json.loads(data)
            self.urls += [config["base"] + "/pagefind/pagefind-entry.json"]

    def handle_endtag(self, tag: str) -> None:
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        for name, value in values.items():
            if name in URL_ATTRIBUTES:
                self.urls.append(value)
            elif name in ("srcset", "imagesrcset"):
                self.urls.extend(part.split()[0] for part in value.split(",") if part.strip())
        if tag == "link" and "canonical" in values.get("rel", "").split():
            self.canonical.append(values.get("href", ""))
        self._in_config = tag == "script" and values.get("id") == "__config"


def page_links(html: str) -> _Links:
    """Parse one HTML page's links."""
    parser = _Links()
    parser.feed(html)
    return parser


def css_urls(css: str) -> list[str]:
    """Return the url(...) references of a stylesheet."""
    return [m.strip("'\" ") for m in re.findall(r"url\(\s*([^)]*?)\s*\)", css)]


def fetch(url: str) -> tuple[int, str, bytes]:
    """GET `url`; return the status, the content type and the body."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def internal(base: str, url: str) -> bool:
    """Whether `url` points at the server the site is on (broken or not)."""
    parts, home = urlsplit(url), urlsplit(base)
    return parts.scheme in ("http", "https") and parts.netloc == home.netloc


def page_url(site: SubpathSite, path: Path) -> str:
    """Return the address of an HTML file of site/."""
    relative = path.relative_to(site.site).as_posix()
    return site.base + relative.removesuffix("index.html")


def crawl(site: SubpathSite) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Fetch every page of site/ and everything they reach on the server.

    Returns each fetched URL's status, and for each URL the pages that refer to it.
    """
    sitemap = ET.fromstring(fetch(site.base + "sitemap.xml")[2])
    starts = [site.base] + [page_url(site, p) for p in sorted(site.site.rglob("*.html"))]
    starts += [loc.text or "" for loc in sitemap.findall(".//{*}loc")]
    queue = [(url, "start") for url in starts]
    status: dict[str, int] = {}
    referrers: dict[str, list[str]] = {}
    while queue:
        url, referrer = queue.pop()
        url = url.split("#", 1)[0]
        referrers.setdefault(url, []).append(referrer)
        if url in status:
            continue
        code, kind, body = fetch(url)
        status[url] = code
        if code != 200:
            continue
        if kind == "text/html":
            found = page_links(body.decode("utf-8")).urls
        elif kind == "text/css":
            found = css_urls(body.decode("utf-8"))
        else:
            continue
        for link in found:
            target = urljoin(url, link)
            if internal(site.base, target):
                queue.append((target, url))
    return status, referrers


def test_build_for_a_sub_path_is_strict_and_warning_free(subpath_site: SubpathSite):
    """`digest build --strict` for a sub-path logs no warning at all."""
    assert "WARNING" not in subpath_site.build_log
    assert (subpath_site.site / "index.html").is_file()


def test_every_internal_link_and_asset_resolves_under_the_sub_path(subpath_site: SubpathSite):
    """Crawling every page, stylesheet and sitemap entry finds no broken internal URL."""
    status, referrers = crawl(subpath_site)
    broken = {url: referrers[url][:3] for url, code in status.items() if code != 200}
    assert broken == {}
    outside = [url for url in status if not urlsplit(url).path.startswith(PREFIX)]
    assert outside == [], "links that leave the sub-path"
    kinds = {Path(urlsplit(url).path).suffix for url in status}
    assert {".css", ".js", ".svg", ".json", ""} <= kinds, kinds
    articles = [url for url in status if "/articles/" in url]
    assert len(articles) >= 5


def test_sitemap_and_canonical_links_carry_the_full_base_url(subpath_site: SubpathSite):
    """Every sitemap entry and every page's canonical link starts with the sub-path address."""
    site, base = subpath_site.site, subpath_site.base
    sitemap = ET.fromstring((site / "sitemap.xml").read_bytes())
    locs = [loc.text for loc in sitemap.findall(".//{*}loc")]
    pages = sorted(p for p in site.rglob("index.html"))
    assert len(locs) == len(pages) and all(loc and loc.startswith(base) for loc in locs), locs
    assert (
        gzip.decompress((site / "sitemap.xml.gz").read_bytes())
        == (site / "sitemap.xml").read_bytes()
    )
    for path in pages:
        canonical = page_links(path.read_text(encoding="utf-8")).canonical
        assert canonical == [page_url(subpath_site, path)], path


def find_feeds(site: Path) -> list[Path]:
    """Return every RSS, Atom or JSON Feed file in site/, whatever its name."""
    feeds = []
    for path in sorted(site.rglob("*.xml")):
        root = ET.fromstring(path.read_bytes())
        if root.tag.split("}")[-1] in ("rss", "feed", "RDF"):
            feeds.append(path)
    for path in sorted(site.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and str(data.get("version", "")).startswith(JSON_FEED):
            feeds.append(path)
    return feeds


def feed_links(path: Path) -> list[str]:
    """Return a feed's links: RSS/Atom <link> texts and hrefs, permalink guids and URL
    ids, and the JSON Feed fields whose name ends in "url"."""
    if path.suffix == ".json":
        found: list[str] = []

        def walk(value: object) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    if key.endswith("url") and isinstance(item, str):
                        found.append(item)
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(json.loads(path.read_text(encoding="utf-8")))
        return found
    links = []
    for element in ET.fromstring(path.read_bytes()).iter():
        name, text = element.tag.split("}")[-1], (element.text or "").strip()
        if name == "link":
            links.append(element.get("href") or text)
        elif name in ("guid", "id") and text.startswith(("http:", "https:", "/")):
            links.append(text)  # ids that are URNs or tag: URIs are names, not links
    return links


def feed_problems(feed: Path, base: str) -> list[str]:
    """Say what is wrong with a feed's links for a site published at `base`."""
    links = feed_links(feed)
    if not links:
        return [f"{feed.name}: no link"]
    problems = [
        f"{feed.name}: {u!r} is not a full address" for u in links if not urlsplit(u).netloc
    ]
    inside = {u.split("#")[0] for u in links if internal(base, u)}
    if not inside:
        problems.append(f"{feed.name}: no link to the site at {base}")
    for url in sorted(inside):
        if not url.startswith(base):
            problems.append(f"{feed.name}: {url} is outside {base}")
        elif fetch(url)[0] != 200:
            problems.append(f"{feed.name}: {url} is broken")
    return problems


def test_feeds_carry_the_full_base_url(subpath_site: SubpathSite):
    """Every link in every feed in site/ is a full address under the sub-path, and works."""
    site, base = subpath_site.site, subpath_site.base
    feeds = find_feeds(site)
    assert [name for name in REQUIRED_FEEDS if site / name not in feeds] == []
    assert [problem for feed in feeds for problem in feed_problems(feed, base)] == []


def test_feed_check_catches_relative_and_misplaced_links(subpath_site: SubpathSite, tmp_path: Path):
    """The feed check is no formality: root-relative and wrong-base links are reported."""
    base = subpath_site.base
    host = base[: -len(PREFIX)]
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f'<rss version="2.0"><channel><link>{base}</link>'
        f"<item><link>/articles/x/</link><guid>{host}/articles/y/</guid></item>"
        f"<item><link>{base}about/</link></item></channel></rss>",
        encoding="utf-8",
    )
    assert find_feeds(tmp_path) == [feed]
    assert feed_problems(feed, base) == [
        "feed.xml: '/articles/x/' is not a full address",
        f"feed.xml: {host}/articles/y/ is outside {base}",
    ]
    json_feed = tmp_path / "feed.json"
    json_feed.write_text(json.dumps({"version": JSON_FEED + "1.1", "home_page_url": base}))
    assert find_feeds(tmp_path) == [feed, json_feed]
    assert feed_problems(json_feed, base) == []


def test_not_found_page_works_at_any_depth(subpath_site: SubpathSite):
    """The 404 page's links and assets work wherever Pages shows it under the sub-path."""
    html = (subpath_site.site / "404.html").read_text(encoding="utf-8")
    missing_page = subpath_site.base + "articles/gone/deeper/"
    links = [urljoin(missing_page, url) for url in page_links(html).urls]
    inside = {url.split("#")[0] for url in links if internal(subpath_site.base, url)}
    assert inside, "the 404 page links nowhere on the site"
    assert all(urlsplit(url).path.startswith(PREFIX) for url in inside), inside
    broken = [url for url in sorted(inside) if fetch(url)[0] != 200]
    assert broken == []


@pytest.mark.browser
def test_pages_under_the_sub_path_load_styles_scripts_and_search(
    page: Page, recorder: Recorder, subpath_site: SubpathSite
) -> None:
    """In Chromium, a page under the sub-path is styled, runs its scripts and searches."""
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
    page.goto(subpath_site.base + "about/")
    page.wait_for_load_state("networkidle")
    # Material's stylesheet makes the header sticky; without it the header is static.
    position = page.locator(".md-header").evaluate("e => getComputedStyle(e).position")
    assert position == "sticky"
    search(page, SEARCH_TERM)
    result = page.locator(".digest-search__results a[href*='/articles/']").first
    expect(result).to_be_visible()
    assert result.evaluate("link => link.href").startswith(subpath_site.base)
    assert failed == []
    assert recorder.console_errors == [] and recorder.page_errors == []
