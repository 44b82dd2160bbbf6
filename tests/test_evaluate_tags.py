"""Tests for the tag scores of `make eval`: labels read and checked, tags counted."""

from pathlib import Path

import pytest

from digest.evaluate.tags import (
    PageTags,
    TagScore,
    TagSet,
    misses,
    read_labels,
    replace_tags_section,
    score_set,
    table,
)
from digest.tags.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[1]


def test_a_label_outside_the_taxonomy_names_the_file_and_page(tmp_path):
    """A misspelt tag in a label would silently lower recall: it stops the scoring."""
    labels = tmp_path / "labels.yml"
    labels.write_text("page-one: [Japan]\npage-two: [Japna]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.yml: page-two: \['Japna'\] not in the taxonomy"):
        read_labels(labels, load_taxonomy(ROOT / "taxonomy.yml"))


def test_precision_and_recall_count_every_tag_of_every_page():
    """Two tags given of which one is labelled, two labelled of which one is given."""
    pages = (
        PageTags("a", frozenset({"Japan", "China"}), frozenset({"Japan"})),
        PageTags("b", frozenset(), frozenset({"Taiwan"})),
    )
    score = TagScore("set", pages)
    assert (score.labelled, score.given, score.right) == (2, 2, 1)
    assert score.precision == score.recall == 0.5
    assert TagScore("empty", ()).precision is None


def test_the_seeds_are_tagged_as_a_build_tags_them(tmp_path):
    """Each labelled seed is read, cleaned and tagged with the project's taxonomy."""
    labels = tmp_path / "seeds.yml"
    labels.write_text("004_bf94a9b77f07c8c4: [Japan, China]\n", encoding="utf-8")
    tag_set = TagSet("seeds", labels, ROOT / "seeds", ".txt")
    score = score_set(tag_set, load_taxonomy(ROOT / "taxonomy.yml"))
    (page,) = score.pages
    assert page.name == "004_bf94a9b77f07c8c4" and {"Japan", "China"} <= page.given
    assert score.recall == 1.0


def test_the_held_out_set_gives_its_figures_not_its_pages():
    """The per-page misses docs/EVAL.md lists are those of the sets the rules are tuned
    on: the held-out set's pages stay unread, so its figure stays one on unseen data."""
    pages = (PageTags("a", frozenset({"Japan"}), frozenset({"China"})),)
    scores = [TagScore("real-dev", pages), TagScore("scrapinghub test", pages, held_out=True)]
    listed = misses(scores)
    assert "real-dev `a`: given, not labelled: China; labelled, not given: Japan" in listed
    assert "scrapinghub" not in listed
    assert "| scrapinghub test | 1 | 1 | 1 | 0 | 0.00 | 0.00 |" in table(scores)


def test_the_tag_section_of_the_eval_doc_is_replaced_and_nothing_else(tmp_path):
    """`python -m digest.evaluate.tags --write` renews the Tags section of docs/EVAL.md
    and keeps every other section as `make eval` wrote it."""
    doc = tmp_path / "EVAL.md"
    doc.write_text(
        "# Evaluation\n\n## Real pages\n\nbody 0.96\n\n## Tags\n\nold figures\n\n"
        "### Tags given wrongly or missed\n\n- old miss\n\n## Cleaner\n\nF1 0.94\n",
        encoding="utf-8",
    )
    replace_tags_section(doc, "## Tags\n\nnew figures\n")
    assert doc.read_text(encoding="utf-8") == (
        "# Evaluation\n\n## Real pages\n\nbody 0.96\n\n## Tags\n\nnew figures\n\n"
        "## Cleaner\n\nF1 0.94\n"
    )
    doc.write_text("# Evaluation\n\n## Cleaner\n\nF1 0.94\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"EVAL\.md: no '## Tags' section: run make eval"):
        replace_tags_section(doc, "## Tags\n\nnew figures\n")
