"""Local patterns: what a few neighbouring lines say about a line.

Applied after the first pass and before the article's span is found: a paragraph
followed by `2H ago` is a teaser, runs of headlines glued to other stories' ledes
are a listing, `NAME says:` over a timestamp heads a reader's comment, a run-on line
under `Tags` is the tag list, rows of numbers are the article's table, a paragraph printed
twice over a photo's credit is the photo's caption, `About NAME` over a paragraph naming
the writer the byline names is the writer's box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from digest.article_parts import Verdict
from digest.clean.credit_lines import is_bio_heading
from digest.clean.furniture import RIGHTS_NOTICE, is_teaser_heading, is_time_ago
from digest.text import ends_like_sentence, is_headline_case, word_weight


def mark_local_patterns(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Revise first-pass verdicts in place from each line's immediate neighbours."""
    _mark_timestamped_blurbs(lines, verdicts)
    _mark_glued_teasers(lines, verdicts)
    _mark_comment_headers(lines, verdicts)
    _mark_tag_clouds(lines, verdicts)
    _mark_table_rows(lines, verdicts)
    _mark_embedded_posts(lines, verdicts)
    _mark_doubled_captions(lines, verdicts)
    _mark_author_boxes(lines, verdicts)


_HEADING_VERDICTS = (Verdict.TEASER, Verdict.TAG_LIST)


def is_boundary(line: str, verdict: Verdict | None) -> bool:
    """Say whether a line starts a new section: a list of other stories, or comments.

    The first pass judges every teaser heading a teaser (or, `Tags:`, a tag list), so
    only those lines are checked again.
    """
    teaser_heading = verdict in _HEADING_VERDICTS and is_teaser_heading(line)
    return teaser_heading or cuts_off(line, verdict)


def cuts_off(line: str, verdict: Verdict | None) -> bool:
    """Say whether a line opens a section that only ever follows an article.

    A comments section, a box about the writer (`About the author`), relative
    timestamps (`2H ago`), which only lists of other stories and comments carry, and a
    legal notice reserving all rights, which closes a wire's story or the page. A
    `Related` heading is not enough: inline boxes of related links sit in the middle
    of many articles.
    """
    if verdict is Verdict.COMMENTS or (verdict is Verdict.BIO and is_bio_heading(line)):
        return True
    if verdict is Verdict.CREDIT:
        return RIGHTS_NOTICE.search(line.casefold()) is not None
    return verdict is Verdict.COUNTER and is_time_ago(line.casefold())


def _mark_timestamped_blurbs(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark a paragraph followed by a relative timestamp (`2H ago`) as a teaser.

    An article's paragraphs never carry their own age; the entries of a list of other
    stories do.
    """
    for index in range(1, len(lines)):
        timestamp = verdicts[index] is Verdict.COUNTER and cuts_off(lines[index], verdicts[index])
        if verdicts[index - 1] is Verdict.BODY and timestamp:
            verdicts[index - 1] = Verdict.TEASER


# A dateline (`NEW DELHI:`) in the middle of a line, after a lower-case word that ends
# no sentence: a headline glued to the lede of another story, as listings flatten.
# (Capitals before it are a salutation or a speaker, `DEAR ABBY:`, not a glued title.)
# (Both patterns start from the capital letter, which Python's `re` scans for quickly.)
_GLUED_DATELINE = re.compile(
    r"[A-Z](?<=[a-z0-9)’'”\"]\s[A-Z])[A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}:\s"
)
# A headline run into its teaser with no space: `... Strong WR OptionsThe 49ers and ...`,
# `Is Violence On The Rise?Violence is ...`.
# A glued headline sits at the start of the line, and headlines are short.
HEADLINE_CHARS = 150
_GLUED_TITLE = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[a-z][?!:][A-Z]))[a-z]")


def _mark_glued_teasers(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark runs of paragraphs with a dateline glued mid-line as teasers of other stories.

    An article's dateline opens its first paragraph; a run of lines that each carry
    one in the middle is a list of headlines with their ledes. One such line alone
    may be a transcript or an odd sentence, so only runs of two or more count.
    """
    glued = [
        verdict is Verdict.BODY and _is_glued_teaser(line)
        for line, verdict in zip(lines, verdicts, strict=True)
    ]
    for index, is_glued in enumerate(glued):
        neighbours = glued[index - 1 : index] + glued[index + 1 : index + 2]
        if is_glued and any(neighbours):
            verdicts[index] = Verdict.TEASER


_SAYS = re.compile(r"\b(?:says|said|wrote|writes)\s*:$")
MAX_COMMENT_HEADER_WORDS = 16


def _mark_comment_headers(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark `NAME says:` with its timestamp as the header of a reader's comment.

    Blog software heads every comment with its author and time; an article quoting
    someone (`the company said:`) carries no timestamp with it.
    """
    for index, line in enumerate(lines):
        short = line.endswith(":") and word_weight(line) <= MAX_COMMENT_HEADER_WORDS
        if not short or not _SAYS.search(line):
            continue
        stamped = (Verdict.DATE_HEADER, Verdict.COUNTER)
        below = verdicts[index + 1] if index + 1 < len(lines) else None
        if verdicts[index] in stamped or below in stamped:
            verdicts[index] = Verdict.COMMENTS


_TAGS_HEADING = re.compile(r"^(?:tags?|topics?|keywords|categories|labels)\s*:?$")


def _mark_tag_clouds(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark a run-on line without punctuation under a `Tags` heading as the tag list."""
    for index in range(1, len(lines)):
        if verdicts[index] is not Verdict.BODY or ends_like_sentence(lines[index]):
            continue
        if _TAGS_HEADING.match(lines[index - 1].casefold()):
            verdicts[index] = Verdict.TAG_LIST


_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d.,:%]*(?![\w])")
# Rows of a data table (standings, results, prices) flatten to short lines that each
# carry several numbers; this many in a row is a table, not a menu.
TABLE_MIN_ROWS = 4
TABLE_ROW_NUMBERS = 2


def _mark_table_rows(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark runs of undecided lines that each hold several numbers as the article's table."""
    rows = [
        verdict is None and _holds_numbers(line)
        for line, verdict in zip(lines, verdicts, strict=True)
    ]
    index = 0
    while index < len(rows):
        end = index
        while end < len(rows) and rows[end]:
            end += 1
        if end - index >= TABLE_MIN_ROWS:
            for row in range(index, end):
                verdicts[row] = Verdict.BODY
        index = max(end, index + 1)


# The cleaner's fixed point (digest/clean/cleaner.py) revises the same lines again on each
# round, so the per-line tests below are remembered, like `judge_alone`.
@lru_cache(maxsize=1 << 16)
def _holds_numbers(line: str) -> bool:
    """Say whether a line carries enough numbers to be a row of a flattened table."""
    return _DIGIT.search(line) is not None and len(_NUMBER.findall(line)) >= TABLE_ROW_NUMBERS


@lru_cache(maxsize=1 << 16)
def _is_glued_teaser(line: str) -> bool:
    """Say whether a line is a headline glued to the lede of another story."""
    head = line[:HEADLINE_CHARS]
    if ":" in head and _GLUED_DATELINE.search(head):
        return True
    after_two_words = head.find(" ", head.find(" ") + 1)
    glue = _GLUED_TITLE.search(head, after_two_words) if after_two_words > 0 else None
    return glue is not None and is_headline_case(line[: glue.start()])


# What `make bench-clean` empties before each pass, so that a pass pays for every line.
LINE_CACHES = (_holds_numbers, _is_glued_teaser)


# An embedded post's credit, as the page prints it under the post's text: `— Robert
# Maguire (@RobertMaguire_) November 18, 2019`.
_POST_CREDIT = re.compile(r"^[—–-]{1,2}\s*[^()\n]{2,60}\(@\w{1,30}\)\s+\S.*\d{4}\s*$")


def _mark_embedded_posts(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Keep an embedded post (a tweet quoted in the story) as the story's text: its words,
    however short, are a quotation, not a subheading, and its credit says who said them,
    though it carries a date like a date line."""
    for index, line in enumerate(lines):
        if not _POST_CREDIT.match(line):
            continue
        verdicts[index] = Verdict.BODY
        if index and verdicts[index - 1] in (None, Verdict.SUBHEADING):
            verdicts[index - 1] = Verdict.BODY


def _mark_doubled_captions(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark as a caption, wherever the page prints it, a paragraph printed twice in a row
    over a photo's credit (`Former Gov. Deval Patrick, left, speaks ...` twice, then
    `Photo: Meg Kinnard, AP`): a gallery's layout repeats its captions, no article its
    paragraphs. A paragraph once over a credit may be prose above an uncaptioned photo."""
    doubled = set()
    for index in range(1, len(lines) - 1):
        same = lines[index] == lines[index - 1] and verdicts[index] is Verdict.BODY
        if same and verdicts[index + 1] is Verdict.CAPTION:
            doubled.add(lines[index])
    for index, line in enumerate(lines):
        if line in doubled and verdicts[index] is Verdict.BODY:
            verdicts[index] = Verdict.CAPTION


# A box's heading naming whom it is about, in the languages of the bylines read: `About
# Jane Doe`, `Über Moritz Bachmann`, `À propos de Claire Fontaine`, `Sobre Ana Ruiz`.
_ABOUT_NAME = re.compile(
    r"^(?:about|über|à propos de|sobre|su|over|o)\s+(?P<name>\S+(?:\s\S+){1,3})$"
)


def _mark_author_boxes(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark as the writer's bio a heading `About NAME` (`Über Moritz Bachmann`) naming the
    writer a byline of the page names, and the paragraph under it that names them too:
    the author's box under a post. A press release's `About Veltrix Semiconductor` names
    no byline's writer, and its boilerplate stays."""
    bylines = [
        line.casefold()
        for line, verdict in zip(lines, verdicts, strict=True)
        if verdict is Verdict.BYLINE
    ]
    if not bylines:
        return
    for index in range(len(lines) - 1):
        about = _ABOUT_NAME.match(lines[index].casefold())
        name = about["name"] if about and verdicts[index] is None else ""
        if name and any(name in byline for byline in bylines):
            verdicts[index] = Verdict.BIO
            if name.split()[-1] in lines[index + 1].casefold():
                verdicts[index + 1] = Verdict.BIO
