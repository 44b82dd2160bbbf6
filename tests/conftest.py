"""Fixtures for the site tests: a built copy of the project, an HTTP server, a browser.

The site is built once per session from a temporary copy of the project (never from
the working tree, so a test run does not touch `content/` or `site/`), served on
127.0.0.1 at a free port, and driven by Debian's Chromium through Playwright. A
browser test that fails leaves a screenshot in `tests/artifacts/`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import settings

from digest.evaluate import bench_search
from digest.evaluate.bench_search import served

# Speed is measured in benchmarks, never in tests: on a loaded machine Hypothesis'
# per-example deadline fails tests that are right, so there is none.
settings.register_profile("digest", deadline=None)
settings.load_profile("digest")

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = Path(bench_search.CHROMIUM)
CHROMIUM_ARGS = bench_search.FLAGS
# Everything under content/ is hand-written except what `digest build` writes.
GENERATED = {
    "articles",
    "_generated",
    ".digest-manifest.json",
    "cleaning-report.md",
    "cleaning-report",
    "feeds",
    "feed.xml",
    "atom.xml",
    "feed.json",
}

# A raw article whose headline, byline and body carry markup: the site must show it as
# text. Every payload that runs records itself in `window.__xss`.
HOSTILE_SEED = """\
Chip pact <img src=x onerror="window.__xss=(window.__xss||[]).concat('title')"> signed

By Jane <b onmouseover="window.__xss=['byline']">Doe</b>

2023-08-01

TOKYO (Reuters) - Officials of a <script>window.__xss=['body']</script> consortium said \
on Tuesday that Rapidus would receive new support for its chip plant in Hokkaido, in a \
deal worth billions of yen.

The agreement, which follows months of talks, covers equipment, training and research \
on advanced logic chips, the officials said, asking not to be named because the details \
are not yet public.

Analysts said the <img src=x onerror="window.__xss=['body-img']"> deal underlines \
Japan's push to rebuild its chip industry and to reduce dependence on foreign \
suppliers, as tension with China grows.

(Reporting by Jane Doe; Editing by Someone)
"""

# The curator's note and source are text too; the hostile article is also pinned.
HOSTILE_NOTE = """Check <img src=x onerror="window.__xss=['note']"> the figures."""
HOSTILE_CURATION = "\n" + yaml.safe_dump(
    {
        "900_hostile": {
            "pin": True,
            "note": HOSTILE_NOTE,
            "source": """<b onmouseover="window.__xss=['source']">Wire</b>""",
        }
    }
)


# --------------------------------------------------------------------------- the site


def copy_project(destination: Path) -> Path:
    """Copy what a build reads (configs, curation, taxonomy, overrides, pages, seeds)."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "curation.yml", "taxonomy.yml"):
        shutil.copy2(ROOT / name, destination / name)
    shutil.copytree(ROOT / "overrides", destination / "overrides")
    shutil.copytree(ROOT / "seeds", destination / "seeds")
    shutil.copytree(
        ROOT / "content",
        destination / "content",
        ignore=lambda folder, names: (
            [name for name in names if name in GENERATED]
            if Path(folder).resolve() == (ROOT / "content").resolve()
            else []
        ),
    )
    return destination


def load_hook(name: str) -> Any:
    """Import the MkDocs hook `overrides/hooks/<name>.py` as MkDocs does: from its file."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "overrides" / "hooks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_digest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `digest ARGS` in `project` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )


def build(project: Path) -> Path:
    """Run `digest build --strict` in `project` as a user would; fail with its output."""
    result = run_digest(project, "build", "--strict")
    assert result.returncode == 0, f"digest build failed:\n{result.stdout}\n{result.stderr}"
    assert (project / "site" / "index.html").is_file()
    return project


def snapshot(folder: Path, skip: str = "") -> dict[str, tuple[str, bytes | str, int]]:
    """Return every entry under `folder` (but `skip`): its kind, bytes or link target, mtime."""
    entries: dict[str, tuple[str, bytes | str, int]] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if name == skip:
            continue
        info = path.lstat()
        if path.is_symlink():
            entries[name] = ("link", os.readlink(path), info.st_mtime_ns)
        elif path.is_file():
            entries[name] = ("file", path.read_bytes(), info.st_mtime_ns)
        else:
            entries[name] = ("other", "", info.st_mtime_ns)
    return entries


@dataclass(frozen=True)
class HostileBuild:
    """A project built from the seeds plus the hostile corpus, and what the build said."""

    project: Path
    result: subprocess.CompletedProcess[str]
    seeds_before: dict[str, tuple[str, bytes | str, int]]
    outside_before: dict[str, tuple[str, bytes | str, int]]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the project's seeds into a temporary copy; return that project folder."""
    return build(copy_project(tmp_path_factory.mktemp("project")))


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> HostileBuild:
    """Build the seeds, one seed full of markup and the hostile corpus with `--strict`.

    The build exits 1 (some corpus files are skipped) and must still write the site.
    """
    from tests.hostile_corpus import add_hostile_seeds

    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project")
    (project / "seeds" / "900_hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    with (project / "curation.yml").open("a", encoding="utf-8") as curation:
        curation.write(HOSTILE_CURATION)
    add_hostile_seeds(project / "seeds", root / "outside")
    seeds_before, outside_before = snapshot(project / "seeds"), snapshot(root / "outside")
    result = run_digest(project, "build", "--strict")
    assert (project / "site" / "index.html").is_file(), result.stderr
    return HostileBuild(project, result, seeds_before, outside_before)


@pytest.fixture(scope="session")
def hostile_site(hostile_build: HostileBuild) -> Path:
    """Return the project folder built with the hostile seeds."""
    return hostile_build.project


# What a curator adds (issue 4 reads it from curation.yml and taxonomy.yml): tags,
# a pin, a note and the original's address, plus a source and a tag full of markup.
HOSTILE_TAG = "<img src=x onerror=\"window.__xss=['tag']\">"
HOSTILE_SOURCE = "<b onmouseover=\"window.__xss=['source']\">Wire</b>"


def curate(articles: list[Any]) -> list[Any]:
    """Set the curator's fields on the seed articles, as the curation file would."""
    from dataclasses import replace

    curated = []
    for article in articles:
        changes: dict[str, Any] = {"tags": ("chips", "japan"), "tags_from": "curator"}
        if article.title_from == "lede":  # the undated story: pinned, with a note and a link
            changes.update(
                pinned=True,
                note="Pinned: <em>the</em> background to the export-control talks.",
                url="https://www.example.com/news/chips?id=1&ref=digest",
                url_from="curator",
                tags=("chips", "export controls", HOSTILE_TAG),
            )
        elif article.date is None and article.source:
            changes.update(source=HOSTILE_SOURCE, tags=("chips", "eu"))
        curated.append(replace(article, **changes))
    return curated


@pytest.fixture(scope="session")
def curated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the seeds with a curator's tags, pin, note and link; return the project folder.

    The curated articles go through the same writer and MkDocs build as `digest build`.
    """
    from digest.ingest.seeds import find_seeds, read_seed
    from digest.pipeline import process, site_files
    from digest.site.mkdocs import build_site, read_site_info, sync_content
    from digest.site.related import link_neighbours
    from digest.stories.grouping import link_copies

    project = copy_project(tmp_path_factory.mktemp("curated"))
    seeds = [read_seed(path) for path in find_seeds(project / "seeds")]
    # Curation comes before the copies and neighbours are linked, as in the pipeline.
    articles = link_neighbours(link_copies(curate(process(seeds))))  # type: ignore[arg-type]
    config = project / "mkdocs.yml"
    sync_content(project / "content", site_files(articles, read_site_info(config)))
    build_site(config, project / "content", project / "site", strict=True)
    return project


@pytest.fixture(scope="session")
def curated_site_url(curated_site: Path) -> Iterator[str]:
    """Serve the curated site; return its base URL."""
    yield from serve(curated_site / "site")


def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 at a free port while the generator is alive."""
    with served(folder) as address:
        yield address


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Serve the built site over HTTP; return its base URL (ends with a slash)."""
    yield from serve(built_site / "site")


@pytest.fixture(scope="session")
def hostile_site_url(hostile_site: Path) -> Iterator[str]:
    """Serve the site built with the hostile seed; return its base URL."""
    yield from serve(hostile_site / "site")


# ------------------------------------------------------------------------- the browser


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip browser tests where Chromium is missing, except in CI, where they must run."""
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} not found (apt-get install chromium); set CI=1 to fail instead"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Keep each phase's report on the test item, so fixtures can see a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Recorder:
    """What a browser tab did: every request URL, console errors, uncaught exceptions."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


@pytest.fixture
def recorder() -> Recorder:
    """A fresh record of the current test's browser activity."""
    return Recorder()


@pytest.fixture
def page(browser: Any, recorder: Recorder, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A new tab in a fresh context, recording into `recorder`; screenshot on failure."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # Requests of the tab and of its workers (Material's search runs in a worker).
    context.on("request", lambda r: recorder.requests.append(r.url))
    tab = context.new_page()
    tab.on(
        "console",
        lambda m: (
            recorder.console_errors.append(f"{m.text} ({m.location})")
            if m.type == "error"
            else None
        ),
    )
    tab.on("pageerror", lambda error: recorder.page_errors.append(str(error)))
    try:
        yield tab
    finally:
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            ARTIFACTS.mkdir(exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
            try:
                tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
            except Exception as error:  # a crashed tab must not hide the test's failure
                print(f"screenshot failed: {error}", file=sys.stderr)
        context.close()
