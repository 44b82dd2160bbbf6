"""Run a pure function over many items on every core, results in the items' order.

Two stages of a build work on each article alone and are most of a first build's time:
preparing a seed (`digest/prepare.py`) and rendering a linked article's page
(`digest/pipeline.py`). `map_on_cores` hands them to worker processes in chunks; as the
results come back in order, a build on many cores writes what one process writes
(`--jobs 1`).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items, starting worker processes costs more than it saves (a rebuild
# after one seed changed never starts them).
MIN_PARALLEL = 64
# Items sent to a worker at a time: large enough that the hand-over is cheap next to the
# work, small enough that every core stays busy to the end.
CHUNK = 32


def cpu_count() -> int:
    """Return the number of cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def capped_jobs(jobs: int) -> int:
    """Return `jobs`, at most one per core: more workers only take turns on the same
    cores, and each forked worker holds its own copy of the build's memory (`--jobs
    100000` once forked until the machine ran out of it)."""
    return max(1, min(jobs, cpu_count()))


def map_on_cores(
    function: Callable[[Item], Result], items: Sequence[Item], jobs: int
) -> list[Result]:
    """Return `[function(item) for item in items]`, worked out on `jobs` processes when
    there are enough items. `function` must be picklable (a module's function, or a
    `functools.partial` of one) and pure. No more processes than cores are started
    (`capped_jobs`)."""
    jobs = capped_jobs(jobs)
    if jobs <= 1 or len(items) < MIN_PARALLEL:
        return [function(item) for item in items]
    from concurrent.futures import ProcessPoolExecutor  # a rebuild seldom needs one

    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return _map_forked(function, items, jobs)
    # Forking a process with threads (`digest serve` builds from a watcher thread) can
    # copy a lock another thread holds: workers then come from a fork server, and the
    # items go to them pickled.
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        done = pool.map(partial(_apply, function), chunks)
        return [result for chunk in done for result in chunk]


def _apply(function: Callable[[Item], Result], chunk: Sequence[Item]) -> list[Result]:
    return [function(item) for item in chunk]


# What workers forked by `_map_forked` work on: they see it as it was when they were
# forked, so only chunks' bounds and results are pickled (pickling 10,000 linked
# articles to the workers and back took as long as rendering them).
_forked_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _map_forked(
    function: Callable[[Item], Result], items: Sequence[Item], jobs: int
) -> list[Result]:
    global _forked_work
    from concurrent.futures import ProcessPoolExecutor

    bounds = [(i, min(i + CHUNK, len(items))) for i in range(0, len(items), CHUNK)]
    _forked_work = (function, items)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            done = pool.map(_apply_forked, bounds)
            return [result for chunk in done for result in chunk]
    finally:
        _forked_work = None


def _apply_forked(bounds: tuple[int, int]) -> list[Any]:
    assert _forked_work is not None, "run only in a worker forked by _map_forked"
    function, items = _forked_work
    return [function(item) for item in items[bounds[0] : bounds[1]]]
