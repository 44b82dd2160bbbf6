"""Cut a saved web page (`.html`, `.htm`) to its article's text, and read its metadata.

trafilatura cuts the page to the article, given the page only, never a URL, so it
fetches nothing; the page's own metadata is chosen from its markup
(digest/ingest/markup.py, digest/ingest/pagemeta.py). Kept apart from
digest/ingest/seeds.py, which reads and decodes every seed file: only web pages come
here, after decoding.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from digest.article_parts import PageMeta, Verdict
from digest.text import ends_like_sentence, headline_text, word_weight

# trafilatura's precision mode. Chosen on the dev half of the ScrapingHub set (names
# 0–7: F1 0.969 against 0.961 for the default); on the held-out half it scores 0.960
# against 0.959 (docs/EVAL.md).
FAVOR_PRECISION = True
# Dates only from the page's markup (meta tags, structured data, `<time>`): htmldate's
# extensive search falls back to a copyright year, which it reports as 1 January.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The longest `<meta>` value of the 242 saved pages of the evaluation sets is 827
# characters (a description), one site's 13 KB blob of JSON aside; an author's is 69.
MAX_META_CHARS = 1000
_SPACES = re.compile(r"\s+")
# The zero-width non-joiner and joiner: spelling in Persian and Indic scripts.
_JOINERS = re.compile("[\u200c\u200d]")
# A body this short from precision mode is checked against the default mode's, which is
# taken when it holds this many times the words: the article precision mode cut away.
SHORT_BODY_WORDS = 200
FULLER_BY = 4
# A line broken by hand inside a sentence runs this long at least: a list's items and
# labels are shorter.
MIN_WRAPPED_CHARS = 40


def extract_html(html: str) -> tuple[str, PageMeta] | None:
    """Return a web page's article text, one paragraph per line, and its metadata.

    None when trafilatura finds no article in the page.
    """
    # Imported here: it takes a quarter of a second, and most seeds are text.
    from trafilatura.settings import Document
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    from digest.ingest.layout import unwrap_layout_tables
    from digest.ingest.markup import read_markup
    from digest.ingest.pagedays import shows_day
    from digest.ingest.pagemeta import is_title_part, metadata_titles, page_meta
    from digest.metadata.bylines import shown_writers

    tree = load_html(html)
    if tree is None:
        return None
    _drop_overlong_meta(tree)
    # The tree is read twice, never parsed twice: trafilatura prunes a copy of it.
    document = _extraction(tree, FAVOR_PRECISION)
    if FAVOR_PRECISION and _words(document) < SHORT_BODY_WORDS:
        # Precision mode may cut a whole article away and keep its footer (a blog
        # platform's post: the publication's blurb, the author's bio, responses).
        fuller = _extraction(tree, False)
        if _words(fuller) >= FULLER_BY * max(_words(document), 1):
            document = fuller
    if not isinstance(document, Document) or document.body is None:
        return None
    body = _one_line_per_block(unwrap_layout_tables(document.body))
    text = unicodedata.normalize("NFC", xmltotxt(body, False))
    if not text.strip():
        return None
    markup = read_markup(tree)
    text = with_joiners(rejoin_broken_sentences(text), markup.lines)
    meta = page_meta(markup, _field(document.url), document.author)
    # trafilatura's title fills what the markup's statements leave empty; its date is a
    # guess (it also reads comments' dates and hidden stamps), kept apart for the
    # metadata stage to weigh, and only where the page shows that day to its reader.
    # Titles that name only the site leave the headline the page shows; trafilatura's
    # title, where it is one of those titles or their parts, names the site too (it
    # reads the page's one `<h1>` or a headline's class first, then the `<title>`).
    extracted = _field(document.title)
    if extracted and is_title_part(extracted, metadata_titles(markup)):
        extracted = None
    title = meta.title or _shown_headline(markup.lines) or extracted
    guessed = _iso_date(document.date)
    shown = guessed if guessed and shows_day(markup, guessed) else None
    # Markup that names no writer leaves the byline the page shows, read as a text
    # scrape's is (the text trafilatura cut out may not hold it).
    writers = () if meta.authors else shown_writers(markup.lines, title)
    return text, replace(meta, title=title, guessed_date=shown, shown_authors=writers)


def _shown_headline(page_lines: Sequence[str]) -> str | None:
    """Return the headline a saved page's visible lines show, read as a text scrape's is
    (the whole page cleaned, the model's best line where it is likely enough): for a page
    whose markup titles name only the site and a section (`Millbrook Herald - Local
    News`) and set the headline in no `<h1>`, as old table layouts do."""
    from digest.clean.cleaner import clean  # see `extract_html`
    from digest.metadata.headline_model import best_headline

    ranked = best_headline(clean("\n".join(page_lines)))
    return headline_text(ranked.line.text) if ranked and ranked.likely else None


def rejoin_broken_sentences(text: str) -> str:
    """Join the lines a writer's `<br>` broke inside a sentence: a line of some length
    running on past its comma, or into a next line that opens in small letters (`It
    seems there was a lot` / `of talking past each other`), as an old blog or a pasted
    e-mail wraps its text by hand. A short line (a list's item, a recipe's `2 cups
    flour`) and a line ending like a sentence or a label stand on their own."""
    from digest.clean.furniture import judge_alone  # see `extract_html`

    joined: list[str] = []
    for line in text.split("\n"):
        before = joined[-1].rstrip() if joined else ""
        stripped = line.strip()
        runs_on = (
            len(before) >= MIN_WRAPPED_CHARS
            and stripped[:1].isalpha()
            and not ends_like_sentence(before)
            and not before.endswith(":")
            and (before.endswith(",") or stripped[:1].islower())
            and judge_alone(stripped) in (None, Verdict.BODY)  # not `copyright Inexhibit 2019`
        )
        if runs_on:
            joined[-1] = f"{before} {stripped}"
        else:
            joined.append(line)
    return "\n".join(joined)


def with_joiners(text: str, page_lines: Sequence[str]) -> str:
    """Return the article's text with the zero-width joiners trafilatura dropped (it keeps
    printable characters only): each line the page writes with one (Persian `می‌شود`)
    is taken as the page writes it, where it is the same line but for them."""
    joined = {_JOINERS.sub("", line): line for line in page_lines if _JOINERS.search(line)}
    if not joined:
        return text
    return "\n".join(joined.get(line.strip(), line) for line in text.split("\n"))


def _extraction(tree: Any, precise: bool) -> Any:
    """Return trafilatura's reading of the page, in precision mode or not."""
    import trafilatura  # see `extract_html`

    return trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        favor_precision=precise,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )


def _words(document: Any) -> int:
    """Return how many words an extraction's body holds (0 for none), or their worth in
    a script written without spaces."""
    body = getattr(document, "body", None)
    return 0 if body is None else round(word_weight(" ".join(body.itertext())))


def _drop_overlong_meta(tree: Any) -> None:
    """Leave out every `<meta>` value over MAX_META_CHARS, before anything reads them.

    No title, author, date or description a page means runs that long, and trafilatura
    cleans a meta author in time that grows with its length squared: a long run of `(`
    there stalled the build.
    """
    for element in tree.iter("meta"):
        if len(element.get("content") or "") > MAX_META_CHARS:
            del element.attrib["content"]


def _one_line_per_block(body: Any) -> Any:
    """Collapse the source's line breaks inside paragraphs, as a browser does.

    trafilatura keeps the newlines of the HTML source, so a hard-wrapped paragraph
    would reach the cleaner as several short lines. Explicit breaks (`<br>`) and
    preformatted text (`code`) keep theirs.
    """
    preformatted = {id(inner) for code in body.iter("code") for inner in code.iter()}
    for element in body.iter():
        if id(element) not in preformatted:
            element.text = element.text and _SPACES.sub(" ", element.text)
        if id(element.getparent()) not in preformatted:
            element.tail = element.tail and _SPACES.sub(" ", element.tail)
    return body


def _field(value: str | None) -> str | None:
    folded = _SPACES.sub(" ", value or "").strip()
    return folded or None


def _iso_date(value: str | None) -> str | None:
    """Return a YYYY-MM-DD date that is a real calendar day, else None."""
    if not value or not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None
