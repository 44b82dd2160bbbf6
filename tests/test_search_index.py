"""overrides/hooks/search_index.py: under `mkdocs serve`, indexing runs in the background,
at a lower priority, and rebuilds during a run ask for one more run, not one each."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from tests.conftest import load_hook


class FakeRun:
    returncode = 0
    stderr = ""


def test_rebuilds_during_a_run_give_one_more_run_of_the_latest_site(monkeypatch):
    hook = load_hook("search_index")
    started, release, done = threading.Event(), threading.Event(), threading.Event()
    runs: list[tuple[str, int]] = []

    def index(site_dir: str, niceness: int = 0) -> FakeRun:
        runs.append((site_dir, niceness))
        started.set()
        release.wait(10)
        if len(runs) == 2:
            done.set()
        return FakeRun()

    monkeypatch.setattr(hook, "_index", index)
    hook.index_in_background("site-1")
    assert started.wait(10)
    for number in range(2, 6):  # four rebuilds while the first run goes on
        hook.index_in_background(f"site-{number}")
    release.set()
    assert done.wait(10)
    for _ in range(100):  # the thread sees nothing more wanted and stops
        if not hook._running:
            break
        threading.Event().wait(0.05)
    assert runs == [("site-1", hook.BACKGROUND_NICENESS), ("site-5", hook.BACKGROUND_NICENESS)]
    assert not hook._running


def test_a_background_run_indexes_at_a_lower_priority(tmp_path: Path, monkeypatch):
    """The niced command is a real Pagefind run: it writes the index."""
    page = tmp_path / "articles" / "chips" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<!doctype html><html lang="en"><head><title>Chips</title></head><body>'
        "<div data-pagefind-body><h1>Chips</h1><p>Export rules for chips.</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    hook = load_hook("search_index")
    calls = []
    real_run = hook.subprocess.run

    def run(command, **kwargs):
        calls.append(command)
        return real_run(command, **kwargs)

    monkeypatch.setattr(hook.subprocess, "run", run)
    result = hook._index(str(tmp_path), niceness=hook.BACKGROUND_NICENESS)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pagefind" / "pagefind-entry.json").is_file()
    if shutil.which("nice"):
        assert calls[0][:3] == [shutil.which("nice"), "-n", str(hook.BACKGROUND_NICENESS)]


def test_a_run_of_a_site_a_later_build_remade_fails_quietly(monkeypatch, caplog):
    """Under `mkdocs serve` each build empties the site first: a background run of the
    previous build then fails on a half-empty site, and says nothing (the new build asks
    for its own run); a run that fails with no later build warns."""
    hook = load_hook("search_index")
    finished = threading.Event()
    build_during_run = True

    class Failed(FakeRun):
        returncode = 1
        stderr = "Pagefind was not able to build an index."

    def index(site_dir: str, niceness: int = 0) -> FakeRun:
        if build_during_run:
            hook.on_pre_build(config=None)  # the next build starts while this one runs
        threading.Timer(0.1, finished.set).start()
        return Failed()

    monkeypatch.setattr(hook, "_index", index)
    for quiet in (True, False):
        build_during_run = quiet
        finished.clear()
        hook.on_pre_build(config=None)
        hook.index_in_background("site")
        assert finished.wait(10)
        for _ in range(100):
            if not hook._running:
                break
            threading.Event().wait(0.05)
        warned = [r for r in caplog.records if "pagefind failed" in r.getMessage()]
        assert len(warned) == (0 if quiet else 1)
