"""Browser tests of the built site: search, the article page, privacy, errors, safety.

They run in headless Chromium (Debian's /usr/bin/chromium) against the site that
`digest build --strict` makes from a temporary copy of the project; see conftest.py.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from playwright.sync_api import Page, expect

from digest.site.render import human_date
from tests.conftest import HOSTILE_NOTE, Recorder, copy_project, run_digest

pytestmark = pytest.mark.browser

SEARCH_TERM = "Rapidus"


def front_matters(project: Path) -> dict[str, dict[str, Any]]:
    """Return every generated article's front matter, by slug."""
    articles = {}
    for path in sorted((project / "content" / "articles").glob("*.md")):
        head = path.read_text(encoding="utf-8").split("---\n", 2)[1]
        articles[path.stem] = yaml.safe_load(head)
    return articles


def pick_article(project: Path) -> tuple[str, dict[str, Any]]:
    """Pick the article that shows most of the header: a source, no date, a borrowed title."""
    articles = front_matters(project)
    assert articles, "the build wrote no articles"

    def score(item: tuple[str, dict[str, Any]]) -> tuple[bool, bool, bool, bool]:
        meta = item[1]
        return (
            meta["source"] is not None,
            meta["date"] is None,
            meta["title_from"] != "page",
            bool(meta["copies"]),
        )

    return max(articles.items(), key=score)


# Generous for a loaded machine: the hostile site holds a 1 MB article.
HOSTILE_SEARCH_MS = 30_000
RESULT = ".digest-search__results li"


def search(page: Page, term: str, timeout: float = 5_000) -> None:
    """Open the search box with its keyboard shortcut and type `term`; wait for results."""
    page.keyboard.press("/")
    expect(page.locator("input.digest-search__input")).to_be_focused()
    page.keyboard.type(term, delay=20)
    expect(page.locator(RESULT).first).to_be_visible(timeout=timeout)


@pytest.fixture(scope="module")
def browsing(browser: Any, site_url: str, built_site: Path) -> Recorder:
    """Open each kind of page, run a search and switch palette, recording it all once."""
    recorder = Recorder()
    context = browser.new_context()
    # Requests of the tab and of its workers (Pagefind's search may run in a worker).
    context.on("request", lambda r: recorder.requests.append(r.url))
    tab = context.new_page()
    tab.on("console", lambda m: m.type == "error" and recorder.console_errors.append(m.text))
    tab.on("pageerror", lambda error: recorder.page_errors.append(str(error)))
    slug, _ = pick_article(built_site)
    try:
        for path in ["", "about/", "tags/", f"articles/{slug}/"]:
            tab.goto(site_url + path)
            tab.wait_for_load_state("networkidle")
        tab.goto(site_url)
        search(tab, SEARCH_TERM)
        tab.keyboard.press("Escape")
        tab.locator("form[data-md-component=palette] label:visible").click()
        tab.wait_for_load_state("networkidle")
    finally:
        context.close()
    return recorder


def test_no_story_title_on_the_home_page_leaves_a_blank_line(page: Page, site_url: str) -> None:
    """At every width from a phone's to a desktop's, a story's heading is as tall as its
    title's lines: nothing hidden after the title wraps onto a line of its own."""
    page.goto(site_url)
    for width in range(320, 1290, 10):
        page.set_viewport_size({"width": width, "height": 900})
        spare = page.evaluate(
            """() => [...document.querySelectorAll('.digest-stories h3')].map(h => {
                const title = h.querySelector('a:not(.headerlink)');
                const rects = title ? title.getClientRects() : [];
                if (!rects.length) return 0;
                const bottom = rects[rects.length - 1].bottom;
                const style = getComputedStyle(h);
                return h.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - bottom;
            })"""
        )
        assert max(spare, default=0) < 8, (width, spare)


def test_search_finds_an_article(page: Page, site_url: str) -> None:
    """Typing "Rapidus" in the search box by keyboard lists a result that opens an article."""
    page.goto(site_url)
    search(page, SEARCH_TERM)
    results = page.locator(f"{RESULT} a[href*='/articles/']")
    expect(results.first).to_be_visible()
    assert results.count() >= 1
    # Each keystroke starts a search: let the last one finish, so the list the arrow key
    # moves into is not replaced under it (a loaded machine runs them late).
    page.wait_for_load_state("networkidle")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/[^/]+/"))
    expect(page.locator("article h1")).to_be_visible()


def test_an_article_s_date_reads_as_the_home_page_writes_it(
    page: Page, site_url: str, built_site: Path
) -> None:
    """`2023-05-26` shows as `26 May 2023`, as on the home page; machines keep the ISO day."""
    dated = [(slug, meta) for slug, meta in front_matters(built_site).items() if meta["date"]]
    slug, meta = dated[0]
    page.goto(f"{site_url}articles/{slug}/")
    shown = page.locator(".digest-meta__row--date dd time")
    expect(shown).to_have_text(human_date(str(meta["date"])))
    expect(shown).to_have_attribute("datetime", str(meta["date"]))


def test_article_page_shows_title_and_metadata(page: Page, site_url: str, built_site: Path) -> None:
    """An article page shows its title, a metadata header with "unknown" gaps, and copies."""
    slug, meta = pick_article(built_site)
    page.goto(f"{site_url}articles/{slug}/")

    expect(page.locator("article h1")).to_have_text(meta["title"])
    assert page.title() == f"{meta['title']} - Digest"
    header = page.locator(".digest-meta")
    expect(header).to_be_visible()
    for key in ("source", "date", "dateline"):
        expect(header.locator(f".digest-meta__row--{key} dd")).to_contain_text(
            meta[key] or "unknown"
        )
    if not (meta["source"] and meta["date"] and meta["dateline"]):
        expect(header.get_by_text("unknown", exact=True).first).to_be_visible()
    expect(header.locator(".digest-meta__row--reading-time dd")).to_contain_text(
        f"{meta['reading_time']} min"
    )
    if meta["title_from"] != "page":
        expect(page.locator(".digest-article__title-from")).to_contain_text("headline")
    for key in ("source", "date", "authors", "dateline"):
        origin = meta[f"{key}_from"]
        row = header.locator(f".digest-meta__row--{key} dd")
        if origin == "page":
            expect(row).to_contain_text("(from the page)")
        elif origin is None:
            expect(row).to_have_text("unknown")
    tags = header.locator(".digest-meta__row--tags dd")
    expect(tags.locator("a.md-tag")).to_have_count(len(meta["tags"]))
    expect(tags).to_contain_text("matched from the taxonomy")

    links = page.locator("aside[aria-labelledby=other-copies] a")
    expect(links).to_have_count(len(meta["copies"]))
    for index, copy in enumerate(meta["copies"]):
        href = links.nth(index).get_attribute("href")
        assert href and not urlsplit(href).scheme, href
        target = page.request.get(urljoin(page.url, href))
        assert target.ok, f"{href}: HTTP {target.status}"
        heading = re.search(r'<h1 id="article-title">(.*?)</h1>', target.text(), re.S)
        assert heading and html.unescape(heading[1]) == copy["title"], href


def test_no_request_leaves_the_site(browsing: Recorder) -> None:
    """No page, search or palette switch requests anything from a host other than 127.0.0.1."""
    assert any("/pagefind/" in url for url in browsing.requests)
    elsewhere = [
        url
        for url in browsing.requests
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"
    ]
    assert elsewhere == []


def test_no_console_errors(browsing: Recorder) -> None:
    """Browsing every kind of page, searching and switching palette logs no error."""
    assert browsing.requests, "nothing was browsed"
    assert browsing.console_errors == []
    assert browsing.page_errors == []


def test_colour_scheme_follows_the_system_and_toggles(page: Page, site_url: str) -> None:
    """A dark system preference selects the dark palette, and the toggle switches it back."""
    page.emulate_media(color_scheme="dark")
    page.goto(site_url)
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("form[data-md-component=palette] label:visible").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def hostile_slug(project: Path) -> str:
    """Return the slug of the article built from the hostile seed."""
    slugs = [slug for slug, meta in front_matters(project).items() if meta["id"] == "900_hostile"]
    assert len(slugs) == 1
    return slugs[0]


def test_scraped_markup_stays_text_on_every_page(
    page: Page, hostile_site_url: str, hostile_site: Path
) -> None:
    """Markup in a seed's headline and body shows as text and runs nowhere on the site."""
    slug = hostile_slug(hostile_site)
    for path in [f"articles/{slug}/", "", "archive/", "sources/", "tags/", "overview/"]:
        page.goto(hostile_site_url + path)  # waits for "load": images have failed by then
        assert page.evaluate("window.__xss") is None, path
    page.goto(f"{hostile_site_url}articles/{slug}/")
    expect(page.locator("article h1")).to_contain_text("img src=x")
    assert "img src=x" in page.title()
    expect(page.locator("article img")).to_have_count(0)


def test_curator_note_and_pin_show_as_text(
    page: Page, hostile_site_url: str, hostile_site: Path
) -> None:
    """The editor's note sits above the body as text; the pinned story heads the home page."""
    slug = hostile_slug(hostile_site)
    page.goto(f"{hostile_site_url}articles/{slug}/")
    note = page.locator("aside.digest-note")
    expect(note.locator("h2")).to_have_text("Editor's note")
    expect(note.locator("p")).to_have_text(HOSTILE_NOTE)
    assert note.evaluate(
        "n => n.compareDocumentPosition(document.querySelector("
        "'.digest-article__body')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    source = page.locator(".digest-meta__row--source dd")
    expect(source).to_contain_text("<b onmouseover")
    expect(source).to_contain_text("set by the curator")
    page.goto(hostile_site_url)
    pinned = page.locator("h2#pinned")
    expect(pinned).to_be_visible()
    # The pinned story heads the page (listed under its lead copy, the hostile one among them).
    section = page.locator(
        "xpath=//h2[@id='pinned']/following::a"
        f"[contains(@href, 'articles/{slug}/')][not(preceding::h2[@id!='pinned'])]"
    )
    expect(section.first).to_be_attached()
    assert page.evaluate("window.__xss") is None


def test_scraped_markup_stays_text_in_search_results(
    page: Page, hostile_site_url: str, hostile_site: Path
) -> None:
    """Searching for the hostile article shows its headline as text and runs nothing."""
    hostile_slug(hostile_site)
    page.goto(hostile_site_url)
    search(page, SEARCH_TERM, timeout=HOSTILE_SEARCH_MS)
    page.wait_for_timeout(300)  # let a planted image fail to load
    assert page.evaluate("window.__xss") is None
    expect(page.locator(f"{RESULT} img")).to_have_count(0)


# Lists what no page built from scraped text may hold: an `on…` handler, a
# `javascript:` URL in any attribute, a frame or embed, a script or image planted by a
# seed. Material's own markup has none of these.
INJECTED = r"""() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attribute.name.toLowerCase().startsWith('on')) {
        found.push(`${element.tagName} ${attribute.name}`);
      }
      if (value.startsWith('javascript:') || value.startsWith('vbscript:')) {
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  document.querySelectorAll('iframe, frame, object, embed').forEach(
    (element) => found.push(element.tagName));
  for (const script of document.scripts) {
    if (script.textContent.includes('__xss')) found.push('planted script');
  }
  for (const image of document.images) {
    if (image.getAttribute('src') === 'x') found.push('planted image');
  }
  return found;
}"""


def test_no_page_of_the_hostile_corpus_runs_or_injects_anything(
    page: Page, hostile_site_url: str, hostile_site: Path
) -> None:
    """On every page built from the hostile corpus: no dialog, no payload, no injected element."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    site = hostile_site / "site"
    pages = sorted(str(p.parent.relative_to(site)) for p in site.rglob("index.html"))
    assert len(pages) > 30, pages
    for path in pages:
        url = hostile_site_url + ("" if path == "." else f"{path}/")
        page.goto(url)  # waits for "load": planted images have failed by then
        assert page.evaluate("window.__xss") is None, path
        assert page.evaluate(INJECTED) == [], path
    assert dialogs == []


def test_search_results_for_the_markup_seed_stay_text(
    page: Page, hostile_site_url: str, hostile_site: Path
) -> None:
    """Search results quoting the markup seed's body show its tags as text and run nothing."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site_url)
    search(page, "markup", timeout=HOSTILE_SEARCH_MS)
    results = page.locator(RESULT)
    expect(results.filter(has_text="script").first).to_be_visible()
    page.wait_for_timeout(300)  # let a planted image fail to load
    assert page.evaluate("window.__xss") is None
    assert page.evaluate(INJECTED) == []
    assert dialogs == []


# An invented report in Arabic, as a curator pastes one: headline, date, three paragraphs.
ARABIC_SEED = "\n\n".join(
    (
        "افتتاح أول خط للقطار الكهربائي بين المدينتين الساحليتين",
        "الرحلة بين المدينتين تستغرق الآن أقل من خمسين دقيقة بدلا من ساعتين ونصف",
        "12 مارس 2025",
        "افتتحت وزارة النقل صباح الأربعاء أول خط للقطار الكهربائي يربط بين "
        "المدينتين الساحليتين، بعد أربع سنوات من أعمال البناء التي شارك فيها "
        "أكثر من ثلاثة آلاف عامل ومهندس من داخل البلاد وخارجها.",
        "وقال وزير النقل في كلمة ألقاها خلال حفل الافتتاح إن الخط الجديد سيختصر "
        "زمن الرحلة من ساعتين ونصف إلى أقل من خمسين دقيقة، وإن القطارات ستعمل "
        "كل ربع ساعة في أوقات الذروة، مع أسعار مخفضة للطلاب وكبار السن.",
        "وأضاف أن الحكومة تخطط لمد الخط شمالا خلال السنوات الخمس المقبلة، ليصل "
        "إلى المطار الدولي والمنطقة الصناعية الجديدة، مشيرا إلى أن المشروع "
        "سيوفر آلاف فرص العمل ويخفف الازدحام على الطريق الساحلي الذي يشهد حوادث "
        "متكررة.",
    )
)


def test_a_right_to_left_article_reads_from_the_right(browser: Any, tmp_path: Path) -> None:
    """An Arabic article's headline and paragraphs start at the right edge of the text
    column and run leftwards, while the site's frame stays left to right."""
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "arabic.txt").write_text(ARABIC_SEED, encoding="utf-8")
    result = run_digest(project, "build")
    assert result.returncode == 0, result.stderr
    slug = next(
        slug for slug, meta in front_matters(project).items() if "الكهربائي" in meta["title"]
    )
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        tab.goto((project / "site" / "articles" / slug / "index.html").as_uri())
        for selector in (
            ".digest-article__header h1",
            ".digest-article__standfirst",
            ".digest-article__body p",
        ):
            left, right, text_left, text_right = tab.evaluate(
                """(selector) => {
                    const element = document.querySelector(selector);
                    const range = document.createRange();
                    range.selectNodeContents(element);
                    const box = element.getBoundingClientRect();
                    const text = range.getClientRects()[0];
                    return [box.left, box.right, text.left, text.right];
                }""",
                selector,
            )
            assert abs(right - text_right) < 2 and text_left - left > 2, selector
    finally:
        tab.close()
