"""Choose a web page's title, source, authors and date from its markup, by agreement.

A page states each of them several times (structured data, `og:` tags, the `<title>`,
the headline it shows); one statement alone is often wrong, so a value is taken where
two statements agree or where the statement is of a kind that cannot be furniture,
and left empty where the evidence is weak: a curator trusts what digest shows.

- title: the visible headline (`<h1>`) when a metadata title agrees with it, else the
  metadata's title with the site's name cut off;
- source: the best supported of the names the page gives its site
  (digest/ingest/pagesource.py);
- authors: the people the markup names as authors and the page shows, and the byline
  under the headline; organisations, roles and the site itself are not authors
  (digest/ingest/pageauthors.py);
- date: the publication day as the page writes it (an ISO timestamp's own day, never
  converted to another time zone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.article_parts import PageMeta
from digest.clean.cues import is_section_name
from digest.ingest.bylinedheadline import (
    MIN_PREFIX_WORDS,
    copy_over_its_byline,
    headline_in_an_h2,
    over_a_byline,
)
from digest.ingest.markup import (
    LEADING_NAME,
    SEGMENT_SPLIT,
    Markup,
    key,
    names_the_site,
    one_line,
    segments,
)
from digest.ingest.pageauthors import choose_authors
from digest.ingest.pagedays import publication_day
from digest.ingest.pagesource import (
    choose_source,
    host_names,
    notice_address,
    notice_holder,
    original_address,
    paper_beside_sections,
    site_statements,
)
from digest.text import content_words, word_weight

# A bracketed photo credit closing a title: the word for photo, a mark, then the credit.
_PHOTO_CREDIT = re.compile(
    r"\s*[(（]\s*(?:photo|foto|image|写真|사진|фото)\s*[:：=＝/／]\s*[^()（）]{1,40}[)）]$",
    re.IGNORECASE,
)
# An `<h1>` no metadata title agrees with is taken for the headline only with this many
# words: fewer are a site's, a section's or a column's name as often as a headline.
MIN_HEADLINE_WORDS = 5
# A summary has a sentence's words at least, most of them the article's.
MIN_DESCRIPTION_WORDS = 8
SUMMARY_SHARE = 0.6
# A copyright sign or a publisher's reservation of rights inside a description.
# An HTML tag written out in a metadata value.
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_NOTICE_IN_TEXT = re.compile(r"[©ⓒ]|\ball rights reserved\b|무단전재|無断転載", re.IGNORECASE)
_DESCRIPTION_TAGS = ("og:description", "twitter:description", "description")
# A content word, for telling whether two headlines share a subject: `crane`, not `the`.
MIN_SUBJECT_LETTERS = 4


# --- the title ----------------------------------------------------------------------


def metadata_titles(markup: Markup) -> list[str]:
    """Return the titles the markup states: JSON-LD headline, og:, twitter:, `<title>`."""
    found = [
        one_line(markup.article.get("headline")),
        markup.first("og:title"),
        markup.first("twitter:title"),
        markup.title,
    ]
    return list(dict.fromkeys(title for title in found if title))


def agrees(headline: str, title: str) -> bool:
    """Say whether a shown headline and a metadata title are one headline.

    The same words; or the headline is the title's main part (`Headline | Site`, the
    longest segment, since a site's or section's name is short); or one is the other
    cut short (an `og:title` cut at a length, a `<title>` running on past the `<h1>`);
    or the headline is what follows a name and a colon (`Ep. 212: Headline`, a blog's
    `Lost in JIT: Headline`). A headline that is a minor segment of the title
    (`Opinion | ...`, a blog's name before `:`) is not the headline.
    """
    shown, whole = key(headline), key(title)
    if not shown or not whole:
        return False
    if shown == whole:
        return True
    parts = segments(title)
    if key(max(parts, key=len)) == shown:
        return True
    named = LEADING_NAME.match(title)
    if named and key(named["rest"]) == shown and word_weight(shown) >= MIN_PREFIX_WORDS:
        return True  # `Ep. 212: Headline`, `Lost in JIT: Headline`: the page shows the rest
    if shown in {key(part) for part in parts} or (named and key(named["name"]) == shown):
        return False
    if word_weight(shown) < MIN_PREFIX_WORDS or word_weight(whole) < MIN_PREFIX_WORDS:
        return False
    return whole.startswith(shown + " ") or shown.startswith(whole)


def is_a_segment(headline: str, title: str, sites: Sequence[str], hosts: set[str]) -> bool:
    """Say whether a shown headline is one of a title's segments, though not its longest
    (`2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz - POLITICO`).

    A site's, section's or blog's name is a segment too; it is short or names the site.
    A short headline is one where every other segment names the site (`About bugs –
    Vortex Cannon Entertainment` over the `<h1>` `About bugs`).
    """
    parts = segments(title)
    if names_the_site(headline, sites, hosts) or key(headline) not in {key(p) for p in parts}:
        return False
    others = [part for part in parts if key(part) != key(headline)]
    site_beside = bool(others) and all(names_the_site(part, sites, hosts) for part in others)
    return word_weight(headline) >= MIN_PREFIX_WORDS or site_beside


def shown_headline(
    markup: Markup, titles: Sequence[str], sites: Sequence[str], hosts: set[str]
) -> int | None:
    """Return the index of the `<h1>` a metadata title agrees with: the headline as the
    page shows it, which wins over a title carrying its site or an SEO variant.

    A page may show its masthead or section in an `<h1>` too: the first that agrees
    (`agrees`) wins, else the first that is a segment of a title (`is_a_segment`).
    """
    for index, h1 in enumerate(markup.h1s):
        # A logo's `<h1>` (`The Deccan Standard` in `The Deccan Standard :: Nation`) is
        # the title's main part when the rest names a section: it names the site.
        if any(agrees(h1, title) for title in titles) and not names_the_site(h1, sites, hosts):
            return index
    for index, h1 in enumerate(markup.h1s):
        if any(is_a_segment(h1, title, sites, hosts) for title in titles):
            return index
    # No title agrees: an SEO title (`Port of Tacoma Crane Strike 2026: What Shippers Need
    # to Know`) over the page's one headline-shaped `<h1>` on the same subject (`Tacoma
    # crane operators walk out, ...`), which is what readers see. A pull quote in an
    # `<h1>` shares no subject with the titles; an `<h1>` running a title on into its
    # byline is the title with more. Titles that name only the site and its sections (or
    # no title at all) leave the one headline-shaped `<h1>` the headline too.
    site_only = all(names_only_the_site(title, sites, hosts) for title in titles)
    over_byline = [over_a_byline(markup, index) for index in range(len(markup.h1s))]
    # A feature's headline may be short (`The Great Perogy Pilgrimage`) over its byline.
    shaped = [
        index
        for index, h1 in enumerate(markup.h1s)
        if not names_the_site(h1, sites, hosts)
        and (
            word_weight(h1) >= MIN_HEADLINE_WORDS
            or (word_weight(h1) >= MIN_PREFIX_WORDS and over_byline[index])
        )
    ]
    if len(shaped) > 1:
        # An ad blocker's plea or another story's module in an `<h1>` too (`We Need to
        # Talk About Your Ad Blocker`): the headline is the one over the byline.
        shaped = [index for index in shaped if over_byline[index]]
    if len(shaped) != 1:
        return None
    h1 = markup.h1s[shaped[0]]
    agreed = site_only or over_byline[shaped[0]] or any(_same_subject(h1, t) for t in titles)
    return shaped[0] if agreed else None


def names_only_the_site(title: str, sites: Sequence[str], hosts: set[str]) -> bool:
    """Say whether a title names the site and its sections only, no article: an old
    page's `Cedar Falls Courier-Press - News`, `Hoogheemraadschap Delfzand - Nieuws -
    Persbericht`. `sites` include the holder of the page's copyright notice; a paper's
    name none of them states is known by its shape, beside a section's name alone (a
    few capitalised words ending in a word papers are named with: `Millbrook Herald -
    Local News`, not `World | Hong Kong Protests`)."""
    parts = segments(title)
    if paper_beside_sections(title):
        return True  # `Millbrook Herald - Local News`: a paper's name, a section
    return any(names_the_site(part, sites, hosts) for part in parts) and all(
        names_the_site(part, sites, hosts) or is_section_name(part) for part in parts
    )


def _same_subject(h1: str, title: str) -> bool:
    """Say whether an `<h1>` and a title share two content words (a plural's `s` aside:
    `hospital`, `hospitals`), neither holding the other whole."""
    parts = [key(without_photo_credit(part) or "") for part in segments(title)]
    if any(part in key(h1) or key(h1) in part for part in parts):
        return False

    def stems(text: str) -> set[str]:
        return {w.removesuffix("s") for w in key(text).split() if len(w) >= MIN_SUBJECT_LETTERS}

    return len(stems(h1) & stems(title)) >= 2


def masthead_h1s(markup: Markup, titles: Sequence[str]) -> list[str]:
    """Return the `<h1>`s that are a segment of a metadata title but not its headline: a
    logo in an `<h1>` (`Warehouse Systems Today` over an `<h2>` headline, in the title
    `Warehouse Systems Today :: Headline`) names the site, so the title is cut there."""
    parts = {key(part) for title in titles for part in segments(title)}
    return [h1 for h1 in markup.h1s if key(h1) in parts]


def shown_text(h1: str, titles: Sequence[str]) -> str:
    """Return the headline an agreeing `<h1>` shows, without what runs on after it.

    An `<h1>` may hold a kicker or the site's name after the headline, glued on by the
    layout (`...de la InfantaUltima Hora Mallorca`): when a metadata title is the
    `<h1>`'s start and the `<h1>` goes on with a capital, no space between, the title is
    the headline. A title that stops inside a word (`...against Juli`) or at one
    (`...anti-drug`, the `<h1>` going on ` campaign`) was cut short: the `<h1>` is whole.
    """
    for title in sorted(titles, key=len, reverse=True):
        rest = h1[len(title) :] if h1.startswith(title) and len(h1) > len(title) else ""
        if rest[:1].isupper():
            return title
    return h1


def without_site(title: str, sites: Sequence[str], hosts: set[str]) -> str:
    """Cut the site's name off a metadata title: `Headline - Site`, `Site | Headline`,
    `Blog: Headline`.

    Only a segment that names the site is cut: a headline may hold ` – ` itself
    (`Wiig: 'My next movie – a prequel'`). With pipes or double colons left, the longest
    part is the headline (`Opinion | Headline`, `Site :: News :: Headline`).
    """
    pieces = SEGMENT_SPLIT.split(title)
    while len(pieces) > 2 and names_the_site(pieces[-1], sites, hosts):
        pieces = pieces[:-2]
    while len(pieces) > 2 and names_the_site(pieces[0], sites, hosts):
        pieces = pieces[2:]
    rest = "".join(pieces).strip()
    named = LEADING_NAME.match(rest)
    if named and names_the_site(named["name"], sites, hosts):
        rest = named["rest"]
    for separator in (" | ", " :: "):  # never inside a headline, unlike a dash
        if separator in rest:
            return max(rest.split(separator), key=len).strip()
    return rest


def without_photo_credit(title: str | None) -> str | None:
    """Cut the credit of the page's photo a title may end with: `Headline (Photo:
    Reuters)`, `見出し（写真＝ロイター）`. It credits a picture, not the report."""
    return _PHOTO_CREDIT.sub("", title).strip() if title else title


def title_from_metadata(titles: Sequence[str], sites: Sequence[str], hosts: set[str]) -> str | None:
    """Return the headline the metadata titles state, their site cut off: the first that
    another title agrees with, else the strongest."""
    cut = [without_site(title, sites, hosts) for title in titles]
    # What is left of `Site :: Nation` once the site is cut is the section the page is
    # filed under: a word or two never stand as a headline the title carried with more.
    cut = [
        title
        for title, whole in zip(cut, titles, strict=True)
        if key(title) == key(whole) or word_weight(title) >= MIN_PREFIX_WORDS
    ]
    for index, title in enumerate(cut):
        if any(key(title) == key(other) for other in cut[index + 1 :]):
            return title
    return cut[0] if cut else None


def is_title_part(text: str, titles: Sequence[str]) -> bool:
    """Say whether a text is one of the metadata titles or one of their segments."""
    parts = {key(part) for title in titles for part in (title, *segments(title))}
    return key(text) in parts


def title_line(markup: Markup, titles: Sequence[str]) -> int | None:
    """Return the index of the page's first line that shows a metadata title."""
    return next(
        (i for i, line in enumerate(markup.lines) if any(agrees(line, t) for t in titles)), None
    )


def page_meta(markup: Markup, url: str | None, byline: str | None = None) -> PageMeta:
    """Return the title, source, authors and date chosen from a page's markup, and its
    address (see `original_address`).

    `url` and `byline` are what an extractor read from the page (its address, and its
    byline elements: see `choose_authors`), taken when the markup states no better.
    """
    url = original_address(markup) or url
    # With no address of its own, the page's copyright notice may spell the site's.
    site_address = url or notice_address(markup)
    hosts = host_names(site_address)
    titles = metadata_titles(markup)
    # A content system may fill `application-name` with the article's own title: a
    # headline's length of words, the title's, names no site.
    sites = [
        site
        for site in site_statements(markup)
        if word_weight(site) < MIN_HEADLINE_WORDS or key(site) not in {key(t) for t in titles}
    ]
    # The copyright's holder names the site too, where the markup states no name.
    named = [*sites, *filter(None, [notice_holder(markup)])]
    shown = shown_headline(markup, titles, named, hosts)
    if shown is not None:
        shown = copy_over_its_byline(markup, shown)
    if shown is None and (headed := headline_in_an_h2(markup, named, hosts)):
        markup, shown = headed, 0
    if shown is not None:
        title: str | None = shown_text(markup.h1s[shown], titles)
    elif titles and all(names_only_the_site(title, named, hosts) for title in titles):
        title = None  # the text's headline, read from the lines, stands in
    else:
        title = title_from_metadata(titles, [*sites, *masthead_h1s(markup, titles)], hosts)
    return PageMeta(
        title=without_photo_credit(title),
        date=publication_day(markup, shown, None if markup.h1s else title_line(markup, titles)),
        authors=choose_authors(markup, sites, hosts, shown, byline),
        site_name=(site := choose_source(markup, sites, title, site_address)),
        url=url,
        description=page_description(markup, title, site),
    )


def page_description(markup: Markup, title: str | None, site: str | None = None) -> str | None:
    """Return the page's own summary of its article: the JSON-LD `description`, else
    `og:description`, `twitter:description` or the meta description, when most of its
    words are the page's too. A site's tagline (`Latest news, sport and opinion from the
    Courier`), set on every page, tells nothing of this article's and shares few of its
    words; a summary restates the article's. One opening with the site's name (`The
    Millbrook Gazette - Hollis County's hometown newspaper since 1884`) is the site's. One
    holding a broken character (`�`, a site's cut through a letter's bytes) or the page's
    copyright notice is its text poured in whole, no summary."""
    visible = content_words(" ".join(markup.lines))
    statements = [one_line(markup.article.get("description"))]
    statements += [markup.first(tag) for tag in _DESCRIPTION_TAGS]
    # `For more ideas on <a href="...">how to stop spending</a>`: an editor's markup typed
    # into the summary, of which a reader of the page sees the words.
    statements = [" ".join(_TAG.sub("", text or "").split()) for text in statements]
    for text in filter(None, statements):
        words = content_words(text)
        if (
            len(text.split()) >= MIN_DESCRIPTION_WORDS
            and key(text) != key(title or "")
            and "\ufffd" not in text
            and not _NOTICE_IN_TEXT.search(text)
            and not (site and key(text).startswith(key(site) + " "))
            and len(words & visible) >= SUMMARY_SHARE * len(words)
        ):
            return text
    return None
