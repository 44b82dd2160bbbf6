"""Tests for the reader's listing pages: home, archive, sources, tag feeds, overview."""

import pickle
import re
from html import unescape

import markdown
import pytest

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.site.feeds import tag_feed_path
from digest.site.listed_stories import stories_newest_first
from digest.site.outputs import Files
from digest.site.pages import (
    HOME_FRAGMENT,
    listing_files,
    render_archive,
    render_home,
    render_overview,
    render_sources,
    render_tags,
)
from digest.site.render import tag_slug

EXTENSIONS = ["toc", "attr_list", "md_in_html"]


def make(id_, title, story=None, date=None, source=None, **fields):
    """An article as the pipeline hands it over, with only the fields a listing reads."""
    fields.setdefault("title_from", "page")
    return Article(
        id=id_,
        filename=f"{id_}.txt",
        text="",
        title=title,
        story=story or id_,
        slug=id_,
        date=date,
        source=source,
        **fields,
    )


ARTICLES = [
    make("old", "Old news", date="2023-01-02", source="Wire", tags=("chips",)),
    make("undated", "Undated news"),
    make(
        "new",
        "New news",
        date="2023-05-26",
        source="Reuters",
        description="What happened.",
        # Longer than its copy's, so it leads the story.
        lines=(Line(1, "Japan tightened its chip export rules, officials said.", Verdict.BODY),),
    ),
    make("copy", "New news again", "new", None, "Daily", tags=("japan",)),
    make("same-week", "Same week", date="2023-05-22", source="Reuters"),
    make("pin", "Pinned news", date="2022-12-30", source="Wire", pinned=True),
]


def visible(fragment: str) -> str:
    """Render a fragment as the site does and return its text, tags stripped."""
    html = markdown.markdown(fragment, extensions=EXTENSIONS)
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_home_lists_pinned_then_weeks_newest_first_then_undated():
    """Pinned stories lead; then one section per week, newest first; undated stories last."""
    home = render_home(ARTICLES)
    headings = re.findall(r"^## (.+?) \{", home, re.M)
    assert headings == [
        "Pinned",
        "Week of 22 May 2023",
        "Week of 2 January 2023",
        "Undated",
    ]
    order = [home.index(f"[{t}]") for t in ("Pinned news", "New news", "Old news", "Undated news")]
    assert order == sorted(order)
    # Same week: newest first within the section.
    assert home.index("[New news]") < home.index("[Same week]") < home.index("## Week of 2 Jan")


def test_home_entry_shows_source_date_description_tags_and_other_copies():
    """A story shows its lead's source and date, description, every copy's tags, its copies."""
    home = render_home(ARTICLES)
    entry = home[home.index("### [New news]") : home.index("### [Same week]")]
    assert "**Reuters** · 26 May 2023" in entry
    assert "What happened." in entry
    assert "Tags: [japan](tags.md#tag:japan)" in entry
    assert "Also reported by [Daily](articles/copy.md)" in entry
    assert "[New news again]" not in home
    assert "**source unknown** · date unknown" in home


def test_a_copy_from_the_leads_own_publication_is_another_copy_not_another_report():
    """The saved page and the text scrape of one Sky News report: `Also reported by Sky
    News` under Sky News would say a second publication reported it."""
    body = (Line(1, "The hunter caught the plague after eating a wild rabbit.", Verdict.BODY),)
    lead = make("html", "Hunter catches plague", "s", "2019-11-18", "Sky News", lines=body)
    text = make("text", "Hunter catches plague after eating rabbit", "s", None, "Sky News")
    other = make("other", "Plague case in China", "s", None, "The Sun")
    entry = render_home([lead, text, other])
    assert "Also reported by [The Sun](articles/other.md)" in entry
    assert "Other copies: [Hunter catches plague after eating rabbit](articles/text.md)" in entry
    assert "Also reported by [Sky News]" not in entry


def test_a_source_written_right_to_left_is_set_apart_from_the_date():
    """`الأفق · 22 September 2024`: the name's letters would turn the line right to left and
    the date's words would be read out of order."""
    home = render_home([make("a", "حافلة", date="2024-09-22", source="الأفق")])
    assert "**<bdi>الأفق</bdi>** · 22 September 2024" in home
    assert "**Reuters** ·" in render_home([make("b", "Bus", date="2024-09-22", source="Reuters")])


def test_a_headline_derived_from_the_lede_says_so_on_the_home_page():
    """A reader must not take the lede's first words for the publisher's headline."""
    derived = make("derived", "Gaming used to be so simple", date="2023-07-05", title_from="lede")
    own = make("own", "Chip output rises", date="2023-07-04", source="Reuters")
    home = render_home([derived, own])
    assert "**source unknown** · 5 July 2023 · headline from the lede" in home
    assert "**Reuters** · 4 July 2023\n" in home


def test_the_lists_say_which_headline_is_derived_and_which_source_uncertain():
    """The archive and the sources page, as the home page, say so beside the story: a
    reader browsing them must not take a doubted source for one read with certainty."""
    doubted = make("d", "Plague case in China", date="2023-07-05", source="The Sun")
    doubted = doubted.evolve(uncertain=("source",))
    derived = make("g", "Gaming used to be so simple", date="2023-07-04", title_from="lede")
    sure = make("r", "Chip output rises", date="2023-07-03", source="Reuters")
    for listing in (
        render_archive([doubted, derived, sure]),
        render_sources([doubted, derived, sure]),
    ):
        assert "[Plague case in China](articles/d.md) · The Sun · source uncertain" in listing or (
            "[Plague case in China](articles/d.md) · source uncertain" in listing
        )
        assert "(articles/g.md)" in listing and "headline from the lede" in listing
        assert "(articles/r.md)" in listing and listing.count("uncertain") == 1
    assert "**The Sun** · 5 July 2023 · source uncertain" in render_home([doubted])


def test_a_description_that_repeats_the_headline_is_not_printed_under_it():
    """A headline derived from the lede opens the description with the same words (cut
    with `…`), and a standfirst may be the headline again: the listing prints them once."""
    lede = "Two people in China have been diagnosed with the plague, officials said on Tuesday."
    derived = make(
        "derived",
        "Two people in China have been diagnosed with the…",
        date="2023-07-05",
        title_from="lede",
        description=lede,
    )
    same = make(
        "same",
        "MN property taxes are on the rise",
        date="2023-07-04",
        description="MN property taxes are on the rise.",
    )
    more = make("more", "Chip output rises", date="2023-07-03", description="Output rose 4%.")
    home = render_home([derived, same, more])
    assert lede not in home and "MN property taxes are on the rise." not in home
    assert "Output rose 4%." in home


def test_an_undated_lead_shows_the_date_of_another_copy():
    """A story listed under an undated copy says the date is another copy's, not its own."""
    articles = [
        make("lead", "Headline", date=None, source="Reuters"),
        make("dated", "Other", "lead", "2023-07-05", None, title_from="lede"),
    ]
    assert "5 July 2023 (date of another copy)" in render_home(articles)
    assert "5 July 2023 (date of another copy)" in render_archive(articles)


def _copy(id_, title, words, source=None, title_from="page"):
    """One copy of the Assange story as the pipeline hands it over, with a body of `words`."""
    body = (Line(1, " ".join(["word"] * words), Verdict.BODY),)
    return make(id_, title, "assange", "2019-11-19", source, title_from=title_from, lines=body)


# As built from two real pages: a video page whose caption became its headline and
# which names no publication, and a syndicated report under its own headline.
CAPTIONED = _copy("assange", "Media captionWho is Julian Assange?", 708)
SYNDICATED = _copy("sweden", "Sweden drops its investigation into Julian Assange", 421, "Al Bawaba")


def test_a_story_is_listed_under_its_copy_with_a_headline_and_a_known_source():
    """The home page, the archive and the feeds list the story under the copy with its own
    headline and a known source, not under the longer copy that names no publication,
    which the home page shows as another report of it."""
    from digest.site.feeds import SiteInfo, feed_files

    articles = [CAPTIONED, SYNDICATED]
    home = visible(render_home(articles))
    assert "Sweden drops its investigation into Julian Assange\nAl Bawaba · 19 Nov" in home
    assert "Other copies: Media captionWho is Julian Assange?" in home
    assert "· [Sweden drops its" in render_archive(articles)
    feed = feed_files(SiteInfo("https://example.org/", "Digest", ""), articles)["feed.xml"]
    assert "<title>Sweden drops its investigation into Julian Assange</title>" in feed
    assert "Media caption" not in feed


def test_a_curators_headline_is_the_copys_own():
    """A headline the curator gave makes its copy lead over a longer one whose headline
    was derived from its first paragraph."""
    curated = _copy("curated", "Assange inquiry dropped", 200, "Reuters", "curator")
    derived = _copy("derived", "Swedish prosecutors said on Tuesday they had", 900, "Reuters")
    derived = derived.evolve(title_from="lede")
    assert stories_newest_first([derived, curated])[0].lead.id == "curated"


def test_of_equal_copies_the_longest_leads_then_the_first_by_id():
    """Copies alike in headline and source: the longest leads; of equally long ones, the
    first by id, whatever order the seeds came in."""
    short = _copy("a-short", "Assange case closed", 300, "Reuters")
    long = _copy("b-long", "Sweden closes Assange case", 600, "AFP")
    assert stories_newest_first([short, long])[0].lead.id == "b-long"
    twin = _copy("a-twin", "Sweden closes the Assange case", 600, "dpa")
    for order in ([long, twin], [twin, long]):
        assert stories_newest_first(order)[0].lead.id == "a-twin"


def test_archive_lists_every_story_by_month_with_undated_last():
    """The archive has one section per month, newest first, and an Undated section."""
    archive = render_archive(ARTICLES)
    headings = re.findall(r"^## (.+?) \{", archive, re.M)
    assert headings == ["May 2023", "January 2023", "December 2022", "Undated"]
    assert archive.count("](articles/") == 5  # five stories: the copy is not listed
    undated = archive[archive.index("## Undated") :]
    assert "date unknown · [Undated news](articles/undated.md) · source unknown" in undated


def test_sources_group_articles_by_publication_unknown_last():
    """Each publication has a section with every article of its own; unknown comes last."""
    sources = render_sources(ARTICLES)
    headings = re.findall(r"^## (.+?) \{ #(.+?) \}", sources, re.M)
    assert [name for name, _ in headings] == ["Daily", "Reuters", "Wire", "Source unknown"]
    assert ("Reuters", "source-reuters") in headings
    reuters = sources[sources.index("## Reuters") : sources.index("## Wire")]
    assert "2 articles" in reuters
    assert reuters.index("[New news]") < reuters.index("[Same week]")


def test_sources_sort_as_an_index_does_accents_and_apostrophes_aside():
    articles = [
        make("a", "One", source="Los Angeles Times"),
        make("b", "Two", source="L’Écho de la Capitale"),
        make("c", "Three", source="Économie Matin"),
    ]
    sources = render_sources(articles)
    headings = re.findall(r"^## (.+?) \{", sources, re.M)
    assert headings == ["Économie Matin", "L’Écho de la Capitale", "Los Angeles Times"]


def test_tags_page_lists_each_tag_with_its_count_feed_and_articles():
    """Each tag has an anchored section: article count, feed address, its articles."""
    listing = render_tags(ARTICLES, lambda tag: f"feeds/tags/{tag_slug(tag)}.xml")
    assert (
        "## chips { #tag:chips }\n\n1 article · [RSS feed of this tag](feeds/tags/chips.xml)"
        in (listing)
    )
    japan = listing[listing.index("## japan") :]
    assert "- date unknown · [New news again](articles/copy.md) · Daily" in japan
    assert render_tags([make("a", "A")], str) == "No article has a tag yet.\n"


def test_overview_has_a_chart_per_month_source_and_tag():
    """The overview counts stories per month (undated apart) and articles per source and tag."""
    overview = render_overview(ARTICLES)
    assert overview.count("<svg") == 3
    assert "**5 stories** from **6 articles**, 3 known sources, 2 tags." in overview
    assert "Stories per month. December 2022: 1 stories; January 2023: 1 stories" in overview
    assert "Undated: 1 stories" in overview
    assert "Reuters: 2 articles" in overview


def test_the_overview_shows_the_latest_months_and_sums_the_earliest():
    """A digest of two years shows its latest months month by month; the earliest are
    summed into one row ahead of them (not the latest into a last `others` row)."""
    dated = [
        make(f"m{n}", f"Story {n}", date=f"{2022 + n // 12}-{n % 12 + 1:02d}-10") for n in range(24)
    ]
    overview = render_overview([*dated, make("u", "Undated story")])
    assert "Stories per month. 11 earlier months: 11 stories; December 2022: 1 stories" in overview
    assert "December 2023: 1 stories; Undated: 1 stories" in overview
    assert "others" not in overview.split("## Articles per source")[0]


def test_scraped_text_in_listings_renders_as_text():
    """Markup in a title, source or tag shows as text on every listing page."""
    hostile = make(
        "x",
        "<img src=x onerror=alert(1)> [link](javascript:x)",
        date="2023-01-01",
        source="<b>Wire</b>",
        tags=("<script>t</script>",),
    )
    for fragment in (
        render_home([hostile]),
        render_archive([hostile]),
        render_sources([hostile]),
        render_tags([hostile], str),
        render_overview([hostile]),
    ):
        html = markdown.markdown(fragment, extensions=EXTENSIONS)
        assert "<img" not in html and "<b>" not in html and "<script" not in html
        assert "javascript:" not in re.sub(r"<[^>]+>", "", html) or "[link]" in unescape(html)
    assert "<img src=x onerror=alert(1)> [link](javascript:x)" in visible(render_home([hostile]))


def test_home_shows_the_latest_weeks_and_sends_the_rest_to_the_archive():
    """Past HOME_STORIES the home page ends on a whole week; the rest is in the archive."""
    from digest.site.pages import HOME_STORIES, HOME_UNDATED

    # Two stories a day, newest first from 1 March 2023 back, and some undated ones.
    dated = [
        make(f"d{i:03}", f"D{i}", date=f"2023-{3 - (i // 2) // 28:02}-{28 - (i // 2) % 28:02}")
        for i in range(2 * HOME_STORIES)
    ]
    undated = [make(f"u{i:02}", f"U{i}") for i in range(HOME_UNDATED + 3)]
    home = render_home(dated + undated)
    shown = re.findall(r"### \[(D\d+)\]", home)
    assert HOME_STORIES <= len(shown) < HOME_STORIES + 14  # ends on a whole week
    last = dated[len(shown) - 1].date
    assert all(a.date < last for a in dated[len(shown) :])
    assert len(re.findall(r"### \[(U\d+)\]", home)) == HOME_UNDATED
    hidden = len(dated) - len(shown) + 3
    assert f"{hidden} more stories, older or undated, are in the [archive](archive.md)." in home
    assert render_archive(dated + undated).count("](articles/") == len(dated) + len(undated)


def _without_lines(article: Article) -> Article:
    """The article as the cache gives it back, its text and lines then made unreadable."""
    packed = pickle.loads(pickle.dumps(article))
    del packed.__dict__["_packed"]
    return packed


def _listings(articles: list[Article]) -> Files:
    return listing_files(articles, tag_feed_path)


def test_the_listings_read_nothing_of_the_articles_lines(seed_articles):
    """Their key holds the fields and word counts only: made from articles whose text
    and lines cannot be read, the listings are the same."""
    bodiless = [_without_lines(article) for article in seed_articles]
    with pytest.raises(AttributeError):
        bodiless[0].lines  # noqa: B018 (the lines are out of reach)
    assert dict(_listings(bodiless)) == dict(_listings(seed_articles))


def test_the_listings_key_follows_fields_and_the_leads_word_counts_pick(seed_articles):
    """A new title changes every listing's key; a longer body changes it only when it
    makes another copy its story's lead, and then the listing changes too."""
    # The seeds' story has one other copy with its own headline, but it names no
    # publication, so no body makes it the lead: named, as a curator would name it.
    seed_articles = [
        a if a.source else a.evolve(source="Global Onsite", source_from="curator")
        for a in seed_articles
    ]
    files = _listings(seed_articles)
    path = "_generated/archive.md"
    alone = next(i for i, a in enumerate(seed_articles) if not a.copies)
    retitled = list(seed_articles)
    retitled[alone] = retitled[alone].evolve(title="Another headline")
    assert _listings(retitled).key(path) != files.key(path)
    leads = {story.lead.id for story in stories_newest_first(seed_articles)}
    followers = [i for i, a in enumerate(seed_articles) if a.copies and a.id not in leads]
    outcomes = set()
    for index in [alone, *followers]:
        for extra in ("One more word.", "word " * 5000):
            articles = list(seed_articles)
            lines = (*articles[index].lines, Line(999, extra, Verdict.BODY))
            articles[index] = articles[index].evolve(lines=lines)
            after = _listings(articles)
            leads_now = {story.lead.id for story in stories_newest_first(articles)}
            lead_changed = leads_now != leads
            outcomes.add(lead_changed)
            assert (after.key(path) != files.key(path)) == lead_changed
            if not lead_changed:
                assert after[path] == files[path]
    assert outcomes == {True, False}  # the seeds hold both cases


def test_only_the_home_page_shows_descriptions_and_only_its_key_follows_them(seed_articles):
    """Every description rewritten: the home page changes, and its key; the other
    listings stay as they were, and so do their keys, which leave descriptions out."""
    files = _listings(seed_articles)
    described = [
        article.evolve(description=f"Rewritten {article.id}.", description_from="curator")
        for article in seed_articles
    ]
    again = _listings(described)
    assert again[HOME_FRAGMENT] != files[HOME_FRAGMENT]
    assert again.key(HOME_FRAGMENT) != files.key(HOME_FRAGMENT)
    for path in files:
        if path != HOME_FRAGMENT:
            assert again[path] == files[path], path
            assert again.key(path) == files.key(path), path
