"""One build of content/ from seeds/: read, process and write, with the cache's memos.

Both `digest build` (digest/cli.py) and `digest serve` (digest/site/serve.py) run it;
it lives apart from the command line, which only parses options and reports errors,
so the preview imports the build without the command's parser and exit codes.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from digest.cache import Cache
from digest.cores import cpu_count
from digest.curation import check_ids, curation_hint, load_curation, missing_metadata
from digest.ingest.seeds import Problem
from digest.metadata.doubts import REASONS, settle_line
from digest.pipeline import Memos, process_articles, site_files
from digest.prepare import code_version, prepare_all
from digest.site.mkdocs import (
    Written,
    hand_written_articles,
    read_site_info,
    settle_stamps,
    sync_content,
)
from digest.tags.taxonomy import load_taxonomy
from digest.text import printable

# The cache's name for the related stories' ranking (`digest.site.related.link_neighbours`).
RANKING = "related"
# The cache's name for what mkdocs.yml says of the site (`digest.site.mkdocs.read_site_info`).
SITE = "site"
# The cache's name for the links between articles (`digest/site/links.py`).
LINKS = "links"
# The cache's name for the story partition (`digest.stories.grouping.partition_key`).
PARTITION = "partition"


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector (see `digest.cli._collect_garbage_rarely`).

    The pipeline reads 10,000 cached articles and makes their pages' keys: millions of
    objects, all alive until it returns, and no reference cycles worth freeing. Even at
    the raised thresholds the collector walked them a few times per rebuild: a rebuild
    of 10,000 articles took 3.9 s with it, 3.0 to 3.4 s without (2026-11-29). It runs
    again for MkDocs, whose pages do leave cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def run_pipeline(
    seeds_dir: Path,
    content: Path,
    config: Path,
    curation_file: Path,
    taxonomy_file: Path,
    site_url: str | None = None,
    cache: Cache | None = None,
    jobs: int | None = None,
    hints_shown: set[str] | None = None,
) -> list[Problem]:
    """Read every seed, process them, write content/; return the seeds that were skipped.

    The taxonomy and curation files are checked before anything is written: a
    `ConfigError` leaves content/ as it was. `site_url` (from SITE_URL or
    GITHUB_REPOSITORY) overrides mkdocs.yml's, for the feeds. `hints_shown` holds the
    missing-metadata hints printed by the last build of this process (`digest serve`
    rebuilds on every save): only new ones are printed again, and it is updated.
    """
    if not seeds_dir.is_dir():
        raise SystemExit(f"digest: {seeds_dir}: no such folder of seeds")
    taxonomy = load_taxonomy(taxonomy_file)
    curation = load_curation(curation_file, taxonomy)
    cache = cache or Cache(None)
    version = code_version(taxonomy)  # hashes digest's sources: once per build
    prepared, problems = prepare_all(seeds_dir, taxonomy, cache, jobs, version)
    check_ids(curation, [a.id for a in prepared] + [Path(p.filename).stem for p in problems])
    for problem in problems:
        where = printable(str(seeds_dir / problem.filename))
        print(f"warning: {where}: skipped: {problem.reason}", file=sys.stderr)
    stored = cache.written()
    ledger: dict[str, Written] = {
        name: (key, stamp, digest)
        for name, (written_by, key, stamp, digest) in stored.items()
        if written_by == version
    }
    settle_stamps(content, ledger)  # a page whose stamp is trusted is not read below
    reserved = hand_written_articles(content, ledger)
    with (
        cache.keyed_memo(LINKS, version) as links,
        cache.keyed_memo(RANKING, version) as ranks,
        cache.keyed_memo(PARTITION, version) as partition,
    ):
        memos = Memos(links, ranks, partition)
        articles = process_articles(prepared, curation, taxonomy, reserved, memos)
    hints = [
        f"missing: {printable(os.path.join(seeds_dir, article.filename))}: no "
        f"{', no '.join(missing)}; add to {curation_file}: {curation_hint(article)}\n"
        for article in articles
        if (missing := missing_metadata(article))
    ]
    hints += [
        f"uncertain: {printable(os.path.join(seeds_dir, article.filename))}: {REASONS[doubt]}; "
        f"settle it in {curation_file}: {settle_line(article, doubt)}\n"
        for article in articles
        for doubt in article.uncertain
    ]
    _print_hints(hints, hints_shown)
    renders = cache.rendered(version)
    with cache.keyed_memo(SITE, version) as site_memo:
        site = read_site_info(config, site_url, site_memo)
    files = site_files(articles, site, renders, jobs or cpu_count())
    written, removed = sync_content(content, files, ledger)
    cache.store_rendered(version, renders)
    cache.store_written({name: (version, *entry) for name, entry in ledger.items()}, stored)
    print(
        f"digest: {len(articles)} articles from {seeds_dir}/, {written} files written, "
        f"{removed} removed, {len(problems)} skipped",
        file=sys.stderr,
    )
    return problems


def _print_hints(hints: list[str], shown: set[str] | None) -> None:
    """Print the missing-metadata hints, in one write (stderr flushes every line); those
    in `shown` only as a count: a preview prints thousands of them once, not per save."""
    new = hints if shown is None else [hint for hint in hints if hint not in shown]
    if len(new) < len(hints):
        again = len(hints) - len(new)
        new.append(f"digest: {again} more articles lack metadata, as listed before\n")
    sys.stderr.write("".join(new))
    if shown is not None:
        shown.clear()
        shown.update(hints)


def settle_written(content: Path, cache: Cache) -> None:
    """Trust the stamps of the files the pipeline wrote, now that they are old enough
    (`digest.site.mkdocs.settle_stamps`): the next rebuild then need not read them back."""
    stored = cache.written()
    ledger: dict[str, Written] = {name: row[1:] for name, row in stored.items()}
    if settle_stamps(content, ledger):
        settled = {name: (stored[name][0], *entry) for name, entry in ledger.items()}
        cache.store_written(settled, stored)
