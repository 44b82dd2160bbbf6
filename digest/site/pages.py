"""The reader's listing pages: home, archive, sources, tag feeds and the overview.

Each page is hand-written in `content/` and includes one generated Markdown fragment
from `content/_generated/`, so its wording stays the curator's while its lists follow
the articles. Stories (copies grouped by `digest/stories/grouping.py`) are listed once, under
the copy with its own headline and a known source (`lead_copy`, in
digest/site/listed_stories.py); an undated story is listed in a section of its own,
never under a date it does not have. Every text from an input is escaped.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from itertools import groupby

from digest.article import Article
from digest.metadata.doubts import doubt_field
from digest.site.charts import MAX_ROWS, bar_chart, earliest_folded
from digest.site.listed_stories import Story, stories_newest_first, story_leads
from digest.site.outputs import Files, Output, digest_of
from digest.site.render import ARTICLES_DIR, escape_markdown, human_date, tag_slug
from digest.stories.grouping import LISTED_COPIES
from digest.text import normalise

UNDATED = "Undated"
# The home page lists about two months of a busy digest: at least this many dated
# stories, ending on a whole week, and at most this many undated ones. Everything
# is in the archive.
HOME_STORIES = 50
HOME_UNDATED = 10
# The home page's fragment: the only listing that shows descriptions.
HOME_FRAGMENT = "_generated/stories.md"
UNKNOWN_SOURCE = "Source unknown"
# Where the pages listing every copy of a large story go (`digest/site/storypages.py`).
STORIES_DIR = "stories"


# The two below are remembered: each is asked once per story, about a few hundred dates.
@lru_cache(maxsize=65536)
def _week_of(iso: str) -> str:
    day = datetime.date.fromisoformat(iso)
    return (day - datetime.timedelta(days=day.weekday())).isoformat()


def _link(article: Article, text: str | None = None) -> str:
    return f"[{escape_markdown(text or article.title)}]({ARTICLES_DIR}/{article.slug}.md)"


def _tag_links(tags: Sequence[str]) -> str:
    return ", ".join(f"[{escape_markdown(tag)}](tags.md#tag:{tag_slug(tag)})" for tag in tags)


def _story_when(story: Story) -> str:
    """Say when the story was published: its lead copy's date, else another copy's."""
    if story.lead.date:
        return human_date(story.lead.date)
    if story.date:
        return f"{human_date(story.date)} (date of another copy)"
    return "date unknown"


def _doubt_notes(article: Article) -> str:
    """Say, beside the date, that the headline is the lede's first words: the page showed
    none the pipeline could trust, and a reader should not take it for the publisher's;
    and that the source is uncertain, where the build said so (`digest/metadata/doubts.py`)."""
    lede = " · headline from the lede" if article.title_from == "lede" else ""
    return lede + (" · source uncertain" if _source_doubted(article) else "")


def _source_doubted(article: Article) -> bool:
    return any(doubt_field(doubt) == "source" for doubt in article.uncertain)


def _adds_to_title(article: Article) -> bool:
    """Say whether the description says more than the headline over it: a title
    derived from the lede, or a standfirst that repeats the headline, opens with the
    description's own words, which the listing would print twice."""
    if not article.description:
        return False
    words = normalise(article.description).casefold()
    return not words.startswith(normalise(article.title.rstrip("…")).casefold())


def _isolated(name: str) -> str:
    """Return a name written right to left set apart from the date after it (`الأفق ·
    22 September 2024`): otherwise its letters turn the whole line right to left, and
    the date's words are read in the wrong order."""
    return f"<bdi>{name}</bdi>" if _RIGHT_TO_LEFT.search(name) else name


# Letters of the scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko.
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _story_entry(story: Story) -> str:
    """One story on the home page: title, source · date, description, tags, other copies."""
    lead = story.lead
    source = _isolated(escape_markdown(lead.source)) if lead.source else "source unknown"
    parts = [
        f"### {_link(lead)}",
        f"**{source}** · {_story_when(story)}" + _doubt_notes(lead),
        escape_markdown(lead.description) if _adds_to_title(lead) else "",
        f"Tags: {_tag_links(story.tags)}" if story.tags else "",
    ]
    others = [copy for copy in story.copies[: LISTED_COPIES + 1] if copy.id != lead.id]
    listed = others[:LISTED_COPIES]
    # Another publication reported it; a copy from the lead's own publication, or from
    # none the page names (a text scrape beside the saved page), is one more copy.
    elsewhere = [copy for copy in listed if copy.source and copy.source != lead.source]
    again = [copy for copy in listed if copy not in elsewhere]
    lines = []
    if elsewhere:
        reporters = ", ".join(_link(copy, copy.source) for copy in elsewhere)
        lines.append(f"Also reported by {reporters}")
    if again:
        lines.append("Other copies: " + ", ".join(_link(copy, copy.title) for copy in again))
    more = len(story.copies) - 1 - len(listed)
    if lines and more:
        lines[-1] += f" and [{more:,} more]({STORIES_DIR}/{story.copies[0].slug}.md)"
    return "\n\n".join(part for part in [*parts, *lines] if part)


def _sections(
    stories: Sequence[Story], heading: Callable[[str], tuple[str, str]]
) -> list[tuple[str, str, list[Story]]]:
    """Split stories already newest first into (title, anchor, stories) by their date."""
    dated = [story for story in stories if story.date]
    sections: list[tuple[str, str, list[Story]]] = [
        (title, anchor, list(group))
        for (title, anchor), group in groupby(dated, lambda s: heading(s.date or ""))
    ]
    undated = [story for story in stories if not story.date]
    if undated:
        sections.append((UNDATED, "undated", undated))
    return sections


def _by_week(iso: str) -> tuple[str, str]:
    monday = _week_of(iso)
    return f"Week of {human_date(monday)}", f"week-{monday}"


@lru_cache(maxsize=65536)
def _by_month(iso: str) -> tuple[str, str]:
    day = datetime.date.fromisoformat(iso)
    return f"{day:%B %Y}", f"{day:%Y-%m}"


def _latest_weeks(stories: Sequence[Story]) -> list[Story]:
    """Return the newest stories, at least HOME_STORIES of them, ending with a whole week."""
    dated = [story for story in stories if story.date]
    if len(dated) <= HOME_STORIES:
        return dated
    last_week = _week_of(dated[HOME_STORIES - 1].date or "")
    return [story for story in dated if _week_of(story.date or "") >= last_week]


def render_home(articles: Sequence[Article], stories: Sequence[Story] | None = None) -> str:
    """Return the home page's stories: pinned first, then by week newest first, then undated.

    The home page shows the latest weeks and the newest undated stories; the archive
    has them all, so the page a reader opens first stays short however large the
    digest grows. `stories` are the articles' `stories_newest_first`, when the caller
    has them already (one build lists them for several pages).
    """
    stories = stories_newest_first(articles) if stories is None else stories
    pinned = [story for story in stories if story.pinned]
    rest = [story for story in stories if not story.pinned]
    shown = _latest_weeks(rest)
    undated = [story for story in rest if not story.date]
    sections = [("Pinned", "pinned", pinned)] if pinned else []
    sections += _sections(shown + undated[:HOME_UNDATED], _by_week)
    blocks = []
    for title, anchor, group in sections:
        blocks.append(f"## {title} {{ #{anchor} }}")
        blocks.extend(_story_entry(story) for story in group)
    hidden = len(rest) - len(shown) - min(len(undated), HOME_UNDATED)
    if hidden:
        blocks.append(
            f"{hidden} more stor{'ies' if hidden != 1 else 'y'}, older or undated, "
            "are in the [archive](archive.md)."
        )
    return "\n\n".join(blocks) + "\n" if blocks else "No stories yet.\n"


def _article_when(article: Article) -> str:
    return human_date(article.date) if article.date else "date unknown"


def _article_line(article: Article, when: str | None = None) -> str:
    """One line of a list: date, linked title and, when `when` is given, the source."""
    if when is None:
        when = human_date(article.date) if article.date else "date unknown"
        return f"- {when} · {_link(article)}" + _doubt_notes(article)
    source = escape_markdown(article.source) if article.source else "source unknown"
    return f"- {when} · {_link(article)} · {source}" + _doubt_notes(article)


def render_archive(articles: Sequence[Article], stories: Sequence[Story] | None = None) -> str:
    """Return every story by month, newest first, with the undated ones in their own section."""
    stories = stories_newest_first(articles) if stories is None else stories
    blocks = []
    for title, anchor, group in _sections(stories, _by_month):
        blocks.append(f"## {title} {{ #{anchor} }}")
        blocks.append("\n".join(_article_line(story.lead, _story_when(story)) for story in group))
    return "\n\n".join(blocks) + "\n" if blocks else "No stories yet.\n"


def by_source(articles: Iterable[Article]) -> list[tuple[str, list[Article]]]:
    """Return (publication, its articles newest first), publications A–Z, unknown last."""
    grouped: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        grouped[article.source or UNKNOWN_SOURCE].append(article)
    for members in grouped.values():
        members.sort(key=lambda a: a.id)
        members.sort(key=lambda a: a.date or "", reverse=True)
    return sorted(grouped.items(), key=_source_order)


def _source_order(item: tuple[str, list[Article]]) -> tuple[bool, str]:
    return item[0] == UNKNOWN_SOURCE, alphabetical(item[0])


def alphabetical(name: str) -> str:
    """Return a name as an index sorts it: accents and punctuation aside, so that
    `L’Écho de la Capitale` stands before `Los Angeles Times`, not after `Zeit`."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() or ch == " ")


def render_sources(articles: Sequence[Article]) -> str:
    """Return one section per publication listing its articles."""
    blocks = []
    anchors: set[str] = set()
    for source, members in by_source(articles):
        count = f"{len(members)} article{'s' if len(members) != 1 else ''}"
        anchor = f"source-{tag_slug(source)}"
        while anchor in anchors:
            anchor += "-1"
        anchors.add(anchor)
        blocks.append(f"## {escape_markdown(source)} {{ #{anchor} }}")
        blocks.append(count)
        blocks.append("\n".join(_article_line(article) for article in members))
    return "\n\n".join(blocks) + "\n" if blocks else "No sources yet.\n"


def by_tag(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """Return each tag's articles in input order, tags in order of first use."""
    tagged: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for tag in dict.fromkeys(article.tags):
            tagged[tag].append(article)
    return dict(tagged)


def tag_counts(articles: Iterable[Article]) -> list[tuple[str, int]]:
    """Return each tag with its number of articles, most used first, then A–Z."""
    counts = {tag: len(members) for tag, members in by_tag(articles).items()}
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def render_tags(articles: Sequence[Article], feed_path: Callable[[str], str]) -> str:
    """Return the tags index: per tag, most used first, its count, its feed and its stories.

    Each tag's section has the anchor `tag:<slug>`, where the home page's and the
    article pages' tag links point. A story's copies are listed as on its articles'
    pages, ten others at most: a story reposted 4,000 times once made this page 5.6 MB.
    """
    blocks = []
    tagged = by_tag(articles)
    for tag, count in tag_counts(articles):
        blocks.append(f"## {escape_markdown(tag)} {{ #tag:{tag_slug(tag)} }}")
        blocks.append(
            f"{count} article{'s' if count != 1 else ''} · [RSS feed of this tag]({feed_path(tag)})"
        )
        blocks.append("\n".join(_tagged_lines(tagged[tag])))
    return "\n\n".join(blocks) + "\n" if blocks else "No article has a tag yet.\n"


def _tagged_lines(members: Sequence[Article]) -> list[str]:
    """Return a tag's articles, newest first, at most LISTED_COPIES + 1 copies of one
    story, the last of them saying how many more copies have the tag."""
    ordered = sorted(members, key=lambda a: a.id)
    ordered.sort(key=lambda a: a.date or "", reverse=True)
    copies = Counter(article.story for article in ordered)
    shown: Counter[str] = Counter()
    lines = []
    for article in ordered:
        shown[article.story] += 1
        if shown[article.story] > LISTED_COPIES + 1:
            continue
        line = _article_line(article, _article_when(article))
        more = copies[article.story] - LISTED_COPIES - 1
        if more > 0 and shown[article.story] == LISTED_COPIES + 1:
            line += f" · and {more:,} more cop{'ies' if more != 1 else 'y'} of this story"
        lines.append(line)
    return lines


def render_overview(articles: Sequence[Article], stories: Sequence[Story] | None = None) -> str:
    """Return the digest at a glance: totals, then stories per month, source and tag."""
    stories = stories_newest_first(articles) if stories is None else stories
    months: dict[str, int] = {}
    for story in reversed(stories):
        label = _by_month(story.date)[0] if story.date else UNDATED
        months[label] = months.get(label, 0) + 1
    undated = [(UNDATED, months.pop(UNDATED))] if UNDATED in months else []
    per_month = earliest_folded(list(months.items()), MAX_ROWS - len(undated)) + undated
    sources = [(source, len(members)) for source, members in by_source(articles)]
    sources.sort(key=lambda item: -item[1])
    tags = tag_counts(articles)
    summary = (
        f"**{len(stories)} stories** from **{len(articles)} articles**, "
        f"{sum(1 for source, _ in sources if source != UNKNOWN_SOURCE)} known sources, "
        f"{len(tags)} tags."
    )
    blocks = [
        summary,
        "## Stories per month",
        bar_chart("Stories per month", per_month, "stories"),
        "## Articles per source",
        bar_chart("Articles per source", sources, "articles"),
        "## Articles per tag",
        bar_chart("Articles per tag", tags, "articles") if tags else "No article has a tag yet.",
    ]
    return "\n\n".join(blocks) + "\n"


def listed_fields(article: Article, leads: frozenset[str], digest: str | None = None) -> str:
    """Return, as a key's part, what a listing can show of an article: its fields but
    those only its page shows (`Article.listed_digest`, or `digest` in its place) and, when its
    story has other copies, whether it leads the story (`story_leads`): a longer body
    changes a listing only when it makes another copy the lead."""
    digest = article.listed_digest if digest is None else digest
    return f"{digest}:{article.id in leads}" if article.copies else digest


def listing_files(
    articles: Sequence[Article],
    feed_path: Callable[[str], str],
    leads: frozenset[str] | None = None,
    stories: Callable[[], Sequence[Story]] | None = None,
) -> Files:
    """Return the listing fragments by path under `content/`, each made when asked for.

    The listings read the articles' fields and, to pick a story's lead among its copies,
    their word counts (`story_leads`, given as `leads` when the caller has them):
    nothing of their lines (tests/test_pages.py holds them to it). So their key is made
    of those, and a rebuild after a seed's body changed makes none of them again. Only
    the home page shows descriptions (`Article.shown_digest`, which also holds the
    authors, dateline, link to the original and note, shown by no listing): an edited
    first paragraph, most articles' description, or byline remakes it and no other. `stories` gives
    the articles' `stories_newest_first` when the caller shares them (with the feeds).
    """
    leads = story_leads(articles) if leads is None else leads
    listed = digest_of([listed_fields(a, leads) for a in articles])
    shown = digest_of([listed_fields(a, leads, a.shown_digest) for a in articles])
    stories = stories or cache(lambda: stories_newest_first(articles))
    makers: dict[str, Callable[[], str]] = {
        HOME_FRAGMENT: lambda: render_home(articles, stories()),
        "_generated/archive.md": lambda: render_archive(articles, stories()),
        "_generated/sources.md": lambda: render_sources(articles),
        "_generated/tags.md": lambda: render_tags(articles, feed_path),
        "_generated/overview.md": lambda: render_overview(articles, stories()),
    }
    keys = {path: shown if path == HOME_FRAGMENT else listed for path in makers}
    return Files(
        {path: Output(digest_of([keys[path], path]), make) for path, make in makers.items()}
    )
