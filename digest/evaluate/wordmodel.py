"""A word-bigram model of real news prose, to make up article text for benchmarks.

`make bench`, `make bench-clean` and `make bench-stories` need thousands of articles
that read, word for word, like news: made up, so that no real text is copied and the
number is free, but with the word frequencies and common word pairs of the
ScrapingHub set's true bodies and the seeds.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.runinfo import SEEDS

# Words per sentence, as in the set's news pages.
WORDS = (10, 28)
# Share of words drawn as the word that follows the last one in real text.
BIGRAM_SHARE = 0.5

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


def training_texts(set_dir: Path) -> list[str]:
    """Return the set's true bodies and the seeds: real news prose to draw words from."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(set_dir.glob("*.body.txt"))]
    return texts + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
