"""Tests for the real-page evaluation (`make eval`): the reference scorer's verdicts, the
link to the original, and the table a developer reads."""

import pytest

from digest.evaluate.real import (
    FIELDS,
    REAL_DEV,
    SCORER,
    RealSet,
    RunScore,
    _same_url,
    load_scorer,
    score_set,
    table,
)


def test_a_url_is_the_same_address_scheme_www_and_final_slash_aside():
    wanted = "https://www.example.com/news/story-1/"
    assert _same_url("http://example.com/news/story-1", wanted)
    assert not _same_url("https://example.com/news/story-2", wanted)
    assert not _same_url(None, wanted) and not _same_url("", wanted)


def test_the_table_shows_right_missing_wrong_and_the_share_wrong_of_shown():
    counts = {f: {"right": 3, "missing": 1} for f in FIELDS}
    counts["source"] = {"right": 2, "missing": 1, "wrong": 1}
    row = RunScore("real-dev", "digest text", 4, counts, 0.9, 2, 3)
    text = table([row])
    assert "| real-dev (4) | digest text | 75% (3/1/0) | 75% (3/1/0) | 50% (2/1/1) |" in text
    assert "| 0.900 | 2/3 | 8.3% (1/12) |" in text


@pytest.mark.skipif(not SCORER.exists() or not REAL_DEV.is_dir(), reason="../shared absent")
def test_one_real_page_is_scored_on_both_paths_and_by_trafilatura(tmp_path):
    """A real page goes through digest's text and HTML paths and trafilatura, and every
    field of every run gets exactly one verdict."""
    page = RealSet("real-dev", REAL_DEV, REAL_DEV, ("np4k-wired_001",))
    scores = score_set(page, load_scorer(), tmp_path, verbose=False)
    assert [s.run for s in scores] == ["digest text", "digest html", "trafilatura html"]
    for s in scores:
        assert all(sum(s.counts[f].values()) == 1 for f in FIELDS)
        assert 0.5 < s.body_f1 <= 1.0  # a whole WIRED article, not an empty body
