"""The `digest` command: build the digest, inspect the cleaning, preview the site.

Examples:

    digest build                    # seeds/ -> content/ -> site/
    digest build --no-site --strict # content only; any warning exits 1
    digest clean --json seeds/*.txt # what the pipeline makes of each file, as JSON Lines
    digest serve                    # preview at http://127.0.0.1:8000, rebuilt on change
    digest site-url                 # the address the site is built for (SITE_URL, ...)
    digest bench 1000               # time a build of 1,000 synthetic articles
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from digest.build import run_pipeline, settle_written
from digest.cache import DEFAULT_CACHE, Cache, CacheChangedError
from digest.config import ConfigError
from digest.cores import capped_jobs
from digest.ingest.seeds import Problem, Seed, printable, read_seed, seed_ids
from digest.pipeline import process, to_json
from digest.site.lock import BuildRunning, lock_path, take_build_lock
from digest.site.mkdocs import build_site
from digest.site.paths import refusal
from digest.site.publish import (
    SiteUrlError,
    check_pages_limits,
    resolve_site_url,
    site_url_from_env,
)

log = logging.getLogger("digest")


def _clean_ids(paths: Sequence[Path]) -> dict[Path, str]:
    """Give each file its id (`seed_ids`); files of one name in two folders (`a/x.txt`,
    `b/x.txt`) take the path as given, as two files of one stem take their whole name."""
    ids = seed_ids(paths)
    names = Counter(path.name for path in set(paths))
    return {path: str(path) if names[path.name] > 1 else ids[path] for path in paths}


def command_build(args: argparse.Namespace) -> int:
    """Build while holding the project's build lock (`digest/site/lock.py`); exit 2 at once,
    writing nothing, when another build holds it."""
    try:
        lock = take_build_lock(args.config)
    except BuildRunning as running:
        print(f"error: {running}; nothing was written", file=sys.stderr)
        return 2
    except OSError as error:
        where = lock_path(args.config)
        print(f"error: {where}: cannot take the build lock: {error.strerror}", file=sys.stderr)
        return 1
    with lock:
        return _build(args)


def _build(args: argparse.Namespace) -> int:
    """Run the pipeline, then MkDocs unless --no-site; refuse a site too big for Pages.

    Under --strict a skipped seed still lets every other article and the site build,
    so one bad file never hides the state of the rest; only the exit status says 1.
    """
    try:
        site_url = site_url_from_env(os.environ)
    except SiteUrlError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    cache = open_cache(args)
    try:
        problems = run_pipeline(
            args.seeds,
            args.content,
            args.config,
            args.curation,
            args.taxonomy,
            site_url,
            cache,
            args.jobs,
        )
    except ConfigError as error:
        print(f"error: {error}; nothing was written", file=sys.stderr)
        return 1
    except CacheChangedError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # a full disk, a folder not writable: said, not a traceback
        print(
            f"error: {os_error_line(error)}; the build stopped, and the next one goes on "
            "from the files it wrote (each whole)",
            file=sys.stderr,
        )
        return 1
    if not args.no_site:
        if args.jobs is not None:  # overrides/hooks/parallel_pages.py reads it
            os.environ["DIGEST_JOBS"] = str(args.jobs)
        try:
            # MkDocs' warnings (a page left out of the nav, a broken link) are printed;
            # only --strict makes them fail the build, as it does the skipped seeds.
            build_site(args.config, args.content, args.site, args.strict, site_url)
        except OSError as error:  # the disk: the site stays as the last build left it
            print(f"error: {os_error_line(error)}; {args.site} was left as it was", file=sys.stderr)
            return 1
        except Exception as error:  # MkDocs' Abort and config errors: one line, exit 1
            print(f"error: {args.config}: site build failed: {error}", file=sys.stderr)
            return 1
        settle_written(args.content, cache)
        too_big = check_pages_limits(args.site)
        for message in too_big:
            print(f"error: {message}", file=sys.stderr)
        if too_big:
            return 1
    if args.strict and problems:
        print(f"digest: --strict: {len(problems)} seeds skipped, named above", file=sys.stderr)
        return 1
    return 0


def os_error_line(error: OSError) -> str:
    """Name the file a system error is about, and the system's reason, on one line (the
    destination of a copy or a rename where there are two)."""
    name = error.filename2 if error.filename2 is not None else error.filename
    if name is None:
        return printable(str(error))
    return printable(f"{os.fsdecode(name)}: {error.strerror}")


def command_site_url(args: argparse.Namespace) -> int:
    """Print the address the site is built for; exit 1 when nothing sets one."""
    from mkdocs.config import load_config

    try:
        site_url_from_env(os.environ)  # named before MkDocs reads SITE_URL through !ENV
        url = resolve_site_url(os.environ, load_config(str(args.config)).site_url)
    except Exception as error:  # SiteUrlError or MkDocs' config errors: one line, exit 1
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not url:
        print(
            f"error: no site address: set SITE_URL (SITE_URL=https://USER.github.io/REPO/) "
            f"or site_url in {args.config}",
            file=sys.stderr,
        )
        return 1
    print(url)
    return 0


def command_clean(args: argparse.Namespace) -> int:
    """Print one JSON object per input file, in input order; write nothing."""
    if not args.json:
        print("digest clean: only --json output exists; add --json", file=sys.stderr)
        return 2
    ids = _clean_ids(args.files)
    read = {path: read_seed(path, seed_id=ids[path]) for path in args.files}
    problems = [result for result in read.values() if isinstance(result, Problem)]
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    seeds = [result for result in read.values() if isinstance(result, Seed)]
    by_id = {article.id: article for article in process(seeds)}
    for path in args.files:
        result = read[path]
        if isinstance(result, Problem):
            error = {"id": printable(ids[path]), "error": result.reason}
            print(json.dumps(error, ensure_ascii=False))
        else:
            print(json.dumps(to_json(by_id[ids[path]]), ensure_ascii=False))
    return 1 if problems else 0


def command_serve(args: argparse.Namespace) -> int:
    """Preview the site with `mkdocs serve`, rebuilding content/ as seeds change."""
    from digest.site.serve import serve  # watchdog and threads, for this command only

    return serve(args)


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

    # Run by main() before parsing; listed here for `digest -h`.
    commands.add_parser(
        "bench", help="time the digest at 1,000, 5,000 and 10,000 articles (docs/BENCHMARKS.md)"
    )

    site_url = commands.add_parser(
        "site-url", help="print the address the site is built for (SITE_URL, GITHUB_REPOSITORY)"
    )
    site_url.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs config")
    site_url.set_defaults(run=command_site_url)
    return top


def open_cache(args: argparse.Namespace) -> Cache:
    """Return the cache the command's options name (`--cache`, `--no-cache`)."""
    return Cache(None if args.no_cache else args.cache)


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
    command.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help="prepared articles (.digest-cache/)"
    )
    command.add_argument("--no-cache", action="store_true", help="process every seed again")
    command.add_argument(
        "--jobs",
        type=_job_count,
        default=None,
        help="worker processes (default and most: one per core)",
    )


def _job_count(text: str) -> int:
    """Read `--jobs`: a whole number of processes, 1 or more."""
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a number of processes (1 or more)")
    return jobs


def _cap_jobs(args: argparse.Namespace) -> None:
    """Lower `--jobs` to the number of cores, with a note (`digest.cores.capped_jobs`)."""
    jobs = getattr(args, "jobs", None)
    if jobs is not None and capped_jobs(jobs) < jobs:
        args.jobs = capped_jobs(jobs)
        print(f"note: --jobs {jobs}: using {args.jobs}, the number of cores", file=sys.stderr)


def _collect_garbage_rarely() -> None:
    """Run Python's cycle collector a hundred times less often than by default.

    A build holds every article, line and page in memory until it ends, and makes no
    reference cycles worth freeing; at the default thresholds the collector walks those
    millions of live objects over and over: a rebuild of 10,000 articles with nothing
    changed took 12.6 s at the default thresholds, 9.5 s at these (2026-11-29). mypy,
    another batch tool, does the same.
    """
    gc.set_threshold(100_000, 20, 100)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _collect_garbage_rarely()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["bench"]:  # its options, `-h` included, are the benchmark's own
        from digest.evaluate.bench import main as bench_main

        return bench_main(argv[1:])
    args = parser().parse_args(argv)
    _cap_jobs(args)
    refused = refusal(args) if hasattr(args, "content") else None
    if refused:  # an output over the project: said before anything is touched
        print(refused, file=sys.stderr)
        return 2
    return int(args.run(args))


# Commands after which the process leaves without freeing what it made (see `run`).
_LEAVE_AT_ONCE = ("build",)


def run() -> None:
    """The `digest` command and `python -m digest`: `main`, then exit with its status.

    A build ends holding 10,000 articles' objects, and the interpreter's teardown frees
    them one by one: 90 to 130 ms after a rebuild of 10,000 articles, against 25 to 35
    ms leaving at once (2026-11-30), for memory the system takes back anyway. After
    `build`, whose files are all written and closed by then, the output streams are
    flushed and the process leaves at once, as mypy does (`mypy.util.hard_exit`). Other
    commands run threads or fork servers whose shutdown is worth the usual exit; an
    exception takes the usual way out, traceback and all.
    """
    argv = sys.argv[1:]
    status = main(argv)
    if argv[:1] and argv[0] in _LEAVE_AT_ONCE:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    raise SystemExit(status)
