"""overrides/hooks/parallel_pages.py: a build shares the article pages among processes
and writes the site a single process writes, with the same checks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from digest.evaluate.bench import make_project
from digest.evaluate.wordmodel import word_model
from tests.conftest import ROOT, run_digest

# Enough pages outside the navigation for two processes (MIN_PAGES_PER_PROCESS each).
ARTICLES = 230


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    return make_project(
        tmp_path_factory.mktemp("parallel") / "project", ARTICLES, word_model(texts)
    )


def build(project: Path, jobs: int, monkeypatch: pytest.MonkeyPatch, *options: str):
    monkeypatch.setenv("DIGEST_JOBS", str(jobs))
    return run_digest(project, "build", *options)


def site_files(site: Path) -> dict[Path, bytes]:
    return {path.relative_to(site): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_two_processes_write_the_site_one_process_writes(project: Path, monkeypatch):
    one = build(project, 1, monkeypatch)
    assert one.returncode == 0, one.stderr
    alone = site_files(project / "site")
    two = build(project, 2, monkeypatch)
    assert two.returncode == 0, two.stderr
    shared = site_files(project / "site")
    assert len([path for path in shared if path.parts[0] == "articles"]) >= ARTICLES * 0.9
    assert shared.keys() == alone.keys()
    assert [path for path in shared if shared[path] != alone[path]] == []


def test_links_to_anchors_are_checked_across_processes(project: Path, monkeypatch):
    """Hand-written pages in the articles folder, shared out like the articles, each link
    to an anchor the next one lacks and to one it has: every missing anchor is reported
    once, whichever processes rendered the two pages, and fails the strict build."""
    articles = project / "content" / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    names = [f"zzzz-{number}" for number in range(4)]
    bad_links = []
    try:
        for name, following in zip(names, names[1:] + names[:1], strict=True):
            bad_links.append(f"{following}.md#not-in-{following}")
            (articles / f"{name}.md").write_text(
                f"# {name}\n\n## A part\n\n"
                f"See [there]({bad_links[-1]}) and [here]({following}.md#a-part).\n",
                encoding="utf-8",
            )
        for jobs in (2, 1):
            result = build(project, jobs, monkeypatch, "--strict")
            assert result.returncode == 1, result.stderr
            warned = re.findall(r"WARNING: .*contains a link '([^']+)'", result.stderr)
            assert sorted(warned) == sorted(bad_links), (jobs, result.stderr)
    finally:
        for name in names:
            (articles / f"{name}.md").unlink(missing_ok=True)
        shutil.rmtree(project / "site", ignore_errors=True)


def test_a_page_that_fails_in_a_worker_fails_the_build_naming_it(project: Path, monkeypatch):
    """A hand-written page including a fragment that does not exist fails to render in
    its worker: the build fails, and says which page, as a single process does."""
    broken = project / "content" / "articles" / "zzzz-broken.md"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text('# Broken\n\n--8<-- "no-such-fragment.md"\n', encoding="utf-8")
    try:
        for jobs in (2, 1):
            result = build(project, jobs, monkeypatch)
            assert result.returncode == 1, (jobs, result.stderr)
            assert "articles/zzzz-broken.md" in result.stderr, (jobs, result.stderr)
            assert "site build failed" in result.stderr, (jobs, result.stderr)
    finally:
        broken.unlink(missing_ok=True)
        shutil.rmtree(project / "site", ignore_errors=True)
