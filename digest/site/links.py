"""The links between articles one build works out, kept for the next.

After the per-seed stages, the linking stages tie each article to the others: its story
and borrowed headline (`digest/stories/grouping.py`), its slug (`digest/site/render.py`),
its story's other copies and its related and neighbouring stories
(`digest/site/related.py`). At 10,000
articles they take about a second, and a rebuild after one seed's body changed almost
always finds them as they were.

They read only the fields an article shows but those only its page shows
(`Article.listed_digest`, which holds the title, date, tags, source and id, not the
description, authors, dateline, link to the original or note), what grouping made of
the bodies (the story partition) and the slugs hand-written pages hold: `links_key`
hashes exactly these, so equal keys give equal links, and `relink` puts the last
build's links on today's articles. tests/test_links.py holds the stages to reading nothing else.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from digest.article import Article
from digest.article_parts import Copy
from digest.site.outputs import digest_of, digest_of_value

# One article's links, as plain values: story, title, title_from, slug, the positions
# of its listed copies, how many more copies its story has, the positions of its
# related stories, earlier and later neighbours (-1 for none), the digest of its listed
# fields once linked (`Article.listed_digest`), and the digest of its shown fields
# before and after linking (`Article.shown_digest`).
Links = tuple[
    str, str, str | None, str, tuple[int, ...], int, tuple[int, ...], int, int, str, str, str
]


def links_key(
    articles: Sequence[Article], partition: Sequence[tuple[int, int]], reserved: Collection[str]
) -> str:
    """Return a digest of all the linking stages read (`articles` as curated)."""
    parts = [article.listed_digest for article in articles]
    return digest_of([*parts, digest_of_value(list(partition)), repr(sorted(reserved))])


def links_of(linked: Sequence[Article], unlinked: Sequence[Article]) -> list[Links]:
    """Return the links of each linked article, naming other articles by position;
    `unlinked` are the same articles before the linking stages."""
    position = {article.id: index for index, article in enumerate(linked)}

    def at(copy: Copy | None) -> int:
        return -1 if copy is None else position[copy.id]

    return [
        (
            article.story,
            article.title,
            article.title_from,
            article.slug,
            tuple(position[copy.id] for copy in article.copies),
            article.more_copies,
            tuple(position[copy.id] for copy in article.related),
            at(article.earlier),
            at(article.later),
            article.listed_digest,
            before.shown_digest,
            article.shown_digest,
        )
        for article, before in zip(linked, unlinked, strict=True)
    ]


def relink(articles: Sequence[Article], links: Sequence[Links]) -> list[Article]:
    """Return `articles` (as curated) with the links `links_of` gave under the same key."""
    short = [
        Copy(article.id, title, article.source, slug)
        for article, (_, title, _, slug, *_) in zip(articles, links, strict=True)
    ]
    linked = []
    for article, link in zip(articles, links, strict=True):
        story, title, title_from, slug, copies, more, related, earlier, later, *kept = link
        relinked = article.evolve(
            story=story,
            title=title,
            title_from=title_from,
            slug=slug,
            copies=tuple(short[i] for i in copies),
            more_copies=more,
            related=tuple(short[i] for i in related),
            earlier=short[earlier] if earlier >= 0 else None,
            later=short[later] if later >= 0 else None,
        )
        listed, shown_before, shown_after = kept
        relinked.__dict__["listed_digest"] = listed  # as computed when it was stored
        if article.shown_digest == shown_before:  # the same page fields: the same digest
            relinked.__dict__["shown_digest"] = shown_after
        linked.append(relinked)
    return linked
