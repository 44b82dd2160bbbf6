"""The links an article page offers to read on: earlier and later by date, related by tags.

A reader who finishes an article wants the next one in time, or more on the same
topic. Both need the whole set of articles, so this is a stage of its own after the
stories are known; it returns new `Article` values and writes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from digest.article import Article, Copy

# An article page lists this many related stories: enough to offer a choice, few
# enough to read at a glance.
MAX_RELATED = 5
# Related stories are looked for among this many articles of each shared tag on either
# side of the article in time, so a tag carried by thousands of articles costs a
# bounded amount of work per article instead of a comparison with all of them. Ten on
# each side of each tag gives several times MAX_RELATED candidates.
RELATED_WINDOW = 10


def as_copy(article: Article) -> Copy:
    """Return the short form of an article that another page links to."""
    return Copy(article.id, article.title, article.source, article.slug)


def chronological(articles: Sequence[Article]) -> list[Article]:
    """Return the articles oldest first by date, then the undated ones in id order.

    Undated articles keep a place of their own after the dated ones: they are never
    given a date to sort by.
    """
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date or "", a.id))
    undated = sorted((a for a in articles if not a.date), key=lambda a: a.id)
    return dated + undated


def _related(
    article: Article,
    position: dict[str, int],
    by_tag: dict[str, list[Article]],
    slot: dict[tuple[str, str], int],
    short: dict[str, Copy],
) -> tuple[Copy, ...]:
    """Rank other stories by how many tags they share, then by nearness in time."""
    shared: dict[str, int] = defaultdict(int)
    candidates: dict[str, Article] = {}
    here = position[article.id]
    for tag in dict.fromkeys(article.tags):
        members = by_tag[tag]
        index = slot[(tag, article.id)]
        for other in members[max(0, index - RELATED_WINDOW) : index + RELATED_WINDOW + 1]:
            if other.story != article.story:
                shared[other.id] += 1
                candidates[other.id] = other
    ranked = sorted(
        candidates.values(),
        key=lambda other: (-shared[other.id], abs(position[other.id] - here), other.id),
    )
    one_per_story: dict[str, Article] = {}
    for other in ranked:
        one_per_story.setdefault(other.story, other)
    return tuple(short[other.id] for other in list(one_per_story.values())[:MAX_RELATED])


def link_neighbours(articles: Sequence[Article]) -> list[Article]:
    """Give each article its earlier and later neighbours by date and its related stories."""
    order = chronological(articles)
    position = {article.id: index for index, article in enumerate(order)}
    by_tag: dict[str, list[Article]] = defaultdict(list)
    slot: dict[tuple[str, str], int] = {}
    for article in order:
        for tag in dict.fromkeys(article.tags):
            slot[(tag, article.id)] = len(by_tag[tag])
            by_tag[tag].append(article)
    # One short form per article, shared by every page that links to it.
    short = {article.id: as_copy(article) for article in order}
    linked = []
    for article in articles:
        index = position[article.id]
        linked.append(
            article.evolve(
                related=_related(article, position, by_tag, slot, short),
                earlier=short[order[index - 1].id] if index > 0 else None,
                later=short[order[index + 1].id] if index + 1 < len(order) else None,
            )
        )
    return linked
