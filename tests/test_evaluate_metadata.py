"""Tests for the metadata evaluation: how labels are compared, and the accuracy it gates."""

import pytest

from digest.evaluate_metadata import FIELDS, is_right, labelled_sets, score_set

# The target: at least 95% of each field right on labelled scrapes.
TARGET = 0.95


def test_labels_compare_case_and_spacing_aside():
    """Case and spacing do not count; a list label accepts any of its names; authors in order."""
    assert is_right("The Associated Press", "the associated  press", "source")
    assert is_right(["AP", "The Associated Press"], "AP", "source")
    assert not is_right("Reuters", None, "source")
    assert is_right(None, None, "dateline") and not is_right(None, "Tokyo", "dateline")
    assert is_right(["MATT O'BRIEN"], ["Matt O'Brien"], "authors")
    assert not is_right(["A B", "C D"], ["C D", "A B"], "authors")
    assert is_right(None, [], "authors")


@pytest.mark.parametrize(("name", "pages"), labelled_sets()[:3])
def test_every_field_meets_the_target(name, pages):
    """On the seeds and the scrapes rules were tuned on, each field is right on 95% of pages.

    The held-out batch is only reported (`make eval`): gating on it would tune to it.
    """
    assert len(pages) >= 5
    score = score_set(name, pages)
    for field in FIELDS:
        wrong = [m for m in score.misses if m.field == field]
        assert score.right[field] >= TARGET * score.pages, (field, wrong)
