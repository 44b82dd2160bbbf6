"""No seed stalls the build: the per-seed stage takes time linear in the seed.

A pattern that backtracks turns one hostile seed into minutes of work that block every
other article and `digest serve`: a headline line of 100,000 `(` held one pattern
(`_CAPTION_SHAPE`) for minutes, a line of `a / a / ...` another for good. The ordinary
test runs that seed under a generous deadline, so a regression fails the suite; the
checks marked `bench` time long runs of every punctuation character, mixes and
emoticons against a budget per KB, in text seeds and web pages, through the whole
per-seed stage and through every pattern it compiles, outside the ordinary suite:
`make bench-hostile`.
"""

from __future__ import annotations

import html
import json
import re
import signal
import string
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.article import Article
from digest.ingest.seeds import SeedFile
from digest.prepare import prepare
from digest.tags.taxonomy import Taxonomy, load_taxonomy

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
# The deadline of the ordinary test: far above what a linear stage needs for 100 KB,
# with room for a loaded machine; far below the minutes the backtracking took.
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


@cache
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
    """A seed whose headline area holds 100 KB of `(` (or `[`) is processed, not
    backtracked on for minutes."""
    for opener in "([":
        text = opener * 100_000 + "\n" + BODY
        try:
            with deadline(STALL_SECONDS):
                prepare_text(text, taxonomy())
        except Stalled as stalled:
            pytest.fail(f"a headline line of 100 KB of {opener!r}: {stalled}")


def test_a_web_page_whose_author_field_holds_100_kb_of_brackets_does_not_stall():
    """A saved page whose `<meta name="author">` holds 100 KB of `(` is processed; its
    author is not taken from that field."""
    page = f'<html><head><meta name="author" content="{"(" * 100_000}"></head><body>'
    page += "".join(f"<p>{line}</p>" for line in (HEADLINE + BODY).splitlines())
    try:
        with deadline(STALL_SECONDS):
            article = prepare(SeedFile("page.html", "page", page.encode()), taxonomy())
    except Stalled as stalled:
        pytest.fail(f"an author field of 100 KB of '(': {stalled}")
    assert isinstance(article, Article)
    assert all("(" not in author for author in article.authors)


# --- bench: `make bench-hostile` ---------------------------------------------------

# Long runs of these make a pattern try its worst: every ASCII punctuation character;
# mixes that open a bracket, a sentence, a trail or a list over and over; white space;
# and the emoticons people paste.
PUNCTUATION = list(string.punctuation)
MIXES = [
    "([", "a(", " (", "( ", "[ ", "- ", ". ", "a.", "a-", "ö-", "ツ-", "a / ", "a > ",
    "a, ", "A, ", "A. ", "Aa ", "aa", "1.", "1 ", "1,", " ", "  ", "\t", " and ", "© ",
]  # fmt: skip
EMOTICONS = [
    ":-)", ";-)", ":-(", ":'(", ":-P", "<3", "^_^", "o_O", "xD", "¯\\_(ツ)_/¯",
    "(╯°□°)╯︵ ┻━┻", "┬─┬ノ( º _ ºノ)", "( ͡° ͜ʖ ͡°)", "ಠ_ಠ", "ʕ•ᴥ•ʔ", "(ง'̀-'́)ง",
    "(づ｡◕‿‿◕｡)づ", "ᕕ( ᐛ )ᕗ", "( •_•)>⌐■-■", "\\o/",
]  # fmt: skip
UNITS = PUNCTUATION + MIXES + EMOTICONS
HEADLINE = "Japan funds two more chip plants\n"


def web_page(run: str) -> str:
    """Return a saved web page holding `run` wherever a page's metadata or article is read:
    its title, author fields (a meta tag, JSON-LD), headline, byline and text."""
    value = html.escape(run)
    author = json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": run}})
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.splitlines())
    return (
        f'<html><head><title>{value}</title><meta name="author" content="{value}">'
        f'<script type="application/ld+json">{author}</script></head>'
        f"<body><h1>{value}</h1><p>By {value}</p>{paragraphs}<p>{value}</p></body></html>"
    )


# Where a run goes: the whole seed; the headline area (the first line, above an
# ordinary article); a byline and a dateline under a headline, where the metadata
# stage reads names, places and dates; every part of a web page.
PLACES = {
    "seed": lambda run: run,
    "headline": lambda run: run + "\n" + BODY,
    "byline": lambda run: HEADLINE + "By Jane Doe" + run + "\n" + BODY.split("\n", 1)[1],
    "dateline": lambda run: HEADLINE + "TOKYO" + run + " (Reuters) - Japan said.\n" + BODY,
    "page": web_page,
}


def seed_name(place: str) -> str:
    """Return the file name of a seed with a run in `place`: a web page is `.html`."""
    return "hostile.html" if place == "page" else "hostile.txt"


# The per-seed stage's budget per KB of hostile seed. A linear stage spends a few
# milliseconds per KB on such a line; a pattern that backtracks over the line spends
# seconds per KB by 100 KB, so the budget tells the two apart with room for a loaded
# machine. The seeds are 100 KB: a long article's text is a few hundred KB.
BUDGET_PER_KB = 0.05
SEED_KB = 100


def run_of(unit: str, kilobytes: float) -> str:
    """Return `unit` repeated to `kilobytes` of UTF-8."""
    return unit * max(1, int(kilobytes * 1024) // len(unit.encode("utf-8")))


def over_budget(place: str, run: str) -> str | None:
    """Say how far past its budget the per-seed stage ran on `run` in `place`, if it did."""
    text = PLACES[place](run)
    kilobytes = len(text.encode("utf-8")) / 1024
    budget = max(1.0, BUDGET_PER_KB * kilobytes)
    try:
        with deadline(budget * 3):
            seconds = prepare_text(text, taxonomy(), seed_name(place))
    except Stalled as stalled:
        return f"{kilobytes:.0f} KB: {stalled} (budget {budget:.1f} s)"
    if seconds > budget:
        return f"{kilobytes:.0f} KB: {seconds:.1f} s, {seconds / kilobytes * 1000:.0f} ms per KB"
    return None


@pytest.mark.bench
@pytest.mark.parametrize("place", sorted(PLACES))
def test_long_runs_of_punctuation_and_emoticons_stay_within_the_budget(place):
    """Every unit, repeated to 100 KB in each place of a seed, is prepared within the
    budget per KB."""
    slow = {}
    for unit in UNITS:
        problem = over_budget(place, run_of(unit, SEED_KB))
        if problem:
            slow[unit] = problem
    assert not slow, "\n".join(f"{unit!r}: {problem}" for unit, problem in slow.items())


@pytest.mark.bench
@pytest.mark.parametrize("kilobytes", [25, 100, 1024])
def test_the_time_per_kb_holds_from_25_kb_to_1_mb(kilobytes):
    """The seeds the issue timed (a headline area of `(`, and of `[`) cost no more per KB
    at 1 MB than at 25 KB: the stage is linear in the seed."""
    for unit in "([":
        problem = over_budget("headline", run_of(unit, kilobytes))
        assert problem is None, f"{unit!r}: {problem}"


@pytest.mark.bench
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    unit=st.text(st.sampled_from(string.punctuation + " \taA1öツ"), min_size=1, max_size=4),
    place=st.sampled_from(sorted(PLACES)),
)
def test_any_short_mix_repeated_stays_within_the_budget(unit, place):
    """A property: any run of one to four characters of punctuation, space, letters or
    digits, repeated to 32 KB in any place of a seed, is prepared within the budget."""
    problem = over_budget(place, run_of(unit, 32))
    assert problem is None, f"{unit!r} in the {place}: {problem}"


def stage_patterns() -> dict[str, re.Pattern[str]]:
    """Return every text pattern the per-seed stage's modules compile, by module and name.

    The stage is run once on a text seed and on a web page first, so that the modules it
    imports only when needed are imported too.
    """
    prepare_text(HEADLINE + BODY, taxonomy())
    prepare_text(web_page(HEADLINE), taxonomy(), seed_name("page"))
    found: dict[str, re.Pattern[str]] = {}
    for module_name, module in sorted(sys.modules.items()):
        if module_name.startswith("digest."):
            for name, value in vars(module).items():
                values = value if isinstance(value, (tuple, list)) else (value,)
                for index, item in enumerate(values):
                    if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                        key = f"{module_name}.{name}" + (f"[{index}]" if len(values) > 1 else "")
                        found.setdefault(key, item)
    return found


# A pattern is timed on a line of each unit (one search, one substitution) at two
# lengths, four times apart. Its time at the longer is judged only above a floor, below
# which a pattern is fast whatever its growth; above it, a linear pattern's time grows
# about four times, one that backtracks over the line sixteen times or more, so growing
# more than eight times fails, as does running past the deadline. Times are the best of
# three, and compared with each other rather than with a clock, so that a loaded
# machine slows both alike. Seeds' lines never hold a line break (`str.splitlines` made
# them), so no run holds one.
LINE_KB = 32
FLOOR_SECONDS = 0.05
LINEAR_GROWTH = 8
PATTERN_DEADLINE = 10.0


def pattern_seconds(pattern: re.Pattern[str], line: str, times: int = 1) -> float:
    """Return the best time of `times` runs of a search and a substitution over `line`."""
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        with deadline(PATTERN_DEADLINE):
            pattern.search(line)
            pattern.sub("", line)
        best = min(best, time.perf_counter() - started)
    return best


def superlinear(pattern: re.Pattern[str], prefix: str, unit: str) -> str | None:
    """Say how `pattern` grew from a quarter of LINE_KB of `unit` to LINE_KB, if faster
    than a line."""
    try:
        if pattern_seconds(pattern, prefix + run_of(unit, LINE_KB)) < FLOOR_SECONDS:
            return None
        short = pattern_seconds(pattern, prefix + run_of(unit, LINE_KB / 4), times=3)
        long = pattern_seconds(pattern, prefix + run_of(unit, LINE_KB), times=3)
    except Stalled as stalled:
        return f"{prefix!r} + {unit!r} * {LINE_KB} KB: {stalled}"
    if long >= FLOOR_SECONDS and long > LINEAR_GROWTH * short:
        return (
            f"{prefix!r} + {unit!r}: {short:.3f} s at {LINE_KB // 4} KB, {long:.3f} s at {LINE_KB}"
        )
    return None


@pytest.mark.bench
def test_every_pattern_of_the_stage_runs_in_linear_time():
    """Every pattern the per-seed stage compiles searches and substitutes a line of any
    unit, alone or after a word, in time that grows as the line does."""
    slow = {}
    for name, pattern in stage_patterns().items():
        for unit in UNITS:
            problem = next(
                filter(None, (superlinear(pattern, prefix, unit) for prefix in ("", "By ", "Aa "))),
                None,
            )
            if problem:
                slow[name] = problem
                break
    assert not slow, "\n".join(f"{name}: {problem}" for name, problem in slow.items())
