"""Tests for the evaluation helpers: our Markdown back to text, score.py's summary line."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.article_parts import Line, Verdict
from digest.evaluate.cleaning import Score, markdown_to_text, parse_score_line, unescape_markdown
from digest.site.render import body_markdown, escape_markdown


@given(st.text())
def test_unescape_undoes_escape(text: str):
    """Whatever a scraped line holds, unescaping its escaped form gives it back."""
    assert unescape_markdown(escape_markdown(text)) == text


def test_markdown_to_text_gives_the_kept_lines():
    """Subheading and list prefixes and escapes go; each block is one line. An item's own
    bullet (`- item one`) became the list's, and goes with the list prefixes."""
    lines = (
        Line(1, "Menu", Verdict.NAVIGATION),
        Line(2, "1. The *first* point & <b>more</b>", Verdict.BODY),
        Line(3, "# Section", Verdict.SUBHEADING),
        Line(4, "- item one", Verdict.LIST_ITEM),
        Line(5, "item [two]", Verdict.LIST_ITEM),
    )
    assert markdown_to_text(body_markdown(lines)).splitlines() == [
        "1. The *first* point & <b>more</b>",
        "# Section",
        "item one",
        "item [two]",
    ]


def test_parse_score_line_reads_the_last_line():
    """The macro summary on score.py's last line becomes a Score."""
    output = "macro (ScrapingHub-style): P=0.9 R=0.9\nF1=0.904 P=0.897 R=0.912 pages=181\n"
    assert parse_score_line(output) == Score(0.904, 0.897, 0.912, 181)


def test_parse_score_line_fails_loudly():
    """Output without the summary line is an error that shows the output."""
    with pytest.raises(ValueError, match="no summary line"):
        parse_score_line("Traceback (most recent call last): ...")
