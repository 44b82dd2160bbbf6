"""Where a real page's headline ranks among its candidate lines (`make eval`): each page
counted once, by what a curator sees of its headline."""

from collections import Counter

import pytest

import digest.evaluate.headline_ranks as ranks
from digest.evaluate.headline_ranks import COLUMNS, rank_outcome, table
from digest.evaluate.real import SCORER, load_scorer
from tests.test_headlines import HEADLINE, LEDE, MENU, SECOND

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared beside the checkout")


def page(*lines: str) -> str:
    return "\n".join(lines)


def label(title: str | None) -> dict:
    return {"title": title, "date": None, "authors": [], "source": None}


def test_a_headline_over_its_byline_is_shown_right():
    text = page(*MENU, HEADLINE, "By Priya Raman", "March 5, 2024", LEDE, SECOND)
    assert rank_outcome(text, label(HEADLINE), load_scorer()) == "shown right"


def test_another_line_shown_in_the_labelled_headlines_place_is_shown_wrong():
    text = page(*MENU, HEADLINE, "By Priya Raman", "March 5, 2024", LEDE, SECOND)
    wanted = "Retailer's stock falls after a weak quarter"
    assert rank_outcome(text, label(wanted), load_scorer()) == "shown wrong"


def test_a_headline_the_pasted_text_never_prints_is_no_candidate():
    assert rank_outcome(page(LEDE, SECOND), label(HEADLINE), load_scorer()) == "no candidate"


def test_a_page_whose_text_shows_no_headline_is_not_counted():
    text = page(*MENU, HEADLINE, LEDE, SECOND)
    assert rank_outcome(text, label(None), load_scorer()) is None


def test_the_table_gives_each_columns_pages_and_share():
    counts = {"real-dev": Counter({"shown right": 3, "second or lower": 1})}
    text = table(counts)
    assert "| real-dev | 4 | 3 (75%) | 0 (0%) | 0 (0%) | 1 (25%) | 0 (0%) |" in text
    assert all(column in text for column in COLUMNS)


def test_without_the_reference_scorer_the_section_and_the_command_say_so_in_one_line(
    tmp_path, monkeypatch, capsys
):
    gone = f"no reference scorer at {tmp_path / 'score_real.py'}: check out ../shared"
    monkeypatch.setattr(ranks, "missing_scorer", lambda: gone)
    assert ranks.ranks_section(tmp_path).endswith(f"Not scored: {gone}.\n")
    assert ranks.main(["--set", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"digest headline_ranks: {gone}\n"
