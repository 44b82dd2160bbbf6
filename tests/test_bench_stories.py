"""Tests for the grouping benchmark's corpus and its pair scores."""

import random
from dataclasses import replace

from digest.bench_stories import corpus, pair_scores
from digest.stories import group_stories

TEXTS = [
    "The European Union will deepen cooperation with Japan on chips, its industry chief said.",
    "Japan is offering subsidies to revitalise its chip industry, which retains an edge.",
    "The United States asked Japan to help curb exports of chipmaking tools to China.",
]


def test_corpus_is_reproducible_and_plants_copies():
    """The same seed makes the same articles, and some stories have several copies."""
    first, truth = corpus(TEXTS, 40, random.Random(7))
    again, _ = corpus(TEXTS, 40, random.Random(7))
    assert [a.text for a in first] == [a.text for a in again]
    assert len(first) == 40 and len(set(truth)) < 40


def test_pair_scores_count_pairs_of_one_story():
    """Grouping every article into one story finds every planted pair, and false ones."""
    articles, truth = corpus(TEXTS, 30, random.Random(3))
    lumped = [replace(article, story="all") for article in articles]
    precision, recall = pair_scores(lumped, truth)
    assert recall == 1.0 and precision < 1.0
    assert pair_scores(group_stories(articles), truth)[1] > 0.5
