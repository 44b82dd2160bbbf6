"""Read an article's metadata from the lines the cleaner set aside.

One `extract_*` function per field, each a short fallback chain over evidence the
page shows. A field nothing evidences stays empty: a digest that guesses a date or a
source cannot be trusted on any of them. For a saved web page, what its markup says
(`PageMeta`: title, date, authors, site name, chosen by agreement in digest/ingest/pagemeta.py)
comes first, and the lines only fill what the markup leaves empty.
"""

from __future__ import annotations

import re

from digest.article import Article
from digest.article_parts import Line, PageMeta, Verdict, kept_words
from digest.ingest.markup import key
from digest.ingest.pageauthors import part_of_the_site
from digest.ingest.pagedates import publication_date
from digest.metadata.bylines import extract_authors, is_writer_line, page_authors, reporting_credits
from digest.metadata.credits import (
    BYLINE,
    PUBLISHED,
    header,
    plausible_source,
    texts_with,
)
from digest.metadata.datelines import read_dateline
from digest.metadata.dates import address_date, has_numeric_date, parse_date
from digest.metadata.doubts import page_doubts
from digest.metadata.headline_model import best_headline, holds_address
from digest.metadata.headlines import announces_the_article, ranked_headline
from digest.metadata.names import split_names
from digest.metadata.owners import copyright_holders
from digest.metadata.selfnames import fold
from digest.metadata.source_model import vetted_source
from digest.metadata.sourcing import read_source
from digest.metadata.summaries import choose_description, title_from_lede
from digest.metadata.wires import PUBLICATION_WORD
from digest.text import (
    TITLE_SEPARATORS,
    ends_like_sentence,
    headline_text,
    is_breadcrumb,
    is_caption_shaped,
    is_name_like,
    is_proper_name,
    is_web_address,
    reads_as_english,
    site_suffix,
    strip_headline_decoration,
    title_words,
    word_weight,
)

# Re-exported: the date forms and name splitting are part of this stage's contract.
__all__ = ["parse_date", "split_names"]

PAGE = "page"
LEDE = "lede"

# A date right after a dateline (`AUSTIN, Texas – March 1, 2024 –`, `Jan. 8, 2024
# /PRNewswire/`) fits in this many characters; a date further on belongs to the report.
DATELINE_DATE_CHARS = 25
# A page's date line may stand this many lines into what the cleaner kept as text.
DATE_LINES_INTO_THE_ARTICLE = 5
# A Chinese page's note of the original headline: `（原标题：...）`.
_ORIGINAL_TITLE = re.compile(r"^[（(]\s*原标题\s*[:：]\s*(.+?)\s*[)）]$")
# Wires mark a story's version before its headline: `(LEAD)`, `(2nd LD)`, `(URGENT)`,
# `UPDATE 2-`. The tag is the desk's, not part of the headline.
_WIRE_VERSION_TAG = re.compile(
    r"^(?:\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE(?:\s+\d+)?|CORRECTED|REFILE"
    r"|AMENDED|WRAPUP(?:\s+\d+)?)\)\s*|(?:UPDATE|WRAPUP)\s+\d+-(?=\S))"
)
# The dateline opens the report's first paragraph, or its second when a standfirst was
# kept as the first (an opinion page's summary above `BRUSSELS – ...`).
DATELINE_PARAGRAPHS = 2
# A site's or a section's name is short: `X - GOV.UK`; more words are a second clause.
MAX_NAME_WORDS = 5
# A line shorter than this many words is a menu item or a label, not a headline.
MIN_HEADLINE_WORDS = 4
# Verdicts the cleaner gives a headline it did not recognise as one (a line shaped like
# a menu entry, or one with a word of a contact block): only these may be read back.
_MAYBE_HEADLINE = frozenset(
    {
        Verdict.HEADLINE,
        Verdict.NAVIGATION,
        Verdict.CONTACT,
        Verdict.TEASER,
        Verdict.REPEATED,
        Verdict.CALL_TO_ACTION,
    }
)
# A call to action ("Sign up for our newsletter") is short; a headline that merely holds
# one of its words ("..., report says") is longer than this.
MIN_WORDS_OF_A_HEADLINE_LIKE_PROMPT = 7


def extract_metadata(article: Article) -> Article:
    """Fill title, date, source, authors, dateline and description from the page."""
    lines = article.lines
    meta = article.page_meta or PageMeta()
    headline_line, standfirst = find_headline(lines)
    unsure = False
    if article.page_meta is None:
        # A flattened page: the learned model weighs the cues (digest/metadata/headline_model.py).
        ranked = best_headline(lines)
        if not _pasted(lines, headline_line):
            if ranked is None or ranked.line.text != headline_line:
                standfirst = None  # it stood under a line the model ranks below another
            headline_line = ranked.line.text if ranked and ranked.likely else None
            unsure = bool(ranked and ranked.likely and not ranked.sure)
    elif shown := _line_showing(meta.title, lines):
        headline_line = shown  # the markup's title, as the page prints it over the byline
    elif headline_line and not announces_the_article(headline_line, lines):
        headline_line = ranked_headline(lines)
    if standfirst == headline_line:
        standfirst = None  # what the layout took for the standfirst is the headline
    headline = (wire_headline(headline_line) if headline_line else None) or page_title(meta)
    authors = extract_authors(lines, headline_line) or page_authors(meta)
    if article.page_meta is None:
        # The one word of a company's name its notice holds signs the company's own post
        # (`Posted by Vortex` over `© 2019 Vortex Cannon Entertainment`); a blogger
        # holding the rights in their own one name (`© Regan`) stays the writer.
        for holder in copyright_holders(lines):
            if len(holder.split()) > 1:
                authors = _not_the_site(authors, holder)
    dateline, agency = extract_dateline(lines)
    # The source is shown only on evidence that holds on any page (digest/metadata/sourcing.py).
    suffix = _named_elsewhere(
        site_suffix(headline_line or ""), lines, headline_line
    ) or title_line_site(lines, headline_line)
    if article.page_meta is None:
        # A flattened page: the rules' reading is shown only where the learned model
        # finds it likely (digest/metadata/source_model.py); a wrong source is worse than none.
        read = vetted_source(lines, agency, authors, suffix, headline=headline_line)
    else:
        reading = read_source(lines, agency, authors, suffix)
        read = reading.name if reading else None
    source = plausible_source(read or site_suffix(meta.title or "") or meta.site_name)
    found_date = extract_date(lines, headline_line)
    if article.page_meta is not None:
        # A web page's own markup, chosen by agreement (digest/ingest/pagemeta.py), is better
        # evidence than lines guessed from the text trafilatura cut out of the page.
        # Markup that names no writer leaves the byline the text shows (`By Michael
        # Russell` closing the article); a wire's closing `Reporting by` credit names the
        # agency's reporters, whom the site's own markup did not claim as its writers.
        wire_reporters = set(reporting_credits(lines))
        from_text = tuple(name for name in authors if name not in wire_reporters)
        headline = meta.title or headline
        authors = page_authors(meta) or _not_the_site(
            from_text or meta.shown_authors, meta.site_name
        )
        source = meta.site_name or source
        # The markup's date, else the text's own date line, else the extractor's guess,
        # else the day the page's own address files it under (`/2010/POLITICS/08/13/`).
        found_date = meta.date or found_date or meta.guessed_date or address_date(meta.url)
    if headline and source and fold(headline) == fold(source):
        headline = None  # the logo's line (`Cedar Falls Courier-Press`): the site, no story
    if headline:
        lines = _headline_out_of_the_text(lines, headline_line)
    description, from_standfirst = choose_description(lines, standfirst, meta.description)
    url = meta.url if is_web_address(meta.url) else pasted_address(lines)
    return article.evolve(
        lines=lines,
        headline=headline,
        title=headline or title_from_lede(lines),
        title_from=PAGE if headline else LEDE,
        date=found_date,
        date_from=PAGE if found_date else None,
        source=source,
        source_from=PAGE if source else None,
        authors=authors,
        authors_from=PAGE if authors else None,
        dateline=dateline,
        dateline_from=PAGE if dateline else None,
        description=description,
        description_from=(PAGE if from_standfirst else LEDE) if description else None,
        url=url,
        url_from=PAGE if url else None,
        uncertain=page_doubts(lines, headline, source, kept_words(lines), unsure),
    )


def _headline_out_of_the_text(lines: tuple[Line, ...], headline: str | None) -> tuple[Line, ...]:
    """Return the lines with the copies of the headline that open the text set aside: a
    page printing its headline twice over the article (`Fact Check: ...` twice) has it
    shown as the title, not as the article's first paragraphs too."""
    first = next((i for i, line in enumerate(lines) if line.verdict.kept), len(lines))
    end = first
    while end < len(lines) and headline and key(lines[end].text) == key(headline):
        end += 1
    if end == first:
        return lines
    copies = [line._replace(verdict=Verdict.HEADLINE) for line in lines[first:end]]
    return (*lines[:first], *copies, *lines[end:])


def _line_showing(title: str | None, lines: tuple[Line, ...]) -> str | None:
    """Return the line that prints the headline a web page's markup chose, whatever
    punctuation a table's cells put around it (`| Headline | | |`): the byline and the
    date stand under the headline, so they are read from there, not under a line the
    layout put first (a menu)."""
    wanted = key(title or "")
    if not wanted:
        return None
    return next((line.text for line in lines if key(line.text) == wanted), None)


def _named_elsewhere(name: str | None, lines: tuple[Line, ...], headline: str | None) -> str | None:
    """Return a headline's suffix when the page names it on another line too: a site
    names itself in its menus and footer, while the second half of a headline (`— And
    They're Not Great`) stands once."""
    if not name:
        return None
    if PUBLICATION_WORD.search(name) or "." in name:
        return name  # `– The Guardian`, `| example.com`: named as sites are
    folded = name.casefold()
    others = (line.text.casefold() for line in lines if line.text != headline)
    return name if any(folded in text for text in others) else None


def pasted_address(lines: tuple[Line, ...]) -> str | None:
    """Return the address a text scrape opens with: a curator who copies a page pastes
    its address first; a flattened page itself never opens with a bare address."""
    first = lines[0].text.strip() if lines else ""
    return first if is_web_address(first) else None


def title_line_site(lines: tuple[Line, ...], headline: str | None) -> str | None:
    """Return the site a header line names after a copy of the headline: `X - GOV.UK`.

    The browser's title of a page, pasted above it, is the headline and the site.
    """
    if not headline:
        return None
    for line in header(lines):
        rest = line.text[len(headline) :] if line.text.startswith(headline) else ""
        if not rest.startswith(TITLE_SEPARATORS):
            continue
        # `X | Water industry | The Guardian`: the site is the last segment.
        site = re.split(r" [-|–—•] ", rest)[-1].strip()
        if site and (is_name_like(site) or "." in site) and len(site.split()) <= MAX_NAME_WORDS:
            return site
    return None


def _not_the_site(names: tuple[str, ...], site: str | None) -> tuple[str, ...]:
    """Leave out a writer of one word that is words of the site's name: the site signing
    its own post (`Posted by Vortex` on Vortex Cannon Entertainment's page). A full name
    is a person's, even where a blog is named after its writer."""
    return tuple(
        name
        for name in names
        if not (site and len(name.split()) == 1 and part_of_the_site(name, [site]))
    )


def _pasted(lines: tuple[Line, ...], headline: str | None) -> bool:
    """Say whether the rules' headline is a curator's pasted headline: the one line over
    the article (under the page's address, which a curator pastes first). With no
    furniture around it, nothing competes with it, however few of the lede's words it
    uses: the model's ranking is not needed."""
    first = next((i for i, line in enumerate(lines) if line.verdict.kept), None)
    above = 1 if pasted_address(lines) else 0
    return (
        headline is not None
        and first == above + 1
        and lines[above].text == headline
        and not holds_address(headline)
    )


def _section_name(text: str) -> bool:
    """Say whether a short line is a name, every word capitalised: `Technology and Trade
    Program` above a headline is its section, not a headline over a standfirst."""
    return word_weight(text) <= MAX_NAME_WORDS and is_proper_name(text)


def _headline_like(line: Line) -> bool:
    text = line.text
    least = (
        MIN_WORDS_OF_A_HEADLINE_LIKE_PROMPT
        if line.verdict is Verdict.CALL_TO_ACTION
        else MIN_HEADLINE_WORDS
    )
    return (
        line.verdict in _MAYBE_HEADLINE
        and title_words(text) >= least
        and not is_breadcrumb(text)
        and not is_caption_shaped(text)
        and (not ends_like_sentence(text) or text.rstrip().endswith("?"))
        and not BYLINE.match(text)
        and parse_date(text) is None
    )


def find_headline(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """Return the headline line the page shows, and a standfirst taken for the headline.

    The cleaner's headline, or with none the headline-shaped header line nearest the
    body; except when the header line right above it is shaped like a headline too, and
    shorter: a page shows the headline first and its standfirst under it, so the upper
    line is the headline and the lower one the standfirst.
    """
    top = header(lines)
    # A writer line (`Arjun Kharpal @ARJUNKHARPAL`) or a date line (`Publié le 12 février
    # 2024`) is no headline, whatever the cleaner says.
    marked = [
        index
        for index, line in enumerate(lines)
        if line.verdict is Verdict.HEADLINE
        and not is_writer_line(line.text)
        and not (PUBLISHED.search(line.text) and parse_date(line.text))
    ]
    nearest = [i for i in reversed(range(len(top))) if _headline_like(top[i])]
    nearest = [i for i in nearest if not is_writer_line(top[i].text)]
    if not marked and not nearest:
        return None, None
    index = marked[0] if marked else nearest[0]
    above = top[index - 1] if 0 < index <= len(top) else None
    # A headline the page repeats (its title line) is confirmed, whatever stands above it.
    text = lines[index].text
    repeated = any(line.text.startswith(text) for line in top if line is not lines[index])
    if (
        not repeated
        and above is not None
        and not _section_name(above.text)
        and above.verdict is not Verdict.HEADLINE
        and _headline_like(above)
        and word_weight(above.text) < word_weight(lines[index].text)
    ):
        return above.text, lines[index].text
    return lines[index].text, None


def wire_headline(line: str) -> str:
    """Return the headline without its site suffix and a wire's version tag (`(LEAD)`).

    A Chinese portal's repost shows the original headline in brackets: `（原标题：X）`.
    """
    original = _ORIGINAL_TITLE.match(line)
    return _WIRE_VERSION_TAG.sub("", headline_text(original[1] if original else line)).strip()


def page_title(meta: PageMeta) -> str | None:
    """Return the title a web page gives itself, without a date prefix or a site suffix."""
    return strip_headline_decoration(meta.title or "") or None


def extract_date(lines: tuple[Line, ...], headline: str | None = None) -> str | None:
    """Return the publication date the article's header states, or its dateline's.

    Which of a page's dates is the story's own is chosen by where it stands and how its
    line reads (digest/ingest/pagedates.py), under the headline when it is known; a date
    seen only elsewhere is not shown.
    """
    # Reading the language costs more than the rest: only a `05/03/2024` needs it, in
    # the header or the article's first lines (a standfirst kept as text may stand over
    # the date line).
    top = lines[: len(header(lines)) + DATE_LINES_INTO_THE_ARTICLE]
    day_first = any(has_numeric_date(line.text) for line in top) and not (
        reads_as_english(texts_with(lines, Verdict.BODY))
    )
    at = next((i for i, line in enumerate(lines) if line.text == headline), None)
    return publication_date(lines, day_first, at) or dateline_date(lines)


def dateline_date(lines: tuple[Line, ...]) -> str | None:
    """Return a full date written in a dateline: `AUSTIN, Texas – March 1, 2024 –`.

    Press releases date themselves there, not above the text; only the few characters
    after the dateline are read, so a date the report mentions is not taken for its own.
    """
    body = texts_with(lines, Verdict.BODY)
    end = read_dateline(body[0])[2] if body else 0
    return parse_date(body[0][: end + DATELINE_DATE_CHARS]) if end else None


def extract_dateline(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """Return the dateline city and the credited agency that open the first paragraph."""
    body = texts_with(lines, Verdict.BODY)
    for paragraph in body[:DATELINE_PARAGRAPHS]:
        city, agency, _ = read_dateline(paragraph)
        if city:
            return city, agency
    return None, None
