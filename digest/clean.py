"""Decide, line by line, which lines of a raw scrape are the article.

Two passes, in the manner of jusText: first each line is judged alone
(`digest.furniture`: its length, its sentence shape, what kind of page furniture it
looks like), then the judgements are revised with the neighbours (where the
article's body starts and ends, which short lines sit inside it as subheadings and
which form link lists).

Every rule rests on something that holds on any news page, not on one site's
wording: real paragraphs are long and end like sentences; navigation, share bars,
sign-up boxes and link lists are runs of short lines around the body; captions carry
a credit marker; wire and source credits sit at the edges.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digest.article import Line, Verdict
from digest.furniture import (
    HEADLINE_WITH_DATE,
    is_teaser_heading,
    judge_alone,
)
from digest.text import (
    ends_like_sentence,
    is_headline_case,
    is_name_like,
    normalise,
    strip_headline_decoration,
    word_weight,
)

# Short lines in a row inside the body: three or more are a list of links, not a
# subheading (a subheading stands alone between paragraphs).
LINK_LIST_RUN = 3
# A block of body lines separated from the main one by this many dropped lines, and
# much smaller than it, is page furniture (a bio, a promo, comments), not the story.
ISLAND_GAP = 3
ISLAND_SHARE = 0.25
# A block whose paragraphs each stand alone between short lines (a title above, a
# timestamp below) is a listing of other stories, however much text it holds.
LISTING_MIN_ITEMS = 3
LISTING_ISOLATION = 0.75
LISTING_DISCOUNT = 0.3
# Sections of one long article sit a few lines apart (a photo, its caption, a
# subheading): a block this close joins the article if it has this many words.
NEAR_GAP = 6
NEAR_BLOCK_WORDS = 40
# No part of an article sits this many lines of menus and links away from the rest:
# an inline box, a photo and an ad take a dozen or two lines, not a page region.
FAR_GAP = 30
# A story starts just below its byline or date line: a block there weighs this much more
# than its words, against sidebars and footers that only happen to be longer.
BYLINE_REACH = 3
BYLINE_BONUS = 2.0


def clean(text: str) -> tuple[Line, ...]:
    """Judge every non-blank line of `text`; return them with their verdicts."""
    numbered = _non_blank_lines(text)
    texts = [line for _, line in numbered]
    verdicts = revise_in_context(texts, [judge_alone(line) for line in texts])
    return _judged(numbered, verdicts)


def clean_extracted(text: str, title: str | None = None) -> tuple[Line, ...]:
    """Clean text an extractor already cut down to the article.

    Only what each line says it is counts (captions, credits, promotions); where a
    line sits is no evidence once trafilatura has removed the page around the article.
    A line repeating the page's own title is its headline (extractors keep the `<h1>`).
    """
    headline = strip_headline_decoration(title or "").casefold()
    numbered = _non_blank_lines(text)
    texts = [line for _, line in numbered]
    verdicts: list[Verdict] = []
    for index, line in enumerate(texts):
        verdict = judge_alone(line)
        if headline and strip_headline_decoration(line).casefold() == headline:
            verdict = Verdict.REPEATED if Verdict.HEADLINE in verdicts else Verdict.HEADLINE
        verdicts.append(verdict or _short_line_in_body(texts, index))
    return _judged(numbered, verdicts)


def _judged(numbered: Sequence[tuple[int, str]], verdicts: Sequence[Verdict]) -> tuple[Line, ...]:
    return tuple(
        Line(number, text, verdict)
        for (number, text), verdict in zip(numbered, verdicts, strict=True)
    )


def _non_blank_lines(text: str) -> list[tuple[int, str]]:
    """Return the normalised non-blank lines with their 1-based line numbers."""
    numbered = ((number, normalise(raw)) for number, raw in enumerate(text.splitlines(), start=1))
    return [(number, line) for number, line in numbered if line]


# --- pass 2: revise with the neighbours --------------------------------------------


def revise_in_context(lines: Sequence[str], first: Sequence[Verdict | None]) -> list[Verdict]:
    """Turn the first-pass judgements into final verdicts using position and neighbours."""
    verdicts: list[Verdict | None] = list(first)
    _mark_timestamped_blurbs(lines, verdicts)
    _mark_glued_teasers(lines, verdicts)
    _mark_comment_headers(lines, verdicts)
    _mark_tag_clouds(lines, verdicts)
    _mark_table_rows(lines, verdicts)
    body = _main_body_span(lines, verdicts)
    if body is None:
        return [v or Verdict.NAVIGATION for v in verdicts]
    start, end = body
    if _mark_standfirst(lines, verdicts, start, end):
        start = next(i for i in range(start + 1, end + 1) if verdicts[i] is Verdict.BODY)
    _mark_headline(lines, verdicts, start)
    for index in range(len(lines)):
        if verdicts[index] is Verdict.BODY and not start <= index <= end:
            verdicts[index] = Verdict.NAVIGATION if index < start else Verdict.FOOTER
    _mark_repeats(lines, verdicts, start, end)
    _mark_inside(lines, verdicts, start, end)
    _mark_trailing_credit(lines, verdicts, end)
    return [
        v or (Verdict.NAVIGATION if i < start else Verdict.FOOTER) for i, v in enumerate(verdicts)
    ]


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
_GLUED_DATELINE = re.compile(r"[a-z0-9)’'”\"]\s+[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}:\s")
# A headline run into its teaser with no space: `... Strong WR OptionsThe 49ers and ...`,
# `Is Violence On The Rise?Violence is ...`.
_GLUED_TITLE = re.compile(r"^((?:\S+\s+){2,}?\S*[a-z])[?!:]?[A-Z][a-z]")


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
        if not _SAYS.search(line) or word_weight(line) > MAX_COMMENT_HEADER_WORDS:
            continue
        stamped = (Verdict.DATE_HEADER, Verdict.COUNTER)
        below = verdicts[index + 1] if index + 1 < len(lines) else None
        if verdicts[index] in stamped or below in stamped:
            verdicts[index] = Verdict.COMMENTS


_TAGS_HEADING = re.compile(r"^(?:tags?|topics?|keywords|categories|labels)\s*:?$")


def _mark_tag_clouds(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark a run-on line without punctuation under a `Tags` heading as the tag list."""
    for index in range(1, len(lines)):
        heading = _TAGS_HEADING.match(lines[index - 1].casefold()) is not None
        if heading and verdicts[index] is Verdict.BODY and not ends_like_sentence(lines[index]):
            verdicts[index] = Verdict.TAG_LIST


_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d.,:%]*(?![\w])")
# Rows of a data table (standings, results, prices) flatten to short lines that each
# carry several numbers; this many in a row is a table, not a menu.
TABLE_MIN_ROWS = 4
TABLE_ROW_NUMBERS = 2


def _mark_table_rows(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Mark runs of undecided lines that each hold several numbers as the article's table."""
    rows = [
        verdict is None and len(_NUMBER.findall(line)) >= TABLE_ROW_NUMBERS
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


def _is_glued_teaser(line: str) -> bool:
    if _GLUED_DATELINE.search(line):
        return True
    title = _GLUED_TITLE.match(line)
    return title is not None and is_headline_case(title.group(1))


def _mark_repeats(
    lines: Sequence[str], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """Mark later copies of a line, unless both copies sit in the article.

    Pages repeat menus, teasers and sign-up boxes around an article; inside it, a
    repeated line is the article's own (an interview's recurring question, a list item).
    """
    first_seen: dict[str, int] = {}
    for index, line in enumerate(lines):
        key = line.casefold()
        if key not in first_seen:
            first_seen[key] = index
            continue
        inside = start <= first_seen[key] <= end and start <= index <= end
        if not inside and verdicts[index] is not Verdict.HEADLINE:
            verdicts[index] = Verdict.REPEATED


def is_boundary(line: str, verdict: Verdict | None) -> bool:
    """Say whether a line starts a new section: a list of other stories, or comments."""
    return is_teaser_heading(line) or cuts_off(line, verdict)


def cuts_off(line: str, verdict: Verdict | None) -> bool:
    """Say whether a line opens a section that only ever follows an article.

    A comments section, and relative timestamps (`2H ago`), which only lists of other
    stories and comments carry. A `Related` heading is not enough: inline boxes of
    related links sit in the middle of many articles.
    """
    if verdict is Verdict.COMMENTS:
        return True
    return verdict is Verdict.COUNTER and " ago" in line.casefold()


def _blocks(lines: Sequence[str], verdicts: Sequence[Verdict | None]) -> list[tuple[int, int]]:
    """Group body lines into blocks split by ISLAND_GAP other lines or by a boundary."""
    blocks: list[tuple[int, int]] = []
    last: int | None = None
    for index, verdict in enumerate(verdicts):
        if verdict is not Verdict.BODY:
            continue
        if last is not None and not _hard_gap(lines, verdicts, last, index):
            blocks[-1] = (blocks[-1][0], index)
        else:
            blocks.append((index, index))
        last = index
    return blocks


def _hard_gap(
    lines: Sequence[str], verdicts: Sequence[Verdict | None], before: int, after: int
) -> bool:
    if after - before - 1 >= ISLAND_GAP:
        return True
    return any(is_boundary(lines[i], verdicts[i]) for i in range(before + 1, after))


def _main_body_span(
    lines: Sequence[str], verdicts: Sequence[Verdict | None]
) -> tuple[int, int] | None:
    """Find the first and last line of the article.

    The article is the heaviest block of prose before any comments section (readers'
    comments can outweigh a short story), joined with the neighbouring blocks that are
    not much lighter and not cut off from it by a boundary.
    """
    blocks = _blocks(lines, verdicts)
    if not blocks:
        return None

    def weight(block: tuple[int, int]) -> float:
        body = [i for i in range(block[0], block[1] + 1) if verdicts[i] is Verdict.BODY]
        total = sum(word_weight(lines[i]) for i in body)
        isolated = sum(
            1
            for i in body
            if (i == 0 or verdicts[i - 1] is not Verdict.BODY)
            and (i + 1 == len(lines) or verdicts[i + 1] is not Verdict.BODY)
        )
        if len(body) >= LISTING_MIN_ITEMS and isolated >= LISTING_ISOLATION * len(body):
            return total * LISTING_DISCOUNT
        return total

    def _paragraphs(block: tuple[int, int]) -> int:
        return sum(verdicts[i] is Verdict.BODY for i in range(block[0], block[1] + 1))

    weights = [weight(block) for block in blocks]
    substantial = next(
        b for b, w in zip(blocks, weights, strict=True) if w >= ISLAND_SHARE * max(weights)
    )
    comments = next(
        (
            i
            for i, v in enumerate(verdicts)
            if v is Verdict.COMMENTS and i > substantial[1] and not _in_share_bar(verdicts, i)
        ),
        len(lines),
    )
    before_comments = [
        w * (BYLINE_BONUS if _under_a_byline(lines, verdicts, blocks[i][0]) else 1.0)
        if blocks[i][0] < comments
        else 0.0
        for i, w in enumerate(weights)
    ]
    ranked = before_comments if any(before_comments) else weights
    main = ranked.index(max(ranked))
    first = last = main

    def joins(near: int, far: int) -> bool:
        low, high = sorted((blocks[near], blocks[far]))
        crossing = range(low[1] + 1, high[0])
        needed = ISLAND_SHARE * weights[main]
        if len(crossing) <= NEAR_GAP and (
            _paragraphs(blocks[far]) >= 2
            or not any(is_boundary(lines[i], verdicts[i]) for i in crossing)
        ):
            needed = min(needed, NEAR_BLOCK_WORDS)
        if len(crossing) > FAR_GAP:
            return False
        return weights[far] >= needed and not any(cuts_off(lines[i], verdicts[i]) for i in crossing)

    def reach(edge: int, step: int) -> int:
        """Return the farthest block joining `edge`, passing over one slip of a block."""
        for far in (edge + step, edge + 2 * step):
            if not 0 <= far < len(blocks):
                break
            low, high = sorted((blocks[edge], blocks[far]))
            if far != edge + step and high[0] - low[1] - 1 > NEAR_GAP:
                break
            if joins(edge, far):
                return far
        return edge

    while (
        not _under_a_byline(lines, verdicts, blocks[first][0])
        and (nearer := reach(first, -1)) != first
    ):
        first = nearer
    while (further := reach(last, 1)) != last:
        last = further
    return blocks[first][0], blocks[last][1]


def _in_share_bar(verdicts: Sequence[Verdict | None], index: int) -> bool:
    """Say whether a line sits between buttons: a `Comments` link, not the comments' heading."""
    buttons = (Verdict.CALL_TO_ACTION, Verdict.REPEATED)
    return 0 < index < len(verdicts) - 1 and all(
        verdicts[i] in buttons for i in (index - 1, index + 1)
    )


def _under_a_byline(lines: Sequence[str], verdicts: Sequence[Verdict | None], start: int) -> bool:
    """Say whether a block starts right below a byline or a date: where stories start.

    A dated line opening with a dash (`— Name (@handle) November 18, 2019`) credits an
    embedded post or a quotation inside the story; it starts nothing.
    """
    return any(
        verdicts[i] in (Verdict.BYLINE, Verdict.DATE_HEADER) and not lines[i].startswith(_DASHES)
        for i in range(max(0, start - BYLINE_REACH), start)
    )


_DASHES = ("—", "–", "-")


def _mark_standfirst(
    lines: Sequence[str], verdicts: list[Verdict | None], start: int, end: int
) -> bool:
    """Mark a first long line without final punctuation, before the lede, as the standfirst."""
    if ends_like_sentence(lines[start]):
        return False
    if not any(verdict is Verdict.BODY for verdict in verdicts[start + 1 : end + 1]):
        return False
    verdicts[start] = Verdict.STANDFIRST
    return True


def _mark_headline(lines: Sequence[str], verdicts: list[Verdict | None], start: int) -> None:
    """Mark the headline: before the body, the title-like line the page repeats or the longest."""
    candidates = [
        i
        for i in range(start)
        if verdicts[i] in (None, Verdict.REPEATED) and _is_title_like(lines[i])
    ]
    candidates += [i for i in range(start) if HEADLINE_WITH_DATE.match(lines[i])]
    if not candidates:
        return
    counts = Counter(lines[i].casefold() for i in range(start))

    def rank(index: int) -> tuple[int, float]:
        repeated = counts[lines[index].casefold()] > 1 or bool(
            HEADLINE_WITH_DATE.match(lines[index])
        )
        return (1 if repeated else 0, word_weight(lines[index]))

    best = max(candidates, key=rank)
    headline = strip_headline_decoration(lines[best]).casefold()
    verdicts[best] = Verdict.HEADLINE
    for index in range(start):
        if index != best and strip_headline_decoration(lines[index]).casefold() == headline:
            verdicts[index] = Verdict.REPEATED


def _is_title_like(line: str) -> bool:
    words = word_weight(line)
    return 3 <= words <= 30 and not line.rstrip().endswith((".", ":", ";", ","))


def _mark_inside(
    lines: Sequence[str], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """Decide the undecided short lines inside the body: subheadings, lists, labels."""
    index = start
    while index <= end:
        if verdicts[index] is not None:
            index += 1
            continue
        run_end = index
        while run_end + 1 <= end and verdicts[run_end + 1] is None:
            run_end += 1
        run = range(index, run_end + 1)
        if _follows_teaser(verdicts, index) or (
            len(run) >= LINK_LIST_RUN and _mostly_headline_case([lines[i] for i in run])
        ):
            for i in run:
                verdicts[i] = Verdict.LINK_LIST
        elif len(run) >= LINK_LIST_RUN:
            for i in run:
                verdicts[i] = Verdict.LIST_ITEM
        else:
            for i in run:
                verdicts[i] = _short_line_in_body(lines, i)
        index = run_end + 1


def _mostly_headline_case(run: Sequence[str]) -> bool:
    """Say whether most lines of a run are headlines or names: links, not list items."""
    return sum(is_headline_case(line) or is_name_like(line) for line in run) * 2 > len(run)


def _follows_teaser(verdicts: Sequence[Verdict | None], index: int) -> bool:
    return index > 0 and verdicts[index - 1] in (Verdict.TEASER, Verdict.LINK_LIST)


def _short_line_in_body(lines: Sequence[str], index: int) -> Verdict:
    """Judge one short line between paragraphs: a short sentence, a subheading, or a label."""
    line = lines[index]
    if ends_like_sentence(line):
        return Verdict.BODY
    if is_name_like(line) and _appears_elsewhere(lines, index):
        return Verdict.CAPTION
    return Verdict.SUBHEADING


def _appears_elsewhere(lines: Sequence[str], index: int) -> bool:
    """Say whether a short label is only a phrase of another line (an image's name tag)."""
    needle = lines[index].casefold()
    return any(needle in other.casefold() for i, other in enumerate(lines) if i != index)


def _mark_trailing_credit(lines: Sequence[str], verdicts: list[Verdict | None], end: int) -> None:
    """A bare name right after the last paragraph is the story's credit (`Reuters`)."""
    following = end + 1
    if following < len(lines) and verdicts[following] is None and is_name_like(lines[following]):
        verdicts[following] = Verdict.CREDIT
