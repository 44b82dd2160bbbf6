"""MkDocs hook: render the pages outside the navigation on every core.

A digest's build is mostly its article pages: Python-Markdown and Material's templates
take 10 to 15 ms a page on one core, two minutes at 10,000 articles, while the rest of
the site is a handful of pages. A page outside the navigation is rendered from its own
file and the navigation alone (articles are kept out of it, see mkdocs.yml), so those
pages can be shared among processes. Once MkDocs has read the navigation, this hook
reads the front matter and titles of the navigation's pages (what the menu shows), then
forks one worker per core, each rendering and writing an equal share (in bytes) of the
pages outside the navigation, while this process renders the navigation's pages, the
theme's (sitemap, 404) and copies the assets: the navigation's listings of every article
would make this process the last to finish if it had a share too. What a worker logs
is logged here (so strict mode counts it), a worker's failure fails the build, and links
to anchors are checked across shares with MkDocs' own check once every share is done.
The site is byte for byte the one a single process writes (tests/test_parallel_pages.py).

Only `mkdocs build` and `digest build` share pages, and only with at least
MIN_PAGES_PER_PROCESS pages for each process: `mkdocs serve` rebuilds one page at a
time, and a small site builds faster than processes start. `DIGEST_JOBS` sets the
number of processes (default: one per core; 1 renders everything here).

It drives two steps of MkDocs' build itself (`_populate_page` and `_build_page` of
`mkdocs.commands.build`, MkDocs 1.6 as pinned), as the build loop would call them.
Zensical runs no hooks.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NoReturn

import mkdocs.commands.build as mkdocs_build
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.parallel_pages")
# Forking and a worker's own Jinja environment cost about a tenth of a second: a share
# smaller than this renders faster here.
MIN_PAGES_PER_PROCESS = 100
JOBS_VARIABLE = "DIGEST_JOBS"


@dataclass
class _Worker:
    pid: int
    results: str  # the file the worker leaves its logs and anchors in
    pages: list[Page]


@dataclass
class _Sharing:
    workers: list[_Worker]
    elsewhere: set[str]  # pages a worker renders
    not_here: set[str]  # the above, and the navigation's pages, rendered before forking
    files: Files


_building = False
_sharing: _Sharing | None = None
_MKDOCS_STEPS = (mkdocs_build._populate_page, mkdocs_build._build_page)


def on_startup(command: str, dirty: bool) -> None:
    """Share pages only in a full build: serve and dirty builds render a few pages."""
    global _building
    _building = command == "build" and not dirty


def on_nav(nav: Navigation, config: Any, files: Files) -> Navigation:
    """Fork the workers, each with its share of the pages outside the navigation."""
    global _sharing
    outside = [
        file
        for file in files.documentation_pages(inclusion=InclusionLevel.is_included)
        if file.inclusion.is_not_in_nav()
    ]
    processes = min(process_count(), len(outside) // MIN_PAGES_PER_PROCESS)
    if not _building or processes < 2:
        return nav
    rendered_early = {
        page.file.src_uri for page in nav.pages if _prepare_for_menu(page, config, files)
    }
    shares = _shares([_page_of(file, config) for file in outside], processes)
    workers = [_fork_worker(share, config, files, nav) for share in shares]
    elsewhere = {page.file.src_uri for worker in workers for page in worker.pages}
    _sharing = _Sharing(workers, elsewhere, elsewhere | rendered_early, files)
    mkdocs_build._populate_page = _populate_here
    mkdocs_build._build_page = _build_here
    return nav


def _prepare_for_menu(page: Page, config: Any, files: Files) -> bool:
    """Give a menu page what the menu shows of it in every process: its front matter and
    title. Return whether it had to be rendered for its title (from its first heading,
    when neither mkdocs.yml nor its front matter names it); the others are rendered
    here, in MkDocs' own loop, while the workers run."""
    page.read_source(config)
    if "title" in vars(page) or "title" in page.meta:
        return False
    mkdocs_build._populate_page(page, config, files)
    return True


def _shares(pages: list[Page], count: int) -> list[list[Page]]:
    """Split `pages` into `count` lists of about as many bytes, longest pages first (the
    time a page takes grows with its length); each keeps MkDocs' order of pages."""
    load = [0] * count
    chosen: list[list[int]] = [[] for _ in range(count)]
    sizes = [_size(page.file) for page in pages]
    for index in sorted(range(len(pages)), key=lambda index: -sizes[index]):
        lightest = load.index(min(load))
        chosen[lightest].append(index)
        load[lightest] += sizes[index]
    return [[pages[index] for index in sorted(indices)] for indices in chosen]


def _size(file: File) -> int:
    return os.path.getsize(file.abs_src_path) if file.abs_src_path else len(file.content_bytes)


@event_priority(100)  # before search_index.py indexes the pages the workers write
def on_post_build(config: Any) -> None:
    """Wait for the workers; log what they logged; check links to anchors across shares."""
    sharing = _stop_sharing()
    if sharing is None:
        return
    failed = False
    for worker in sharing.workers:
        results = _collect(worker)
        for name, level, message in results["records"]:
            logging.getLogger(name).log(level, "%s", message)
        failed = failed or results["failed"]
        _attach_anchors(worker.pages, results["anchors"], sharing.files)
    if failed:
        raise PluginError("a page rendered by a worker process failed (see above)")
    _check_anchors_across(sharing, config.validation.links.anchors)


def on_build_error(error: Exception) -> None:
    """Stop the workers of a build that failed here; their pages no longer matter."""
    sharing = _stop_sharing()
    for worker in sharing.workers if sharing else ():
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.pid, signal.SIGKILL)
        _collect(worker)


def process_count() -> int:
    """Return `DIGEST_JOBS`, or the cores this process may run on; 1 where processes
    cannot be forked (Windows)."""
    if not hasattr(os, "fork"):
        return 1
    given = os.environ.get(JOBS_VARIABLE, "").strip()
    if given:
        try:
            return max(1, int(given))
        except ValueError as error:
            raise PluginError(f"{JOBS_VARIABLE}={given!r} is not a number of processes") from error
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _page_of(file: File, config: Any) -> Page:
    """Return the file's page, made as MkDocs' build loop makes it for a page outside the nav."""
    return file.page if file.page is not None else Page(None, file, config)


def _populate_here(page: Page, config: Any, files: Files, dirty: bool = False) -> None:
    if _sharing is None or page.file.src_uri not in _sharing.not_here:
        _MKDOCS_STEPS[0](page, config, files, dirty)


def _build_here(page: Page, config: Any, *args: Any, **kwargs: Any) -> None:
    if _sharing is None or page.file.src_uri not in _sharing.elsewhere:
        _MKDOCS_STEPS[1](page, config, *args, **kwargs)


def _stop_sharing() -> _Sharing | None:
    global _sharing
    sharing, _sharing = _sharing, None
    mkdocs_build._populate_page, mkdocs_build._build_page = _MKDOCS_STEPS
    return sharing


def _fork_worker(pages: list[Page], config: Any, files: Files, nav: Navigation) -> _Worker:
    handle, results = tempfile.mkstemp(prefix="digest-pages-", suffix=".pickle")
    os.close(handle)
    pid = os.fork()
    if pid == 0:
        _work(pages, results, config, files, nav)
    return _Worker(pid, results, pages)


def _work(pages: list[Page], results: str, config: Any, files: Files, nav: Navigation) -> NoReturn:
    """Render and write `pages` in a forked worker, leave the logs and anchors, exit.

    Never returns: leaving by `os._exit` runs none of the parent's clean-ups (the
    finished site's rename among them)."""
    status = 1
    try:
        records = _capture_logs()
        failed = _render(pages, config, files, nav)
        anchors = {
            page.file.src_uri: (
                page.present_anchor_ids,
                {target.src_uri: links for target, links in (page.links_to_anchors or {}).items()},
            )
            for page in pages
        }
        with open(results, "wb") as out:
            pickle.dump({"records": records, "failed": failed, "anchors": anchors}, out)
        status = 0
    finally:
        os._exit(status)


def _render(pages: list[Page], config: Any, files: Files, nav: Navigation) -> bool:
    """Render `pages` as MkDocs' build loop does; return whether one failed (MkDocs logged it)."""
    populate, build = _MKDOCS_STEPS
    env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    try:
        for page in pages:
            populate(page, config, files)
        for page in pages:
            build(page, config, doc_files, nav, env)
    except Exception:
        return True
    return False


class _Recorder(logging.Handler):
    def __init__(self, records: list[tuple[str, int, str]]) -> None:
        super().__init__()
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _capture_logs() -> list[tuple[str, int, str]]:
    """Route every log record of this worker into a list, printed by the parent instead."""
    records: list[tuple[str, int, str]] = []
    for logger in logging.Logger.manager.loggerDict.values():
        if isinstance(logger, logging.Logger):
            logger.handlers = []
            logger.propagate = True
    logging.root.handlers = [_Recorder(records)]
    return records


def _collect(worker: _Worker) -> dict[str, Any]:
    _, status = os.waitpid(worker.pid, 0)
    try:
        with open(worker.results, "rb") as results:
            collected = pickle.load(results) if os.waitstatus_to_exitcode(status) == 0 else None
    except (OSError, EOFError, pickle.UnpicklingError):
        collected = None
    finally:
        os.unlink(worker.results)
    return collected or {"records": [], "failed": True, "anchors": {}}


def _attach_anchors(pages: Iterable[Page], anchors: dict[str, Any], files: Files) -> None:
    """Give this process's copies of a worker's pages the anchors the worker found."""
    for page in pages:
        present, links = anchors.get(page.file.src_uri, (None, {}))
        page.present_anchor_ids = present
        page.links_to_anchors = {
            target: found
            for uri, found in links.items()
            if (target := files.get_file_from_path(uri)) is not None
        }


def _check_anchors_across(sharing: _Sharing, log_level: int) -> None:
    """Check the links to anchors that no single process could: each page's links into
    pages another process rendered, and every link of a worker's page."""
    elsewhere = sharing.elsewhere
    for file in sharing.files.documentation_pages(inclusion=InclusionLevel.is_included):
        page = file.page
        if page is None or not page.links_to_anchors:
            continue
        every = page.links_to_anchors
        unchecked = {
            target: links
            for target, links in every.items()
            if file.src_uri in elsewhere or target.src_uri in elsewhere
        }
        if unchecked:
            page.links_to_anchors = unchecked
            try:
                page.validate_anchor_links(files=sharing.files, log_level=log_level)
            finally:
                page.links_to_anchors = every
