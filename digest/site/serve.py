"""`digest serve`: the preview a curator keeps open while editing seeds.

MkDocs' own server (`mkdocs serve --dirty`) shows the site and reloads a page whose
file changed; this module watches the seeds, the curation file and the taxonomy, and
runs the pipeline again after each burst of changes, so a saved seed reaches the
browser through the few content files it changes.

A preview outlives its mistakes: a rebuild that fails, whatever the reason (a typo in
curation.yml, seeds/ moved away, a full disk, a bug), prints one line and leaves
content/ as the last rebuild left it; the watching goes on, and the next change
rebuilds. A plain `mkdocs serve` runs the same `Preview` (overrides/hooks/regenerate.py).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch

from digest.build import run_pipeline, settle_written
from digest.cache import DEFAULT_CACHE, CacheChangedError
from digest.cli import open_cache, parser
from digest.config import ConfigError
from digest.site.lock import build_lock_waited_for
from digest.stamps import SETTLED_NS
from digest.text import printable

# How long the inputs must be quiet before a rebuild: one save fires several events
# (modified, closed), a script or a `git checkout` hundreds.
SETTLE_SECONDS = 0.05
# Changes that never pause (a script saving in a loop) still rebuild this often.
LONGEST_SETTLE_SECONDS = 1.0
# Names, for the `mkdocs serve` that `digest serve` runs, the file by which its builds
# and the pipeline's writes take turns (`Turns`); unset, a plain `mkdocs serve` runs
# the pipeline itself.
TURNS_VARIABLE = "DIGEST_SERVE_TURNS"
# Where the pipeline writes what the listing pages include: without it MkDocs cannot
# build the home page.
GENERATED = "_generated"
# The end of a failed rebuild's line: what the curator sees meanwhile.
STILL_SERVING = "the preview keeps the last content built; the next change rebuilds"
NOTHING_TO_SERVE = "nothing to serve until it is fixed"


class Preview:
    """The pipeline as a preview runs it: again after each change, keeping the cache and
    the hints already shown between runs; a run that fails says why in one line."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.cache = open_cache(args)
        self.hints_shown: set[str] = set()  # each save prints only new missing-metadata hints

    def inputs(self) -> list[Path]:
        """What the pipeline reads: a change to any of them calls for a rebuild."""
        return [self.args.seeds, self.args.curation, self.args.taxonomy]

    def rebuild(self) -> str | None:
        """Run the pipeline once; return None, or why it failed, on one line."""
        args = self.args
        try:
            with build_lock_waited_for(args.config):  # never while a `digest build` writes
                run_pipeline(
                    args.seeds,
                    args.content,
                    args.config,
                    args.curation,
                    args.taxonomy,
                    cache=self.cache,
                    jobs=args.jobs,
                    hints_shown=self.hints_shown,
                )
        except ConfigError as error:  # checked before anything is written
            return printable(f"{error}; nothing was written")
        except CacheChangedError as error:  # another digest wrote the cache meanwhile
            return printable(str(error))
        except SystemExit as stop:  # the pipeline's own stops: no folder of seeds
            return printable(str(stop.code))
        except Exception as error:  # the disk, a file changed under the build, a bug
            return f"rebuild failed: {unexpected(error)}"
        return None

    def settle(self) -> str | None:
        """Trust the written files' stamps, now old enough (`digest.build.settle_written`);
        return None, or why it failed (the next rebuild then reads them back)."""
        try:
            settle_written(self.args.content, self.cache)
        except Exception as error:
            return f"settling the written files failed: {unexpected(error)}"
        return None


def project_args(config: Path, content: Path) -> argparse.Namespace:
    """The options `digest serve` takes by default, for the project of `config` (the
    folder beside it) whose MkDocs docs_dir is `content`."""
    root = config.parent
    paths = {
        "--config": config,
        "--content": content,
        "--seeds": root / "seeds",
        "--curation": root / "curation.yml",
        "--taxonomy": root / "taxonomy.yml",
        "--cache": root / DEFAULT_CACHE,
    }
    options = (f"{option}={_near(path)}" for option, path in paths.items())
    return parser().parse_args(["serve", *options])


def _near(path: Path) -> str:
    """`path` from the current folder when inside it, as the lines a preview prints name
    files (`seeds/`, `curation.yml:12`); else as it is."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else relative


def has_generated_content(content: Path) -> bool:
    """Whether `content` holds what MkDocs needs from the pipeline to build at all."""
    return (content / GENERATED).is_dir()


def unexpected(error: BaseException) -> str:
    """Name an error nobody planned for on one line: its type, message and the line that
    raised it (a traceback would scroll the preview's log away at every save)."""
    where = ""
    for frame in traceback.extract_tb(error.__traceback__)[-1:]:
        source = Path(frame.filename)
        where = f" ({source.parent.name}/{source.name}:{frame.lineno})"
    return printable(f"{type(error).__name__}: {error}{where}")


class Turns:
    """The pipeline's writes and MkDocs' builds take turns under `digest serve`.

    MkDocs lists content/ when a build starts and reads each page later: a page the
    pipeline removed in between (a changed headline moves it) failed that build with a
    traceback, which a burst of saves made likely. Each side holds this lock while it
    writes or builds: an `flock` on a file named by TURNS_VARIABLE (an `flock` belongs
    to the open file, so the lock excludes whoever opened the file apart).
    """

    def __init__(self, path: str) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - held open for the process's life

    def acquire(self) -> None:
        fcntl.flock(self._file, fcntl.LOCK_EX)

    def release(self) -> None:
        """Let the other side go on; a release not held does nothing."""
        fcntl.flock(self._file, fcntl.LOCK_UN)

    def __enter__(self) -> Turns:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.release()


def serve(args: argparse.Namespace) -> int:
    """Build content/, then run `mkdocs serve`; re-run the pipeline when a seed, the
    curation file or the taxonomy changes, until the server stops."""
    preview = Preview(args)
    handle, turns_path = tempfile.mkstemp(prefix="digest-serve-", suffix=".lock")
    os.close(handle)
    try:
        turns = Turns(turns_path)
        failure = _rebuild(preview, turns)
        if failure and not has_generated_content(args.content):
            _say(f"error: {failure}; {NOTHING_TO_SERVE}")
            return 1
        _say(failure and f"error: {failure}; {STILL_SERVING}")
        return _serve(args, preview, turns, turns_path)
    finally:
        os.unlink(turns_path)


def _rebuild(preview: Preview, turns: Turns) -> str | None:
    """Rebuild while MkDocs is not building; return None, or why that failed."""
    with turns:
        return preview.rebuild()


def _say(line: str | None) -> None:
    if line:
        print(line, file=sys.stderr, flush=True)


def _serve(args: argparse.Namespace, preview: Preview, turns: Turns, turns_path: str) -> int:
    changed = threading.Event()
    observer = Observer()
    inputs = _Inputs(observer, preview, changed)
    loop = threading.Thread(
        target=_rebuild_on_change, args=(preview, turns, inputs, changed), daemon=True
    )
    loop.start()
    observer.start()
    # --dirty: MkDocs rebuilds only the pages whose files changed (the pipeline rewrites
    # only those), so an edited seed shows in about a second at thousands of articles.
    mkdocs = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(args.config)]
    mkdocs += ["-a", args.address]
    server = subprocess.Popen(mkdocs, env={**os.environ, TURNS_VARIABLE: turns_path})
    # A SIGTERM must stop the preview server too, not leave it running orphaned.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        server.terminate()
        server.wait()
        observer.stop()
        observer.join()


def _rebuild_on_change(
    preview: Preview, turns: Turns, inputs: _Inputs, changed: threading.Event
) -> None:
    """One rebuild per burst of changes, for as long as the preview runs: no failure
    ends this loop, each is one line.

    A quiet spell after a rebuild settles the written files' stamps, so the next
    save's rebuild need not read back what this one wrote."""
    while True:
        if not changed.wait(timeout=SETTLED_NS / 1e9 + 1):
            _say(preview.settle())
            changed.wait()
        _wait_until_quiet(changed)
        try:
            inputs.rewatch_seeds()
            failure = _rebuild(preview, turns)
        except Exception as error:  # the lock or the watch: still one line, and go on
            failure = f"rebuild failed: {unexpected(error)}"
        _say(failure and f"error: {failure}; {STILL_SERVING}")


def _wait_until_quiet(changed: threading.Event) -> None:
    """Return once no change came for SETTLE_SECONDS (or LONGEST_SETTLE_SECONDS went by),
    `changed` cleared: a change from then on asks for one more rebuild."""
    deadline = time.monotonic() + LONGEST_SETTLE_SECONDS
    while changed.wait(SETTLE_SECONDS) and time.monotonic() < deadline:
        changed.clear()
    changed.clear()


class _Inputs:
    """Watch the seeds, the curation file and the taxonomy; set `changed` at any change.

    A watch ends with the folder it watched, so the folders holding the inputs are
    watched too: seeds/ removed or renamed, then put back, is watched again at the next
    rebuild (`rewatch_seeds`), which its return starts.
    """

    def __init__(self, observer: BaseObserver, preview: Preview, changed: threading.Event):
        self.observer = observer
        self.seeds = preview.args.seeds
        self.changed = changed
        self._seeds_watch: ObservedWatch | None = None
        self._seeds_folder: tuple[int, int] | None = None
        inputs = preview.inputs()
        names = {form(path) for path in inputs for form in (os.path.abspath, os.path.realpath)}
        for folder in {os.path.dirname(os.path.abspath(path)) for path in inputs}:
            if os.path.isdir(folder):
                observer.schedule(_Changed(changed, frozenset(names)), folder)
        self.rewatch_seeds()

    def rewatch_seeds(self) -> None:
        """Watch the seeds folder there now, when it is not the one watched."""
        try:
            info = os.stat(self.seeds)
            folder = (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None
        except OSError:
            folder = None
        if folder == self._seeds_folder:
            return
        if self._seeds_watch is not None:
            self.observer.unschedule(self._seeds_watch)
        self._seeds_watch, self._seeds_folder = None, None
        if folder is not None:
            try:
                self._seeds_watch = self.observer.schedule(_Changed(self.changed), self.seeds)
                self._seeds_folder = folder
            except OSError:  # gone again: its parent's watch sees it come back
                pass


class _Changed(FileSystemEventHandler):
    """Set `changed` at an event about one of `names`, or about anything when None."""

    def __init__(self, changed: threading.Event, names: frozenset[str] | None = None) -> None:
        self.changed = changed
        self.names = names

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if self.names is None or not self.names.isdisjoint(_paths(event)):
            self.changed.set()


def _paths(event: FileSystemEvent) -> set[str]:
    named = [os.fsdecode(p) for p in (event.src_path, event.dest_path) if p]
    return {form(path) for path in named for form in (os.path.abspath, os.path.realpath)}
