"""Time story grouping at scale: `make bench-stories` writes docs/BENCHMARKS-stories.md.

Grouping must stay sub-quadratic, so that 10,000 articles group in seconds. The
corpus is made, not collected: article bodies are drawn from a word-bigram model of
real news text (the ScrapingHub set's true bodies and the seeds), half of the words
following the last as in those texts and half drawn by their frequency, so word
frequencies and common word pairs are those of news prose, and every fifth story is given one to
three copies (trimmed, with sentences dropped, or with a new first paragraph), as
reposts are. Each size is timed three times in this process on one core (median); the
planted copies give the grouping's precision and recall on the way. Before shingles
were sampled, 10,000 articles took 30.7 s on this machine (pair precision 0.866).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from digest.article import Article, Line, Verdict
from digest.runinfo import DEFAULT_EVAL_DIR, ROOT, SEEDS, machine, revision
from digest.stories import group_stories, link_copies

BENCH_DOC = ROOT / "docs" / "BENCHMARKS-stories.md"
SIZES = (1_000, 2_000, 5_000, 10_000)
# One story in this many has copies; a copy keeps this share of its report's sentences.
STORIES_PER_COPIED = 5
KEPT_SENTENCES = (0.6, 0.95)
# Sentences per article and words per sentence, as in the set's news pages.
SENTENCES = (8, 30)
WORDS = (10, 28)
# Share of words drawn as the word that follows the last one in real text.
BIGRAM_SHARE = 0.5
SEED = 20231122
RUNS = 3

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class WordModel:
    """Which words follow which in real news text, and every word with its frequency."""

    following: dict[str, list[str]]
    tokens: list[str]
    starts: list[str]


def word_model(texts: Sequence[str]) -> WordModel:
    """Learn the word model from the texts."""
    following: dict[str, list[str]] = defaultdict(list)
    tokens: list[str] = []
    for text in texts:
        words = _WORD.findall(text)
        tokens += words
        for first, second in itertools.pairwise(words):
            following[first].append(second)
    starts = [word for word in following if word[:1].isupper()]
    return WordModel(dict(following), tokens, starts)


def sentence(model: WordModel, rng: random.Random) -> str:
    """Draw one sentence: each word follows the last as in the texts, or is any word.

    A pure bigram walk through a few hundred texts copies their rarer phrases whole,
    so unrelated articles would share runs of words that independent reports do not;
    drawing every other word from the whole vocabulary breaks those runs.
    """
    word = rng.choice(model.starts)
    words = [word]
    for _ in range(rng.randint(*WORDS) - 1):
        following = model.following.get(word)
        use_bigram = following and rng.random() < BIGRAM_SHARE
        word = rng.choice(following) if use_bigram else rng.choice(model.tokens)  # type: ignore[arg-type]
        words.append(word)
    return " ".join(words).rstrip(".") + "."


def corpus(texts: Sequence[str], size: int, rng: random.Random) -> tuple[list[Article], list[int]]:
    """Make `size` articles; return them and, for each, the story it was made from."""
    model = word_model(texts)
    articles: list[Article] = []
    truth: list[int] = []
    story = 0
    while len(articles) < size:
        report = [sentence(model, rng) for _ in range(rng.randint(*SENTENCES))]
        versions = [report]
        if story % STORIES_PER_COPIED == 0:
            versions += [copy_of(report, model, rng) for _ in range(rng.randint(1, 3))]
        for sentences in versions[: size - len(articles)]:
            articles.append(article(f"{len(articles):06d}", sentences))
            truth.append(story)
        story += 1
    return articles, truth


def copy_of(report: list[str], model: WordModel, rng: random.Random) -> list[str]:
    """Repost a report: keep most sentences in order, sometimes with a new first paragraph."""
    share = rng.uniform(*KEPT_SENTENCES)
    kept = [text for text in report if rng.random() < share] or report[:1]
    return ([sentence(model, rng)] if rng.random() < 0.5 else []) + kept


def article(article_id: str, sentences: list[str]) -> Article:
    """Make an article whose body paragraphs are groups of three sentences."""
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    lines = tuple(Line(n, text, Verdict.BODY) for n, text in enumerate(paragraphs, 1))
    return Article(
        id=article_id, filename=f"{article_id}.txt", text="\n".join(paragraphs), lines=lines
    )


def pair_scores(articles: Sequence[Article], truth: Sequence[int]) -> tuple[float, float]:
    """Return precision and recall of same-story pairs, grouped against planted."""
    found: dict[str, list[int]] = defaultdict(list)
    planted: dict[int, list[int]] = defaultdict(list)
    for index, (grouped, story) in enumerate(zip(articles, truth, strict=True)):
        found[grouped.story].append(index)
        planted[story].append(index)

    def pairs(groups: dict[object, list[int]]) -> set[tuple[int, int]]:
        return {(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1 :]}

    got, want = pairs(found), pairs(planted)  # type: ignore[arg-type]
    precision = len(got & want) / len(got) if got else 1.0
    return precision, len(got & want) / len(want) if want else 1.0


def training_texts(set_dir: Path) -> list[str]:
    """Return the set's true bodies and the seeds: real news prose to draw words from."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(set_dir.glob("*.body.txt"))]
    return texts + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def bench(set_dir: Path) -> int:
    """Time grouping at each size; print and write docs/BENCHMARKS-stories.md."""
    this_machine = machine()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = training_texts(set_dir)
    rows = [
        "| articles | stories with copies | group + link (s, median of 3) | pair precision "
        "| pair recall |"
    ]
    rows.append("| --- | --- | --- | --- | --- |")
    for size in SIZES:
        articles, truth = corpus(texts, size, random.Random(SEED))
        runs = []
        for _ in range(RUNS):
            started = time.perf_counter()
            grouped = link_copies(group_stories(articles))
            runs.append(time.perf_counter() - started)
        precision, recall = pair_scores(grouped, truth)
        copied = sum(1 for count in Counter(truth).values() if count > 1)
        rows.append(
            f"| {size:,} | {copied:,} | {statistics.median(runs):.2f} "
            f"| {precision:.3f} | {recall:.3f} |"
        )
        print(rows[-1], flush=True)
    BENCH_DOC.write_text(
        "# Benchmark: grouping copies of a story\n\n"
        "Generated by `make bench-stories` (`python -m digest.bench_stories`); do not edit "
        "by hand.\n\n"
        f"{__doc__.split(chr(10), 2)[2].strip() if __doc__ else ''}\n\n"
        f"- Date: {date.today().isoformat()}\n- Commit: {revision()}\n"
        f"- Machine: {this_machine}; one core\n- Corpus: bigram model of {len(texts)} texts "
        f"(the ScrapingHub set's bodies and the seeds), random seed {SEED}\n"
        "- Precision and recall are of the planted copies in made-up text; they check the "
        "grouping still works at scale, not how it does on real reposts (the seeds and "
        "tests/test_stories.py do that).\n\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"\nwritten to {BENCH_DOC.relative_to(ROOT)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; the ScrapingHub set gives the words."""
    parser = argparse.ArgumentParser(prog="python -m digest.bench_stories", description=__doc__)
    parser.add_argument(
        "--set", type=Path, default=Path(os.environ.get("EVAL_DIR") or DEFAULT_EVAL_DIR)
    )
    set_dir: Path = parser.parse_args(argv).set
    if not any(set_dir.glob("*.body.txt")):
        print(f"digest bench-stories: no NAME.body.txt files in {set_dir}", file=sys.stderr)
        return 1
    return bench(set_dir)


if __name__ == "__main__":
    raise SystemExit(main())
