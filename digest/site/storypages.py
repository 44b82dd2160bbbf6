"""A page per large story, listing every copy: no other page grows with a story.

An article page and the home page name at most `LISTED_COPIES` other copies of a story,
then say how many more there are and link here
(`digest.stories.grouping.story_page_slug`). A story with more copies gets
`content/stories/<slug>.md`, `<slug>` being its first copy's, listing its copies in
input order, COPIES_PER_PAGE to a page, so that even a story of 10,000 reposts is pages
of a few hundred KB. Each page is keyed by what it shows (the copies' titles, sources,
dates and slugs), so a rebuild makes only the pages of a story whose copies changed. No
text from an input reaches a title: the heading is digest's, the lead copy's headline is
escaped Markdown below it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import partial

from digest.article import Article
from digest.site.listed_stories import lead_copy
from digest.site.outputs import Files, Output, digest_of
from digest.site.pages import STORIES_DIR
from digest.site.render import ARTICLES_DIR, escape_markdown, human_date
from digest.stories.grouping import LISTED_COPIES

# Copies on one page of a story: a line is about 150 bytes of Markdown and a few hundred
# of HTML, so a page stays far below 1 MB.
COPIES_PER_PAGE = 500


def page_path(slug: str, number: int = 1) -> str:
    """Return the path under `content/` of page `number` of a story's list of copies."""
    return f"{STORIES_DIR}/{slug}.md" if number == 1 else f"{STORIES_DIR}/{slug}/page-{number}.md"


def story_page_files(articles: Iterable[Article]) -> Files:
    """Return the pages of every story with more than LISTED_COPIES other copies."""
    by_story: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_story[article.story].append(article)
    outputs = {}
    for copies in by_story.values():
        if len(copies) <= LISTED_COPIES + 1:
            continue
        slug, headline = copies[0].slug, lead_copy(copies).title
        pages = [copies[i : i + COPIES_PER_PAGE] for i in range(0, len(copies), COPIES_PER_PAGE)]
        for number, chunk in enumerate(pages, 1):
            shown = [f"{c.id}\0{c.title}\0{c.source}\0{c.date}\0{c.slug}" for c in chunk]
            key = digest_of([slug, headline, str(len(copies)), str(len(pages)), *shown])
            make = partial(_render, slug, headline, chunk, number, len(pages), len(copies))
            outputs[page_path(slug, number)] = Output(key, make)
    return Files(outputs)


def _render(
    slug: str, headline: str, copies: Sequence[Article], number: int, pages: int, total: int
) -> str:
    """Return one page of a story's list of copies, as Markdown."""
    up = "../" if number == 1 else "../../"
    lines = [
        f"# All {total:,} copies of a story",
        "",
        f"The story listed as *{escape_markdown(headline)}*, in the order the digest read "
        f"its copies{f' (page {number} of {pages})' if pages > 1 else ''}.",
        "",
        *(_line(copy, up) for copy in copies),
        "",
    ]
    if pages > 1:
        lines += [" · ".join(_page_links(slug, number, pages)), ""]
    return "\n".join(lines)


def _line(copy: Article, up: str) -> str:
    when = human_date(copy.date) if copy.date else "date unknown"
    source = escape_markdown(copy.source) if copy.source else "source unknown"
    title = escape_markdown(copy.title) or "untitled"
    return f"- {when} · [{title}]({up}{ARTICLES_DIR}/{copy.slug}.md) · {source}"


def _page_links(slug: str, number: int, pages: int) -> list[str]:
    """Return links to the previous and next pages, from page `number`."""

    def href(target: int) -> str:
        here = f"{STORIES_DIR}/{slug}/" if number > 1 else f"{STORIES_DIR}/"
        path = page_path(slug, target)
        return path[len(here) :] if path.startswith(here) else f"../{slug}.md"

    links = []
    if number > 1:
        links.append(f"[Previous page]({href(number - 1)})")
    if number < pages:
        links.append(f"[Next page]({href(number + 1)})")
    return links
