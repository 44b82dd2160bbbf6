"""The cleaning report: for the curator, every line removed from each article, and why.

A wrong removal must be easy to spot, so each article gets one collapsed block listing
its removed lines by reason, with their line numbers in the seed (the numbers
`curation.yml`'s `keep_lines` takes). Up to `PART_SIZE` articles the report is one
page; beyond, the page sums up and links to parts of `PART_SIZE` articles each, in id
order: a page of ten thousand blocks would be megabytes that no browser shows well,
and every rebuild would have to render it again for one changed article.

The blocks are data in the page's front matter (`articles:`), which the theme's
`overrides/report.html` shows, as `article.html` shows an article's metadata: a part
of 250 blocks written as Markdown took MkDocs a second to render (Python-Markdown's
inline patterns over 3,000 escaped lines, in `md_in_html` blocks), forty seconds of a
10,000-article build; read as YAML and shown by the template it takes a tenth of that.
The template escapes every value, so no removed line becomes markup.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from functools import partial

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.clean.recurring import recurring_reason
from digest.site.frontmatter import sequence_head, sequence_item_yaml
from digest.site.outputs import Files, Output, digest_of, digest_of_value, remembered
from digest.site.render import escape_markdown

CLEANING_REPORT = "cleaning-report.md"
PARTS_DIR = "cleaning-report"
# Articles per page: a few hundred collapsed blocks load at once and scan easily.
PART_SIZE = 250
# A block kept in the render memo is found under this prefix and the article's key.
REPORT_KEY = "report:"
# The theme's template that shows a page's blocks (overrides/report.html).
TEMPLATE = "report.html"
# The front matter's list of blocks, one per article.
ENTRIES = "articles"
_VERDICT_ORDER = {verdict: index for index, verdict in enumerate(Verdict)}

# The report lists exactly the text kept out of the articles: search must not find it.
_HEADER = """\
---
title: {title}
search:
  exclude: true
{blocks}---

# {title}
"""
_INTRO = """
Every line the cleaner removed from each article, with its line number in the seed
file and the reason, so that a wrong removal can be spotted. Open an article to see
what was removed from it; the article's own page shows what was kept.
"""


def report_files(
    articles: Sequence[Article], keys: Sequence[str], memo: MutableMapping[str, str]
) -> Files:
    """Return the report's pages by path; `keys` and `memo` as for `article_files`.

    A part's key is made of its articles' keys, which cover all a block shows.
    """
    block_keys = {}
    for key, article in zip(keys, articles, strict=True):
        if REPORT_KEY + key not in memo:
            memo[REPORT_KEY + key] = report_entry(article)
        block_keys[article.id] = REPORT_KEY + key
    ordered = sorted(articles, key=lambda a: a.id)
    if len(ordered) <= PART_SIZE:
        entries = [_block(memo, block_keys[a.id], a) for a in ordered]
        page = _page([_header("Cleaning report", entries) + _INTRO, _summary(ordered)])
        return Files.of_texts({CLEANING_REPORT: page})
    parts = [ordered[i : i + PART_SIZE] for i in range(0, len(ordered), PART_SIZE)]
    # The first page shows ids and counts of removed lines only: an edited body leaves it.
    whole = digest_of_value([(a.id, a.removed_codes) for a in ordered])
    intro = _header("Cleaning report") + _INTRO
    outputs = {
        CLEANING_REPORT: Output(whole, lambda: _page([intro, _summary(ordered), _contents(parts)]))
    }
    for number, part in enumerate(parts, 1):
        blocks = [block_keys[a.id] for a in part]
        outputs[f"{PARTS_DIR}/part-{number}.md"] = Output(
            digest_of([f"{number}/{len(parts)}", *blocks]),
            partial(_part_page, number, len(parts), part, memo, blocks),
        )
    return Files(outputs)


def _part_page(
    number: int, count: int, part: Sequence[Article], memo: Mapping[str, str], keys: list[str]
) -> str:
    title = f"Cleaning report, part {number} of {count}"
    entries = [_block(memo, key, article) for key, article in zip(keys, part, strict=True)]
    parent = f"[All parts](../{CLEANING_REPORT})"
    return _page([_header(title, entries), parent, _summary(part)])


def _header(title: str, entries: Sequence[str] = ()) -> str:
    """Return the page's front matter and heading; its blocks, if any, in the front matter."""
    blocks = f"template: {TEMPLATE}\n{sequence_head(ENTRIES)}{''.join(entries)}" if entries else ""
    return _HEADER.format(title=title, blocks=blocks)


def _block(memo: Mapping[str, str], key: str, article: Article) -> str:
    return remembered(memo, key, partial(report_entry, article))


def render_cleaning_report(articles: Sequence[Article]) -> str:
    """Return the one-page report of a few articles (see `report_files`)."""
    return report_files(articles, [a.id for a in articles], {})[CLEANING_REPORT]


def _page(parts: Iterable[str]) -> str:
    return "\n\n".join(part.strip("\n") for part in parts if part) + "\n"


def _summary(articles: Sequence[Article]) -> str:
    totals: Counter[Verdict] = Counter()
    for article in articles:
        for verdict, count in article.removed_tally:
            totals[verdict] += count
    by_reason = " · ".join(f"{verdict.value} {totals[verdict]}" for verdict in _by_enum(totals))
    return f"**{len(articles)} articles, {sum(totals.values())} lines removed.** {by_reason}"


def _contents(parts: Sequence[Sequence[Article]]) -> str:
    lines = []
    for number, part in enumerate(parts, 1):
        removed = sum(count for article in part for _, count in article.removed_tally)
        first, last = escape_markdown(part[0].id), escape_markdown(part[-1].id)
        lines.append(
            f"- [Part {number}]({PARTS_DIR}/part-{number}.md): {first} to {last}, "
            f"{len(part)} articles, {removed} lines removed"
        )
    return "\n".join(lines)


def _by_enum(verdicts: Iterable[Verdict]) -> list[Verdict]:
    return sorted(set(verdicts), key=_VERDICT_ORDER.__getitem__)


def report_entry(article: Article) -> str:
    """Return the article's block, an item of the front matter's `articles:` list.

    Its title and page, its seed file, how much was removed, and the removed lines by
    reason (in the verdicts' order; a line repeated on other pages of the digest says on
    how many), each as `line N: text`. The text is as the seed has it:
    `overrides/report.html` escapes it.
    """
    removed = article.removed
    removed_words = sum(len(line.text.split()) for line in removed)
    by_reason: dict[str, list[Line]] = defaultdict(list)
    for line in sorted(removed, key=lambda line: _VERDICT_ORDER[line.verdict]):
        by_reason[recurring_reason(article, line)].append(line)
    entry: dict[str, object] = {
        "title": article.title,
        "slug": article.slug,
        "seed": article.filename,
        "counts": f"{len(removed)} of {len(article.lines)} lines removed "
        f"({removed_words} of {removed_words + article.word_count} words)",
        "removed": [
            [reason, [f"line {line.number}: {line.text}" for line in lines]]
            for reason, lines in by_reason.items()
        ],
    }
    return sequence_item_yaml(ENTRIES, entry)


def prune(memo: MutableMapping[str, str], keys: Iterable[str]) -> None:
    """Drop the memo's pages of articles no longer built (articles' and report blocks)."""
    wanted = {prefix + key for key in keys for prefix in ("", REPORT_KEY)}
    for stale in set(memo) - wanted:
        del memo[stale]
