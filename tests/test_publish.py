"""Tests for publishing to GitHub Pages: the site address, the size limits, the workflow
and `make deploy`. The build under a sub-path is crawled in tests/test_subpath.py."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from digest import cli
from digest.site import publish
from digest.site.publish import SiteUrlError, check_pages_limits, github_pages_url, resolve_site_url
from tests.conftest import ROOT, copy_project

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
# The virtual environment the tests run in, which `make venv` made.
VENV = Path(sys.executable).parent.parent
ACTIONLINT = VENV / "bin" / "actionlint"


# ------------------------------------------------------------------------ the address


def test_site_url_wins_over_repository_and_config():
    """SITE_URL is used as given, with the trailing slash MkDocs expects."""
    env = {"SITE_URL": "https://news.example.org/digest", "GITHUB_REPOSITORY": "octo/x"}
    assert (
        resolve_site_url(env, "https://configured.example/") == "https://news.example.org/digest/"
    )


def test_repository_gives_the_github_pages_address():
    """In Actions, OWNER/REPO becomes https://owner.github.io/REPO/, over mkdocs.yml's."""
    env = {"SITE_URL": "", "GITHUB_REPOSITORY": "Octo-Cat/News.Digest"}
    assert resolve_site_url(env, "https://configured.example/") == (
        "https://octo-cat.github.io/News.Digest/"
    )


def test_user_site_repository_is_published_at_the_root():
    """A repository named OWNER.github.io is the owner's site, with no sub-path."""
    assert github_pages_url("Octo/octo.github.io") == "https://octo.github.io/"


def test_config_is_used_when_the_environment_says_nothing():
    """Without SITE_URL or GITHUB_REPOSITORY the address is mkdocs.yml's, or none."""
    assert resolve_site_url({}, "https://configured.example/") == "https://configured.example/"
    assert resolve_site_url({"SITE_URL": "  "}, None) is None


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"SITE_URL": "octo.github.io/news"}, "SITE_URL='octo.github.io/news'"),
        ({"SITE_URL": "ftp://octo.github.io/"}, "SITE_URL="),
        ({"SITE_URL": "https://octo.github.io/?page=1"}, "SITE_URL="),
        ({"GITHUB_REPOSITORY": "octo"}, "GITHUB_REPOSITORY='octo'"),
        ({"GITHUB_REPOSITORY": "octo/news/extra"}, "GITHUB_REPOSITORY="),
        ({"GITHUB_REPOSITORY": "-octo/news"}, "GITHUB_REPOSITORY="),
    ],
)
def test_bad_addresses_are_refused_naming_the_variable(env: dict[str, str], named: str):
    """A value that is no site address stops the build with the variable's name and value."""
    with pytest.raises(SiteUrlError, match=re.escape(named)):
        resolve_site_url(env, "https://configured.example/")


def test_site_url_command_prints_the_address(tmp_path: Path):
    """`digest site-url` says which address a build would use, or why there is none."""
    project = copy_project(tmp_path / "project")
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "GITHUB_REPOSITORY")}

    def site_url(**extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "digest", "site-url"],
            cwd=project,
            capture_output=True,
            text=True,
            env={**env, **extra, "PYTHONPATH": str(ROOT)},
        )

    assert site_url(GITHUB_REPOSITORY="octo/news-digest").stdout == (
        "https://octo.github.io/news-digest/\n"
    )
    missing = site_url()
    assert missing.returncode == 1 and missing.stdout == ""
    assert "no site address" in missing.stderr and "mkdocs.yml" in missing.stderr
    bad = site_url(SITE_URL="news-digest")
    assert bad.returncode == 1 and "SITE_URL='news-digest'" in bad.stderr


def test_build_in_actions_uses_the_repository_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """As in the workflow (SITE_URL empty, GITHUB_REPOSITORY set), the site is built for
    https://OWNER.github.io/REPO/: sitemap, canonical links and the 404 page's assets."""
    monkeypatch.chdir(copy_project(tmp_path / "project"))
    monkeypatch.setenv("SITE_URL", "")
    monkeypatch.setenv("GITHUB_REPOSITORY", "octo/news-digest")
    assert cli.main(["build", "--strict"]) == 0
    sitemap = Path("site/sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert locs and all(loc.startswith("https://octo.github.io/news-digest/") for loc in locs)
    home = Path("site/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://octo.github.io/news-digest/">' in home
    missing = Path("site/404.html").read_text(encoding="utf-8")
    assert 'href="/news-digest/assets/stylesheets/' in missing


# ------------------------------------------------------------------------- the limits


def test_limits_hold_at_the_boundary(tmp_path: Path):
    """A file exactly at the limit passes; one byte more is named with its size."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "at.bin").write_bytes(b"x" * 1000)
    assert check_pages_limits(tmp_path, max_file=1000, max_site=1000) == []
    (tmp_path / "a" / "over.bin").write_bytes(b"x" * 1001)
    problems = check_pages_limits(tmp_path, max_file=1000, max_site=10_000)
    assert problems == [
        f"{tmp_path / 'a' / 'over.bin'}: 1,001 bytes; GitHub Pages refuses files over 1,000 bytes"
    ]


def test_whole_site_limit(tmp_path: Path):
    """Small files that add up to more than the site limit are refused as a whole."""
    for number in range(3):
        (tmp_path / f"{number}.html").write_bytes(b"x" * 400)
    assert check_pages_limits(tmp_path, max_file=1000, max_site=1200) == []
    (tmp_path / "3.html").write_bytes(b"x")
    assert check_pages_limits(tmp_path, max_file=1000, max_site=1200) == [
        f"{tmp_path}: 1,201 bytes in all; GitHub Pages publishes sites up to 1,200 bytes"
    ]


def test_default_limits_are_github_pages_limits():
    """The limits a build applies are 100 MB a file and 1 GB a site."""
    assert publish._size(publish.MAX_FILE_BYTES) == "100 MB"
    assert publish._size(publish.MAX_SITE_BYTES) == "1 GB"


def test_build_stops_when_a_file_is_too_big(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """`digest build` exits 1 naming the file over the limit (limits lowered for the test)."""
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    assert cli.main(["build"]) == 0
    sizes = {p: p.stat().st_size for p in Path("site").rglob("*") if p.is_file()}
    biggest = max(sizes, key=sizes.__getitem__)
    monkeypatch.setattr(publish, "MAX_FILE_BYTES", sizes[biggest] - 1)
    capsys.readouterr()
    assert cli.main(["build"]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors[-1].startswith(f"error: {biggest}: ")
    assert errors[-1].endswith(f"refuses files over {publish._size(sizes[biggest] - 1)}")


# ----------------------------------------------------------------------- the workflow


def test_actionlint_passes_on_every_workflow():
    """actionlint (and shellcheck, when installed) finds nothing in .github/workflows/."""
    assert WORKFLOWS, "no workflow in .github/workflows/"
    result = subprocess.run(
        [str(ACTIONLINT), *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path):
    """The lint is no formality: a misspelt permission and an unknown input fail it."""
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    broken = text.replace("pages: write", "pages: wirte").replace("path: site", "paht: site")
    (tmp_path / "pages.yml").write_text(broken, encoding="utf-8")
    result = subprocess.run(
        [str(ACTIONLINT), str(tmp_path / "pages.yml")], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "wirte" in result.stdout and "paht" in result.stdout


def test_pages_workflow_builds_like_make_site_and_deploys_with_least_privilege():
    """On push to main and by hand: `make site`, upload site/, deploy; nothing more allowed."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"] == {"branches": ["main"]} and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    steps = build["steps"] + deploy["steps"]
    uses = [step["uses"] for step in steps if "uses" in step]
    assert all(re.fullmatch(r"[\w-]+/[\w-]+@(v\d+(\.\d+)*|[0-9a-f]{40})", u) for u in uses), uses
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["cache"] == "pip"
    assert python["with"]["cache-dependency-path"].split() == ["pyproject.toml", "constraints.txt"]
    assert [s["run"] for s in steps if "run" in s] == ["make site"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"] == {"path": "site"}
    assert any(u.startswith("actions/deploy-pages@") for u in uses)


# ------------------------------------------------------------------------ make deploy


def git(*args: str, cwd: Path) -> str:
    """Run git quietly; return its output."""
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_make_deploy_publishes_the_site_to_gh_pages(tmp_path: Path):
    """`make deploy` pushes a site built for SITE_URL to the gh-pages branch of origin."""
    project = copy_project(tmp_path / "project")
    shutil.copy2(ROOT / "Makefile", project / "Makefile")
    remote = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    git("init", "--quiet", "-b", "main", cwd=project)
    git("config", "user.email", "digest@example.org", cwd=project)
    git("config", "user.name", "Digest test", cwd=project)
    git("remote", "add", "origin", str(remote), cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "--quiet", "-m", "digest", cwd=project)
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_REPOSITORY", "MAKEFLAGS")}
    # The project's own .venv, taken as it is (-o): the test never reinstalls it.
    make = ["make", "deploy", f"VENV={VENV}", "-o", str(VENV / ".installed")]
    result = subprocess.run(
        make,
        cwd=project,
        capture_output=True,
        text=True,
        env={**env, "SITE_URL": "https://octo.github.io/news-digest/"},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    assert "index.html" in files and "404.html" in files
    assert sum(name.startswith("articles/") for name in files) == 5
    sitemap = git("show", "gh-pages:sitemap.xml", cwd=remote)
    assert "<loc>https://octo.github.io/news-digest/articles/" in sitemap
    # Without an address, deploy stops before building or pushing anything.
    env.pop("SITE_URL", None)
    result = subprocess.run(make, cwd=project, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0 and "no site address" in result.stderr
