"""What a file's metadata says of its bytes, so an unchanged file need not be read.

A build looks at 10,000 seeds and writes 10,000 pages; reading them all again is
much of a rebuild. As `git status` does, a file whose size, times, inode and device
are as last seen holds the bytes last seen, with one exception that `settled` rules
out: a second write within the same tick of the file clock leaves the times as they
were.
"""

from __future__ import annotations

import hashlib
import os
import stat
from typing import NamedTuple, TypeGuard

# A file's stamp is trusted when its times are this much older than the moment it was
# taken: far more than the coarsest file-time tick of a Linux, macOS or Windows disk.
SETTLED_NS = 2_000_000_000


class Stamp(NamedTuple):
    """What a regular file's metadata says of its bytes, and its latest time.

    `text` holds the size, change and modification times, inode and device, as
    `git status` compares them: a write changes the times, and the change time cannot
    be set back. `newest_ns` is the later of the two times.
    """

    text: str
    newest_ns: int


def file_stamp(path: str | os.PathLike[str]) -> Stamp | None:
    """Return a regular file's stamp, or None for anything else.

    Links are left out: their target can change under an unchanged link.
    """
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    text = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"
    return Stamp(text, max(info.st_mtime_ns, info.st_ctime_ns))


def content_digest(data: bytes) -> str:
    """Return the digest of a file's bytes: what a trusted stamp stands for."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def settled(stamp: Stamp | None, looked_ns: int) -> TypeGuard[Stamp]:
    """Whether `stamp`, taken at `looked_ns` (or later), can be trusted in a later build.

    File times tick coarsely (a few milliseconds): a file written twice within one tick
    keeps its stamp, so a stamp taken in the tick of a write may hide the next write.
    A stamp older than the look by more than a tick cannot (git's "racily clean" rule),
    however long the build then runs.
    """
    return stamp is not None and stamp.newest_ns < looked_ns - SETTLED_NS
