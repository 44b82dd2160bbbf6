"""Doubt a curator should see: values kept as read from the page, on weak evidence.

A wrong value shown as read from the page costs a curator's trust in every other one,
so the rules leave a field empty when the evidence is weak. Some evidence is weak
without being wrong: those values are kept, named in `Article.uncertain`, shown as
uncertain on the article page, and `digest build` prints the `curation.yml` line that
settles each. The doubts, and why each holds on any news page:

- a headline that is also another story's headline: a page's furniture (a section
  name, a site-wide banner, a recurring feature's name) recurs over unrelated stories,
  while two reports rarely share a headline word for word;
- a headline that is the site's name: a masthead taken for the headline;
- a headline the learned model (digest/metadata/headline_model.py) shows without being
  sure of it (its probability under SURE_PROBABILITY): cross-validated over the training
  pages, a third of those are wrong, against one in fifty of the others;
- a source that reads like a legal line (a company form, `All rights reserved`) or
  that the page also shows as an entry among a menu's (`World`, `Apple`, `Opinion`):
  an owner's name or a link's label, not always the publication's. A name alone on
  its line is not enough: a site shows its own so, as its logo over the article and
  in its footer (on the tuned pages, that flagged half of all sources, nearly all
  right: a doubt on every other value is one a curator learns to pass over);
- a body under MIN_BODY_WORDS words: the cleaner may have taken the article for
  furniture, or the page held only a teaser.

Per-seed doubts are found with the metadata (`page_doubts`, cached with the article);
the one that needs the whole digest (a headline shared across stories) is added after
the stories are grouped (`mark_doubts`). A field the curator set is never doubted.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence

from digest.article import Article
from digest.article_parts import Line, Verdict

# A report shorter than this is a brief at best: fewer words suggest a teaser or a
# body the cleaner cut.
MIN_BODY_WORDS = 80
# A company form or a rights notice: the words of a legal line, not a masthead.
_LEGAL = re.compile(
    r"\b(?:Inc|Ltd|Limited|LLC|L\.P|plc|GmbH|AG|Corp|Corporation|S\.A|B\.V|N\.V|Pty|K\.K)\b"
    r"|rights reserved|copyright",
    re.IGNORECASE,
)
# Verdicts of the lines a page links and prompts with: its menus, link lists, teasers.
_MENU_VERDICTS = frozenset(
    {
        Verdict.NAVIGATION,
        Verdict.CALL_TO_ACTION,
        Verdict.LINK_LIST,
        Verdict.TAG_LIST,
        Verdict.TEASER,
        Verdict.FOOTER,
    }
)
# The page's first lines, where its masthead stands.
_MASTHEAD_LINES = 3
# A menu's entry is a few words: `World`, `Personal Finance`, `Apple Watch`.
_MENU_ENTRY_WORDS = 4
# Why each field is doubted, as `digest build` says it.
REASONS = {
    "title": "the headline is also the site's name",
    "shared-title": "the headline is also another story's headline",
    "unsure-title": "the headline model is not sure of the line it chose",
    "source": "the source reads like a legal line or a menu entry of the page",
    "body": f"the body has fewer than {MIN_BODY_WORDS} words",
}


def page_doubts(
    lines: tuple[Line, ...],
    title: str | None,
    source: str | None,
    words: int,
    unsure_title: bool = False,
) -> tuple[str, ...]:
    """Return the doubts about one page's values that the page alone shows; with
    `unsure_title`, the headline model ranked the title's line first without being sure."""
    found = []
    if title and source and _fold(title) == _fold(source):
        found.append("title")
    elif title and unsure_title:
        found.append("unsure-title")
    if source and (_LEGAL.search(source) or _shown_as_a_link(source, lines)):
        found.append("source")
    if words < MIN_BODY_WORDS:
        found.append("body")
    return tuple(found)


def _shown_as_a_link(name: str, lines: tuple[Line, ...]) -> bool:
    """Say whether the page shows the name as an entry of a menu or a list of links: on
    a line of its own between other short lines set aside, below the page's first
    lines (where its masthead stands). A site's own name stands alone too, as its logo
    over the article or in its footer, but not among the entries of a menu."""
    folded = _fold(name)
    return any(
        line.verdict in _MENU_VERDICTS and _fold(line.text) == folded and _in_a_menu(lines, index)
        for index, line in enumerate(lines)
        if index >= _MASTHEAD_LINES
    )


def _in_a_menu(lines: tuple[Line, ...], index: int) -> bool:
    """Say whether the lines on both sides of a line are short lines set aside too."""
    return all(
        0 <= near < len(lines)
        and lines[near].verdict in _MENU_VERDICTS
        and len(lines[near].text.split()) <= _MENU_ENTRY_WORDS
        for near in (index - 1, index + 1)
    )


def mark_doubts(articles: Sequence[Article]) -> list[Article]:
    """Add the doubt that needs the whole digest (a headline shared by several
    stories), and drop doubts about fields the curator has since set."""
    stories_by_title: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        if article.title_from == "page":
            stories_by_title[_fold(article.title)].add(article.story)
    marked = []
    for article in articles:
        shared = article.title_from == "page" and len(stories_by_title[_fold(article.title)]) > 1
        doubts = tuple(
            doubt for doubt in article.uncertain if _still_from_the_page(article, doubt)
        ) + (("shared-title",) if shared else ())
        marked.append(article if doubts == article.uncertain else article.evolve(uncertain=doubts))
    return marked


def _still_from_the_page(article: Article, doubt: str) -> bool:
    field = doubt_field(doubt)
    return field == "body" or getattr(article, f"{field}_from") == "page"


def doubt_field(doubt: str) -> str:
    """Return the front-matter field a doubt is about (`shared-title`, `unsure-title`:
    the title)."""
    return "title" if doubt.endswith("-title") else doubt


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def settle_line(article: Article, doubt: str) -> str:
    """Return the `curation.yml` line that settles a doubt: the value confirmed (or
    corrected) by the curator, or, for a short body, the article hidden."""
    field = doubt_field(doubt)
    if field == "body":
        settled = "{hidden: true}"
    else:
        settled = f"{{{field}: {json.dumps(getattr(article, field), ensure_ascii=False)}}}"
    key = article.id if re.fullmatch(r"[\w.-]+", article.id) else json.dumps(article.id)
    return f"{key}: {settled}"
