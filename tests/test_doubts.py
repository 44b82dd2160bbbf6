"""Tests for the doubts a curator sees: values kept on weak evidence, named on the
article, printed once by `digest build` with the curation.yml line that settles them."""

import yaml

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.metadata import headline_model
from digest.metadata.doubts import mark_doubts, page_doubts, settle_line
from tests.conftest import copy_project, run_digest
from tests.test_headlines import HEADLINE, LEDE, MENU, SECOND
from tests.test_metadata import metadata

BODY = tuple(Line(n, "word " * 30, Verdict.BODY) for n in range(2, 6))  # 120 words


def test_a_legal_line_or_a_menu_entry_as_source_is_doubted():
    """A name among a menu's entries may be a link's label; the site's own name alone
    on a line (its logo over the article, its footer's) is no doubt."""
    entries = ("Home", "World", "Opinion", "Story Timeline", "Sport", "Culture")
    menu = (
        *(Line(n, text, Verdict.NAVIGATION) for n, text in enumerate(entries, start=1)),
        *BODY,
    )
    assert page_doubts(menu, "A headline", "Story Timeline", 120) == ("source",)
    logo = (
        *BODY,
        Line(9, "The Korea Herald", Verdict.FOOTER),
        Line(10, "About us", Verdict.FOOTER),
    )
    assert page_doubts(logo, "A headline", "The Korea Herald", 120) == ()
    assert page_doubts(BODY, "A headline", "Ziff Davis, LLC", 120) == ("source",)
    assert page_doubts(BODY, "A headline", "The Korea Herald", 120) == ()


def test_a_headline_that_is_the_sites_name_and_a_short_body_are_doubted():
    assert page_doubts(BODY, "The Wall Street Journal", "The Wall Street Journal", 120) == (
        "title",
    )
    assert page_doubts(BODY, "A headline", None, 79) == ("body",)


def test_a_headline_the_model_is_not_sure_of_is_doubted(monkeypatch):
    """A flattened page's headline shown under the model's sure probability is shown as
    uncertain, with the line that settles it; one it is sure of is not."""
    page = (*MENU, HEADLINE, "By Priya Raman", "March 5, 2024", LEDE, SECOND)
    monkeypatch.setattr(headline_model, "SURE_PROBABILITY", 0.0)
    sure = metadata(*page)
    assert sure.title == HEADLINE and "unsure-title" not in sure.uncertain
    monkeypatch.setattr(headline_model, "SURE_PROBABILITY", 1.01)
    unsure = metadata(*page)
    assert unsure.title == HEADLINE and "unsure-title" in unsure.uncertain
    assert settle_line(unsure, "unsure-title") == f'x: {{title: "{HEADLINE}"}}'
    assert page_doubts(BODY, "A headline", None, 120, unsure_title=True) == ("unsure-title",)


def _article(id_: str, story: str, title: str, title_from: str = "page", **fields) -> Article:
    return Article(
        id=id_,
        filename=f"{id_}.txt",
        text="",
        title=title,
        title_from=title_from,
        story=story,
        **fields,
    )


def test_a_headline_of_two_stories_is_doubted_and_a_curators_value_never_is():
    articles = [
        _article("a", "a", "In The Know"),
        _article("b", "b", "In the know"),
        _article("c", "c", "Chip plant opens"),
        _article("d", "c", "Chip plant opens"),  # a copy of the same story
        _article("e", "e", "Curated", title_from="curator", uncertain=("title",)),
    ]
    marked = {a.id: a.uncertain for a in mark_doubts(articles)}
    assert marked == {"a": ("shared-title",), "b": ("shared-title",), "c": (), "d": (), "e": ()}


def test_the_settling_line_is_valid_curation_yaml():
    article = _article("x", "x", 'A "quoted" headline', source="Acme: News")
    for doubt, expected in [
        ("shared-title", {"x": {"title": 'A "quoted" headline'}}),
        ("source", {"x": {"source": "Acme: News"}}),
        ("body", {"x": {"hidden": True}}),
    ]:
        assert yaml.safe_load(settle_line(article, doubt)) == expected


def test_build_says_so_once_and_the_article_page_marks_the_field(tmp_path):
    """A teaser of two sentences builds, with one line saying why it is doubtful and
    how to settle it; its page names the field in its front matter and marks it."""
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "teaser.txt").write_text(
        "Chip stocks rally on AI demand\n\n"
        "Chip stocks rallied on Tuesday as demand for AI servers lifted forecasts.\n"
    )
    result = run_digest(project, "build", "--no-cache")
    assert result.returncode == 0, result.stderr
    doubts = [line for line in result.stderr.splitlines() if line.startswith("uncertain:")]
    assert doubts == [
        "uncertain: seeds/teaser.txt: the body has fewer than 80 words; "
        "settle it in curation.yml: teaser: {hidden: true}"
    ]
    source = (project / "content" / "articles" / "chip-stocks-rally-on-ai-demand.md").read_text()
    assert yaml.safe_load(source.split("---")[1])["uncertain"] == ["body"]
    page = project / "site" / "articles" / "chip-stocks-rally-on-ai-demand" / "index.html"
    row = page.read_text().split("digest-meta__row--reading-time", 1)[1].split("</div>", 1)[0]
    assert "uncertain: check it" in row
