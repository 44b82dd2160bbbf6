"""digest/cores.py: work handed to worker processes comes back whole and in order."""

from __future__ import annotations

import os
import threading
from functools import partial

import pytest

from digest import cores
from digest.cores import map_on_cores


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    """Two cores, whatever the machine has: workers are capped at the number of cores."""
    monkeypatch.setattr(cores, "cpu_count", lambda: 2)


def pid_and_square(offset: int, number: int) -> tuple[int, int]:
    return os.getpid(), number * number + offset


def test_many_items_are_worked_out_elsewhere_in_order(monkeypatch):
    monkeypatch.setattr(cores, "CHUNK", 5)
    numbers = list(range(cores.MIN_PARALLEL + 37))
    results = map_on_cores(partial(pid_and_square, 1), numbers, jobs=2)
    assert [value for _, value in results] == [n * n + 1 for n in numbers]
    assert os.getpid() not in {pid for pid, _ in results}


def test_few_items_or_one_job_stay_in_this_process():
    few = map_on_cores(partial(pid_and_square, 0), [1, 2, 3], jobs=2)
    alone = map_on_cores(partial(pid_and_square, 0), list(range(100)), jobs=1)
    assert {pid for pid, _ in few + alone} == {os.getpid()}
    assert [value for _, value in few] == [1, 4, 9]


def test_from_a_thread_the_workers_come_from_a_fork_server_with_the_same_results(monkeypatch):
    """`digest serve` builds from a watcher thread, where forking is unsafe."""
    monkeypatch.setattr(cores, "CHUNK", 5)
    numbers = list(range(cores.MIN_PARALLEL + 11))
    forked = map_on_cores(partial(pid_and_square, 2), numbers, jobs=2)
    from_thread: list[tuple[int, int]] = []
    worker = threading.Thread(
        target=lambda: from_thread.extend(map_on_cores(partial(pid_and_square, 2), numbers, 2))
    )
    worker.start()
    worker.join()
    assert [value for _, value in from_thread] == [value for _, value in forked]
    assert os.getpid() not in {pid for pid, _ in from_thread}


def test_no_more_workers_than_cores_whatever_is_asked(monkeypatch):
    """`--jobs 100000` once forked a worker per job and ran the machine out of memory."""
    import concurrent.futures

    started: list[int] = []

    class CountingPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **options) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **options)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountingPool)
    numbers = list(range(cores.MIN_PARALLEL))
    results = map_on_cores(partial(pid_and_square, 0), numbers, jobs=40)
    assert [value for _, value in results] == [n * n for n in numbers]
    assert started == [2]
