"""What a page's article is about, in its own words: its lede, a title derived from the
lede when no headline is evidenced, and the description (the standfirst the page sets
over the text, the page's own summary in its markup, else the lede's first sentences).

The lede is the first paragraph that opens the report: not a note on it in brackets, a
table's row or the caption of the picture that opens the article.
"""

from __future__ import annotations

import re

from digest.article_parts import Line, Verdict
from digest.clean.credit_lines import closes_with_a_photo_credit
from digest.clean.line_lengths import MAX_CAPTION_WORDS
from digest.ingest.markup import key
from digest.ingest.pagedates import is_date_line, written_date
from digest.metadata.credits import texts_with
from digest.metadata.datelines import strip_dateline
from digest.text import TABLE_ROW, first_sentences, split_sentences, word_weight

# A headline derived from the lede is cut to about this many characters, at a word.
DERIVED_TITLE_CHARS = 90
# A sentence says at least this many words: fewer is a date's ordinal read as a stop
# (`Am 12.`), not a sentence.
MIN_LEDE_SENTENCE_WORDS = 3
# A picture's credit alone on its line (`Photo: Getty Images`) is this short.
CREDIT_LINE_WORDS = 8
# A paragraph wholly in brackets: a note on the report, not its opening.
_BRACKETED_NOTE = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\.?\s*$")
# Marks a clause ends with: a title ending in one was cut short.
_CLAUSE_MARKS = ",;:—–"
# Opening quotation marks and the marks that close them.
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "「": "」"}
# A list's bullet opening the lede (`- Operators reported ...`): no words of the summary.
_BULLET = re.compile(r"^\s*[-–—•·*]\s+")
# A page's summary that the text's first paragraphs begin with (its first characters
# compared) is the text's opening, not a standfirst.
OPENING_PARAGRAPHS = 2
SUMMARY_PREFIX_CHARS = 80
# ... and an excerpt cut short after the furniture holds at least this much of it.
EXCERPT_PREFIX_CHARS = 40


def lede(lines: tuple[Line, ...]) -> str:
    """Return the first body paragraph without its dateline (`TOKYO (Reuters) -`). A
    paragraph wholly in brackets is a note on the report (`(Corrects 10th paragraph to
    show ...)`, `(This story has been updated.)`), not its opening; nor is the caption
    of the picture that opens the article, which its credit closes (`Duck fluff and
    feathers …` over `Photo: Getty Images`), or whose credit closes it (`... Jaafar
    ASHTIYEH / AFP`); nor a table's row."""
    body = [
        line.text
        for index, line in enumerate(lines)
        if line.verdict is Verdict.BODY
        and not _BRACKETED_NOTE.match(line.text)
        and not TABLE_ROW.match(line.text)
        and not _credited_picture(lines, index)
        and not closes_with_a_photo_credit(line.text)
    ]
    return strip_dateline(body[0]) if body else ""


def _credited_picture(lines: tuple[Line, ...], index: int) -> bool:
    """Say whether a kept line is the caption of a picture opening the article: the
    first kept line, a sentence or two, with a picture's credit alone on the next line."""
    credit = lines[index + 1] if index + 1 < len(lines) else None
    return (
        credit is not None
        and credit.verdict is Verdict.CAPTION
        and word_weight(credit.text) <= CREDIT_LINE_WORDS
        and word_weight(lines[index].text) <= MAX_CAPTION_WORDS
        and not any(line.verdict.kept for line in lines[:index])
    )


def title_from_lede(lines: tuple[Line, ...]) -> str:
    """Derive a display title from the first sentence of the lede, cut at a word."""
    text = lede(lines) or next((line.text for line in lines), "Untitled")
    sentence = first_sentences(text, limit=DERIVED_TITLE_CHARS)
    if any(len(part.split()) < MIN_LEDE_SENTENCE_WORDS for part in split_sentences(sentence)):
        # `Am 12. Bis 13. September ...`: a German date's ordinals read as stops; a title
        # cut at one would say nothing, so the text is cut at a word instead.
        sentence = text.strip()
    if len(sentence) <= DERIVED_TITLE_CHARS:
        unended = sentence.rstrip(".… ")
        # `... with the plague,...`: a teaser the page cut mid-sentence says so.
        if unended.endswith(tuple(_CLAUSE_MARKS)):
            return _quote_closed(unended.rstrip(_CLAUSE_MARKS) + "…")
        return _quote_closed(sentence.rstrip("."))
    cut = sentence[:DERIVED_TITLE_CHARS].rsplit(" ", 1)[0]
    return _quote_closed(cut.rstrip(_CLAUSE_MARKS + " ") + "…")


def _quote_closed(title: str) -> str:
    """Close the quotation a title from a lede opens (`"Head to the supermarket an hour
    before closing time`, a lede quoting someone for two sentences): shown alone, an
    open quotation mark reads as a slip."""
    closing = _QUOTE_PAIRS.get(title[:1])
    if closing is None:
        return title
    closed = title.count(closing) >= (2 if closing == title[0] else 1)
    return title if closed else title + closing


def _opens_the_text(summary: str, lines: tuple[Line, ...]) -> bool:
    """Say whether a page's summary is its text's opening (a site may set the first
    paragraph as its description): shown above the text, it would be read twice. An
    excerpt its content system cut from the whole page holds the opening after the
    furniture above it (`Share this on WhatsApp`, `2 minutos`, `Staff Reports`): the
    page's text poured in, no summary."""
    opening = key(" ".join(texts_with(lines, Verdict.BODY)[:OPENING_PARAGRAPHS]))
    start = key(summary)
    held = opening[:EXCERPT_PREFIX_CHARS]
    return start[:SUMMARY_PREFIX_CHARS] in opening or (
        len(held) == EXCERPT_PREFIX_CHARS and held in start
    )


def extract_description(lines: tuple[Line, ...], standfirst: str | None = None) -> tuple[str, bool]:
    """Return the standfirst when the page has one (`standfirst`, the one the headline
    stood over, first), otherwise the lede's first sentences; and whether it is the
    page's standfirst. A date line under the headline (`23. März 2017, aktualisiert ...
    | Quelle: Handelsblatt`, `更新时间 2012年12月10日`) stands where a standfirst does and
    describes nothing; so does the opening picture's caption (`... / AFP`)."""
    standfirsts = [standfirst] if standfirst else []
    standfirsts += texts_with(lines, Verdict.STANDFIRST)
    described = [
        text
        for text in standfirsts
        if not _a_date_line(text) and not closes_with_a_photo_credit(text)
    ]
    if described:
        return described[0], True
    return first_sentences(_BULLET.sub("", lede(lines))), False


def _a_date_line(text: str) -> bool:
    return is_date_line(text) and written_date(text) is not None


def choose_description(
    lines: tuple[Line, ...], standfirst: str | None, summary: str | None
) -> tuple[str, bool]:
    """Return the description and whether the page sets it (see `extract_description`):
    a web page's own summary (`summary`, its markup's) comes after a standfirst the
    lines show, and only where the text does not open with it."""
    description, from_page = extract_description(lines, standfirst)
    if summary and not from_page and not _opens_the_text(summary, lines):
        return summary, True
    return description, from_page
