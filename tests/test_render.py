"""Tests for rendering: scraped text stays text, front matter round-trips, slugs are safe."""

import re
from html import unescape

import markdown
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.article import Article, Line, Verdict
from digest.render import (
    assign_slugs,
    body_markdown,
    escape_markdown,
    front_matter,
    reading_minutes,
    render_article,
    render_cleaning_report,
)

EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "pymdownx.snippets"]


def rendered_text(source: str) -> str:
    """Render Markdown as the site does and return the visible text."""
    html = markdown.markdown(source, extensions=EXTENSIONS)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def test_hostile_markup_renders_as_text():
    """HTML, links, includes and block markup from a scrape are shown, not obeyed."""
    for text in [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '--8<-- "/etc/passwd"',
        "# not a heading",
        "1. not a list",
        "- not a list",
        "> not a quote",
        "!!! note",
        "Fish &amp; chips {: .x } *a* _b_ `c` | d",
    ]:
        assert rendered_text(escape_markdown(text)) == text


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1))
def test_escaped_text_renders_to_itself(text):
    """Any single line, once escaped, renders to the same visible text."""
    line = " ".join(text.split())
    if line:
        assert rendered_text(escape_markdown(line)) == line


@settings(max_examples=200)
@given(st.text(), st.one_of(st.none(), st.text()), st.lists(st.text(), max_size=3))
def test_front_matter_round_trips(title, source, authors):
    """Whatever the metadata, the YAML front matter loads back to the same values."""
    article = Article(
        id="x", filename="x.txt", text="", title=title or "t", source=source, authors=tuple(authors)
    )
    text = render_article(article)
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta == front_matter(article)


def test_slugs_are_unique_and_stable():
    """Same-title articles get distinct slugs; the page's own headline keeps it bare."""
    a = Article(id="001", filename="001.txt", text="", title="Chips: a deal!", title_from="page")
    b = Article(id="002", filename="002.txt", text="", title="Chips — a deal?", title_from="page")
    c = Article(id="000", filename="000.txt", text="", title="Chips: a deal", title_from="story")
    slugs = [x.slug for x in assign_slugs([b, a, c])]
    assert slugs == ["chips-a-deal-002", "chips-a-deal", "chips-a-deal-000"]
    assert [x.slug for x in assign_slugs([c, a, b])] == [slugs[2], slugs[1], slugs[0]]


def test_reading_time_is_at_least_a_minute():
    """Even a short article takes a minute; long ones round up."""
    assert reading_minutes(10) == 1
    assert reading_minutes(231) == 2


def test_body_markdown_renders_each_kind_of_kept_line():
    """Paragraphs, subheadings and list items become their Markdown forms; dropped lines vanish."""
    from digest.article import Line, Verdict

    lines = [
        Line(1, "Menu", Verdict.NAVIGATION),
        Line(2, "A paragraph.", Verdict.BODY),
        Line(3, "A subheading", Verdict.SUBHEADING),
        Line(4, "first item", Verdict.LIST_ITEM),
        Line(5, "second item", Verdict.LIST_ITEM),
        Line(6, "After.", Verdict.BODY),
    ]
    assert body_markdown(lines) == (
        "A paragraph.\n\n## A subheading\n\n- first item\n- second item\n\nAfter."
    )


def test_cleaning_report_groups_removed_lines_by_reason():
    """Each article gets one collapsed block: removed lines by reason, escaped, with numbers."""
    lines = (
        Line(1, "Select Page", Verdict.NAVIGATION),
        Line(2, "Chips pact signed", Verdict.HEADLINE),
        Line(3, "The pact was signed in Tokyo on Monday, officials said.", Verdict.BODY),
        Line(4, "<b>Share</b> on *Facebook*", Verdict.CALL_TO_ACTION),
        Line(5, "Subscribe", Verdict.CALL_TO_ACTION),
    )
    article = Article(id="a", filename="a.txt", text="", lines=lines, title="Chips", slug="chips")
    report = render_cleaning_report([article])
    assert report.count("<details markdown>") == 1
    assert "[Read the article](articles/chips.md)" in report
    assert "4 of 5 lines removed" in report
    block = report.split("**call to action (subscribe, share, follow, search)** (2)", 1)[1]
    assert block.lstrip().startswith("- line 4: &lt;b&gt;Share&lt;/b&gt; on \\*Facebook\\*")
    html = markdown.markdown(report.split("---", 2)[2], extensions=EXTENSIONS)
    assert "<b>" not in html and "<em>" not in html
    assert "line 4: <b>Share</b> on *Facebook*" in unescape(re.sub(r"<[^>]+>", "", html))
