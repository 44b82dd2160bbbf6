"""Tests for the metadata evaluation: how labels are compared, and the accuracy it gates."""

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


def test_every_seed_field_is_right():
    """On the seeds, every field of every page matches its label."""
    name, pages = labelled_sets()[0]
    assert name == "seeds" and len(pages) == 5
    assert score_set(name, pages).misses == ()


def test_scrapes_meet_the_target_on_each_field():
    """Over the scrapes rules were tuned on, each field is right on at least 95% of pages.

    The held-out batch is only reported (`make eval`): gating on it would tune to it.
    """
    scores = [score_set(name, pages) for name, pages in labelled_sets()[1:6]]
    pages = sum(score.pages for score in scores)
    assert pages >= 60
    for field in FIELDS:
        right = sum(score.right[field] for score in scores)
        wrong = [m for score in scores for m in score.misses if m.field == field]
        assert right >= TARGET * pages, (field, wrong)
