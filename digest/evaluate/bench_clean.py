"""Time the cleaning stage alone on one core: `make bench-clean`.

The corpus is the ScrapingHub set's text pages and the seeds, already in memory, so
only `digest.clean.cleaner.clean` is measured; the figures go to docs/BENCHMARKS-clean.md with the
machine and the commit.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import statistics
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from digest.clean.cleaner import clean
from digest.clean.furniture import judge_alone
from digest.clean.neighbours import LINE_CACHES
from digest.ingest.seeds import Seed, find_seeds, read_seed
from digest.runinfo import ROOT, SEEDS, machine, revision
from digest.text import word_weight

BENCH_DOC = ROOT / "docs" / "BENCHMARKS-clean.md"
# The benchmark repeats the corpus until a run has taken this long, three runs.
BENCH_SECONDS = 2.0
BENCH_RUNS = 3
TARGET_ARTICLES_PER_SECOND = 2000


def seed_texts() -> list[str]:
    """Return the text seeds' texts, as the pipeline reads them."""
    seeds = [read_seed(path) for path in find_seeds(SEEDS)]
    return [seed.text for seed in seeds if isinstance(seed, Seed) and seed.page_meta is None]


def bench_corpus(set_dir: Path) -> list[str]:
    """Return the texts the benchmark cleans: the set's text pages and the seeds."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(set_dir.glob("*.raw.txt"))]
    return texts + seed_texts()


def synthetic_texts(set_dir: Path, count: int = 500) -> list[str]:
    """Return `count` of `make bench`'s synthetic scrapes (digest/evaluate/synthetic.py)."""
    from digest.evaluate.bench import SEED
    from digest.evaluate.synthetic import scrapes
    from digest.evaluate.wordmodel import training_texts, word_model

    return list(scrapes(word_model(training_texts(set_dir)), count, SEED))


def _lines(texts: Sequence[str]) -> float:
    return sum(len(text.splitlines()) for text in texts) / len(texts)


def _verdict(rate: float) -> str:
    return "meets" if rate >= TARGET_ARTICLES_PER_SECOND else "is below"


def articles_per_second(texts: Sequence[str]) -> float:
    """Clean the corpus over and over for BENCH_SECONDS; return articles per second.

    The line caches are emptied before every pass, so each pass pays for every line
    once, as a build over new articles would, and repeats within the corpus (one
    site's menus on several of its pages) are the only ones that hit.
    """
    done = 0
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < BENCH_SECONDS:
        judge_alone.cache_clear()
        word_weight.cache_clear()
        for cache in LINE_CACHES:
            cache.cache_clear()
        for text in texts:
            clean(text)
        done += len(texts)
    return done / elapsed


def profile_top(texts: Sequence[str], entries: int = 12) -> str:
    """Return cProfile's most expensive functions (own time) for one pass over the corpus."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        clean(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(entries)
    listing = out.getvalue()
    return listing[listing.index("ncalls") :].rstrip() if "ncalls" in listing else listing


def bench(set_dir: Path) -> int:
    """Time the cleaning stage on one core; print and write docs/BENCHMARKS-clean.md."""
    this_machine = machine()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = bench_corpus(set_dir)
    lines = sum(len(text.splitlines()) for text in texts)
    runs = [articles_per_second(texts) for _ in range(BENCH_RUNS)]
    rate = statistics.median(runs)
    seeds = seed_texts()
    seeds_rate = statistics.median(articles_per_second(seeds) for _ in range(BENCH_RUNS))
    typical = synthetic_texts(set_dir)
    typical_rate = statistics.median(articles_per_second(typical) for _ in range(BENCH_RUNS))
    summary = (
        f"Cleaning stage (`digest.clean.cleaner.clean`), one core, median of {BENCH_RUNS} runs; "
        f"target {TARGET_ARTICLES_PER_SECOND:,} articles/s on typical scrapes:\n\n"
        f"- typical scrapes ({len(typical)} of `make bench`'s synthetic scrapes, built like "
        f"the seeds, {_lines(typical):.0f} lines each): **{typical_rate:,.0f} articles/s**, "
        f"{_verdict(typical_rate)} the target;\n"
        f"- the {len(seeds)} seeds ({_lines(seeds):.0f} lines each): "
        f"**{seeds_rate:,.0f} articles/s**, {_verdict(seeds_rate)} the target;\n"
        f"- the ScrapingHub set's pages and the seeds (whole flattened web pages, "
        f"{lines / len(texts):.0f} lines each): **{rate:,.0f} articles/s** "
        f"({rate * lines / len(texts):,.0f} lines/s; runs {', '.join(f'{r:,.0f}' for r in runs)})."
    )
    profile = profile_top(texts)
    BENCH_DOC.parent.mkdir(exist_ok=True)
    BENCH_DOC.write_text(
        "# Benchmark: the cleaning stage\n\n"
        "Generated by `make bench-clean` (`python -m digest.evaluate.cleaning --bench`); "
        "do not edit by hand.\n\n"
        f"{summary}\n\n"
        f"- Corpus: {len(texts)} articles ({lines:,} lines, {lines / len(texts):.0f} per "
        "article): the ScrapingHub set's text "
        "pages and the seeds, already in memory; each run cleans them over and over for "
        f"at least {BENCH_SECONDS:.0f} s in one process pinned to one core.\n"
        f"- Date: {date.today().isoformat()}\n"
        f"- Commit: {revision()}\n"
        f"- Machine: {this_machine}\n\n"
        "## Where the time goes\n\n"
        f"cProfile, one pass over the corpus, by own time:\n\n```\n{profile}\n```\n",
        encoding="utf-8",
    )
    print(summary)
    print(profile)
    print(f"\nwritten to {BENCH_DOC.relative_to(ROOT)}")
    return 0
