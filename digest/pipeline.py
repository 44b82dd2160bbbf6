"""The pipeline in one place: seeds in, finished articles out, nothing written.

ingest → clean → metadata → stories → render. Each step is a pure function over
`Article` values; the command line and the writer do the reading and writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from digest.article import Article, Line, Verdict
from digest.clean import clean
from digest.ingest import Seed
from digest.metadata import extract_metadata
from digest.render import assign_slugs, body_markdown
from digest.stories import group_stories, link_copies
from digest.text import strip_headline_decoration

# Verdicts the cleaner reaches from where a line sits on the page, not from what it
# says: before or after the article, a repeat, a run of short lines, the first long
# line, the title-like line above the body. trafilatura has already cut a web page to
# its article, so those places are no evidence there.
_PLACE_VERDICTS = frozenset(
    {
        Verdict.NAVIGATION,
        Verdict.FOOTER,
        Verdict.REPEATED,
        Verdict.LINK_LIST,
        Verdict.STANDFIRST,
        Verdict.HEADLINE,
    }
)


def clean_extracted(text: str, title: str | None = None) -> tuple[Line, ...]:
    """Clean text an extractor already cut to the article: drop only what lines say they are.

    A line that repeats the page's own title is its headline (extractors often keep
    the `<h1>`). A stand-in until the cleaner offers its furniture rules alone: on
    trafilatura's output its position rules cost recall (docs/EVAL.md).
    """
    headline = strip_headline_decoration(title or "").casefold()
    seen_headline = False
    lines = []
    for line in clean(text):
        if headline and strip_headline_decoration(line.text).casefold() == headline:
            verdict = Verdict.REPEATED if seen_headline else Verdict.HEADLINE
            seen_headline = True
        elif line.verdict in _PLACE_VERDICTS:
            verdict = Verdict.BODY
        else:
            verdict = line.verdict
        lines.append(replace(line, verdict=verdict))
    return tuple(lines)


def article_from_seed(seed: Seed) -> Article:
    """Clean one seed and read its metadata; the story stage needs all of them."""
    if seed.page_meta is None:
        lines = clean(seed.text)
    else:
        lines = clean_extracted(seed.text, seed.page_meta.title)
    article = Article(
        id=seed.id, filename=seed.filename, text=seed.text, lines=lines, page_meta=seed.page_meta
    )
    return extract_metadata(article)


def process(seeds: Sequence[Seed]) -> list[Article]:
    """Run every stage over all seeds, in input order."""
    articles = [article_from_seed(seed) for seed in seeds]
    return link_copies(assign_slugs(group_stories(articles)))


def to_json(article: Article) -> dict[str, object]:
    """Return the article as `digest clean --json` reports it."""
    return {
        "id": article.id,
        "title": article.title,
        "title_from": article.title_from,
        "date": article.date,
        "date_from": article.date_from,
        "source": article.source,
        "source_from": article.source_from,
        "authors": list(article.authors),
        "authors_from": article.authors_from,
        "dateline": article.dateline,
        "dateline_from": article.dateline_from,
        "description": article.description,
        "tags": list(article.tags),
        "story": article.story,
        "body": body_markdown(article.lines),
        "removed": [
            {"line": line.number, "text": line.text, "reason": line.verdict.value}
            for line in article.removed
        ],
    }
