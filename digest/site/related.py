"""The links an article page offers to read on: earlier and later by date, related by tags.

A reader who finishes an article wants the next one in time, or more on the same
topic. Both need the whole set of articles, so this is a stage of its own after the
stories are known; it returns new `Article` values and writes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import MutableMapping, Sequence
from itertools import chain

from digest.article import Article
from digest.article_parts import Copy
from digest.site.outputs import digest_of_value

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
    here: int,
    order: Sequence[Article],
    by_tag: dict[str, list[int]],
    slot: dict[tuple[str, int], int],
) -> list[int]:
    """Rank other stories by how many tags they share, then by nearness in time.

    Articles are named by their place in `order` (oldest first), so a window of a tag's
    articles is a slice of numbers, counted in one `Counter` call.
    """
    article = order[here]
    windows = []
    for tag in dict.fromkeys(article.tags):
        index = slot[(tag, here)]
        windows.append(by_tag[tag][max(0, index - RELATED_WINDOW) : index + RELATED_WINDOW + 1])
    shared = Counter(chain.from_iterable(windows))
    story = article.story
    ranked = sorted(
        (-count, abs(other - here), order[other].id, order[other].story, other)
        for other, count in shared.items()
        if order[other].story != story
    )
    one_per_story: dict[str, int] = {}
    for *_, other_story, other in ranked:
        one_per_story.setdefault(other_story, other)
    return list(one_per_story.values())[:MAX_RELATED]


def ranking_key(order: Sequence[Article]) -> str:
    """Return a digest of all that `_related` reads: each article's id, tags and story,
    oldest first (the order holds the dates)."""
    return digest_of_value([(article.id, article.tags, article.story) for article in order])


def link_neighbours(
    articles: Sequence[Article], memo: MutableMapping[str, list[list[int]]] | None = None
) -> list[Article]:
    """Give each article its earlier and later neighbours by date and its related stories.

    `memo` keeps the last ranking under its `ranking_key`: when no article's id, date,
    tags or story changed (an edited body, a new headline), the related stories are
    the last build's, linked under today's titles, and ranking 10,000 articles again
    (a second or so) is skipped.
    """
    order = chronological(articles)
    key = ranking_key(order)
    ranking = memo.get(key) if memo is not None else None
    if ranking is None:
        by_tag: dict[str, list[int]] = defaultdict(list)
        slot: dict[tuple[str, int], int] = {}
        for index, article in enumerate(order):
            for tag in dict.fromkeys(article.tags):
                slot[(tag, index)] = len(by_tag[tag])
                by_tag[tag].append(index)
        ranking = [_related(here, order, by_tag, slot) for here in range(len(order))]
        if memo is not None:
            memo.clear()
            memo[key] = ranking
    position = {article.id: index for index, article in enumerate(order)}
    # One short form per article, shared by every page that links to it.
    short = [as_copy(article) for article in order]
    neighbours = _neighbours(order)
    linked = []
    for article in articles:
        here = position[article.id]
        earlier, later = neighbours[here]
        linked.append(
            article.evolve(
                related=tuple(short[other] for other in ranking[here]),
                earlier=short[earlier] if earlier is not None else None,
                later=short[later] if later is not None else None,
            )
        )
    return linked


def _neighbours(order: Sequence[Article]) -> list[tuple[int | None, int | None]]:
    """Return, for each place in `order`, the places of the stories before and after it.

    Another copy of its own story is no story before or after it (its page lists it as
    a copy): the neighbours lie beyond the run of copies it stands in, found in one pass
    however many copies a story has. Undated articles keep their place after the dated
    ones (the first one's earlier story is the newest dated), but a dated story has no
    undated one after it: the newest story's `Later` is not a story of unknown date.
    """
    dated = sum(1 for article in order if article.date)
    runs: list[tuple[int, int]] = []  # each place's run of copies: its first and last place
    for here, article in enumerate(order):
        same = here > 0 and order[here - 1].story == article.story
        runs.append((runs[-1][0] if same else here, here))
    last = len(order) - 1
    for here in range(last - 1, -1, -1):
        if order[here + 1].story == order[here].story:
            runs[here] = (runs[here][0], runs[here + 1][1])
    return [
        (
            first - 1 if first > 0 else None,
            end + 1 if end < last and (here >= dated or end + 1 < dated) else None,
        )
        for here, (first, end) in enumerate(runs)
    ]
