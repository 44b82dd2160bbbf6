"""One build at a time per project: a lock taken before anything is written.

Two builds of one project at once trip over each other's files: the second removes the
first's hidden site folder as a killed build's leftover, and both rewrite content/, its
manifest and the cache. `digest build` takes the lock first and, when another build
holds it, says which process and exits 2 at once (a build that waited would run on
seeds the curator may be changing for the other); `digest serve` waits for it before
each rebuild, since it rebuilds on its own later anyway.

The lock is the file `.digest-build.lock` in the project's root, the folder of its
MkDocs config (by default the current folder, beside seeds/, content/ and site/). It
is a POSIX record lock (`fcntl.lockf`), not `flock`: a record lock belongs to the
process that took it, so the workers a build forks do not share it and cannot keep it
after the build is killed; the system releases it when the process ends, however it
ends, so the file left behind (holding the last holder's pid) never blocks a build.
Its one catch: closing any descriptor of the file releases the process's lock, so
nothing but `take_build_lock` may open it while a build runs.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

LOCK_FILE = ".digest-build.lock"


class BuildRunning(Exception):
    """Another process holds the project's build lock."""

    def __init__(self, path: Path, pid: int | None) -> None:
        self.path = path
        self.pid = pid
        holder = f" (pid {pid})" if pid else ""
        super().__init__(f"another build is running{holder}: {path.name} is held")


def lock_path(config: Path) -> Path:
    """Return the lock file of the project whose MkDocs config is `config`."""
    return config.parent / LOCK_FILE


def take_build_lock(config: Path, wait: bool = False) -> BinaryIO:
    """Lock the project of `config` for this process; closing the file returned (or the
    process ending) releases it.

    Raise `BuildRunning` when another process holds it, unless `wait`; an `OSError`
    when the file cannot be opened (a read-only project).
    """
    path = lock_path(config)
    # Never through a link: the lock file is the one file the build writes before it
    # knows no other build runs.
    stream = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644), "r+b")
    try:
        if not _try_lock(stream):
            if not wait:
                raise BuildRunning(path, _holder(stream))
            fcntl.lockf(stream, fcntl.LOCK_EX)
        stream.truncate(0)
        stream.write(f"{os.getpid()}\n".encode())
        stream.flush()
    except BaseException:
        stream.close()
        raise
    return stream


@contextlib.contextmanager
def build_lock_waited_for(config: Path) -> Iterator[None]:
    """Hold the build lock of `config`'s project, first saying so when another build
    holds it and waiting for it to end (`digest serve`, before each rebuild)."""
    try:
        lock = take_build_lock(config)
    except BuildRunning as running:
        print(f"digest: {running}; rebuilding when it ends", file=sys.stderr)
        lock = take_build_lock(config, wait=True)
    with lock:
        yield


def _try_lock(stream: BinaryIO) -> bool:
    try:
        fcntl.lockf(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:  # EACCES or EAGAIN, as the system has it: held elsewhere
        if error.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


def _holder(stream: BinaryIO) -> int | None:
    """Return the pid the holder wrote, None when it has not yet written it."""
    stream.seek(0)
    text = stream.read(32).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None
