"""Short lines inside the article: subheadings, list items, link lists, captions.

A paragraph is long and ends like a sentence; what stands between paragraphs in a few
words is a subheading only where it heads text. Runs of short lines are lists (of the
article's items, or of links to other stories), a gallery's count or button and a line
closed by a photo's credit are captions, and a line running on past its comma or
opening with a dash is the text's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.article_parts import Verdict
from digest.clean.furniture import is_teaser_heading
from digest.text import (
    LIST_BULLET,
    TABLE_ROW,
    content_words,
    ends_like_sentence,
    is_headline_case,
    is_name_like,
)

# Short lines in a row inside the body: three or more are a list of links, not a
# subheading (a subheading stands alone between paragraphs).
LINK_LIST_RUN = 3
# A subheading of this many content words shares one with the text it heads.
MIN_TEASER_WORDS = 4
# A list of other stories' links runs this many lines under its heading at most, each
# link this many words at most; the article under it has this many paragraphs at least.
LIST_REACH = 8
MAX_LINK_WORDS = 20
MIN_PARAGRAPHS_AFTER = 3
# Of a link's content words, at most this share recur in an unrelated article by chance.
CHANCE_SHARE = 0.2


def mark_inside(lines: Sequence[str], verdicts: list[Verdict | None], start: int, end: int) -> None:
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
        if lines[index].endswith(":") and len(run) >= 3:
            verdicts[index] = Verdict.BODY
            run = range(index + 1, run_end + 1)
        introduced = run.start > 0 and lines[run.start - 1].endswith(":")
        if introduced and len(run) >= 2:
            for i in run:
                verdicts[i] = Verdict.LIST_ITEM
        elif _follows_teaser(verdicts, index) or (
            len(run) >= LINK_LIST_RUN and _mostly_headline_case([lines[i] for i in run])
        ):
            for i in run:
                verdicts[i] = Verdict.LINK_LIST
        elif len(run) >= LINK_LIST_RUN:
            for i in run:
                verdicts[i] = Verdict.LIST_ITEM
        else:
            for i in run:
                verdicts[i] = short_line_in_body(lines, i)
        index = run_end + 1
    if _ends_a_list_of_links(lines, verdicts, start):
        verdicts[start] = Verdict.TEASER
    subheadings = [i for i in range(start, end + 1) if verdicts[i] is Verdict.SUBHEADING]
    if subheadings:
        told = content_words(
            " ".join(line for line, v in zip(lines, verdicts, strict=True) if v is Verdict.BODY)
        )
        for index in subheadings:
            if _heads_another_story(lines[index], told):
                verdicts[index] = Verdict.TEASER


def _ends_a_list_of_links(
    lines: Sequence[str], verdicts: Sequence[Verdict | None], start: int
) -> bool:
    """Say whether the article's first paragraph is the last link of a list of other
    stories over it (`Most Popular` ... `MN property taxes are on the rise. These maps
    show where and how much.` over a hockey report): a short line under a list's heading,
    sharing hardly a word with the paragraphs after it. A lede tells of what they tell."""
    heading_above = any(
        verdicts[i] is Verdict.TEASER and is_teaser_heading(lines[i])
        for i in range(max(0, start - LIST_REACH), start)
    )
    if not heading_above or len(lines[start].split()) > MAX_LINK_WORDS:
        return False
    rest = [line for i, line in enumerate(lines) if i > start and verdicts[i] is Verdict.BODY]
    own = content_words(lines[start])
    shared = own & content_words(" ".join(rest))
    # A word such as `where` or `these` is shared by chance; a lede shares its subject.
    return len(rest) >= MIN_PARAGRAPHS_AFTER and len(shared) <= CHANCE_SHARE * len(own)


def _heads_another_story(subheading: str, told: set[str]) -> bool:
    """Say whether a subheading names nothing the article's paragraphs tell of (`told`,
    their content words): another story's headline that a box of links flattened into
    the text (`Man Shot at Dallas Gas Station Dies at Hospital` between the paragraphs
    of a kidnapping's report). A subheading heads the article's own text, so it shares a
    word with it; one of fewer than MIN_TEASER_WORDS content words (`What happens next`,
    `Neues Leitmotto`) may share none."""
    line = subheading.strip()
    own = content_words(line)
    # `Here's what to know:` introduces the list under it; `[HR. At-Tirmidzi no.1997]`
    # cites the source of the quotation over it: neither is a headline.
    if len(own) < MIN_TEASER_WORDS or line.endswith(":") or line.startswith(("[", "(")):
        return False
    return not own & told


def _mostly_headline_case(run: Sequence[str]) -> bool:
    """Say whether most lines of a run are headlines or names: links, not list items."""
    return sum(is_headline_case(line) or is_name_like(line) for line in run) * 2 > len(run)


def _follows_teaser(verdicts: Sequence[Verdict | None], index: int) -> bool:
    return index > 0 and verdicts[index - 1] in (Verdict.TEASER, Verdict.LINK_LIST)


# A photo gallery's count between the paragraphs: its photos' number (`6`), which of
# them is shown (`1 / 9`, `Image 1 of 13`, `Foto 2 von 8`), or its button (`View all
# (23)`, `See all 12 photos`).
_GALLERY_COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s+)?\d{1,3}"
    r"(?:\s*(?:/|of|von|de|di|sur|из)\s*\d{1,3})?$"
    r"|^(?:view|see|show)\s+all\s*(?:\(\d{1,3}\)|\d{1,3}\s+(?:photos|images|pictures))$",
    re.IGNORECASE,
)
# A wire's or a photo agency's credit in brackets closing a line (`(AP)`, `(Reuters)`,
# `(AP Photo/Evan Vucci)`): a short line so closed is the photo's caption.
_BRACKETED_PHOTO_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty|Bloomberg|Xinhua|dpa|EFE|ANSA)"
    r"(?: Photos?(?:/[^()]{1,40})?)?\)$"
)
# A line ending in a colon this long is a sentence that introduces a list or a quote.
_INTRODUCING_WORDS = 6


def short_line_in_body(lines: Sequence[str], index: int) -> Verdict:
    """Judge one short line between paragraphs: a short sentence, a subheading, or a label."""
    line = lines[index]
    if LIST_BULLET.match(line):
        return Verdict.LIST_ITEM
    if TABLE_ROW.match(line):
        return Verdict.BODY  # a table's row (`| Gulf Coast Tide | 25 |`) heads nothing
    if _GALLERY_COUNTER.match(line.strip()):
        return Verdict.CAPTION  # `6`, `1 / 9`, `Image 1 of 13`: a photo gallery's count
    if _BRACKETED_PHOTO_CREDIT.search(line):
        return Verdict.CAPTION  # `... in Nogales, Ariz. (AP)`: a wire photo's caption
    # A decoration (`▼`, `* * *`) heads nothing: it stays as the page set it; nor does a
    # line running on past its comma into the next (`また、その他にも、`).
    if ends_like_sentence(line) or not any(char.isalnum() for char in line):
        return Verdict.BODY
    if line.rstrip().endswith((",", "、", "，")) or line.startswith(("— ", "– ")):
        return Verdict.BODY  # ... nor a quotation's signature (`— David McKinley on ...`)
    # A sentence introducing what follows (`Here are some of the highlights:`) heads
    # nothing; a subheading that ends in a colon is a label of a few words (`Key points:`).
    if line.rstrip().endswith(":") and len(line.split()) >= _INTRODUCING_WORDS:
        return Verdict.BODY
    if is_name_like(line) and _appears_elsewhere(lines, index):
        return Verdict.CAPTION
    return Verdict.SUBHEADING


def _appears_elsewhere(lines: Sequence[str], index: int) -> bool:
    """Say whether a short label is only a phrase of another line (an image's name tag)."""
    needle = lines[index].casefold()
    return any(needle in other.casefold() for i, other in enumerate(lines) if i != index)


def headings_over_text(verdicts: list[Verdict]) -> list[Verdict]:
    """Keep as subheadings only the short lines that head text: two or more in a row
    are a list's items (tour dates, a shop's products, a box of ticket prices), and one
    after the last paragraph heads nothing."""
    revised = list(verdicts)
    last_paragraph = max((i for i, v in enumerate(verdicts) if v is Verdict.BODY), default=-1)
    for index, verdict in enumerate(verdicts):
        if verdict is not Verdict.SUBHEADING:
            continue
        beside = [verdicts[i] for i in (index - 1, index + 1) if 0 <= i < len(verdicts)]
        if Verdict.SUBHEADING in beside:
            revised[index] = Verdict.LIST_ITEM
        elif index > last_paragraph:
            revised[index] = Verdict.BODY
    return revised


def lists_under_teasers(lines: Sequence[str], verdicts: list[Verdict]) -> list[Verdict]:
    """Return the verdicts with the list a teaser's heading opens (`More Must-Reads From
    TIME` over seven other stories' headlines) set aside as a list of links, up to the
    next paragraph: an extractor keeps such a box as the article's own list. A bulleted
    question (`- Is Using the Snooze Button Bad for You?`) is one of its items."""
    revised = list(verdicts)
    for index, verdict in enumerate(verdicts):
        if verdict is not Verdict.TEASER or not is_teaser_heading(lines[index]):
            continue  # `Related post: Pickled Sprouts` is one teaser, heading nothing
        after = index + 1
        while after < len(revised) and (
            revised[after] in (Verdict.LIST_ITEM, Verdict.SUBHEADING)
            or (revised[after] is Verdict.BODY and LIST_BULLET.match(lines[after]))
        ):
            revised[after] = Verdict.LINK_LIST
            after += 1
    return revised
