"""Replace a whole output folder at once: build beside it, then swap it in.

MkDocs writes `site/` file by file; a build killed half-way would leave a site with
some pages new, some old and some missing. Building into a hidden sibling folder and
renaming it into place means `site/` is always one complete build. On Linux the two
folders are exchanged in one atomic `renameat2(RENAME_EXCHANGE)`; elsewhere two
renames leave, at worst, no `site/` for a moment, never a mixed one.

The replaced folder can be removed after the build returns (`remove_in_background`):
deleting a 10,000-article site's 20,000 files took 9 s on this machine's disk
(2026-11-30), as long as the rest of a rebuild's MkDocs setup. It keeps its hidden
sibling name until it is gone, so a removal cut short is finished by the next build.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

# renameat2's constants, from <fcntl.h> and <linux/fs.h>.
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _temporary_prefix(target: Path) -> str:
    return f".{target.name}.digest-"


def remove_leftovers(target: Path) -> None:
    """Remove the sibling folders a killed build left beside `target`."""
    if not target.parent.is_dir():
        return
    for leftover in target.parent.glob(f"{_temporary_prefix(target)}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one atomic step; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return result == 0


def remove_now(path: Path) -> None:
    """Remove the folder or file at `path`."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def remove_in_background(path: Path) -> None:
    """Remove the folder at `path` in a process of its own, not waited for (a file, at once)."""
    if not path.is_dir() or path.is_symlink():
        path.unlink()
        return
    subprocess.Popen(
        [sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], True)", str(path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # a Ctrl-C at the prompt afterwards does not cut it short
    )


def swap_in(built: Path, target: Path, remove: Callable[[Path], None] = remove_now) -> None:
    """Put the folder `built` at `target`; `remove` what was there (a folder or a file),
    under a hidden sibling name of `target` until it is gone."""
    if not target.exists() and not target.is_symlink():
        os.rename(built, target)
        return
    if _exchange(built, target):
        remove(built)
        return
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=_temporary_prefix(target)))
    os.rename(target, old / target.name)
    os.rename(built, target)
    remove(old)


@contextlib.contextmanager
def replaced_atomically(
    target: Path, remove_old: Callable[[Path], None] = remove_now
) -> Iterator[Path]:
    """Yield an empty folder beside `target`; on success it replaces `target` whole, and
    the folder it replaced is given to `remove_old`.

    On failure `target` is left as it was and the new folder is removed. A `target`
    that is a link (`site` -> `/var/www/digest`) stays a link: the folder it leads to
    is the one replaced.
    """
    target = target.resolve() if target.is_symlink() else target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target)
    building = Path(tempfile.mkdtemp(dir=target.parent, prefix=_temporary_prefix(target)))
    try:
        # mkdtemp makes the folder private; a site is as readable as any other folder.
        os.chmod(building, 0o755)
        yield building
        swap_in(building, target, remove_old)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
