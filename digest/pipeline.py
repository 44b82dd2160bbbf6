"""The pipeline in one place: seeds in, finished articles out, nothing written.

ingest → clean → recurring furniture → metadata → stories → render. Each step is a
pure function over `Article` values; the command line and the writer do the reading
and writing. Cleaning and metadata run per seed; between them, the furniture the whole
digest repeats (`drop_recurring`), known only once every seed is cleaned.
"""

from __future__ import annotations

from collections.abc import Collection, MutableMapping, Sequence
from functools import cache
from typing import NamedTuple

from digest.article import Article
from digest.clean.recurring import (
    LineCounts,
    count_lines,
    line_keys,
    mark_recurring,
    recurring_lines,
    recurring_reason,
)
from digest.clean.report import REPORT_KEY, prune, report_entry, report_files
from digest.cores import map_on_cores
from digest.curation import Curation, apply_curation
from digest.ingest.seeds import Seed
from digest.metadata.doubts import mark_doubts
from digest.site.feeds import SiteInfo, feed_files, tag_feed_path
from digest.site.links import Links, links_key, links_of, relink
from digest.site.listed_stories import stories_newest_first, story_leads
from digest.site.outputs import Files
from digest.site.pages import listing_files
from digest.site.related import link_neighbours
from digest.site.render import (
    article_files,
    assign_slugs,
    body_markdown,
    render_article,
    render_key,
)
from digest.site.storypages import story_page_files
from digest.stories.grouping import group_stories, link_copies, partition_key, story_partition
from digest.tags.taxonomy import Taxonomy, tag_article


def article_from_seed(seed: Seed) -> Article:
    """Clean one seed and read its metadata, as a digest of this one seed makes it."""
    return read_metadata(cleaned_article(seed))


def cleaned_article(seed: Seed) -> Article:
    """Clean one seed: its lines with the cleaner's verdicts, no metadata read yet."""
    # Imported here, not above: their hundreds of patterns take a quarter of a second
    # to compile, which a build whose seeds are all in the cache never needs.
    from digest.clean.cleaner import clean, clean_extracted

    if seed.page_meta is None:
        lines = clean(seed.text)
    else:
        lines = clean_extracted(seed.text, seed.page_meta.title)
    return Article(
        id=seed.id, filename=seed.filename, text=seed.text, lines=lines, page_meta=seed.page_meta
    )


def read_metadata(article: Article) -> Article:
    """Read a cleaned article's metadata from its lines (`digest/metadata/extract.py`)."""
    from digest.metadata.extract import extract_metadata  # see `cleaned_article`

    return extract_metadata(article)


def process(
    seeds: Sequence[Seed],
    curation: Curation | None = None,
    taxonomy: Taxonomy | None = None,
    reserved: Collection[str] = (),
) -> list[Article]:
    """Run every stage over all seeds, in input order; hidden articles are left out.

    The curation's ids must have been checked against the seeds (`check_ids`).
    `reserved` are slugs of hand-written pages among the articles, which no seed may take.
    """
    taxonomy = taxonomy or Taxonomy()
    cleaned, _ = drop_recurring([cleaned_article(seed) for seed in seeds])
    articles = [tag_article(read_metadata(article), taxonomy) for article in cleaned]
    return process_articles(articles, curation, taxonomy, reserved)


def drop_recurring(
    articles: Sequence[Article],
    counted: LineCounts | None = None,
    keys: Sequence[bytes] | None = None,
) -> tuple[list[Article], LineCounts]:
    """Drop from cleaned articles' bodies the lines that recur across different stories
    (`digest/clean/recurring.py`); return the articles and their line counts.

    It runs between cleaning and metadata: a lede, dateline or description read from
    a furniture line would be wrong. `counted` are the counts of an earlier call: only
    the articles whose lines are not as they were then are counted. `keys` are the
    articles' `line_keys`, when the caller made them already (with each seed's cleaning).
    """
    known = counted.pages if counted else {}
    pages = {}
    for index, article in enumerate(articles):
        page = known.get(article.id)
        if page is None or page[0] != article.lines_digest:
            page = (article.lines_digest, keys[index] if keys else line_keys(article.lines))
        pages[article.id] = page
    counted = count_lines(counted or LineCounts({}, {}), pages)
    found = recurring_lines([pages[article.id][1] for article in articles], counted)
    marked = list(articles)
    for index, lines in found.items():
        marked[index] = mark_recurring(articles[index], lines)
    return marked, counted


class Memos(NamedTuple):
    """What the linking stages keep between builds, each under its key."""

    links: MutableMapping[str, list[Links]]  # see digest/site/links.py
    ranking: MutableMapping[str, list[list[int]]]  # see digest.site.related.link_neighbours
    # The story partition, under `digest.stories.grouping.partition_key`.
    partition: MutableMapping[str, list[tuple[int, int]]]


def process_articles(
    articles: Sequence[Article],
    curation: Curation | None = None,
    taxonomy: Taxonomy | None = None,
    reserved: Collection[str] = (),
    memos: Memos | None = None,
) -> list[Article]:
    """Run the stages that need every article: curation, stories, slugs, links.

    `articles` are cleaned, read and tagged, one per seed (`article_from_seed` and
    `tag_article`, or `digest/prepare.py` for the parallel, cached way). `memos` keep
    the links between builds: when nothing the linking stages read changed, the last
    build's links are put on the articles instead of worked out again.
    """
    taxonomy = taxonomy or Taxonomy()
    articles = apply_curation(articles, curation or Curation(), taxonomy)
    partition = _partition(articles, memos)
    key = links_key(articles, partition, reserved)
    if memos is not None and key in memos.links:
        return mark_doubts(relink(articles, memos.links[key]))
    grouped = group_stories(articles, partition)
    ranking = memos.ranking if memos is not None else None
    linked = link_neighbours(link_copies(assign_slugs(grouped, reserved)), ranking)
    if memos is not None:
        memos.links.clear()
        memos.links[key] = links_of(linked, articles)
    return mark_doubts(linked)


def _partition(articles: Sequence[Article], memos: Memos | None) -> list[tuple[int, int]]:
    """Return the articles' story partition, as kept in `memos` when nothing it reads
    changed (`partition_key`), else worked out again."""
    if memos is None:
        return story_partition(articles)
    key = partition_key(articles)
    if key not in memos.partition:
        memos.partition.clear()
        memos.partition[key] = story_partition(articles)
    return memos.partition[key]


def site_files(
    articles: Sequence[Article],
    site: SiteInfo,
    memo: MutableMapping[str, str] | None = None,
    jobs: int = 1,
) -> Files:
    """Return every file the build writes under `content/`: articles, listings, feeds.

    The listings are fragments in `_generated/`, each included by a hand-written page
    (`index.md`, `archive.md`, `sources.md`, `tags.md`, `overview.md`). `memo` keeps
    rendered articles between builds (see `article_files`); the pages and report entries
    it lacks are rendered on `jobs` processes.
    """
    memo = {} if memo is None else memo
    keys = [render_key(article) for article in articles]
    _render_missing(articles, keys, memo, jobs)
    files = article_files(articles, keys, memo) | report_files(articles, keys, memo)
    prune(memo, keys)
    leads = story_leads(articles)
    stories = cache(lambda: stories_newest_first(articles))  # made when a listing needs it
    listings = listing_files(articles, tag_feed_path, leads, stories)
    pages = story_page_files(articles)
    return files | listings | pages | feed_files(site, articles, leads, stories)


def _render_missing(
    articles: Sequence[Article], keys: Sequence[str], memo: MutableMapping[str, str], jobs: int
) -> None:
    """Put in `memo` each article's page and report entry it lacks, under the article's key.

    Dumping front matter is most of a first build's time after the per-seed stages, and
    each article's page and entry depend on that article alone once it is linked.
    """
    todo = [
        index for index, key in enumerate(keys) if key not in memo or REPORT_KEY + key not in memo
    ]
    rendered = map_on_cores(_page_and_entry, [articles[index] for index in todo], jobs)
    for index, (page, entry) in zip(todo, rendered, strict=True):
        memo[keys[index]] = page
        memo[REPORT_KEY + keys[index]] = entry


def _page_and_entry(article: Article) -> tuple[str, str]:
    return render_article(article), report_entry(article)


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
        "url": article.url,
        "url_from": article.url_from,
        "tags": list(article.tags),
        "tags_from": article.tags_from,
        "story": article.story,
        "body": body_markdown(article.lines),
        "removed": [
            {"line": line.number, "text": line.text, "reason": recurring_reason(article, line)}
            for line in article.removed
        ],
    }
