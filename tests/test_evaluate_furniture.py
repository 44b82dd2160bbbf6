"""Tests for the furniture measurement on real pages: a set taken as one digest, what the
recurring stage drops from it, and whether a dropped line is labelled body text."""

import json
from pathlib import Path

import pytest

from digest.evaluate.furniture import PageSet, code, furniture_doc, measure_set
from digest.evaluate.real import SCORER, load_scorer

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools absent")

# The site's paragraph about itself, under every article: prose the cleaner keeps.
FOOTER = (
    "The Harbour Courier has reported on the towns of the northern coast since 1921 "
    "and is owned by the people who read it, through a cooperative of subscribers."
)

STORIES = {
    "ferry": [
        "Ferry fares to rise by a fifth in spring",
        "By Anna Lindqvist",
        "The island ferry company will raise its fares by twenty per cent from April, its "
        "board said on Tuesday, blaming the price of fuel and the cost of two new boats.",
        "Commuters who cross every day will pay about forty euros more each month, and the "
        "residents' association has asked the council to step in before the summer.",
        "The company said the rise was the first in six years and that season tickets "
        "bought before March would keep their old price until they run out.",
    ],
    "school": [
        "Village school saved after parents' campaign",
        "By Tomas Berg",
        "The primary school in Nordvik will stay open for at least five more years after "
        "the regional council reversed its plan to merge it with the school in town.",
        "Parents had collected more than two thousand signatures and filled the council "
        "chamber at its last three meetings, many of them with their children in tow.",
        "The council's education committee said a new count of young families moving to "
        "the village had changed its forecast of pupils for the coming decade.",
    ],
    "harbour": [
        "Harbour wall repairs finish a month early",
        "By Sara Holm",
        "Work on the old harbour wall, damaged in the January storms, ended this week, a "
        "month ahead of the schedule the port authority set when the repairs began.",
        "Fishing boats that moored in the next bay during the works can return at once, "
        "and the fish market on the quay will reopen on Saturday morning.",
        "The repairs cost less than expected because the divers found the foundations "
        "sound, the harbour master said, and only the upper courses had to be rebuilt.",
    ],
    "library": [
        "Library opens on Sundays from next month",
        "By Jonas Ek",
        "The town library will open on Sunday afternoons from the first of next month, "
        "after a trial last autumn drew more visitors than any weekday but Saturday.",
        "Volunteers from the reading club will staff the desk beside two librarians, and "
        "the children's corner will hold a story hour every week at three o'clock.",
        "The library board said the longer hours would be paid for by the savings from "
        "the new heating system installed in the building last year.",
    ],
}


def write_page(folder: Path, name: str, lines: list[str], body: list[str]) -> None:
    """Write a page as the labelled sets hold it: its text lines, its body, its label."""
    menu = ["Home", "News", "Sport", "Opinion", "Subscribe"]
    (folder / f"{name}.raw.txt").write_text("\n".join([*menu, *lines]), encoding="utf-8")
    (folder / f"{name}.body.txt").write_text("\n".join(body), encoding="utf-8")
    label = {"url": f"https://www.harbourcourier.example/{name}", "body_complete": True}
    (folder / f"{name}.meta.json").write_text(json.dumps(label), encoding="utf-8")


def test_a_footer_on_pages_of_four_stories_is_counted_as_dropped(tmp_path):
    """Four reports on different news end with the site's paragraph: the report counts
    it on every page, lists it, and finds it in no labelled body."""
    for name, lines in STORIES.items():
        write_page(tmp_path, name, [*lines, FOOTER], lines[2:])
    report = measure_set(PageSet("made-up", tmp_path, tmp_path), load_scorer())
    assert (report.pages, report.dropped, report.touched) == (4, 4, 4)
    assert [(line.text, line.pages, line.on) for line in report.dropped_lines] == [(FOOTER, 4, 4)]
    assert report.false_drops == [] and report.shared_kept == []
    assert (report.sites, report.on_big_sites) == (1, 4)
    assert report.with_stage.precision > report.without.precision
    assert report.with_stage.recall == report.without.recall == 1.0
    assert "| made-up | 4 | 1 (4) | 4 | 4 | 0 | 0 (0) |" in furniture_doc([report], 1.0)


def test_a_dropped_line_a_labelled_body_holds_is_a_false_drop(tmp_path):
    """When a page's label says the shared paragraph is its body's, the report lists
    that page's drop as a false drop, and says so plainly."""
    for name, lines in STORIES.items():
        body = [*lines[2:], FOOTER] if name == "ferry" else lines[2:]
        write_page(tmp_path, name, [*lines, FOOTER], body)
    report = measure_set(PageSet("made-up", tmp_path, tmp_path), load_scorer())
    assert [(line.text, line.in_body) for line in report.false_drops] == [(FOOTER, ("ferry",))]
    assert "the stage drops real body text: 1 of its 1 distinct" in furniture_doc([report], 1.0)


def test_copies_of_one_story_keep_the_paragraph_they_share(tmp_path):
    """A report, its repost and a copy with a new first paragraph share two paragraphs
    on three pages, but they are one story: nothing is dropped, and the paragraphs are
    listed as kept on the three pages, body text of each."""
    lines = STORIES["ferry"]
    lede = "Ferry fares will go up by a fifth in April, the island ferry company said."
    write_page(tmp_path, "ferry", lines, lines[2:])
    write_page(tmp_path, "ferry-repost", lines, lines[2:])
    write_page(tmp_path, "ferry-new-lede", [*lines[:2], lede, *lines[3:]], [lede, *lines[3:]])
    report = measure_set(PageSet("made-up", tmp_path, tmp_path), load_scorer())
    assert (report.dropped, report.touched) == (0, 0)
    shared = {line.text: (line.pages, line.in_body) for line in report.shared_kept}
    assert shared[lines[3]] == (3, ("ferry", "ferry-new-lede", "ferry-repost"))


def test_a_listed_line_is_code_whatever_backticks_it_holds():
    assert code("Close") == "`Close`"
    assert code("press `Esc` to close") == "`` press `Esc` to close ``"
    assert code("x" * 500).endswith("…`") and len(code("x" * 500)) == 162
