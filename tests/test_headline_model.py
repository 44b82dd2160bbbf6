"""The learned headline model (digest/metadata/headline_model.py) and its trainer, on small
real-shaped pages: what a reader of the digest would see as the article's headline."""

from __future__ import annotations

import numpy as np
import pytest

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.clean.cleaner import clean
from digest.evaluate import furniture as evaluate_furniture
from digest.metadata import train_headlines
from digest.metadata.extract import extract_metadata
from digest.metadata.headline_model import FEATURE_NAMES, best_headline, candidates, load_model
from digest.metadata.train_headlines import Page, choose, pick_threshold, train
from digest.runinfo import ROOT
from tests.test_headlines import HEADLINE, LEDE, MENU, SECOND
from tests.test_metadata import metadata

STANDFIRST = "The retailer cut its outlook for the year as lumber prices fell and storms were fewer"


def test_the_weights_on_disk_are_the_codes_features():
    model = load_model()
    assert len(model.weights) == len(FEATURE_NAMES)
    assert 0.0 < model.threshold < 1.0


def test_a_saved_pages_headline_over_its_byline_is_shown_as_read_from_the_page():
    page = metadata(*MENU, HEADLINE, "By Priya Raman", "March 5, 2024", LEDE, SECOND)
    assert (page.title, page.title_from) == (HEADLINE, "page")


def test_the_headline_over_its_standfirst_ranks_above_it():
    """A page shows the headline first and its longer standfirst under it."""
    lines = clean("\n\n".join([*MENU, HEADLINE, STANDFIRST, "By Priya Raman", LEDE, SECOND]))
    ranked = best_headline(lines)
    assert ranked is not None and ranked[0].text == HEADLINE
    page = metadata(*MENU, HEADLINE, STANDFIRST, "By Priya Raman", LEDE, SECOND)
    assert page.title != STANDFIRST


def test_a_headline_glued_to_a_breadcrumb_gives_way_to_its_clean_copy():
    """Flattened pages often run the breadcrumb into the headline's first copy."""
    glued = f"Home > Business > Retail{HEADLINE}"
    page = metadata(*MENU, glued, HEADLINE, "By Priya Raman", LEDE, SECOND)
    assert page.title in (HEADLINE, None) or page.title_from == "lede"
    assert page.title != glued


def test_a_page_with_no_headline_takes_its_title_from_the_lede():
    page = metadata(*MENU, "Share this article", "Follow us", LEDE, SECOND)
    assert page.title_from == "lede"
    assert page.title is not None and page.title.startswith("Home Depot's quarterly sales")


def test_another_storys_headline_in_a_sidebar_is_not_taken():
    """A teaser of another story shares no words with this article's opening."""
    teaser = "Nvidia unveils its next AI chip at a packed developer conference"
    page = metadata(*MENU, "Most read", teaser, HEADLINE, "By Priya Raman", LEDE, SECOND)
    assert page.title != teaser


def test_the_link_that_skips_the_menus_heads_no_story():
    """`Skip to main content` opens an accessible page, over its masthead's date line as a
    headline stands over a story's date: it is never a candidate, in any language."""
    for skip in ("Skip to main content", "Aller au contenu", "Siirry sisältöön"):
        lines = clean("\n".join([skip, "Hamilton, Montana · Sunday, August 4, 2024", LEDE, SECOND]))
        assert all(c.text != skip for c in candidates(lines)), skip
        assert metadata(skip, "Hamilton, Montana · Sunday, August 4, 2024", LEDE).title != skip


def test_a_line_stating_the_reading_time_heads_no_story():
    """`Reuters · 17h · 3 min read` stands over the headline on an aggregator's page,
    shaped as a short title: a line giving the reading time is a byline's, in any language."""
    for meta in ("Reuters · 17h · 3 min read", "dpa · Lesezeit: 4 Min.", "AFP · 3 min de lecture"):
        lines = clean("\n".join([*MENU, meta, HEADLINE, LEDE, SECOND]))
        assert all(c.text != meta for c in candidates(lines)), meta
        assert metadata(*MENU, meta, HEADLINE, LEDE, SECOND).title != meta


def _page(truth_feature: int, rows: int = 4) -> Page:
    """A page of `rows` candidates where only the truth has feature `truth_feature` set."""
    features = np.zeros((rows, len(FEATURE_NAMES)))
    features[:, 0] = 1.0
    features[2, truth_feature] = 1.0
    return Page("made-up", features, (2,), tuple(f"line {i}" for i in range(rows)), True)


def test_training_learns_the_cue_that_marks_the_headline():
    cue = FEATURE_NAMES.index("over_byline_or_date")
    pages = [_page(cue) for _ in range(20)]
    weights = train(pages)
    assert weights[cue] > 0
    assert choose(pages[0], weights)[0] == 2


def test_the_threshold_is_the_lowest_that_keeps_shown_headlines_precise():
    results = [(0.9, True)] * 19 + [(0.9, False)] + [(0.4, True), (0.4, False)]
    assert pick_threshold(results) == 0.41
    assert pick_threshold([(0.5, False)]) == 1.0


def test_a_menus_teaser_pair_gives_no_standfirst_to_the_article():
    """A menu often lists another story's headline over its teaser line; when the model
    takes a line further down for the headline, that teaser is no standfirst of it."""
    teasers = ("No cause yet in a warehouse fire", "New victims, an inquiry stalled, and more news")
    page = metadata(*MENU, *teasers, "Sports", "Weather", HEADLINE, "By Priya Raman", LEDE, SECOND)
    assert page.description != teasers[1]


def test_the_evaluation_set_missing_says_so_in_one_line(tmp_path, capsys):
    assert evaluate_furniture.main(["--set", str(tmp_path / "none")]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "no NAME.raw.txt pages in" in lines[0]


def test_the_models_learn_only_from_pages_written_for_the_project():
    """The real evaluation pages' licences forbid training a released model on them: the
    trainers read the project's own labelled pages, never ../shared/eval."""
    pages = [text for text, _label in train_headlines.labelled_scrapes()]
    assert len(pages) > 150
    tests = ROOT / "tests"
    assert all(text.resolve().is_relative_to(tests) for text in pages)
    assert not any("held_out" in text.parts for text in pages)


def test_training_without_the_reference_scorer_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    """No ../shared beside the checkout: one line naming what is missing, no weights."""
    from digest.evaluate import real as evaluate_real
    from digest.metadata import train_sources

    out = tmp_path / "weights.json"
    for module in (train_headlines, train_sources):
        gone = evaluate_real.missing_scorer(tmp_path / "score_real.py")
        monkeypatch.setattr(module, "missing_scorer", lambda gone=gone: gone)
        assert module.main(["--out", str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and all("no reference scorer at" in line for line in lines)
    assert not out.exists()


def test_a_headline_over_a_video_playlist_is_still_found():
    """A news video page runs a playlist (titles, durations, `Now playing`) between the
    article's header and its text: the headline over the byline and date is still the
    page's, however far the text starts below it."""
    playlist = [
        part
        for n in range(1, 21)
        for part in (f"Clip number {n} about another story entirely", f"0{n % 10}:1{n % 6}")
    ]
    page = metadata(*MENU, HEADLINE, "By Priya Raman", "March 5, 2024", *playlist, LEDE, SECOND)
    assert (page.title, page.title_from) == (HEADLINE, "page")


def test_a_topic_label_over_the_headline_is_not_the_headline():
    """`Hong Kong` over `The view on Hong Kong: a city on the brink` labels the topic
    (the menu names it too): that both its words are in the lede says little, two words
    being all it has. The headline under it is the page's."""
    topic, headline = "Hong Kong", "The view on Hong Kong: a city on the brink"
    lede = "The protests in Hong Kong have entered their sixth month with no end in sight."
    page = metadata(*MENU, "Hong Kong", "China", topic, headline, lede, SECOND)
    assert (page.title, page.title_from) == (headline, "page")


def test_a_lists_heading_is_no_headline_candidate():
    """`More from this author`, `Most Popular` head lists of other stories, never the
    article: they take no share of the headline's likelihood."""
    lines = clean(
        "\n\n".join([*MENU, HEADLINE, "By Priya Raman", "More from this author", LEDE, SECOND])
    )
    texts = {lines[c.index].text for c in candidates(lines)}
    assert HEADLINE in texts
    assert "More from this author" not in texts


def test_a_tickers_headline_over_the_storys_link_is_not_the_headline():
    """A breaking-news ticker shows another story's headline over the link of this one
    (`https://…/home-depot-sales-miss…`): the link heads nothing, and read past it the
    ticker's headline has no longer standfirst under it. The headline over the date is
    the page's."""
    ticker = "Warriors end their skid with a win over the Grizzlies"
    link = "https://news.example.com/business/article/Home-Depot-sales-miss-forecasts-123.php"
    lines = clean(
        "\n\n".join([*MENU, "BREAKING NEWS", ticker, link, HEADLINE, "March 5, 2024", LEDE, SECOND])
    )
    found = {lines[c.index].text for c in candidates(lines)}
    assert link not in found
    page = metadata(*MENU, "BREAKING NEWS", ticker, link, HEADLINE, "March 5, 2024", LEDE, SECOND)
    assert page.title != ticker


def test_a_headline_in_a_script_without_spaces_is_a_headlines_length():
    """`富山市、路面電車に新停留場 2026年春の開業目指す` holds three runs of letters but a
    dozen words; a place's name alone (`富山`) is still one word."""
    japanese = "富山市、路面電車に新停留場 2026年春の開業目指す"
    lede = (
        "富山市は18日、市内電車の総曲輪三丁目付近に新しい停留場を設け、"
        "2026年春の開業を目指すと発表した。"
    )
    lines = clean("\n".join(("ニュース", "富山", japanese, lede, lede + "関係者が説明した。")))
    few = FEATURE_NAMES.index("few_words")
    shown = {candidate.text: candidate.features[few] for candidate in candidates(lines)}
    assert shown[japanese] == 0.0
    assert shown["富山"] == 1.0


def test_a_repeated_call_to_action_stays_one():
    """`Continue reading the main story`, printed twice around the headline, is a prompt
    each time: its copy is not a plain repeated line the model could take for a title."""
    prompt = "Continue reading the main story"
    lines = clean("\n".join((*MENU, prompt, "Opinion", prompt, HEADLINE, LEDE, SECOND)))
    assert [line.verdict.name for line in lines if line.text == prompt] == ["CALL_TO_ACTION"] * 2
    assert metadata(*MENU, prompt, "Opinion", prompt, HEADLINE, LEDE, SECOND).title != prompt


def test_a_headline_printed_twice_over_the_text_is_the_title_not_its_opening():
    """A page printing its headline twice over the article, both copies kept as text by
    the cleaner (as under a breaking-news ticker it took for the headline): the reader
    sees the headline once, as the title; the article opens with its lede."""
    verdicts = [
        (HEADLINE, Verdict.BODY),
        (HEADLINE, Verdict.BODY),
        (
            "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM",
            Verdict.DATE_HEADER,
        ),
        (LEDE, Verdict.BODY),
        (SECOND, Verdict.BODY),
    ]
    lines = tuple(Line(n, text, verdict) for n, (text, verdict) in enumerate(verdicts, 1))
    text = "\n".join(line.text for line in lines)
    page = extract_metadata(Article(id="x", filename="x.txt", text=text, lines=lines))
    assert page.title == HEADLINE
    assert [line.text for line in page.lines if line.verdict.kept] == [LEDE, SECOND]


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        # A fact-check's claim, its stop inside the marks; a headline says whose words.
        ('"Home Depot sales are falling because lumber is cheap again."', False),
        ('Home Depot chief: "Lumber is cheap again"', True),
        # A show's title as a tag; a headline opening with a tag says more.
        ("<Home Depot: Quarterly Results>", False),
        ("[Analysis] Home Depot sales slip as lumber gets cheap again", True),
    ],
)
def test_a_quoted_sentence_or_a_bracketed_tag_over_the_byline_is_no_headline(
    shown: str, read: bool
) -> None:
    """Where the headline stands, someone's words in quotation marks or a line wholly in
    brackets are not the publisher's headline: the title is derived from the lede."""
    page = metadata(*MENU, shown, "By Priya Raman", "March 5, 2024", LEDE, SECOND)
    assert page.title_from == ("page" if read else "lede")
