"""Tests for the grouping benchmark: its stress corpus and its B-cubed scores."""

from collections import defaultdict

import pytest

from digest.evaluate.bench_stories import b_cubed, worst_groups
from digest.evaluate.story_corpus import stress_scrapes
from digest.evaluate.wordmodel import word_model

TEXTS = [
    "The European Union will deepen cooperation with Japan on chips, its industry chief said. "
    "Japan is offering subsidies to revitalise its chip industry, which retains an edge. "
    "The United States asked Japan to help curb exports of chipmaking tools to China. "
    "Rapidus plans to make cutting edge chips with the help of imec and IBM in Hokkaido."
]


def test_stress_corpus_is_reproducible():
    """The same seed makes the same scrapes and stories."""
    model = word_model(TEXTS)
    assert list(stress_scrapes(model, 60, 7)) == list(stress_scrapes(model, 60, 7))


def test_stress_corpus_holds_what_breaks_grouping():
    """Stories have up to four copies; one site's furniture surrounds many stories; a
    background paragraph recurs in distinct stories."""
    scrapes = list(stress_scrapes(word_model(TEXTS), 400, 3))
    copies = defaultdict(int)
    stories_of_line = defaultdict(set)
    for scrape in scrapes:
        copies[scrape.story] += 1
        for line in scrape.text.splitlines():
            stories_of_line[line].add(scrape.story)
    assert len(scrapes) == 400 and max(copies.values()) == 4 and min(copies.values()) == 1
    spread = sorted((len(s), line) for line, s in stories_of_line.items())
    assert any(count > 40 and line.startswith("In Perspective") for count, line in spread)
    assert any(count > 3 and len(line.split()) > 20 for count, line in spread)


def test_b_cubed_of_a_perfect_grouping_is_one():
    assert b_cubed(["a", "a", "b"], [1, 1, 2]) == (1.0, 1.0, 1.0)


def test_b_cubed_weighs_each_article():
    """Lumping two stories of two copies each: every article's group is half its story."""
    precision, recall, f1 = b_cubed(["x"] * 4, [1, 1, 2, 2])
    assert (precision, recall) == (0.5, 1.0)
    assert f1 == pytest.approx(2 / 3)
    precision, recall, _ = b_cubed(["a", "b", "c"], [1, 1, 1])
    assert (precision, recall) == (1.0, pytest.approx(1 / 3))


def test_worst_groups_name_the_groups_that_mix_stories():
    found = ["a", "a", "a", "b", "c", "c"]
    assert worst_groups(found, [1, 2, 2, 3, 4, 4]) == ["3 articles of 2 stories"]
