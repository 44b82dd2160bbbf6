"""Tests for the writer: hand-written pages are never touched, a killed write leaves no trace."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import digest.site.mkdocs
import digest.stamps
from digest.site.feeds import SiteInfo
from digest.site.mkdocs import (
    MANIFEST,
    TEMP_SUFFIX,
    Written,
    hand_written_articles,
    read_site_info,
    settle_stamps,
    sync_content,
)
from digest.site.outputs import Files, Output
from tests.conftest import ROOT, copy_project, run_digest

# The slug the seeds' EU–Japan report gets from its headline.
EU_JAPAN = "eu-to-beef-up-japan-ties-on-chips-ai-to-de-risk-from-china"


def test_a_hand_written_page_keeps_a_slug_an_article_wants(tmp_path: Path):
    """A curator's page at an article's URL stays as written; the article gets another slug."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    mine = tmp_path / "content" / "articles" / f"{EU_JAPAN}.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("# My own page\n")
    result = run_digest(tmp_path, "build", "--no-site")
    assert result.returncode == 0, result.stderr
    assert mine.read_text() == "# My own page\n"
    pages = sorted(p.name for p in mine.parent.glob(f"{EU_JAPAN}-*.md"))
    assert len(pages) == 2, pages  # both copies with that headline moved aside
    manifest = json.loads((tmp_path / "content" / MANIFEST).read_text())
    assert f"articles/{EU_JAPAN}.md" not in manifest


def test_a_killed_write_leaves_nothing_taken_for_hand_written(tmp_path: Path, monkeypatch):
    """Stopped after two files, the build's files are still its own; the next run finishes."""
    files = {f"articles/a{n}.md": f"# {n}\n" for n in range(5)}
    real_write = digest.site.mkdocs.write_bytes_if_changed
    calls = []

    def dying_write(path: str, data: bytes, durable: bool = False, absent: bool = False) -> bool:
        if Path(path).name != MANIFEST:
            calls.append(path)
            if len(calls) > 2:
                raise KeyboardInterrupt  # the process is gone from here on
        return real_write(path, data, durable, absent)

    monkeypatch.setattr(digest.site.mkdocs, "write_bytes_if_changed", dying_write)
    with pytest.raises(KeyboardInterrupt):
        sync_content(tmp_path, files)
    assert hand_written_articles(tmp_path) == set()
    monkeypatch.setattr(digest.site.mkdocs, "write_bytes_if_changed", real_write)
    assert sync_content(tmp_path, files) == (3, 0)
    assert sorted(json.loads((tmp_path / MANIFEST).read_text())) == sorted(files)


def test_a_file_a_killed_build_was_replacing_is_still_its_own(tmp_path: Path, monkeypatch):
    """Killed after rewriting a page, the build's manifest lists both versions: the next
    build, whose seeds no longer make that page, removes it without a warning."""
    sync_content(tmp_path, {"articles/a.md": "# a, first\n", "articles/b.md": "# b\n"})
    real_write = digest.site.mkdocs.write_bytes_if_changed

    def dying_write(path: str, data: bytes, durable: bool = False, absent: bool = False) -> bool:
        written = real_write(path, data, durable, absent)
        if Path(path).name == "a.md":
            raise KeyboardInterrupt  # the process is gone from here on
        return written

    monkeypatch.setattr(digest.site.mkdocs, "write_bytes_if_changed", dying_write)
    with pytest.raises(KeyboardInterrupt):
        sync_content(tmp_path, {"articles/a.md": "# a, second\n", "articles/b.md": "# b\n"})
    assert (tmp_path / "articles" / "a.md").read_text() == "# a, second\n"
    monkeypatch.setattr(digest.site.mkdocs, "write_bytes_if_changed", real_write)
    assert hand_written_articles(tmp_path) == set()
    assert sync_content(tmp_path, {"articles/b.md": "# b\n"}) == (0, 1)
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["b.md"]


def test_a_manifest_of_paths_alone_still_removes_what_it_lists(tmp_path: Path):
    """A manifest from before digests were kept claims its paths, whatever their bytes."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "old.md").write_text("# old\n")
    (tmp_path / MANIFEST).write_text(json.dumps(["articles/old.md"]))
    assert sync_content(tmp_path, {"articles/a.md": "# a\n"}) == (1, 1)
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.md"]
    assert list(json.loads((tmp_path / MANIFEST).read_text())) == ["articles/a.md"]


def test_half_written_temporaries_are_removed_and_nothing_else(tmp_path: Path):
    """A temporary file a killed build left is removed; a hand-written dot-file is not."""
    articles = tmp_path / "articles"
    articles.mkdir()
    leftover = articles / f".a.md.x1y2{TEMP_SUFFIX}"
    leftover.write_text("half")
    notes = tmp_path / ".notes.tmp"
    notes.write_text("mine")
    sync_content(tmp_path, {"articles/a.md": "# a\n"})
    assert not leftover.exists() and notes.read_text() == "mine"
    assert sorted(p.name for p in articles.iterdir()) == ["a.md"]


def test_a_garbled_manifest_claims_nothing(tmp_path: Path):
    """A manifest that is not a list of names is ignored: no crash, nothing removed."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "mine.md").write_text("# Mine\n")
    (tmp_path / MANIFEST).write_text("5")
    assert hand_written_articles(tmp_path) == {"mine"}
    assert sync_content(tmp_path, {"articles/a.md": "# a\n"}) == (1, 0)
    assert (tmp_path / "articles" / "mine.md").read_text() == "# Mine\n"


def _files(made: list[str], texts: dict[str, str], keys: dict[str, str]) -> Files:
    """Files whose texts note when they are made."""

    def maker(path: str) -> Callable[[], str]:
        return lambda: made.append(path) or texts[path]

    return Files({path: Output(keys[path], maker(path)) for path in texts})


def test_a_file_written_under_the_same_key_is_not_made_again(tmp_path: Path, monkeypatch):
    """A file whose key and stamp are as the last build left them is neither made nor
    read; one edited by hand, or under a new key, is made and written. Files written
    just now have no trusted stamp: the next build reads them and compares them with
    the digest of what it wrote, without making their text."""
    monkeypatch.setattr(digest.stamps, "SETTLED_NS", 0)
    texts = {"articles/a.md": "# a\n", "articles/b.md": "# b\n", "articles/c.md": "# c\n"}
    keys = {path: path + ":1" for path in texts}
    ledger: dict[str, Written] = {}
    made: list[str] = []
    assert sync_content(tmp_path, _files(made, texts, keys), ledger) == (3, 0)
    assert sorted(made) == sorted(texts)
    assert {stamp for _, stamp, _ in ledger.values()} == {""}  # just written: not trusted
    made.clear()
    assert sync_content(tmp_path, _files(made, texts, keys), ledger) == (0, 0)
    assert made == [] and "" not in {stamp for _, stamp, _ in ledger.values()}
    (tmp_path / "articles" / "b.md").write_text("# edited by hand\n")
    texts["articles/c.md"] = "# c, changed\n"
    keys["articles/c.md"] = "articles/c.md:2"
    assert sync_content(tmp_path, _files(made, texts, keys), ledger) == (2, 0)
    assert sorted(made) == ["articles/b.md", "articles/c.md"]
    assert (tmp_path / "articles" / "b.md").read_text() == "# b\n"
    del texts["articles/a.md"]
    sync_content(tmp_path, _files(made, texts, keys), ledger)
    assert "articles/a.md" not in ledger


def test_a_file_changed_in_the_tick_of_its_write_is_written_again(tmp_path: Path):
    """A stamp taken in the tick of a write is not trusted: a second write within that
    tick (here, at once, to the same size) leaves the stamp as it was, and only the
    bytes tell."""
    files = {"articles/a.md": "# a\n"}
    ledger: dict[str, Written] = {}
    sync_content(tmp_path, files, ledger)
    (tmp_path / "articles" / "a.md").write_text("# b\n")
    assert sync_content(tmp_path, files, ledger) == (1, 0)
    assert (tmp_path / "articles" / "a.md").read_text() == "# a\n"
    assert ledger["articles/a.md"][1] == ""


def test_settled_stamps_spare_the_next_build_reading_back_what_it_wrote(
    tmp_path: Path, monkeypatch
):
    """After the site is built, the files just written are read once and their stamps
    trusted; the next build reads only a file changed since, and writes it again."""
    monkeypatch.setattr(digest.stamps, "SETTLED_NS", 0)
    texts = {"articles/a.md": "# a\n", "articles/b.md": "# b\n", "articles/c.md": "# c\n"}
    files = _files([], texts, {path: path + ":1" for path in texts})
    ledger: dict[str, Written] = {}
    sync_content(tmp_path, files, ledger)
    (tmp_path / "articles" / "b.md").write_text("# edited by hand\n")
    assert settle_stamps(tmp_path, ledger)
    assert [name for name, (_, stamp, _) in ledger.items() if not stamp] == ["articles/b.md"]
    read: list[str] = []
    file_digest = digest.site.mkdocs.file_digest
    monkeypatch.setattr(
        digest.site.mkdocs, "file_digest", lambda p: read.append(p) or file_digest(p)
    )
    assert sync_content(tmp_path, files, ledger) == (1, 0)
    assert read == [str(tmp_path / "articles" / "b.md")]
    assert (tmp_path / "articles" / "b.md").read_text() == "# b\n"


def test_a_second_build_reuses_the_compiled_templates_and_builds_the_same_site(tmp_path: Path):
    """overrides/hooks/template_cache.py: Material's templates are compiled once, and
    the site built from the kept bytecode is the site built without it."""
    project = copy_project(tmp_path / "project")
    assert run_digest(project, "build").returncode == 0
    kept = project / ".digest-cache" / "templates"
    compiled = {path.name: path.stat().st_mtime_ns for path in kept.iterdir()}
    assert len(compiled) > 10
    first = site_files(project / "site")
    assert run_digest(project, "build").returncode == 0
    assert {path.name: path.stat().st_mtime_ns for path in kept.iterdir()} == compiled
    assert site_files(project / "site") == first


def site_files(site: Path) -> dict[Path, bytes]:
    return {path.relative_to(site): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_the_site_info_is_read_again_only_when_the_config_or_environment_changes(
    tmp_path: Path, monkeypatch
):
    """Kept under the config's bytes, the site address given and the environment (which
    `!ENV` reads); a config that inherits another is read every time."""
    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Mine\nsite_url: !ENV [MY_URL, 'https://a.example/']\n")
    memo: dict[str, SiteInfo] = {}
    monkeypatch.delenv("MY_URL", raising=False)
    assert read_site_info(config, None, memo).url == "https://a.example/"
    loads = []
    real = digest.site.mkdocs._load_site_info
    monkeypatch.setattr(
        digest.site.mkdocs, "_load_site_info", lambda *args: loads.append(args) or real(*args)
    )
    assert read_site_info(config, None, memo).name == "Mine"
    assert loads == []
    monkeypatch.setenv("OTHER_VARIABLE", "not read")
    assert read_site_info(config, None, memo).url == "https://a.example/"
    assert loads == []
    monkeypatch.setenv("MY_URL", "https://b.example/")
    assert read_site_info(config, None, memo).url == "https://b.example/"
    config.write_text("site_name: Other\n")
    assert read_site_info(config, None, memo).name == "Other"
    parent = tmp_path / "base.yml"
    parent.write_text("site_name: Base\n")
    config.write_text("INHERIT: base.yml\n")
    assert read_site_info(config, None, memo).name == "Base"
    parent.write_text("site_name: Changed\n")
    assert read_site_info(config, None, memo).name == "Changed"
    assert len(loads) == 4


def test_pages_no_longer_made_are_gone_before_any_page_is_written(tmp_path: Path, monkeypatch):
    """A preview server builds at the first change it sees: a moved page's old file must
    not vanish while it renders the pages it listed, so it goes before any write."""
    sync_content(tmp_path, {"articles/old-title.md": "# Old\n", "_generated/stories.md": "a\n"})
    old = tmp_path / "articles" / "old-title.md"
    real_write = digest.site.mkdocs.write_bytes_if_changed
    seen_at_writes = []

    def watching_write(path: str, data: bytes, durable: bool = False, absent: bool = False):
        if Path(path).name != MANIFEST:
            seen_at_writes.append(old.exists())
        return real_write(path, data, durable, absent)

    monkeypatch.setattr(digest.site.mkdocs, "write_bytes_if_changed", watching_write)
    moved = {"articles/new-title.md": "# New\n", "_generated/stories.md": "b\n"}
    assert sync_content(tmp_path, moved) == (2, 1)
    assert seen_at_writes == [False, False]


def test_an_article_the_taxonomy_gives_no_tag_shows_none_not_unknown(tmp_path: Path):
    """Tags are the taxonomy's matches: where none matched, the article has none, which is
    known, so its page says `none` where an unread field says `unknown`."""
    project = copy_project(tmp_path / "project")
    story = " ".join(
        ["The village bakery on Mill Lane won the county's bread prize on Saturday."] * 9
    )
    (project / "seeds" / "bakery.txt").write_text(
        f"Village bakery wins county bread prize\n\n{story}\n"
    )
    result = run_digest(project, "build", "--no-cache")
    assert result.returncode == 0, result.stderr
    page = project / "site" / "articles" / "village-bakery-wins-county-bread-prize" / "index.html"
    row = page.read_text().split("digest-meta__row--tags", 1)[1].split("</div>", 1)[0]
    shown = " ".join(re.sub(r"<[^>]+>", " ", row.split(">", 1)[1]).split())
    assert shown == "Tags none"
