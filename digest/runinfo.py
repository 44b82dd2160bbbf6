"""Where a figure was measured: the project's paths, this machine, the commit.

`make eval` and `make bench-clean` print these beside every score and speed, so a
figure in docs/ can be reproduced and compared.
"""

from __future__ import annotations

import platform
import re
import subprocess
import time
from pathlib import Path

from digest.cores import cpu_count

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval" / "scrapinghub"
SEEDS = ROOT / "seeds"


def machine() -> str:
    """Describe this machine: cores available, CPU model, memory, Python."""
    cores = cpu_count()
    model = _proc_field("/proc/cpuinfo", r"^model name\s*:\s*(.+)$") or platform.processor()
    kib = _proc_field("/proc/meminfo", r"^MemTotal:\s*(\d+)")
    memory = f"{int(kib) / 2**20:.0f} GiB" if kib else "unknown"
    return f"{cores} cores ({model}), {memory} RAM, Python {platform.python_version()}"


# A fixed piece of pure-Python work (string and dict operations, as the pipeline's),
# timed to tell a slow hour of a shared machine from a slower build.
_SPEED_ROUNDS = 200_000


def python_speed(tries: int = 3) -> float:
    """Return the seconds this machine takes now for a fixed pure-Python workload, the
    fastest of `tries`: on a shared machine the same build can take from one to twice
    as long from one hour to the next, so figures are published with this."""
    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        seen: dict[str, int] = {}
        for number in range(_SPEED_ROUNDS):
            word = f"w{number % 997}".upper()
            seen[word] = seen.get(word, 0) + len(word.split("W"))
        best = min(best, time.perf_counter() - started)
    return best


def _proc_field(path: str, pattern: str) -> str | None:
    try:
        found = re.search(pattern, Path(path).read_text(), re.MULTILINE)
    except OSError:
        return None
    return found[1].strip() if found else None


def revision() -> str:
    """Name the commit measured, and say when the working tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head} with uncommitted changes" if dirty else head or "unknown"
