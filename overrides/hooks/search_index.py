"""MkDocs hook: index the built site's articles with Pagefind, for the search box.

Material's own search sends every page's full text to a reader in one file on the
first search (about 3 KB an article: 30 MB at 10,000). Pagefind splits its index into
small chunks a browser fetches as a query needs them, so a first search downloads
kilobytes at any size, and finds words anywhere in an article. Only what the article
template marks `data-pagefind-body` is indexed (the article's header and text, not
the lists of other stories around it), with its source and date as result metadata.

Pagefind is the `pagefind` binary from PyPI (`pagefind_bin`), run on the finished
site after MkDocs writes it. Under `mkdocs serve` a rebuild re-indexes in the
background, so a changed page shows at once and search catches up a moment later.
There it runs at a lower priority (`nice`), and rebuilds while it runs ask for one
more run, not one each: at 10,000 articles a run takes half a minute on one and a half
cores, and a queue of them, at full priority, held each saved seed's rebuild back
(8 to 12 s before its page showed, 2026-11-30).
Zensical runs no Python hooks: a site built with it has no search index.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.search_index")
# Only article pages mark what to index (`data-pagefind-body`); reading the listings too
# (the archive alone lists every article) costs the indexer memory and finds nothing.
ARTICLE_PAGES = "articles/**/*.html"
# How much lower the background run's priority is under `mkdocs serve` (`nice`'s scale).
BACKGROUND_NICENESS = 10
_serving = False
_lock = threading.Lock()
# The site to index once the running background run ends (None: nothing asked), and
# whether a background run is on.
_wanted: str | None = None
_running = False
# Builds started, and how many had when the wanted run was asked for: a run that fails
# once a later build began (a plain `mkdocs serve` empties the site before each build)
# indexed a site being remade; that build asks for its own run, so the failure is not
# worth a warning.
_builds = 0
_wanted_at = 0


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, whose rebuilds index in the background."""
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    """Count the build: a background run it overtakes fails without a warning."""
    global _builds
    with _lock:
        _builds += 1


def on_post_build(config: Any) -> None:
    """Index `site_dir`; a failure fails the build, as a missing search would go unseen.

    A site without articles (every seed hidden or removed) gets no index: Pagefind
    refuses to write an empty one, and failing would leave the old site, hidden
    articles and all, published. The search box then says there is no index.
    """
    site_dir = str(config["site_dir"])
    if next(Path(site_dir).glob(ARTICLE_PAGES), None) is None:
        log.info("no article pages in %s: no search index", site_dir)
        return
    if _serving:
        index_in_background(site_dir)
        return
    result = _index(site_dir)
    if result.returncode:
        raise PluginError(f"pagefind failed to index {site_dir}: {result.stderr.strip()}")


def index_in_background(site_dir: str) -> None:
    """Index `site_dir` in a thread, after the run in progress if there is one; asks
    made during a run give one more run, of the latest site."""
    global _wanted, _wanted_at, _running
    with _lock:
        _wanted, _wanted_at = site_dir, _builds
        if _running:
            return
        _running = True
    threading.Thread(target=_index_while_wanted, daemon=True).start()


def _index_while_wanted() -> None:
    global _wanted, _running
    while True:
        with _lock:
            site_dir, _wanted, asked_at = _wanted, None, _wanted_at
            if site_dir is None:
                _running = False
                return
        result = _index(site_dir, niceness=BACKGROUND_NICENESS)
        if result.returncode and asked_at == _builds:
            log.warning("pagefind failed to index %s: %s", site_dir, result.stderr.strip())


def _index(site_dir: str, niceness: int = 0) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pagefind", "--site", site_dir]
    command += ["--glob", ARTICLE_PAGES, "--silent"]
    nice = shutil.which("nice") if niceness else None
    if nice:  # a command, not `preexec_fn`, which is unsafe in a threaded process
        command = [nice, "-n", str(niceness), *command]
    return subprocess.run(command, capture_output=True, text=True, check=False)
