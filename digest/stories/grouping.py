"""Group copies of one story by the text they share with the story as a whole.

Copies of a wire report are reposted verbatim, trimmed, expanded or loosely rewritten,
under different headlines or none, so titles cannot group them; their bodies share
text spread through them. `digest/stories/similarity.py` finds, for each pair of articles that
share text of their own (not furniture, boilerplate or background that recurs across
stories), how much of each the other covers. Grouping decides from those covers:

- two articles are close when one is covered by CLOSE_COVER and the other by at least
  LEAST_COVER: one holds much of the other, and some of the other in turn. Copies of
  one report are published within days of each other: two dated more than COPY_DAYS
  apart are close only when each has FAR_SHARE of the other's sampled shingles, as a
  repost has;
- close pairs join their stories, the closest first, only when more than half of the
  pairs across the two stories are related (one covers RELATED_COVER of the other):
  a copy joins a story for what it shares with the story as a whole, never through
  one member alone (A close to B and B to C does not put A with C when A and C share
  nothing).

Articles with the same fingerprint are one text, grouped before anything else, and
count once in a story.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from digest.article import WORD, Article
from digest.article_parts import Copy
from digest.stories.similarity import Covers, covers, pack_fingerprint, sample_count

STORY = "story"
# A title the page shows or the curator gave is the copy's own; others may be borrowed.
OWN_HEADLINE = frozenset({"page", "curator"})

# The share of the more covered article's own text the other must hold for the two to
# be close: a trimmed copy is covered whole, a loose rewrite about two thirds (0.69
# for the seeds' 001 by 000), two reports that share one background paragraph or an
# author's bio far less (furniture and background that recur across stories are
# no part of an article's own text, `digest/stories/similarity.py`).
CLOSE_COVER = 0.4
# And the share of the other's own text, at least: a short brief inside a long report
# is a small part of it, but some part.
LEAST_COVER = 0.05
# Copies of one report are published within days of each other; two articles dated
# further apart are close only when each has most of the other's shingles, as a repost
# has (a loose rewrite keeps about a third). Two posts of one blog months apart share
# its boilerplate, not a report.
COPY_DAYS = 14
FAR_SHARE = 0.5
# Two articles are related, and count for each other's story, when either covers this
# much of the other.
RELATED_COVER = 0.2
# The other copies of its story an article's page and the home page list by name; a
# story with more has a page listing them all.
LISTED_COPIES = 10
# Least number of sampled shingles a fingerprint needs to stand for its text among
# identical ones: two empty or one-line bodies are not one text.
MIN_IDENTICAL_SAMPLES = 3


def fingerprint(article: Article) -> bytes:
    """Return the fingerprint of the article's cleaned body (`pack_fingerprint`)."""
    return pack_fingerprint([WORD.findall(line.text.casefold()) for line in article.body_lines])


def partition_key(articles: Sequence[Article]) -> str:
    """Return a digest of all `story_partition` reads: in order, each article's
    fingerprint, date, whether it has a headline, and whether its title is its own.

    A rebuild after a small edit usually finds the same: the partition kept under the
    key is reused (`digest.pipeline.Memos`), without grouping, nor importing numpy.
    """
    digest = hashlib.blake2b(digest_size=20)
    for article in articles:
        sample = article.fingerprint or fingerprint(article)
        flags = bytes((bool(article.headline), article.title_from in OWN_HEADLINE))
        day = (article.date or "").encode()
        digest.update(len(sample).to_bytes(4, "little") + sample + flags + day + b"\0")
    return digest.hexdigest()


def _day(iso: str | None) -> int | None:
    try:
        return date.fromisoformat(iso).toordinal() if iso else None
    except ValueError:
        return None


class _Pairs:
    """The close and related pairs of the distinct texts, with each pair's covers."""

    def __init__(self, found: Covers, days: Sequence[int | None]) -> None:
        self.close: list[tuple[float, float, int, int]] = []
        self.related: set[tuple[int, int]] = set()
        # For each text, the texts it shares own text with, and how much of it each covers.
        self.neighbours: dict[int, dict[int, float]] = defaultdict(dict)
        for first, second, first_cover, second_cover, *shares in zip(*found, strict=True):
            more, less = max(first_cover, second_cover), min(first_cover, second_cover)
            self.neighbours[first][second] = first_cover
            self.neighbours[second][first] = second_cover
            if more >= RELATED_COVER:
                self.related.add((first, second))
            apart = days[first] is not None and days[second] is not None
            if apart and abs(days[first] - days[second]) > COPY_DAYS:  # type: ignore[operator]
                close = min(shares) >= FAR_SHARE
            else:
                close = more >= CLOSE_COVER and less >= LEAST_COVER
            if close:
                self.close.append((less, more, first, second))
        self.close.sort(key=lambda pair: (-pair[0], -pair[1], pair[2], pair[3]))


def _stories(count: int, pairs: _Pairs) -> list[int]:
    """Join close pairs into stories, the closest first, when more than half of the
    pairs across the two stories are related; return each text's story root.

    Each story keeps how many related pairs it has with each other story, merged from
    the smaller story's into the larger's, so a join is checked in constant time.
    """
    parent = list(range(count))
    size = [1] * count
    links: list[dict[int, int]] = [{} for _ in range(count)]
    for first, second in pairs.related:
        links[first][second] = links[first].get(second, 0) + 1
        links[second][first] = links[second].get(first, 0) + 1

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for _, _, first, second in pairs.close:
        one, other = root(first), root(second)
        if one == other or 2 * links[one].get(other, 0) <= size[one] * size[other]:
            continue
        if len(links[one]) < len(links[other]):
            one, other = other, one
        parent[other] = one
        size[one] += size[other]
        for story, shared in links[other].items():
            if story != one:
                links[one][story] = links[one].get(story, 0) + shared
                links[story].pop(other)
                links[story][one] = links[one][story]
        links[one].pop(other, None)
        links[other] = {}
    return [root(index) for index in range(count)]


def story_partition(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Return, for each article, the index of its story's first copy and the index of
    the copy whose headline it borrows (-1 when it keeps its own or no copy has one).

    All that grouping makes of the articles' bodies: the stages after it read only the
    articles' fields and this (`digest.pipeline.process_articles` keys on it).
    """
    samples = [article.fingerprint or fingerprint(article) for article in articles]
    text_of, firsts = _distinct_texts(samples)
    days = [_day(articles[first].date) for first in firsts]
    pairs = _Pairs(covers([samples[first] for first in firsts]), days)
    roots = _stories(len(firsts), pairs)
    members: dict[int, list[int]] = defaultdict(list)
    for index, text in enumerate(text_of):
        members[roots[text]].append(index)
    partition = [(-1, -1)] * len(articles)
    for group in members.values():
        lenders = _lenders(group, articles, text_of)
        for index in group:
            borrowed = -1
            if len(group) > 1 and articles[index].title_from not in OWN_HEADLINE:
                borrowed = _closest_lender(index, text_of, lenders, pairs)
            partition[index] = (group[0], borrowed)
    return partition


def _distinct_texts(samples: Sequence[bytes]) -> tuple[list[int], list[int]]:
    """Return each article's text number, and each text's first article: articles with
    one fingerprint of MIN_IDENTICAL_SAMPLES shingles or more are one text."""
    known: dict[bytes, int] = {}
    text_of: list[int] = []
    firsts: list[int] = []
    for index, sample in enumerate(samples):
        if sample in known:
            text_of.append(known[sample])
            continue
        if sample_count(sample) >= MIN_IDENTICAL_SAMPLES:
            known[sample] = len(firsts)
        text_of.append(len(firsts))
        firsts.append(index)
    return text_of, firsts


def _lenders(
    group: Sequence[int], articles: Sequence[Article], text_of: Sequence[int]
) -> dict[int, list[int]]:
    """Return the copies of a story with a headline, by text, in input order."""
    lenders: dict[int, list[int]] = defaultdict(list)
    for index in group:
        if articles[index].headline:
            lenders[text_of[index]].append(index)
    return lenders


def _closest_lender(
    index: int, text_of: Sequence[int], lenders: dict[int, list[int]], pairs: _Pairs
) -> int:
    """Return the copy whose headline a copy without its own borrows: one of the same
    text, else the one whose text covers most of it, else the first with a headline
    (-1 when none has one). A wire copy borrows the wire report's, not a loose
    rewrite's."""
    text = text_of[index]
    same = [other for other in lenders.get(text, ()) if other != index]
    if same:
        return same[0]
    near = [(cover, other) for other, cover in pairs.neighbours[text].items() if other in lenders]
    if near:
        return lenders[max(near, key=lambda item: (item[0], -item[1]))[1]][0]
    return min((o for others in lenders.values() for o in others if o != index), default=-1)


def group_stories(
    articles: Sequence[Article], partition: Sequence[tuple[int, int]] | None = None
) -> list[Article]:
    """Give copies of one story the same `story` id, and a headline to copies that lack one.

    The story id is the id of its first copy in input order, so it stays put while that
    file stays. A copy without a headline takes the headline of the copy whose text is
    closest to its own (`story_partition`). `partition` is the articles'
    `story_partition`, when the caller has it already.
    """
    partition = story_partition(articles) if partition is None else partition
    grouped = []
    for article, (root, borrowed) in zip(articles, partition, strict=True):
        changes: dict[str, object] = {"story": articles[root].id}
        if borrowed >= 0:
            changes.update(title=articles[borrowed].headline, title_from=STORY)
        grouped.append(article.evolve(**changes))
    return grouped


def story_page_slug(article: Article) -> str | None:
    """Return the slug of the page listing every copy of the article's story
    (`digest/site/storypages.py`), or None when the article's page lists them all: the slug
    of the story's first copy, whose id is the story's and which the other copies list
    first (`link_copies`)."""
    if not article.more_copies:
        return None
    return article.slug if article.id == article.story else article.copies[0].slug


def link_copies(articles: Sequence[Article]) -> list[Article]:
    """Give each article the first LISTED_COPIES other copies of its story, in input
    order, and the number of the others (`Article.more_copies`).

    A page never grows with its story: 4,000 copies of one report once gave each of
    them a page listing 3,999 links, 2.6 GB in all. A story with more copies has a page
    listing them all (`digest/site/storypages.py`).
    """
    by_story: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_story[article.story].append(article)
    linked = []
    for article in articles:
        story = by_story[article.story]
        listed = [other for other in story[: LISTED_COPIES + 1] if other.id != article.id]
        listed = listed[:LISTED_COPIES]
        linked.append(
            article.evolve(
                copies=tuple(Copy(o.id, o.title, o.source, o.slug) for o in listed),
                more_copies=len(story) - 1 - len(listed),
            )
        )
    return linked
