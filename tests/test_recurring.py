"""Tests for furniture learned from the digest: a line on pages of several different
stories leaves their bodies with its own reason; copies of one story keep the lines
they share; the counts are updated, not made again."""

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.clean.recurring import (
    MIN_STORIES,
    LineCounts,
    count_lines,
    line_keys,
    recurring_reason,
)
from digest.clean.report import render_cleaning_report
from digest.ingest.seeds import Seed
from digest.pipeline import drop_recurring, process, to_json
from tests.test_stories import article, prose

# A site's paragraph about itself, which the cleaner keeps: it reads like prose.
ABOUT = (
    "Asia Financial is an independent newsroom covering markets, trade and technology "
    "across the region, with reporters in Hong Kong, Singapore and Tokyo."
)
REPEATED = "repeated on 2 other pages of the digest"


def site_page(number: int, paragraphs: list[str]) -> Article:
    """An article of the site: its report, then the site's paragraph."""
    return article(f"p{number}", [*paragraphs, ABOUT])


def dropped(articles: list[Article]) -> list[list[str]]:
    """Return the text of each article's lines dropped as recurring."""
    return [[line.text for line in a.lines if line.verdict is Verdict.RECURRING] for a in articles]


def test_a_line_on_pages_of_three_stories_is_dropped_with_its_reason():
    """Three reports on different news end with the site's paragraph: it leaves each
    body, and the reason says on how many other pages it is."""
    pages, _ = drop_recurring([site_page(n, prose(n, 4)) for n in range(3)])
    assert dropped(pages) == [[ABOUT]] * 3
    assert all(ABOUT not in " ".join(line.text for line in a.body_lines) for a in pages)
    line = next(line for line in pages[0].lines if line.text == ABOUT)
    assert recurring_reason(pages[0], line) == REPEATED


def test_the_cleaning_report_and_clean_json_give_the_reason():
    """The curator sees the line under its reason in the cleaning report, and
    `digest clean --json` gives the same reason."""
    seeds = [
        Seed(f"s{n}", f"s{n}.txt", "\n\n".join([f"Talks on chips, part {n}", *prose(n, 3), ABOUT]))
        for n in range(3)
    ]
    articles = process(seeds)
    report = render_cleaning_report(articles)
    assert REPEATED in report
    assert ABOUT in report
    removed = to_json(articles[0])["removed"]
    assert {"line": 9, "text": ABOUT, "reason": REPEATED} in removed  # type: ignore[operator]


def test_stories_below_the_threshold_keep_the_line():
    """A line shared by pages of MIN_STORIES - 1 different stories (a quote both
    report, a loose rewrite's kept paragraph) stays in their bodies."""
    pages, _ = drop_recurring([site_page(n, prose(n, 4)) for n in range(MIN_STORIES - 1)])
    assert dropped(pages) == [[]] * (MIN_STORIES - 1)


def test_copies_of_one_story_keep_the_lines_they_share():
    """A report, a verbatim repost, a trimmed copy and a copy with a new first
    paragraph share most lines: they are one story's, and stay."""
    report = prose(1, 6)
    copies = [
        article("report", report),
        article("repost", report),
        article("trimmed", report[:4]),
        article("new lede", [prose(2, 1)[0], *report[1:]]),
    ]
    pages, _ = drop_recurring(copies)
    assert dropped(pages) == [[]] * 4
    assert [a.body_lines for a in pages] == [a.body_lines for a in copies]


def test_copies_of_one_story_on_a_site_keep_their_lines_but_not_the_site_s():
    """Copies of one short report on three sites of one template, and two other stories
    there: the template's paragraph goes, the report's lines stay in every copy, even a
    copy trimmed to the one line it shares."""
    report = prose(1, 2)
    pages, _ = drop_recurring(
        [
            site_page(0, report),
            site_page(1, report[:1]),
            site_page(2, [prose(3, 1)[0], *report]),
            site_page(3, prose(4, 3)),
            site_page(4, prose(5, 3)),
        ]
    )
    assert dropped(pages) == [[ABOUT]] * 5


def test_a_line_the_cleaner_dropped_keeps_its_own_reason():
    """Only kept lines become recurring furniture: a navigation line recurring on
    every page keeps the cleaner's reason."""
    pages = []
    for n in range(3):
        page = site_page(n, prose(n, 3))
        nav = Line(0, "Home | World | Markets", Verdict.NAVIGATION)
        pages.append(page.evolve(lines=(nav, *page.lines)))
    marked, _ = drop_recurring(pages)
    assert [a.lines[0].verdict for a in marked] == [Verdict.NAVIGATION] * 3


def test_one_new_page_is_counted_alone_and_gives_the_counts_of_a_full_count():
    """Counts kept from the last build are updated for the new, changed and gone pages
    only, and equal those counted from nothing."""
    texts = {f"p{n}": [*prose(n, 3), ABOUT] for n in range(4)}
    pages = {
        name: ("v1", line_keys([Line(i, t, Verdict.BODY) for i, t in enumerate(lines)]))
        for name, lines in texts.items()
    }
    first = count_lines(LineCounts({}, {}), {k: v for k, v in pages.items() if k != "p3"})
    about = next(value for value, count in first.counts.items() if count == 3)
    changed = {**pages, "p0": ("v2", line_keys([Line(1, ABOUT, Verdict.BODY)]))}
    del changed["p1"]
    updated = count_lines(first, changed)
    assert updated.counts == count_lines(LineCounts({}, {}), changed).counts
    assert updated.counts[about] == 3
    assert updated.pages["p0"][0] == "v2"


def test_lines_differing_in_spaces_alone_are_one_line():
    """Whitespace is normalised before hashing; words and case are not."""
    keys = line_keys(
        [
            Line(1, "In  Perspective ", Verdict.BODY),
            Line(2, "In Perspective", Verdict.BODY),
            Line(3, "in perspective", Verdict.BODY),
        ]
    )
    assert keys[0:8] == keys[8:16] != keys[16:24]


def test_a_rule_of_underscores_on_pages_of_three_stories_stays():
    """A wire sets `___` between its report and the contributors' line: a rule, which
    says nothing whatever page it is on, is not counted (found on the ScrapingHub
    pages, where the labelled bodies hold it)."""
    pages, _ = drop_recurring(
        [article(f"p{n}", [*prose(n, 3), "___", f"Reporter {n} contributed."]) for n in range(3)]
    )
    assert dropped(pages) == [[]] * 3
