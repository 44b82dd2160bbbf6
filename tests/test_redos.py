"""No seed stalls the build: the per-seed stage takes time linear in the seed.

A pattern that backtracks turns one hostile seed into minutes of work that block every
other article and `digest serve`: a headline line of 100,000 `(` took 300 s in one
pattern (`_CAPTION_SHAPE`), a line of `a / a / ...` never finished in another. The
ordinary test runs that seed under a generous deadline, so a regression fails the
suite; the checks marked `bench` time long runs of every punctuation character, mixes
and emoticons against a budget per KB, through the whole per-seed stage and through
every pattern it compiles, outside the ordinary suite: `make bench-hostile`.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from digest.ingest import SeedFile
from digest.prepare import prepare
from digest.taxonomy import Taxonomy, load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
# What a normal article around the hostile line reads like, so the whole stage runs:
# headline choice, byline, dateline, date, description, tags.
BODY = (
    "By Jane Doe\n"
    "TOKYO (Reuters) - Japan will fund two more chip plants, the trade ministry said "
    "on Tuesday, as it seeks to rebuild its semiconductor industry.\n"
    "The subsidies, worth 900 billion yen, go to plants run by TSMC and Rapidus, "
    "officials said. Exports of chipmaking tools remain under review.\n"
)
# The deadline of the ordinary test: a 100 KB line of `(` took 300 s before the fix,
# and takes well under a second now; twenty seconds leaves room for a loaded machine.
STALL_SECONDS = 20.0


class Stalled(Exception):
    """The per-seed stage ran past its deadline."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `Stalled` in the test after `seconds`, even inside a regex match.

    The regex engine checks for signals while it backtracks, so the alarm ends a stalled
    match instead of leaving the test to run for minutes or hours.
    """

    def stop(signum: int, frame: object) -> None:
        raise Stalled(f"still running after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def taxonomy() -> Taxonomy:
    """Return the project's own taxonomy: its name patterns run over every seed too."""
    return load_taxonomy(ROOT / "taxonomy.yml")


def prepare_text(text: str, tags: Taxonomy, name: str = "hostile.txt") -> float:
    """Run the per-seed stage (what `digest clean --json` runs per file) on `text`;
    return the seconds it took."""
    seed = SeedFile(name, Path(name).stem, text.encode("utf-8"))
    started = time.perf_counter()
    prepare(seed, tags)
    return time.perf_counter() - started


def test_a_headline_line_of_100_kb_of_brackets_does_not_stall_the_stage():
    """A seed whose headline area holds 100 KB of `(` is processed, not backtracked on
    for minutes (300 s before the fix)."""
    for opener in "([":
        text = opener * 100_000 + "\n" + BODY
        try:
            with deadline(STALL_SECONDS):
                prepare_text(text, taxonomy())
        except Stalled as stalled:
            pytest.fail(f"a headline line of 100 KB of {opener!r}: {stalled}")
