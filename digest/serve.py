"""`digest serve`: the preview a curator keeps open while editing seeds.

MkDocs' own server (`mkdocs serve --dirty`) shows the site and reloads a page whose
file changed; this module watches the seeds, the curation file and the taxonomy, and
runs the pipeline again after each burst of changes, so a saved seed reaches the
browser through the few content files it changes.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from digest.cache import CacheChangedError
from digest.cli import open_cache, run_pipeline, settle_written
from digest.config import ConfigError
from digest.lock import build_lock_waited_for
from digest.stamps import SETTLED_NS

# How long `digest serve` waits for more events after a file changes before rebuilding.
SETTLE_SECONDS = 0.05


def serve(args: argparse.Namespace) -> int:
    """Build content/, then run `mkdocs serve`; re-run the pipeline when a seed, the
    curation file or the taxonomy changes."""
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    cache = open_cache(args)
    hints_shown: set[str] = set()  # each save prints only new missing-metadata hints

    @build_lock_waited_for(args.config)  # never while a `digest build` writes the project
    def rebuild() -> None:
        try:
            run_pipeline(
                args.seeds,
                args.content,
                args.config,
                args.curation,
                args.taxonomy,
                cache=cache,
                jobs=args.jobs,
                hints_shown=hints_shown,
            )
        except ConfigError as error:  # the preview keeps the last good content
            print(f"error: {error}; nothing was written", file=sys.stderr)
        except CacheChangedError as error:  # another digest wrote the cache meanwhile
            print(f"error: {error}", file=sys.stderr)

    rebuild()
    changed = threading.Event()

    def rebuild_on_change() -> None:
        """One rebuild per burst of events: saving a file fires several (modified, closed).

        A quiet spell after a rebuild settles the written files' stamps, so the next
        save's rebuild need not read back what this one wrote."""
        while True:
            if not changed.wait(timeout=SETTLED_NS / 1e9 + 1):
                settle_written(args.content, cache)
                changed.wait()
            time.sleep(SETTLE_SECONDS)
            changed.clear()
            rebuild()

    threading.Thread(target=rebuild_on_change, daemon=True).start()
    configs = {args.curation.resolve(), args.taxonomy.resolve()}

    class SeedChanged(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type not in ("opened", "closed_no_write"):
                changed.set()

    class ConfigChanged(SeedChanged):
        """The curation file or the taxonomy changed: their folder also holds others."""

        def on_any_event(self, event: FileSystemEvent) -> None:
            paths = {str(event.src_path), str(getattr(event, "dest_path", "") or "")}
            if any(path and Path(path).resolve() in configs for path in paths):
                super().on_any_event(event)

    observer = Observer()
    observer.schedule(SeedChanged(), str(args.seeds), recursive=False)
    for folder in {path.parent for path in configs}:
        observer.schedule(ConfigChanged(), str(folder), recursive=False)
    observer.start()
    # --dirty: MkDocs rebuilds only the pages whose files changed (the pipeline rewrites
    # only those), so an edited seed shows in about a second at thousands of articles.
    mkdocs = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(args.config)]
    mkdocs += ["-a", args.address]
    server = subprocess.Popen(mkdocs)
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
