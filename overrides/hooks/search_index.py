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
Zensical runs no Python hooks: a site built with it has no search index.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from typing import Any

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.search_index")
# Only article pages mark what to index (`data-pagefind-body`); reading the listings too
# (the archive alone lists every article) costs the indexer memory and finds nothing.
ARTICLE_PAGES = "articles/**/*.html"
_serving = False
_lock = threading.Lock()


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, whose rebuilds index in the background."""
    global _serving
    _serving = command == "serve"


def on_post_build(config: Any) -> None:
    """Index `site_dir`; a failure fails the build, as a missing search would go unseen."""
    site_dir = str(config["site_dir"])
    if _serving:
        threading.Thread(target=_index_quietly, args=(site_dir,), daemon=True).start()
        return
    result = _index(site_dir)
    if result.returncode:
        raise PluginError(f"pagefind failed to index {site_dir}: {result.stderr.strip()}")


def _index(site_dir: str) -> subprocess.CompletedProcess[str]:
    with _lock:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pagefind",
                "--site",
                site_dir,
                "--glob",
                ARTICLE_PAGES,
                "--silent",
            ],
            capture_output=True,
            text=True,
            check=False,
        )


def _index_quietly(site_dir: str) -> None:
    result = _index(site_dir)
    if result.returncode:
        log.warning("pagefind failed to index %s: %s", site_dir, result.stderr.strip())
