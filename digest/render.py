"""Turn articles into the Markdown files MkDocs reads.

Everything taken from an input is written so that it renders as text: HTML-like
characters become entities and Markdown markup is escaped, so no scraped line can
become a link, a script, an include or a block of its own. Front matter is written
only by `yaml.safe_dump`, never by hand.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

import yaml
from slugify import slugify

from digest.article import Article, Line, Verdict
from digest.stories import OWN_HEADLINE
from digest.text import normalise

# Adult silent reading of news prose runs at about 200–250 words a minute.
WORDS_PER_MINUTE = 230
# Long enough to keep a headline recognisable in a URL, short enough to read.
MAX_SLUG_CHARS = 80
ARTICLES_DIR = "articles"
# MkDocs turns these file names into the folder's own page, not an article's.
RESERVED_SLUGS = frozenset({"index", "readme"})
TEMPLATE = "article.html"

_INLINE_MARKUP = re.compile(r"([\\`*_{}\[\]#|])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape_markdown(text: str) -> str:
    """Return `text` as Markdown that renders to exactly `text`, markup and HTML inert."""
    text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    text = _LIST_NUMBER.sub(lambda m: f"{m[1]}&#{ord(m[2])};", text)
    if text[:1] in "-+=!?:~%;/" and text:
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def body_markdown(lines: Iterable[Line]) -> str:
    """Join the kept lines into Markdown: paragraphs, `##` subheadings and `-` lists."""
    blocks: list[str] = []
    previous: Verdict | None = None
    for line in lines:
        if not line.verdict.kept:
            continue
        text = escape_markdown(line.text)
        if line.verdict is Verdict.LIST_ITEM and previous is Verdict.LIST_ITEM:
            blocks[-1] += f"\n- {text}"
        elif line.verdict is Verdict.LIST_ITEM:
            blocks.append(f"- {text}")
        elif line.verdict is Verdict.SUBHEADING:
            blocks.append(f"## {text}")
        else:
            blocks.append(text)
        previous = line.verdict
    return "\n\n".join(blocks)


def reading_minutes(words: int) -> int:
    """Return the reading time in whole minutes, at least one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def assign_slugs(articles: Sequence[Article]) -> list[Article]:
    """Give each article a URL slug from its title; a clash adds the article's id.

    On a clash the article showing the title as its own headline keeps the bare slug,
    then the first in id order, so the URL depends on the article set, not input order.
    """
    taken: set[str] = set()
    named = []
    for article in sorted(articles, key=lambda a: (a.title_from not in OWN_HEADLINE, a.id)):
        slug = slugify(article.title, max_length=MAX_SLUG_CHARS, word_boundary=True)
        slug = slug or slugify(article.id) or "article"
        if slug in taken or slug in RESERVED_SLUGS:
            slug = f"{slug}-{slugify(article.id)}"
        taken.add(slug)
        named.append(replace(article, slug=slug))
    order = {article.id: index for index, article in enumerate(articles)}
    return sorted(named, key=lambda a: order[a.id])


def _one_line(value: str | None) -> str | None:
    """Fold a metadata value onto one visible line; YAML readers differ on line breaks."""
    return None if value is None else normalise(value)


def _inert(value: str) -> str:
    """Return a title or tag that no HTML parser can read as a tag.

    Material's search copies titles and tags into its index unescaped and shows them
    as HTML, before any template of ours can escape them; a `<` from a scraped headline
    would open a tag there. It becomes the look-alike `‹` (U+2039), the one change
    digest makes to an input's text.
    """
    return normalise(value).replace("<", "\u2039")


def front_matter(article: Article) -> dict[str, object]:
    """Return the article's metadata, in the order a reader of the file expects."""
    return {
        "title": _inert(article.title),
        "title_from": article.title_from,
        "id": article.id,
        "date": article.date,
        "date_from": article.date_from,
        "source": _one_line(article.source),
        "source_from": article.source_from,
        "authors": [normalise(name) for name in article.authors],
        "authors_from": article.authors_from,
        "dateline": _one_line(article.dateline),
        "dateline_from": article.dateline_from,
        "description": _one_line(article.description),
        "description_from": article.description_from,
        "tags": [_inert(tag) for tag in article.tags],
        "tags_from": article.tags_from,
        "note": article.note,
        "pinned": article.pinned,
        "story": article.story,
        "copies": [
            {"title": _inert(c.title), "source": _one_line(c.source), "url": f"{c.slug}.md"}
            for c in article.copies
        ],
        "word_count": article.word_count,
        "reading_time": reading_minutes(article.word_count),
        "template": TEMPLATE,
    }


def render_article(article: Article) -> str:
    """Return the article's Markdown file: YAML front matter, then the cleaned body."""
    meta = yaml.safe_dump(front_matter(article), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{meta}---\n\n{body_markdown(article.lines)}\n"


def _story_date(copies: Sequence[Article]) -> str | None:
    dates = [copy.date for copy in copies if copy.date]
    return min(dates) if dates else None


def _lead_copy(copies: Sequence[Article]) -> Article:
    """Pick the copy a story is listed under: one with its own headline, then the longest."""
    return max(copies, key=lambda a: (a.title_from in OWN_HEADLINE, a.word_count))


def render_story_list(articles: Sequence[Article]) -> str:
    """Return the home page's list of stories: pinned first, then newest first, undated last."""
    stories: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        stories[article.story].append(article)
    ordered = sorted(
        stories.values(),
        key=lambda copies: (
            any(copy.pinned for copy in copies),
            _story_date(copies) is not None,
            _story_date(copies) or "",
        ),
        reverse=True,
    )
    return "\n\n".join(_story_entry(copies) for copies in ordered) + "\n"


def _story_entry(copies: Sequence[Article]) -> str:
    lead = _lead_copy(copies)
    link = f"{ARTICLES_DIR}/{lead.slug}.md"
    source = escape_markdown(lead.source) if lead.source else "source unknown"
    when = lead.date or "date unknown"
    if not lead.date and _story_date(copies):
        when = f"{_story_date(copies)} (date of another copy)"
    pinned = "**Pinned** · " if any(copy.pinned for copy in copies) else ""
    parts = [
        f"### [{escape_markdown(lead.title)}]({link})",
        f"{pinned}**{source}** · {when}",
        escape_markdown(lead.description) if lead.description else "",
    ]
    others = [copy for copy in copies if copy.id != lead.id]
    if others:
        links = ", ".join(
            f"[{escape_markdown(copy.source or copy.title)}]({ARTICLES_DIR}/{copy.slug}.md)"
            for copy in others
        )
        parts.append(f"Also reported by {links}")
    return "\n\n".join(part for part in parts if part)


CLEANING_REPORT = "cleaning-report.md"
# The report is for the curator, and lists exactly the text kept out of the articles:
# search must not find it.
_REPORT_HEADER = """\
---
title: Cleaning report
search:
  exclude: true
---

# Cleaning report

Every line the cleaner removed from each article, with its line number in the seed
file and the reason, so that a wrong removal can be spotted. Open an article to see
what was removed from it; the article's own page shows what was kept.
"""


def render_cleaning_report(articles: Sequence[Article]) -> str:
    """Return the curator's page listing every removed line, per article, by reason.

    One collapsed `<details>` block per article keeps the page short to scan for five
    articles or ten thousand; it has no headings, so no table of contents grows with it.
    """
    totals: dict[Verdict, int] = defaultdict(int)
    for article in articles:
        for line in article.removed:
            totals[line.verdict] += 1
    summary = " · ".join(f"{verdict.value} {totals[verdict]}" for verdict in _by_enum(totals))
    removed = sum(totals.values())
    parts = [
        _REPORT_HEADER,
        f"**{len(articles)} articles, {removed} lines removed.** {summary}",
        *(_report_entry(article) for article in sorted(articles, key=lambda a: a.id)),
    ]
    return "\n\n".join(part.rstrip("\n") for part in parts if part) + "\n"


def _by_enum(verdicts: Iterable[Verdict]) -> list[Verdict]:
    order = list(Verdict)
    return sorted(set(verdicts), key=order.index)


def _report_entry(article: Article) -> str:
    removed = article.removed
    removed_words = sum(len(line.text.split()) for line in removed)
    counts = (
        f"{len(removed)} of {len(article.lines)} lines removed "
        f"({removed_words} of {removed_words + article.word_count} words)"
    )
    parts = [
        f'<details markdown>\n<summary markdown="span">{escape_markdown(article.title)} · '
        f"{counts}</summary>",
        f"[Read the article]({ARTICLES_DIR}/{article.slug}.md) · seed file "
        f"{escape_markdown(article.filename)}",
    ]
    for verdict in _by_enum(line.verdict for line in removed):
        lines = [line for line in removed if line.verdict is verdict]
        parts.append(f"**{verdict.value}** ({len(lines)})")
        parts.append(
            "\n".join(f"- line {line.number}: {escape_markdown(line.text)}" for line in lines)
        )
    parts.append("</details>")
    return "\n\n".join(parts)


def generated_files(articles: Sequence[Article]) -> dict[str, str]:
    """Return every file the pipeline writes under `content/`, by relative path."""
    files = {f"{ARTICLES_DIR}/{a.slug}.md": render_article(a) for a in articles}
    files["_generated/stories.md"] = render_story_list(articles)
    files[CLEANING_REPORT] = render_cleaning_report(articles)
    return files
