"""The pipeline in one place: seeds in, finished articles out, nothing written.

ingest → clean → metadata → stories → render. Each step is a pure function over
`Article` values; the command line and the writer do the reading and writing.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.article import Article
from digest.clean import clean, clean_extracted
from digest.curation import Curation, apply_curation
from digest.ingest import Seed
from digest.metadata import extract_metadata
from digest.render import assign_slugs, body_markdown
from digest.stories import group_stories, link_copies
from digest.taxonomy import Taxonomy, tag_article


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


def process(
    seeds: Sequence[Seed], curation: Curation | None = None, taxonomy: Taxonomy | None = None
) -> list[Article]:
    """Run every stage over all seeds, in input order; hidden articles are left out.

    The curation's ids must have been checked against the seeds (`check_ids`).
    """
    taxonomy = taxonomy or Taxonomy()
    articles = [tag_article(article_from_seed(seed), taxonomy) for seed in seeds]
    articles = apply_curation(articles, curation or Curation(), taxonomy)
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
        "description_from": article.description_from,
        "tags": list(article.tags),
        "tags_from": article.tags_from,
        "story": article.story,
        "body": body_markdown(article.lines),
        "removed": [
            {"line": line.number, "text": line.text, "reason": line.verdict.value}
            for line in article.removed
        ],
    }
