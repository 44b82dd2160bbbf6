"""Choose the headline among the lines above the article, by what it says and where it is.

A flattened page (a text scrape) puts dozens of short lines above its article: menus,
section names, other stories' headlines, captions, the standfirst, the byline, and
somewhere among them the headline. What tells the headline apart on any news page,
in any language:

- it announces what the article reports, so it shares content words with the
  article's opening paragraphs; a menu entry, the site's name, a sign-up prompt or
  another story's headline shares none or few;
- it is shaped as a headline: a few words to a long clause, not a full paragraph and
  not a name alone;
- it stands close above the article, usually right above the byline or the date.

Each candidate gets a score from these; the best is taken only when it shares enough
words with the article. Otherwise there is no headline from the page, and the title is
derived from the lede and marked so: a curator trusts a value shown as read from the
page, so a weak guess must not be shown as one.
"""

from __future__ import annotations

import re

from digest.article_parts import Line, Verdict
from digest.metadata.bylines import is_writer_line
from digest.metadata.dates import parse_date
from digest.text import UNSPACED_SCRIPT, WORD, content_words, is_breadcrumb, is_caption_shaped

# How far above the article's first kept line the headline is looked for: a page's
# headline, standfirst, byline, date, share bar and lead photo fit in this many lines.
WINDOW_LINES = 25
# The article's opening, whose words a headline shares: its lede and a few paragraphs.
OPENING_WORDS = 400
# A sentence's end glued to the next word (`He didn’t get it.Credit...Doug Mills`):
# a caption run into its credit, as a page's photo block flattens; never a headline.
_ADDRESS = re.compile(r"://|^www\.", re.IGNORECASE)
_GLUED_SENTENCE = re.compile(r"[a-z][.!?…]+[A-Z][a-z]")
# A headline has at least this many words (or unspaced characters): fewer is a name,
# a section or a label ("Kristen Wiig", "World News").
MIN_WORDS = 4
MIN_UNSPACED_CHARACTERS = 8
# Past this many words a line reads as a standfirst or a caption, not a headline.
MAX_HEADLINE_WORDS = 15
LONGEST_LINE = 300
# A headline, a byline and a date: with no more lines than these above the article,
# the headline has no rival.
FEW_LINES_ABOVE = 3
MIN_SHARED_WORDS = 2
# Of a headline's content words, at least this share recur in the article's opening.
MIN_SHARED = 0.3
# The scores of the cues; the best candidate needs MIN_SCORE in all.
ABOVE_BYLINE = 0.3  # a byline or date line within the next three lines
MARKED = 0.2  # the cleaner took the line for a headline
CAPTION = 0.5  # shaped as a photo's caption or a teaser
SENTENCE = 0.3  # ends with a full stop, as a standfirst or a caption does
TOO_LONG = 0.5
PER_LINE_AWAY = 0.01  # the nearer the article, the likelier
MIN_SCORE = 0.4


def opening_words(lines: tuple[Line, ...]) -> set[str]:
    """Return the content words of the article's opening (its first kept lines)."""
    words: list[str] = []
    for line in lines:
        if line.verdict.kept:
            words += line.text.split()
            if len(words) >= OPENING_WORDS:
                break
    return content_words(" ".join(words[:OPENING_WORDS]))


def shared_share(text: str, opening: set[str]) -> float:
    """Return the share of a line's content words that the article's opening uses."""
    words = content_words(text)
    shared = len(words & opening)
    # One word in common is chance (a name, `news`); a headline restates more.
    return shared / len(words) if shared >= MIN_SHARED_WORDS else 0.0


def announces_the_article(headline: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a headline shares enough words with the article it stands over.

    A page with only a few lines above the article (a curator's paste: the headline,
    perhaps a byline and a date) leaves no other line to take for the headline; the
    check is for pages whose menus, teasers and captions stand above the article too.
    """
    if _ADDRESS.search(headline):
        return False  # a web address printed on the page names a page, not a report
    above = next((i for i, line in enumerate(lines) if line.verdict.kept), len(lines))
    if above <= FEW_LINES_ABOVE:
        return True
    shared = shared_share(headline, opening_words(lines))
    return _shaped_as_headline(headline) and shared >= MIN_SHARED


def _shaped_as_headline(text: str) -> bool:
    words = len(WORD.findall(text))
    unspaced = len(UNSPACED_SCRIPT.findall(text))
    return (
        (words >= MIN_WORDS or unspaced >= MIN_UNSPACED_CHARACTERS)
        and len(text) <= LONGEST_LINE
        and parse_date(text) is None
        and not is_writer_line(text)
        and not is_breadcrumb(text)
        and not _GLUED_SENTENCE.search(text)
        and not _ADDRESS.search(text)
    )


def _marks_the_article(line: Line) -> bool:
    """Say whether a line is a byline or a date line, as stands under a headline."""
    return line.verdict in (Verdict.BYLINE, Verdict.DATE_HEADER) or is_writer_line(line.text)


def _score(lines: tuple[Line, ...], index: int, first: int, shared: float) -> float:
    line = lines[index]
    score = shared - PER_LINE_AWAY * (first - index)
    if any(_marks_the_article(below) for below in lines[index + 1 : index + 4]):
        score += ABOVE_BYLINE
    if line.verdict is Verdict.HEADLINE:
        score += MARKED
    if is_caption_shaped(line.text):
        score -= CAPTION
    if line.text.rstrip().endswith("."):
        score -= SENTENCE
    if len(line.text.split()) > MAX_HEADLINE_WORDS:
        score -= TOO_LONG
    return score


def ranked_headline(lines: tuple[Line, ...]) -> str | None:
    """Return the line above the article most likely its headline, or None when no line
    there shares enough words with the article to be shown as its headline."""
    first = next((i for i, line in enumerate(lines) if line.verdict.kept), len(lines))
    opening = opening_words(lines)
    best: tuple[float, int] | None = None
    for index in range(max(0, first - WINDOW_LINES), first):
        text = lines[index].text
        if not _shaped_as_headline(text):
            continue
        shared = shared_share(text, opening)
        if shared < MIN_SHARED:
            continue
        score = _score(lines, index, first, shared)
        if score >= MIN_SCORE and (best is None or score > best[0]):
            best = (score, index)
    if best is None:
        return None
    index = best[1]
    above = lines[index - 1].text if index > 0 else ""
    if _over_its_standfirst(above, lines[index].text, opening):
        return above
    return lines[index].text


def _over_its_standfirst(above: str, chosen: str, opening: set[str]) -> bool:
    """Say whether the line above the chosen one is the headline and the chosen one its
    standfirst: a page shows the headline first, and the standfirst under it is longer
    and often shares more words with the article, as it summarises it."""
    return (
        _shaped_as_headline(above)
        and not above.rstrip().endswith(".")
        and len(above.split()) < len(chosen.split())
        and shared_share(above, opening) >= MIN_SHARED
    )
