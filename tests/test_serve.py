"""The live previews, `digest serve` and a plain `mkdocs serve`, each run as a user runs
it: from a copy of the project with no generated content, on a free port, edited while
it serves. Each test polls the served pages until a change shows (or a timeout)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import digest.site.serve
from tests.conftest import ROOT, copy_project
from tests.test_build import fetch, free_port, wait_for

# A title on the home page of the project's own seeds.
KNOWN_TITLE = "EU, Japan Team up to Advance Semiconductors"
# What the previews must never print: a traceback, or a page MkDocs listed and lost.
CRASHES = ("Traceback", "Error reading page")


def new_seed(headline: str) -> str:
    """Return a short article whose first line is its headline."""
    return (
        f"{headline}\n\n"
        "Several chipmakers agreed on Tuesday to share one standard for packaging "
        "advanced chips, the group said in a statement.\n\n"
        "The standard will be published next year, officials said after the meeting.\n"
    )


@dataclass(frozen=True)
class Served:
    """A preview server running in a test, and its home page's address."""

    process: subprocess.Popen[bytes]
    home: str

    def shows(self, text: str, page: str = "") -> bool:
        """Whether `page` holds `text` now; fails at once if the server has stopped."""
        assert self.process.poll() is None, "the server stopped"
        return text in fetch(self.home + page)


@contextmanager
def serving(project: Path, log: Path, *command: str) -> Iterator[Served]:
    """Run `python -m COMMAND` in `project` on a free port, its output in `log`."""
    address = ["-a" if command[0] == "mkdocs" else "--address", f"127.0.0.1:{free_port()}"]
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", *command, *address],
            cwd=project,
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        )
        try:
            yield Served(server, f"http://{address[1]}/")
        finally:
            server.terminate()
            server.wait(timeout=20)


def builds_settle(log: Path) -> bool:
    """Whether MkDocs stops building once the change is shown: no rebuild loop."""
    time.sleep(3)
    builds = log.read_text().count("Building documentation")
    time.sleep(3)
    return log.read_text().count("Building documentation") == builds


def test_mkdocs_serve_builds_a_fresh_clone_and_regenerates_on_every_input(tmp_path: Path):
    """`mkdocs serve` on a project never built serves the articles, then shows a new seed,
    a curation change and a taxonomy change, and stops building once they show."""
    project = copy_project(tmp_path / "project")
    assert not (project / "content" / "_generated").exists()
    log = tmp_path / "serve.log"
    with serving(project, log, "mkdocs", "serve") as served:
        assert wait_for(lambda: served.shows(KNOWN_TITLE), 60), log.read_text()
        (project / "seeds" / "005_new.txt").write_text(
            new_seed("Chipmakers agree on a new packaging standard")
        )
        assert wait_for(lambda: served.shows("new packaging standard")), "seed change ignored"
        with (project / "curation.yml").open("a", encoding="utf-8") as curation:
            curation.write("\n005_new: {title: Packaging standard agreed}\n")
        assert wait_for(lambda: served.shows("Packaging standard agreed")), "curation ignored"
        with (project / "taxonomy.yml").open("a", encoding="utf-8") as taxonomy:
            taxonomy.write("\nchip packaging:\n  - packaging advanced chips\n")
        assert wait_for(lambda: served.shows("chip packaging", "tags/")), "taxonomy ignored"
        assert builds_settle(log), "the site keeps rebuilding: a rebuild loop"
    text = log.read_text()
    assert not [crash for crash in CRASHES if crash in text], text


def test_mkdocs_serve_says_in_one_line_why_it_cannot_generate_the_content(tmp_path: Path):
    """With a curation file the pipeline refuses and nothing generated yet, `mkdocs serve`
    stops with the file's line and reason, not a traceback about a missing fragment."""
    project = copy_project(tmp_path / "project")
    with (project / "curation.yml").open("a", encoding="utf-8") as curation:
        curation.write("\nno_such_article: {pin: true}\n")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    said = [line for line in result.stderr.splitlines() if "no_such_article" in line]
    assert len(said) == 1 and "curation.yml:" in said[0], result.stderr


def test_digest_serve_rebuilds_after_failed_rebuilds(tmp_path: Path):
    """A curation value the pipeline chokes on, then seeds/ moved away, each print one
    line; the preview keeps watching, and once they are put right the next change shows."""
    project = copy_project(tmp_path / "project")
    log = tmp_path / "serve.log"
    with serving(project, log, "digest", "serve") as served:
        assert wait_for(lambda: served.shows(KNOWN_TITLE), 60), log.read_text()
        curation = project / "curation.yml"
        good = curation.read_text(encoding="utf-8")
        curation.write_text(good + "\n001_eea7481dbaa39828: {keep_lines: [0x1F]}\n")
        assert wait_for(lambda: "error:" in log.read_text()), log.read_text()
        curation.write_text(good)
        (project / "seeds" / "005_new.txt").write_text(new_seed("Chipmakers agree on packaging"))
        assert wait_for(lambda: served.shows("agree on packaging")), log.read_text()

        away = tmp_path / "seeds-away"
        shutil.move(project / "seeds", away)
        assert wait_for(lambda: log.read_text().count("error:") == 2), log.read_text()
        shutil.copytree(away, project / "seeds")
        (project / "seeds" / "006_new.txt").write_text(new_seed("Foundries agree on packaging"))
        assert wait_for(lambda: served.shows("Foundries agree on packaging")), log.read_text()
    text = log.read_text()
    assert not [crash for crash in CRASHES if crash in text], text
    assert text.count("error:") == 2, text


def test_digest_serve_survives_a_burst_of_saves(tmp_path: Path):
    """200 saves in about 2 s, each moving the page to a new headline's address: no
    build fails on a page removed under it, and the last save is what shows."""
    project = copy_project(tmp_path / "project")
    log = tmp_path / "serve.log"
    seed = project / "seeds" / "005_new.txt"
    with serving(project, log, "digest", "serve") as served:
        assert wait_for(lambda: served.shows(KNOWN_TITLE), 60), log.read_text()
        for number in range(200):
            seed.write_text(new_seed(f"Chipmakers agree on packaging standard number {number}"))
            time.sleep(0.01)
        assert wait_for(lambda: served.shows("standard number 199")), log.read_text()
        assert builds_settle(log)
    text = log.read_text()
    assert not [crash for crash in CRASHES if crash in text], text


def test_a_rebuild_that_raises_says_so_in_one_line(tmp_path: Path, monkeypatch):
    """Whatever the pipeline raises, a preview's rebuild returns one line naming the
    error and where it was raised, and the next rebuild runs as usual."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bad\nstate")

    preview = digest.site.serve.Preview(
        digest.site.serve.project_args(tmp_path / "mkdocs.yml", tmp_path / "content")
    )
    monkeypatch.setattr(digest.site.serve, "run_pipeline", broken)
    failure = preview.rebuild()
    assert failure is not None and "\n" not in failure
    assert "RuntimeError: bad\\nstate" in failure and "test_serve.py:" in failure
    monkeypatch.setattr(digest.site.serve, "run_pipeline", lambda *args, **kwargs: [])
    assert preview.rebuild() is None


def test_a_rebuild_that_exits_says_so_in_one_line(tmp_path: Path, monkeypatch):
    """The pipeline's own stop (no folder of seeds) ends the rebuild, not the preview."""

    def stopping(*args: object, **kwargs: object) -> None:
        raise SystemExit("digest: seeds: no such folder of seeds")

    preview = digest.site.serve.Preview(
        digest.site.serve.project_args(tmp_path / "mkdocs.yml", tmp_path / "content")
    )
    monkeypatch.setattr(digest.site.serve, "run_pipeline", stopping)
    assert preview.rebuild() == "digest: seeds: no such folder of seeds"


def test_mkdocs_serve_without_digest_says_why_in_one_line(tmp_path: Path, monkeypatch, capsys):
    """MkDocs installed apart from digest: the hook names why the content is not
    regenerated, then stops when there is none, or serves content/ as it is."""
    from mkdocs.exceptions import PluginError

    from tests.conftest import load_hook

    hook = load_hook("regenerate")
    for name in ("digest", "digest.site"):
        monkeypatch.setitem(sys.modules, name, None)  # `from digest.site import …` fails
    hook.on_startup(command="serve", dirty=False)
    config = SimpleNamespace(docs_dir=str(tmp_path), config_file_path=str(tmp_path / "x.yml"))
    try:
        hook.on_pre_build(config=config)
    except PluginError as error:
        assert "cannot regenerate the content" in str(error) and "\n" not in str(error)
    else:
        raise AssertionError("built with nothing generated")
    (tmp_path / "_generated").mkdir()
    hook.on_pre_build(config=config)
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 1 and said[0].endswith("serving content/ as it is"), said
