"""The `digest` command: build the digest, inspect the cleaning, preview the site.

Examples:

    digest build                    # seeds/ -> content/ -> site/
    digest build --no-site --strict # content only; any warning exits 1
    digest clean --json seeds/*.txt # what the pipeline makes of each file, as JSON Lines
    digest serve                    # preview at http://127.0.0.1:8000, rebuilt on change
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from digest.config import ConfigError
from digest.curation import check_ids, curation_hint, load_curation, missing_metadata
from digest.ingest import Problem, Seed, find_seeds, read_seed
from digest.pipeline import process, to_json
from digest.render import generated_files
from digest.site import build_site, sync_content
from digest.taxonomy import load_taxonomy

log = logging.getLogger("digest")


def _read_all(paths: Sequence[Path]) -> tuple[list[Seed], list[Problem]]:
    seeds: list[Seed] = []
    problems: list[Problem] = []
    for path in paths:
        result = read_seed(path)
        (seeds if isinstance(result, Seed) else problems).append(result)  # type: ignore[arg-type]
    return seeds, problems


def run_pipeline(
    seeds_dir: Path, content: Path, curation_file: Path, taxonomy_file: Path
) -> list[Problem]:
    """Read every seed, process them, write content/; return the seeds that were skipped.

    The taxonomy and curation files are checked before anything is written: a
    `ConfigError` leaves content/ as it was.
    """
    if not seeds_dir.is_dir():
        raise SystemExit(f"digest: {seeds_dir}: no such folder of seeds")
    taxonomy = load_taxonomy(taxonomy_file)
    curation = load_curation(curation_file, taxonomy)
    seeds, problems = _read_all(find_seeds(seeds_dir))
    check_ids(curation, [seed.id for seed in seeds] + [Path(p.filename).stem for p in problems])
    for problem in problems:
        print(
            f"warning: {seeds_dir / problem.filename}: skipped: {problem.reason}", file=sys.stderr
        )
    articles = process(seeds, curation, taxonomy)
    for article in articles:
        missing = missing_metadata(article)
        if missing:
            print(
                f"missing: {seeds_dir / article.filename}: no {', no '.join(missing)}; "
                f"add to {curation_file}: {curation_hint(article)}",
                file=sys.stderr,
            )
    written, removed = sync_content(content, generated_files(articles))
    print(
        f"digest: {len(articles)} articles from {seeds_dir}/, {written} files written, "
        f"{removed} removed, {len(problems)} skipped",
        file=sys.stderr,
    )
    return problems


def command_build(args: argparse.Namespace) -> int:
    """Run the pipeline, then MkDocs unless --no-site."""
    try:
        problems = run_pipeline(args.seeds, args.content, args.curation, args.taxonomy)
    except ConfigError as error:
        print(f"error: {error}; nothing was written", file=sys.stderr)
        return 1
    if not args.no_site:
        try:
            build_site(args.config, args.content, args.site, strict=True)
        except Exception as error:  # MkDocs' Abort and config errors: one line, exit 1
            print(f"error: {args.config}: site build failed: {error}", file=sys.stderr)
            return 1
    return 1 if args.strict and problems else 0


def command_clean(args: argparse.Namespace) -> int:
    """Print one JSON object per input file, in input order; write nothing."""
    if not args.json:
        print("digest clean: only --json output exists; add --json", file=sys.stderr)
        return 2
    seeds, problems = _read_all(args.files)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    by_name = {article.filename: article for article in process(seeds)}
    for path in args.files:
        article = by_name.get(path.name)
        if article is None:
            reason = next(p.reason for p in problems if p.filename == path.name)
            print(json.dumps({"id": path.stem, "error": reason}, ensure_ascii=False))
        else:
            print(json.dumps(to_json(article), ensure_ascii=False))
    return 1 if problems else 0


def command_serve(args: argparse.Namespace) -> int:
    """Build content/, then run `mkdocs serve`; re-run the pipeline when a seed, the
    curation file or the taxonomy changes."""
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    def rebuild() -> None:
        try:
            run_pipeline(args.seeds, args.content, args.curation, args.taxonomy)
        except ConfigError as error:  # the preview keeps the last good content
            print(f"error: {error}; nothing was written", file=sys.stderr)

    rebuild()
    lock = threading.Lock()

    configs = {args.curation.resolve(), args.taxonomy.resolve()}

    class SeedChanged(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type in ("opened", "closed_no_write"):
                return
            with lock:
                rebuild()

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
    mkdocs = [sys.executable, "-m", "mkdocs", "serve", "-f", str(args.config), "-a", args.address]
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


def parser() -> argparse.ArgumentParser:
    """Describe the command line."""
    top = argparse.ArgumentParser(
        prog="digest",
        description="Build a curated news digest from raw scraped articles.",
        epilog=__doc__.split("Examples:", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="seeds/ -> content/articles/*.md -> site/")
    _add_paths(build)
    build.add_argument("--site", type=Path, default=Path("site"), help="output (default site/)")
    build.add_argument("--no-site", action="store_true", help="stop after writing content/")
    build.add_argument("--strict", action="store_true", help="exit 1 on any warning")
    build.set_defaults(run=command_build)

    clean = commands.add_parser("clean", help="show what the pipeline makes of files")
    clean.add_argument("--json", action="store_true", help="JSON Lines, one object per file")
    clean.add_argument("files", type=Path, nargs="+", metavar="FILE")
    clean.set_defaults(run=command_clean)

    serve = commands.add_parser("serve", help="preview the site, rebuilt on every change")
    _add_paths(serve)
    serve.add_argument("--address", default="127.0.0.1:8000", help="host:port to serve on")
    serve.set_defaults(run=command_serve)
    return top


def _add_paths(command: argparse.ArgumentParser) -> None:
    command.add_argument("--seeds", type=Path, default=Path("seeds"), help="default seeds/")
    command.add_argument("--content", type=Path, default=Path("content"), help="default content/")
    command.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs config")
    command.add_argument(
        "--curation", type=Path, default=Path("curation.yml"), help="default curation.yml"
    )
    command.add_argument(
        "--taxonomy", type=Path, default=Path("taxonomy.yml"), help="default taxonomy.yml"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")
    args = parser().parse_args(argv)
    return int(args.run(args))
