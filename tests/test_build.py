"""Tests for the whole build: the site from the seeds, and the live preview."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from html import unescape
from pathlib import Path
from typing import IO

import yaml

from tests.conftest import ROOT, copy_project, run_digest
from tests.test_seeds import BOILERPLATE


def visible_text(html: str) -> str:
    """Return an HTML page's text without tags, scripts and styles."""
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", html)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_one_page_per_seed(built_site: Path):
    """Every seed becomes exactly one article page in site/."""
    seeds = list((built_site / "seeds").glob("*.txt"))
    pages = list((built_site / "site" / "articles").glob("*/index.html"))
    assert len(pages) == len(seeds) == 5


def test_no_boilerplate_anywhere_in_the_site(built_site: Path):
    """No leftover listed in the brief is in any page but the cleaning report, nor in search."""
    site = built_site / "site"
    report = site / "cleaning-report" / "index.html"
    texts = {
        p: visible_text(p.read_text(encoding="utf-8")) for p in site.rglob("*.html") if p != report
    }
    for phrase in BOILERPLATE:
        if phrase in ("Vishakha Saxena",):  # credited as the author in the page header
            continue
        found = [str(p.relative_to(site)) for p, text in texts.items() if phrase in text]
        assert not found, f"{phrase!r} in {found}"


def test_cleaning_report_lists_removed_lines_with_reasons(built_site: Path):
    """The report page, out of the nav and search, names each removed line and its reason."""
    site = built_site / "site"
    html = (site / "cleaning-report" / "index.html").read_text(encoding="utf-8")
    text = visible_text(html)
    assert "line 57: Pin It on Pinterest" in text
    pinterest = text.index("Pin It on Pinterest")
    reason = "call to action (subscribe, share, follow, search)"
    assert reason in text[:pinterest], "the line is not listed under its reason"
    assert text.count("Read the article") == 5
    assert 'href="../articles/' in html
    assert "cleaning-report" not in (site / "index.html").read_text(encoding="utf-8"), "in nav"
    assert "data-pagefind-body" not in html, "the report would be searchable"
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert 'href="../cleaning-report/"' in about


def test_cleaning_report_escapes_scraped_text(hostile_site: Path):
    """Markup in a removed line shows as text in the report; none of it becomes HTML."""
    html = (hostile_site / "site" / "cleaning-report" / "index.html").read_text(encoding="utf-8")
    assert "<b onmouseover" not in html
    assert "&lt;b onmouseover" in html
    assert "By Jane &lt;b" in html


def free_port() -> int:
    """Ask the system for a free TCP port on localhost."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    """Return the body of `url`, or an empty string while the server is not up."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(condition, seconds: float = 30.0) -> bool:
    """Poll `condition` until it holds or the time is up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def start_serve(project: Path, port: int, log: IO[str]) -> subprocess.Popen[bytes]:
    """Start `digest serve` in `project` on `port`, its output going to `log`."""
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "serve", "--address", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
    )


def test_serve_regenerates_a_page_when_a_seed_changes(tmp_path: Path):
    """Under `digest serve`, a new seed and a curation change reach the site; rebuilds stop."""
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = start_serve(project, port, log)
    home = f"http://127.0.0.1:{port}/"
    try:
        assert wait_for(lambda: "Week of" in fetch(home)), "mkdocs serve did not start"
        assert "<rss" in fetch(home + "feed.xml"), "no feed under mkdocs serve"
        (project / "seeds" / "005_new.txt").write_text(
            "Chipmakers agree on a new packaging standard\n\n"
            "Several chipmakers agreed on Tuesday to share one standard for packaging "
            "advanced chips, the group said in a statement.\n\n"
            "The standard will be published next year, officials said after the meeting.\n",
            encoding="utf-8",
        )
        assert wait_for(lambda: "new packaging standard" in fetch(home)), "page not rebuilt"
        with (project / "curation.yml").open("a", encoding="utf-8") as curation:
            curation.write("\n005_new: {title: Packaging standard agreed, pin: true}\n")
        assert wait_for(lambda: "Packaging standard agreed" in fetch(home)), "curation ignored"
        time.sleep(3)
        builds = (tmp_path / "serve.log").read_text().count("Building documentation")
        time.sleep(3)
        again = (tmp_path / "serve.log").read_text().count("Building documentation")
        assert builds >= 2, "the change did not trigger a rebuild"
        assert again == builds, "the site keeps rebuilding: a rebuild loop"
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def test_tags_index_lists_taxonomy_tags_with_their_articles(built_site: Path):
    """The tags page has a section per taxonomy tag, linking every article that carries it."""
    html = (built_site / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    tagged: dict[str, list[str]] = {}
    for page in (built_site / "content" / "articles").glob("*.md"):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n", 2)[1])
        for tag in meta["tags"]:
            tagged.setdefault(tag, []).append(page.stem)
    assert {"export controls", "Japan", "semiconductors"} <= set(tagged)
    for tag, slugs in tagged.items():
        anchor = "tag:" + tag.lower().replace(" ", "-")
        section = html.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]
        assert sorted(slugs) == sorted(re.findall(r'href="\.\./articles/([^/"]+)/"', section)), tag


def test_a_page_left_out_of_the_nav_warns_and_fails_only_under_strict(tmp_path: Path):
    """A hand-written page missing from the nav is a warning: published, exit 1 only if --strict."""
    project = copy_project(tmp_path / "project")
    (project / "content" / "extra.md").write_text("# Extra\n\nA page of mine.\n", "utf-8")
    result = run_digest(project, "build")
    assert result.returncode == 0, result.stderr
    assert "extra.md" in result.stderr, "the omitted page is not named"
    assert "A page of mine." in (project / "site" / "extra" / "index.html").read_text("utf-8")
    strict = run_digest(project, "build", "--strict")
    assert strict.returncode == 1
    assert "extra.md" in strict.stderr


def test_an_empty_digest_builds_an_empty_site_in_place_of_the_old_one(tmp_path: Path):
    """With every seed gone the build succeeds: no article page is left, home says so."""
    project = copy_project(tmp_path / "project")
    assert run_digest(project, "build", "--strict").returncode == 0
    assert list((project / "site" / "articles").glob("*/index.html"))
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    result = run_digest(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert not list((project / "site").glob("articles/**/*.html")), "old articles published"
    assert "No stories yet" in visible_text((project / "site" / "index.html").read_text("utf-8"))
