"""overrides/hooks/shared_parts.py: the theme's parts rendered once for the pages outside
the navigation make the site a build without the hook makes, byte for byte."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import Environment

from digest.evaluate.bench import make_project
from digest.evaluate.wordmodel import word_model
from tests.conftest import ROOT, load_hook, run_digest

HOOK_LINE = "  - overrides/hooks/shared_parts.py\n"


def site_files(site: Path) -> dict[Path, bytes]:
    return {path.relative_to(site): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_the_site_is_the_one_built_without_the_hook(tmp_path_factory: pytest.TempPathFactory):
    """Articles (two folders deep), the cleaning report (one deep) and the navigation's
    pages come out as Material renders them for each page."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    project = make_project(tmp_path_factory.mktemp("shared") / "project", 40, word_model(texts))
    config = project / "mkdocs.yml"
    assert HOOK_LINE in config.read_text(encoding="utf-8")
    shared = run_digest(project, "build")
    assert shared.returncode == 0, shared.stderr
    with_hook = site_files(project / "site")
    config.write_text(config.read_text(encoding="utf-8").replace(HOOK_LINE, ""), encoding="utf-8")
    alone = run_digest(project, "build")
    assert alone.returncode == 0, alone.stderr
    without_hook = site_files(project / "site")
    assert len([path for path in with_hook if path.parts[0] == "articles"]) >= 30
    assert with_hook.keys() == without_hook.keys()
    assert [path for path in with_hook if with_hook[path] != without_hook[path]] == []


def test_a_part_is_made_once_per_place_and_for_every_navigation_page():
    """Pages outside the navigation that see the same addresses share the part; one in
    another folder depth, or in the navigation, gets its own."""
    hook = load_hook("shared_parts")
    home = SimpleNamespace(url="", title="Home")
    nav = SimpleNamespace(pages=[home], homepage=home)
    first, second = SimpleNamespace(url="articles/a/"), SimpleNamespace(url="articles/b/")
    report = SimpleNamespace(url="cleaning-report/")
    calls: list[str] = []
    env = hook.on_env(Environment(), config=None, files=None)
    template = env.from_string('{% call digest_shared_part("nav") %}{{ made() }}{% endcall %}')

    def render(page, base_url):
        def made():
            calls.append(page.url)
            return f"made for {page.url}"

        return template.render(
            page=page, nav=nav, base_url=base_url, config=SimpleNamespace(extra={}), made=made
        )

    assert render(first, "../..") == "made for articles/a/"
    assert render(second, "../..") == "made for articles/a/"
    assert render(report, "..") == "made for cleaning-report/"
    assert render(home, ".") == "made for "
    assert render(home, ".") == "made for "
    assert calls == ["articles/a/", "cleaning-report/", "", ""]
