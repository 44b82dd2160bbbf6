"""One build at a time per project (issue 21): a second `digest build` while another holds
the lock says which process holds it, exits 2 and writes nothing; `digest serve` waits
for the lock before it rebuilds."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pytest

from tests.conftest import ROOT, copy_project, run_digest, snapshot

LOCK_FILE = ".digest-build.lock"


@contextmanager
def lock_held(project: Path) -> Iterator[BinaryIO]:
    """Hold the project's build lock as a build does: a record lock, the holder's pid inside.

    Read the lock file only through the stream yielded: closing any other descriptor of
    it would release this process's record lock.
    """
    with open(project / LOCK_FILE, "a+b") as stream:
        fcntl.lockf(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
        stream.truncate(0)
        stream.write(f"{os.getpid()}\n".encode())
        stream.flush()
        yield stream


@pytest.mark.parametrize("options", [(), ("--no-site",)], ids=["site", "no-site"])
def test_a_second_build_says_who_builds_exits_2_and_writes_nothing(tmp_path: Path, options):
    """While a build holds the lock, another build names its pid, exits 2, touches nothing."""
    project = copy_project(tmp_path / "project")
    with lock_held(project) as lock:
        # The lock file is looked at through `lock` alone (see `lock_held`).
        before = snapshot(project, skip=LOCK_FILE), os.fstat(lock.fileno()).st_mtime_ns
        result = run_digest(project, "build", *options)
        after = snapshot(project, skip=LOCK_FILE), os.fstat(lock.fileno()).st_mtime_ns
        assert after == before, "the second build wrote while the first ran"
        lock.seek(0)
        assert lock.read() == f"{os.getpid()}\n".encode()
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"error: another build is running (pid {os.getpid()}): {LOCK_FILE} is held; "
        "nothing was written"
    ]


def test_a_build_takes_the_lock_a_killed_build_left(tmp_path: Path):
    """The lock file outlives its build, with a pid in it; it never blocks the next one."""
    from digest.site.lock import take_build_lock

    project = copy_project(tmp_path / "project")
    killed = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    (project / LOCK_FILE).write_text(f"{killed.pid}\n", encoding="utf-8")
    killed.kill()
    killed.wait()
    with take_build_lock(project / "mkdocs.yml"):
        assert (project / LOCK_FILE).read_text(encoding="utf-8") == f"{os.getpid()}\n"
    assert run_digest(project, "build", "--no-site").returncode == 0


def test_a_worker_a_build_forked_does_not_keep_the_lock(tmp_path: Path):
    """A build's forked workers do not hold its lock once the build is gone (a record lock
    belongs to the process that took it, unlike `flock`'s, which children share)."""
    from digest.site.lock import take_build_lock

    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from digest.site.lock import take_build_lock\n"
        "lock = take_build_lock(Path(sys.argv[1]))\n"
        "if os.fork() == 0:\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "print(flush=True)\n"
    )
    config = tmp_path / "mkdocs.yml"
    build = subprocess.Popen(
        [sys.executable, "-c", script, str(config)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
    )
    try:
        assert build.stdout is not None and build.stdout.readline() == b"\n"
        assert build.wait(timeout=30) == 0
        with take_build_lock(config):  # the forked worker still sleeps
            pass
    finally:
        os.killpg(build.pid, 9)


def test_serve_waits_for_the_build_holding_the_lock_before_it_rebuilds(tmp_path: Path):
    """`digest serve` says a build is running and writes content/ only once it has ended."""
    from tests.test_build import free_port, start_serve, wait_for

    project = copy_project(tmp_path / "project")
    log_path = tmp_path / "serve.log"
    articles = project / "content" / "articles"
    with log_path.open("w") as log, lock_held(project) as lock:
        server = start_serve(project, free_port(), log)
        try:
            waiting = f"another build is running (pid {os.getpid()})"
            assert wait_for(lambda: waiting in log_path.read_text()), log_path.read_text()
            time.sleep(1)
            assert not articles.exists(), "serve did not wait"
            lock.close()  # the build holding the lock ends
            assert wait_for(lambda: len(list(articles.glob("*.md"))) == 5), log_path.read_text()
        finally:
            server.terminate()
            server.wait(timeout=10)
