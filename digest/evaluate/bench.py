"""Measure the digest at 1,000, 5,000 and 10,000 articles: `make bench` (`digest bench`).

For each size, synthetic scrapes (`digest/evaluate/synthetic.py`, a fixed random seed) go into
a temporary copy of this project (its mkdocs.yml, overrides, hand-written pages and
taxonomy, an empty curation file), and `digest` runs there as a curator runs it, in a
child process whose wall time and peak memory are read:

- pipeline: `digest build --no-site` with an empty cache: articles per second;
- full build: `digest build` from nothing (pipeline, then MkDocs);
- rebuild: one seed's body changed, then `digest build --no-site` (what `digest serve`
  runs before MkDocs reloads the page), five times, a different seed each time: the
  median, and the fastest and slowest in brackets (one run on this machine can be a
  third off its neighbours); then one more seed changed and `digest build`;
- new seed: one new scrape added to the seeds (a digest's daily change), then
  `digest build --no-site`, three times: the median and the range;
- the site's size on disk, and what a reader downloads for a first search
  (`digest/evaluate/bench_search.py`, in Chromium).

The table goes to docs/BENCHMARKS.md with the machine and the command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from digest.evaluate.synthetic import scrapes, write_seeds
from digest.evaluate.wordmodel import WordModel, training_texts, word_model
from digest.runinfo import DEFAULT_EVAL_DIR, ROOT, machine, python_speed, revision

BENCH_DOC = ROOT / "docs" / "BENCHMARKS.md"
SIZES = (1_000, 5_000, 10_000)
SEED = 20231124
HAND_WRITTEN = ("mkdocs.yml", "taxonomy.yml", "overrides")


@dataclass(frozen=True)
class Run:
    """One command's wall time (seconds) and peak resident memory (MiB)."""

    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class Row:
    """The figures of one size."""

    articles: int
    pipeline: Run
    full: Run
    rebuild_pipelines: tuple[Run, ...]
    rebuild_full: Run
    added_pipelines: tuple[Run, ...]
    site_mib: float
    search: str


def run(project: Path, *args: str) -> Run:
    """Run `digest ARGS` in `project`; return its wall time and peak memory, or fail."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    # A curator's Python keeps compiled modules between runs; an environment that
    # forbids it (PYTHONDONTWRITEBYTECODE) would add compiling digest to every rebuild.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "digest", *args],
            cwd=project,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        # wait4 gives the child's own resource use: its peak memory (KiB on Linux).
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            errors.seek(0)
            tail = "\n".join(errors.read().splitlines()[-5:])
            raise SystemExit(f"digest bench: `digest {' '.join(args)}` failed:\n{tail}")
    return Run(seconds, usage.ru_maxrss / 1024)


def make_project(folder: Path, count: int, model: WordModel) -> Path:
    """Lay out a project with `count` synthetic seeds."""
    folder.mkdir(parents=True)
    for name in HAND_WRITTEN:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy2(source, folder / name)
    shutil.copytree(
        ROOT / "content",
        folder / "content",
        ignore=shutil.ignore_patterns(
            "articles", "_generated", "feeds", "cleaning-report*", ".digest-*", "*.xml", "feed.json"
        ),
    )
    (folder / "curation.yml").write_text("{}\n", encoding="utf-8")
    write_seeds(folder / "seeds", model, count, SEED)
    return folder


# Where the seeds changed before each measured rebuild sit among the seeds (a fraction).
REBUILD_EDITS = (0.2, 0.35, 0.5, 0.65, 0.8)
FULL_REBUILD_EDIT = 0.6


def change_one_seed(project: Path, where: float = 0.5) -> None:
    """Change one word of the body of the seed `where` of the way through the seeds
    (the middle one by default), as a curator's fix would."""
    seeds = sorted((project / "seeds").glob("*.txt"))
    seed = seeds[int(len(seeds) * where)]
    lines = seed.read_text(encoding="utf-8").splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = lines[longest].replace(" ", " really ", 1)
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")


# New seeds added one by one, each followed by a measured rebuild: scrapes of another
# random seed, each a story of its own (or a copy joining one), as a curator's new
# articles are.
ADDED_SEEDS = 3


def add_seed(project: Path, number: int, text: str) -> Path:
    """Write a new seed, named after the others, as a curator drops one in."""
    path = project / "seeds" / f"new-{number:03d}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def folder_mib(folder: Path) -> float:
    """Return the bytes of the files under `folder`, in MiB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def measure(count: int, model: WordModel, work: Path) -> Row:
    """Measure one size in a fresh project under `work`."""
    project = make_project(work / f"n{count}", count, model)
    pipeline = run(project, "build", "--no-site")
    shutil.rmtree(project / ".digest-cache")
    shutil.rmtree(project / "content" / "articles")
    full = run(project, "build")
    rebuild_pipelines = []
    for where in REBUILD_EDITS:
        change_one_seed(project, where)
        rebuild_pipelines.append(run(project, "build", "--no-site"))
    change_one_seed(project, FULL_REBUILD_EDIT)
    rebuild_full = run(project, "build")
    from digest.evaluate.bench_search import first_search

    search = first_search(project / "site")
    site_mib = folder_mib(project / "site")
    added_pipelines = []
    for number, text in enumerate(scrapes(model, ADDED_SEEDS, SEED + 1)):
        add_seed(project, number, text)
        added_pipelines.append(run(project, "build", "--no-site"))
    row = Row(
        count,
        pipeline,
        full,
        tuple(rebuild_pipelines),
        rebuild_full,
        tuple(added_pipelines),
        site_mib,
        search,
    )
    # The site the last build replaced may still be being deleted in the background.
    shutil.rmtree(project, ignore_errors=True)
    return row


def table(rows: Sequence[Row]) -> str:
    """Return the Markdown table of the rows."""
    lines = [
        "| articles | pipeline, cold (s) | articles/s | full build (s) | peak memory (MiB) "
        "| rebuild after one seed: pipeline (s) | rebuild: full (s) "
        "| after a new seed: pipeline (s) | site (MiB) "
        "| first search: downloads, time to results |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row.articles:,} | {row.pipeline.seconds:.1f} "
            f"| {row.articles / row.pipeline.seconds:,.0f} | {row.full.seconds:.1f} "
            f"| {max(row.full.peak_mib, row.pipeline.peak_mib):,.0f} "
            f"| {_median_and_range(row.rebuild_pipelines)} | {row.rebuild_full.seconds:.1f} "
            f"| {_median_and_range(row.added_pipelines)} "
            f"| {row.site_mib:,.0f} | {row.search} |"
        )
    return "\n".join(lines)


def _median_and_range(runs: Sequence[Run]) -> str:
    seconds = sorted(run.seconds for run in runs)
    return f"{statistics.median(seconds):.2f} ({seconds[0]:.2f} to {seconds[-1]:.2f})"


def write_doc(rows: Sequence[Row], command: str, speeds: tuple[float, float]) -> None:
    """Write docs/BENCHMARKS.md; `speeds` are `python_speed()` before and after the runs."""
    ratio = ""
    sizes = {row.articles: row for row in rows}
    if 1_000 in sizes and 10_000 in sizes:
        growth = sizes[10_000].full.seconds / sizes[1_000].full.seconds
        ratio = f"\nFull build time at 10,000 / at 1,000: **{growth:.1f}**.\n"
    intro = __doc__.split("\n", 2)[2].strip() if __doc__ else ""
    BENCH_DOC.write_text(
        "# Benchmarks: the digest at scale\n\n"
        f"Generated by `{command}`; do not edit by hand.\n\n{intro}\n\n"
        f"- Date: {date.today().isoformat()}\n- Commit: {revision()}\n"
        f"- Machine: {machine()}\n"
        f"- Machine speed (`digest.runinfo.python_speed`: a fixed Python workload, the "
        f"fastest of three; compare records by it): {speeds[0]:.3f} s before the runs, "
        f"{speeds[1]:.3f} s after\n"
        f"- Corpus: synthetic scrapes, random seed {SEED}\n\n"
        f"{table(rows)}\n{ratio}",
        encoding="utf-8",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark at each size (or those given) and write docs/BENCHMARKS.md."""
    parser = argparse.ArgumentParser(prog="digest bench", description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument(
        "--set", type=Path, default=Path(os.environ.get("EVAL_DIR") or DEFAULT_EVAL_DIR)
    )
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    model = word_model(training_texts(args.set))
    rows = []
    speed_before = python_speed()
    with tempfile.TemporaryDirectory(prefix="digest-bench-", ignore_cleanup_errors=True) as work:
        for count in args.sizes:
            rows.append(measure(count, model, Path(work)))
            print(table(rows[-1:]).splitlines()[-1], flush=True)
    print(table(rows))
    if not args.no_write:
        sizes = " ".join(str(size) for size in args.sizes)
        command = "make bench" if args.sizes == list(SIZES) else f"digest bench {sizes}"
        write_doc(rows, command, (speed_before, python_speed()))
        print(f"written to {BENCH_DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
