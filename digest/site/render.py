"""Turn articles into the Markdown files MkDocs reads.

Everything taken from an input is written so that it renders as text: HTML-like
characters become entities and Markdown markup is escaped, so no scraped line can
become a link, a script, an include or a block of its own. Front matter is written
only by PyYAML's safe dumper, never by hand (`digest/site/frontmatter.py`).
"""

from __future__ import annotations

import datetime
import hashlib
import math
import re
from collections.abc import Collection, Iterable, MutableMapping, Sequence
from functools import lru_cache, partial
from itertools import count
from typing import Final

from pymdownx.slugs import slugify as _slugifier
from slugify import slugify

from digest.article import Article
from digest.article_parts import Copy, Line, Verdict
from digest.metadata.doubts import doubt_field
from digest.site.frontmatter import front_matter_yaml
from digest.site.outputs import Files, Output, remembered
from digest.stories.grouping import OWN_HEADLINE, story_page_slug
from digest.text import LIST_BULLET, TABLE_ROW, TABLE_RULE, is_web_address, normalise, printable

# Adult silent reading of news prose runs at about 200–250 words a minute.
WORDS_PER_MINUTE = 230
# Long enough to keep a headline recognisable in a URL, short enough to read.
MAX_SLUG_CHARS = 80
# An id added to a clashing slug is cut to this, so `<slug>.md` stays far below the
# 255 bytes a file name may have.
MAX_ID_CHARS = 40
ARTICLES_DIR = "articles"
# MkDocs turns these file names into the folder's own page, not an article's.
RESERVED_SLUGS = frozenset({"index", "readme"})
TEMPLATE = "article.html"

# Tag anchors and feed names: the tags plugin's default slugs (Unicode kept, lower case).
_tag_slugify = _slugifier(case="lower")
_INLINE_MARKUP = re.compile(r"([\\`*_{}\[\]#|])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape_markdown(text: str) -> str:
    """Return `text` as Markdown that renders to exactly `text`, markup and HTML inert."""
    if "&" in text:
        text = _ENTITY_LIKE.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    # Searching first is quicker: few lines have markup, and `sub` builds a new string.
    if _INLINE_MARKUP.search(text):
        text = _INLINE_MARKUP.sub(r"\\\1", text)
    if text[:1].isdigit():  # every digit `\d` matches, and a few more
        text = _LIST_NUMBER.sub(lambda m: f"{m[1]}&#{ord(m[2])};", text)
    if text[:1] in "-+=!?:~%;/" and text:
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def body_markdown(lines: Iterable[Line]) -> str:
    """Join the kept lines into Markdown: paragraphs, `##` subheadings, `-` lists and
    tables (the rows an extractor wrote out as `| a | b |`)."""
    blocks: list[str] = []
    in_list = False
    rows: list[str] = []
    for line in lines:
        if not line.verdict.kept:
            continue
        if TABLE_ROW.match(line.text):
            rows.append(line.text)
            continue
        if rows:
            blocks += filter(None, [_table(rows)])
            rows = []
        # An item the page (or its extractor) printed a bullet for (`- Two eggs`) is a
        # list's item: the list's bullet stands for it, so it is not printed twice.
        bullet = LIST_BULLET.match(line.text)
        text = escape_markdown(line.text[bullet.end() :] if bullet else line.text)
        listed = line.verdict is Verdict.LIST_ITEM or (
            bullet is not None and line.verdict is Verdict.BODY
        )
        if listed and in_list:
            blocks[-1] += f"\n- {text}"
        elif listed:
            blocks.append(f"- {text}")
        elif line.verdict is Verdict.SUBHEADING:
            blocks.append(f"## {text}")
        else:
            blocks.append(text)
        in_list = listed
    if rows:
        blocks += filter(None, [_table(rows)])
    return "\n\n".join(blocks)


def _table(rows: Sequence[str]) -> str:
    """Return a table's rows as a Markdown table, each cell's text escaped; the rule
    under the header row is written here, whatever the page's was."""
    cells = [[escape_markdown(cell.strip()) for cell in row[1:-1].split("|")] for row in rows]
    cells = [row for row, text in zip(cells, rows, strict=True) if not TABLE_RULE.match(text)]
    if not cells:
        return ""
    width = max(len(row) for row in cells)
    lines = [f"| {' | '.join(row + [''] * (width - len(row)))} |" for row in cells]
    return "\n".join([lines[0], f"|{' --- |' * width}", *lines[1:]])


@lru_cache(maxsize=65536)
def tag_slug(tag: str) -> str:
    """Return the slug of a tag's section on the tags page (`#tag:<slug>`) and its feed.

    Remembered: a taxonomy has a few dozen tags, each slugged for thousands of articles.
    A name with no letter or digit has an empty own slug (`own_tag_slug`): the taxonomy
    refuses such a tag; a source so named gets `tag`.
    """
    return own_tag_slug(tag) or "tag"


def own_tag_slug(tag: str) -> str:
    """Return the slug made of the tag's own letters and digits, empty when it has none."""
    return _tag_slugify(_inert(tag), "-")


def reading_minutes(words: int) -> int:
    """Return the reading time in whole minutes, at least one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def assign_slugs(articles: Sequence[Article], reserved: Collection[str] = ()) -> list[Article]:
    """Give each article a URL slug from its title; a clash adds the article's id.

    On a clash the article showing the title as its own headline keeps the bare slug,
    then the first in id order, so the URL depends on the article set, not input order;
    an article's slug changes only when another one's title gives the same slug.
    `reserved` are slugs already taken by hand-written pages.
    """
    taken = set(RESERVED_SLUGS) | set(reserved)
    _SLUGS.update(((text, size), slug) for a in articles for text, size, slug in a.slugs)
    named = []
    for article in sorted(articles, key=lambda a: (a.title_from not in OWN_HEADLINE, a.id)):
        slug = _unique_slug(article, taken)
        taken.add(slug)
        named.append(article.evolve(slug=slug))
    order = {article.id: index for index, article in enumerate(articles)}
    return sorted(named, key=lambda a: order[a.id])


# Slugs worked out already: by the per-seed stage (`Article.slugs`), or earlier in this
# process (`digest serve` gives the same titles again on every rebuild).
_SLUGS: dict[tuple[str, int], str] = {}
# python-slugify's own dependency, named so a slug never depends on whether Unidecode
# happens to be installed too ("auto" prefers it), and so slugify does not look for
# Unidecode on every title that is not ASCII (a failed import is not remembered:
# slugs took 0.23 ms of the 2.8 ms a bench seed's stages take, 0.11 ms without it).
TRANSLITERATION: Final = "text-unidecode"
# Enough for the titles and ids of a large digest; a long `digest serve` stays bounded.
MAX_REMEMBERED_SLUGS = 100_000


def _slug(text: str, max_length: int) -> str:
    """Slugify, remembered (forgotten all at once past MAX_REMEMBERED_SLUGS)."""
    key = (text, max_length)
    if key not in _SLUGS:
        if len(_SLUGS) >= MAX_REMEMBERED_SLUGS:
            _SLUGS.clear()
        _SLUGS[key] = slugify(
            text, max_length=max_length, word_boundary=True, backend=TRANSLITERATION
        )
    return _SLUGS[key]


def with_slugs(article: Article) -> Article:
    """Return the article with its title's and id's slugs worked out (`Article.slugs`)."""
    wanted = ((article.title, MAX_SLUG_CHARS), (article.id, MAX_ID_CHARS))
    return article.evolve(slugs=tuple((text, size, _slug(text, size)) for text, size in wanted))


def _unique_slug(article: Article, taken: set[str]) -> str:
    """Return the first free one of: the title's slug, plus the id, plus the id's hash.

    Two ids can give one slug (`Café.txt`, `cafe.txt`), or be cut to one; their
    hashes still differ, and depend on nothing but the id.
    """
    id_slug = _slug(article.id, MAX_ID_CHARS)
    base = _slug(article.title, MAX_SLUG_CHARS)
    base = base or id_slug or "article"
    for slug in (base, f"{base}-{id_slug}" if id_slug else base):
        if slug not in taken:
            return slug
    digest = hashlib.sha256(article.id.encode("utf-8", "surrogatepass")).hexdigest()
    if f"{base}-{digest[:12]}" not in taken:
        return f"{base}-{digest[:12]}"
    # Only for a hash collision: a counter keeps the slug unique, in a stable order.
    return next(
        f"{base}-{digest[:12]}-{n}" for n in count(2) if f"{base}-{digest[:12]}-{n}" not in taken
    )


def _one_line(value: str | None) -> str | None:
    """Fold a metadata value onto one visible line; YAML readers differ on line breaks."""
    return None if value is None else normalise(value)


def _inert(value: str) -> str:
    """Return a title or tag that no HTML parser can read as a tag.

    Material's search (and Zensical's) copies titles and tags into its index unescaped
    and shows them as HTML, before any template of ours can escape them; a `<` from a
    scraped headline would open a tag there, should the site be built with either. It
    becomes the look-alike `‹` (U+2039), the one change digest makes to an input's text.
    """
    return normalise(value).replace("<", "\u2039")


def _link(copy: Copy) -> dict[str, object]:
    """Return another article as the page template links it: by its file name only."""
    return {"title": _inert(copy.title), "source": _one_line(copy.source), "url": f"{copy.slug}.md"}


def _more_copies(article: Article) -> dict[str, object]:
    """Return, for a story with more copies than its pages list, how many more and the
    file of the page listing them all (`digest/site/storypages.py`); nothing otherwise, so
    most pages' front matter stays as it was."""
    if not article.more_copies:
        return {}
    return {"more_copies": article.more_copies, "all_copies": f"{story_page_slug(article)}.md"}


def front_matter(article: Article) -> dict[str, object]:
    """Return the article's metadata, in the order a reader of the file expects."""
    return {
        "title": _inert(article.title),
        "title_from": article.title_from,
        "id": printable(article.id),
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
        "tag_slugs": [tag_slug(tag) for tag in article.tags],
        "story": printable(article.story),
        "copies": [_link(c) for c in article.copies],
        **_more_copies(article),
        "note": _one_line(article.note) or None,
        "url": article.url if is_web_address(article.url) else None,
        "url_from": article.url_from if is_web_address(article.url) else None,
        "uncertain": sorted({doubt_field(doubt) for doubt in article.uncertain}),
        "pinned": article.pinned,
        "related": [_link(c) for c in article.related],
        "previous": _link(article.earlier) if article.earlier else None,
        "next": _link(article.later) if article.later else None,
        "word_count": article.word_count,
        "reading_time": reading_minutes(article.word_count),
        "template": TEMPLATE,
    }


@lru_cache(maxsize=65536)
def human_date(iso: str) -> str:
    """Return `2023-07-05` as `5 July 2023`, the way a reader says it.

    Remembered: a digest's articles share a few hundred dates, each written on every page.
    """
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def render_article(article: Article) -> str:
    """Return the article's Markdown file: YAML front matter, then the cleaned body."""
    meta = front_matter_yaml(front_matter(article))
    return f"---\n{meta}---\n\n{body_markdown(article.body_lines)}\n"


def article_files(
    articles: Sequence[Article], keys: Sequence[str], memo: MutableMapping[str, str]
) -> Files:
    """Return each article's file under `content/`, by relative path, keyed by `keys`.

    `keys` are the articles' `render_key`s; `memo` maps a key to its rendered file, so
    an article whose key is there is not rendered again (dumping YAML is most of a
    rebuild's time otherwise), and its text is taken from the memo only if the writer
    asks for it.
    """
    outputs = {}
    for key, article in zip(keys, articles, strict=True):
        if key not in memo:
            memo[key] = render_article(article)
        make = partial(remembered, memo, key, partial(render_article, article))
        outputs[f"{ARTICLES_DIR}/{article.slug}.md"] = Output(key, make)
    return Files(outputs)


def render_key(article: Article) -> str:
    """Return a digest of everything `render_article` reads from the article: the
    fields it shows (`Article.shown_digest`) and its lines (`Article.lines_digest`)."""
    digest = hashlib.blake2b(article.shown_digest.encode(), digest_size=20)
    digest.update(article.lines_digest.encode())
    return digest.hexdigest()
