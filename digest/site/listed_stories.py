"""Stories as the site lists them: an article's copies together, under one lead copy.

The listing pages (digest/site/pages.py), the feeds (digest/site/feeds.py) and a large
story's own pages (digest/site/storypages.py) all list a story under the same lead
and date, in the same order; they read it from here rather than from one another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from digest.article import Article
from digest.stories.grouping import OWN_HEADLINE


@dataclass(frozen=True)
class Story:
    """The copies of one story, in input order."""

    copies: tuple[Article, ...]

    # Read again by every sort and listing: computed once per story.
    @cached_property
    def lead(self) -> Article:
        """The copy the story is listed under: one with its own headline and a known
        source, then the longest (`lead_copy`)."""
        return lead_copy(self.copies)

    @cached_property
    def date(self) -> str | None:
        """The earliest date any copy gives, or None when no copy is dated."""
        dates = [copy.date for copy in self.copies if copy.date]
        return min(dates) if dates else None

    @property
    def pinned(self) -> bool:
        """Whether the curator pinned any copy of the story."""
        return any(copy.pinned for copy in self.copies)

    @property
    def tags(self) -> tuple[str, ...]:
        """Every copy's tags, once each, in order of first use."""
        return tuple(dict.fromkeys(tag for copy in self.copies for tag in copy.tags))


def lead_copy(copies: Iterable[Article]) -> Article:
    """Return the copy a story is listed under (`Story.lead`): the most trustworthy.

    A headline the page showed or the curator gave is the copy's own, where a derived or
    borrowed one is the first words of the text or another copy's; a copy that names
    its publication tells the reader whose report it is. Of copies alike in both, the
    longest is the fullest report; of equally long ones, the first by id, so the lead
    does not depend on the order the seeds were read in.
    """
    return min(copies, key=_lead_rank)


def _lead_rank(article: Article) -> tuple[bool, bool, int, str]:
    """Rank a copy for the lead, lowest first (`lead_copy`)."""
    own_headline = article.title_from in OWN_HEADLINE
    return not own_headline, not article.source, -article.word_count, article.id


def copies_by_story(articles: Iterable[Article]) -> list[list[Article]]:
    """Return the copies of each story that has more than one, in input order."""
    grouped: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.copies:
            grouped[article.story].append(article)
    return list(grouped.values())


def story_leads(articles: Iterable[Article]) -> frozenset[str]:
    """Return the ids of the copies their stories are listed under (`Story.lead`), of
    the stories with more than one copy: all that the listings read of word counts."""
    return frozenset(lead_copy(copies).id for copies in copies_by_story(articles))


def stories_newest_first(articles: Iterable[Article]) -> list[Story]:
    """Group articles into stories, newest first, undated stories last, ties by lead id."""
    grouped: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        grouped[article.story].append(article)
    stories = [Story(tuple(copies)) for copies in grouped.values()]
    stories.sort(key=lambda s: s.lead.id)
    stories.sort(key=lambda s: s.date or "", reverse=True)
    return stories
