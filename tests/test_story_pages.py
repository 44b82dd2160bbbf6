"""No page grows with a story: an article page and the home page name at most ten other
copies, and a story with more has pages listing them all (`digest/site/storypages.py`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.evaluate.bench import make_project
from digest.evaluate.wordmodel import word_model
from digest.site.pages import render_home, render_tags
from digest.site.storypages import COPIES_PER_PAGE, page_path, story_page_files
from digest.stories.grouping import LISTED_COPIES, link_copies
from tests.conftest import ROOT, build, run_digest

MEGABYTE = 1_000_000
REPORT = next((ROOT / "seeds").glob("002_*.txt")).read_text(encoding="utf-8")


def repost(number: int) -> str:
    """Return one repost of the seeds' Reuters report, its headline numbered."""
    return f"Repost {number}: EU to beef up Japan ties on chips\n{REPORT}"


def one_story(count: int) -> list[Article]:
    """Return `count` grouped and linked articles that are all copies of one report."""
    body = tuple(
        Line(n, f"Paragraph {n} of the one report, said again.", Verdict.BODY) for n in range(3)
    )
    articles = [
        Article(
            id=f"a{n:05d}",
            filename=f"a{n:05d}.txt",
            text="",
            lines=body,
            title=f"Copy {n}",
            slug=f"copy-{n}",
        )
        for n in range(count)
    ]
    return link_copies([a.evolve(story="a00000") for a in articles])


def test_each_copy_names_ten_others_and_counts_the_rest():
    articles = one_story(4_000)
    assert all(len(a.copies) == LISTED_COPIES for a in articles)
    assert all(a.more_copies == 4_000 - 1 - LISTED_COPIES for a in articles)
    assert [c.id for c in articles[0].copies] == [f"a{n:05d}" for n in range(1, 11)]
    assert articles[5].copies[0].id == "a00000"  # the first copy, whose page lists them all


def test_a_small_story_has_no_page_of_its_own():
    articles = one_story(LISTED_COPIES + 1)
    assert all(a.more_copies == 0 for a in articles)
    assert dict(story_page_files(articles)) == {}


def test_a_large_story_is_listed_whole_on_pages_of_bounded_size():
    """Every copy is on exactly one page; pages link on to the next."""
    articles = one_story(1_201)
    pages = story_page_files(articles)
    assert sorted(pages) == sorted(page_path("copy-0", n) for n in (1, 2, 3))
    listed = [line for path in pages for line in pages[path].splitlines() if line.startswith("- ")]
    assert len(listed) == 1_201
    assert "(../articles/copy-0.md)" in pages[page_path("copy-0")]
    assert "(../../articles/copy-1200.md)" in pages[page_path("copy-0", 3)]
    assert "[Next page](copy-0/page-2.md)" in pages[page_path("copy-0")]
    assert "[Previous page](../copy-0.md)" in pages[page_path("copy-0", 2)]
    assert "[Next page](page-3.md)" in pages[page_path("copy-0", 2)]
    assert COPIES_PER_PAGE < 1_201


def test_the_home_page_names_ten_other_copies_and_links_to_the_rest():
    articles = one_story(40)
    entry = render_home(articles)
    assert entry.count("(articles/copy-") == 1 + LISTED_COPIES  # the lead, ten others
    assert "and [29 more](stories/copy-0.md)" in entry


def test_the_tags_page_lists_eleven_copies_of_a_story_per_tag():
    articles = [a.evolve(tags=("chips", "Japan")) for a in one_story(4_000)]
    listing = render_tags(articles, str)
    assert listing.count("\n- ") == 2 * (LISTED_COPIES + 1)
    assert listing.count("and 3,989 more copies of this story") == 2


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    return make_project(tmp_path_factory.mktemp("one-story") / "project", 0, word_model(texts))


def _write_reposts(project: Path, count: int) -> None:
    seeds = project / "seeds"
    for path in seeds.glob("*.txt"):
        path.unlink()
    for number in range(count):
        (seeds / f"{number:05d}.txt").write_text(repost(number), encoding="utf-8")


def _front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_four_thousand_copies_of_one_story_build_pages_of_bounded_size(project):
    """4,000 reposts of one report are one story; every article page lists ten of the
    others and links to the story's pages, and no file the build writes reaches 1 MB
    (each page once listed the 3,999 others: 2.6 GB)."""
    _write_reposts(project, 4_000)
    result = run_digest(project, "build", "--no-site")
    assert result.returncode == 0, result.stderr
    pages = sorted((project / "content" / "articles").glob("*.md"))
    assert len(pages) == 4_000
    meta = [_front_matter(path) for path in pages[:: len(pages) // 7]]
    assert {m["story"] for m in meta} == {"00000"}
    assert all(len(m["copies"]) == LISTED_COPIES and m["more_copies"] == 3_989 for m in meta)
    listing = project / "content" / "stories" / meta[0]["all_copies"]
    assert listing.is_file()
    story_pages = list((project / "content" / "stories").rglob("*.md"))
    assert len(story_pages) == 4_000 // COPIES_PER_PAGE
    listed = sum(p.read_text(encoding="utf-8").count("\n- ") for p in story_pages)
    assert listed == 4_000
    sizes = {p: p.stat().st_size for p in (project / "content").rglob("*") if p.is_file()}
    assert max(sizes.values()) < MEGABYTE, max(sizes, key=sizes.__getitem__)


def test_the_site_links_an_article_to_every_copy_of_its_story(project):
    """Built as a site, an article of a story of 30 copies says "and 19 more" and links
    to the page listing all 30, which links back to each; no page the build makes
    reaches 1 MB."""
    _write_reposts(project, 30)
    build(project)
    site = project / "site"
    article = next((site / "articles").glob("*/index.html"))
    html = article.read_text(encoding="utf-8")
    assert "and 19 more" in html
    href = re.search(r'<a href="([^"]+)">all copies of this story</a>', html)
    assert href is not None
    listing = (article.parent / href[1] / "index.html").resolve()
    assert listing.is_file()
    assert listing.read_text(encoding="utf-8").count('href="../../articles/') == 30
    # The theme's scripts (a 1 MB source map) are the same for any digest.
    made = [p for p in site.rglob("*") if p.is_file() and "assets" not in p.relative_to(site).parts]
    assert max(p.stat().st_size for p in made) < MEGABYTE
