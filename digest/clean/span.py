"""Find where the article starts and ends among the lines the first pass judged.

Body lines are grouped into blocks (runs of prose a few lines apart). The article is
the heaviest block before any comments section, weighed more when it starts under a
byline or date, then joined with the neighbouring blocks that belong to it: close
enough, heavy enough, and not cut off from it by a comments section or a listing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from digest.article_parts import Verdict
from digest.clean.neighbours import cuts_off, is_boundary
from digest.text import word_weight

Block = tuple[int, int]

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
# ... and a block right under the byline or date, above the article, this many: a lede of
# two short sentences (`A HUNTER who killed and ate a wild rabbit ...`) over a gallery.
LEDE_WORDS = 25
# No part of an article sits this many lines of menus and links away from the rest:
# an inline box, a photo and an ad take a dozen or two lines, not a page region.
FAR_GAP = 30
# A story starts just below its byline or date line: a block there weighs this much more
# than its words, against sidebars and footers that only happen to be longer.
BYLINE_REACH = 3
BYLINE_BONUS = 2.0
# A dated line opening with a dash (`— Name (@handle) November 18, 2019`) credits an
# embedded post or a quotation inside the story; it starts nothing.
_DASHES = ("—", "–", "-")


def main_body_span(lines: Sequence[str], verdicts: Sequence[Verdict | None]) -> Block | None:
    """Return the first and last line of the article, or None if the page has no prose."""
    page = _Page(lines, verdicts, _blocks(lines, verdicts))
    if not page.blocks:
        return None
    main = page.main_block()
    first = last = main
    while not page.under_a_byline(first) and (nearer := page.reach(main, first, -1)) != first:
        first = nearer
    while (further := page.reach(main, last, 1)) != last:
        last = further
    return page.blocks[first][0], page.blocks[last][1]


def _blocks(lines: Sequence[str], verdicts: Sequence[Verdict | None]) -> list[Block]:
    """Group body lines into blocks split by ISLAND_GAP other lines or by a boundary."""
    blocks: list[Block] = []
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


def box_under_the_lede(
    lines: Sequence[str], verdicts: Sequence[Verdict | None], start: int, end: int
) -> range:
    """Return the lines of a box of links between the lede and the rest of the article.

    Pages put a box of related stories or videos right under the lede, and the article
    is joined across it (`_Page.joins`). Inside an article short lines come alone or a
    few together (a subheading, a caption, a short list); a run of more than NEAR_GAP
    of them, not announced by a colon, under a lede that opens below the byline, is
    that box. Marked, it leaves the lede next to the rest of the text, which keeps the
    lede when the cleaner judges the kept lines again without their byline.
    """
    if not _under_a_byline(lines, verdicts, start):
        return range(0)
    lede_end = start
    while lede_end < end and verdicts[lede_end + 1] is Verdict.BODY:
        lede_end += 1
    box_end = lede_end
    while box_end < end and verdicts[box_end + 1] is None:
        box_end += 1
    box = range(lede_end + 1, box_end + 1)
    if len(box) <= NEAR_GAP or box_end == end or lines[lede_end].endswith(":"):
        return range(0)
    return box


def _under_a_byline(lines: Sequence[str], verdicts: Sequence[Verdict | None], start: int) -> bool:
    """Say whether the line at `start` stands right under a byline or a date line that is
    not a teaser's: `Read Next` over another story's headline, byline and date, set
    inside the article, heads its next paragraphs no more than an advert would."""
    credits = [
        i
        for i in range(max(0, start - BYLINE_REACH), start)
        if verdicts[i] in (Verdict.BYLINE, Verdict.DATE_HEADER) and not lines[i].startswith(_DASHES)
    ]
    return bool(credits) and Verdict.TEASER not in verdicts[max(0, credits[0] - 2) : credits[0]]


def _hard_gap(
    lines: Sequence[str], verdicts: Sequence[Verdict | None], before: int, after: int
) -> bool:
    if after - before - 1 >= ISLAND_GAP:
        return True
    return any(is_boundary(lines[i], verdicts[i]) for i in range(before + 1, after))


@dataclass
class _Page:
    """The lines, their verdicts and the blocks of prose among them, with block weights."""

    lines: Sequence[str]
    verdicts: Sequence[Verdict | None]
    blocks: list[Block]

    def __post_init__(self) -> None:
        self.weights = [self.weight(block) for block in self.blocks]

    def body(self, block: Block) -> list[int]:
        return [i for i in range(block[0], block[1] + 1) if self.verdicts[i] is Verdict.BODY]

    def weight(self, block: Block) -> float:
        """Count the block's words, discounted when its paragraphs stand alone (a listing)."""
        body = self.body(block)
        total = sum(word_weight(self.lines[i]) for i in body)
        isolated = sum(1 for i in body if not self._is_body(i - 1) and not self._is_body(i + 1))
        if len(body) >= LISTING_MIN_ITEMS and isolated >= LISTING_ISOLATION * len(body):
            return total * LISTING_DISCOUNT
        return total

    def _is_body(self, index: int) -> bool:
        return 0 <= index < len(self.lines) and self.verdicts[index] is Verdict.BODY

    def main_block(self) -> int:
        """Pick the heaviest block before the comments, favouring one under a byline.

        Readers' comments can outweigh a short story, so blocks after a comments
        heading only count when nothing comes before it.
        """
        comments = self.comments_start()
        ranked = [
            weight * (BYLINE_BONUS if self.under_a_byline(index) else 1.0)
            if self.blocks[index][0] < comments
            else 0.0
            for index, weight in enumerate(self.weights)
        ]
        if not any(ranked):
            ranked = self.weights
        return ranked.index(max(ranked))

    def comments_start(self) -> int:
        """Return the line of the comments heading that follows the first real prose."""
        heaviest = max(self.weights)
        substantial = next(
            block
            for block, weight in zip(self.blocks, self.weights, strict=True)
            if weight >= ISLAND_SHARE * heaviest
        )
        return next(
            (
                index
                for index, verdict in enumerate(self.verdicts)
                if verdict is Verdict.COMMENTS
                and index > substantial[1]
                and not self.in_share_bar(index)
            ),
            len(self.lines),
        )

    def in_share_bar(self, index: int) -> bool:
        """Say whether a line sits between buttons: a `Comments` link, not a heading."""
        buttons = (Verdict.CALL_TO_ACTION, Verdict.REPEATED)
        return 0 < index < len(self.verdicts) - 1 and all(
            self.verdicts[i] in buttons for i in (index - 1, index + 1)
        )

    def under_a_byline(self, block: int) -> bool:
        """Say whether a block starts right below a byline or a date: where stories start."""
        return _under_a_byline(self.lines, self.verdicts, self.blocks[block][0])

    def crossing(self, one: int, other: int) -> range:
        low, high = sorted((self.blocks[one], self.blocks[other]))
        return range(low[1] + 1, high[0])

    def joins(self, main: int, near: int, far: int) -> bool:
        """Say whether block `far` belongs to the article that reaches block `near`."""
        crossing = self.crossing(near, far)
        if len(crossing) > FAR_GAP:
            return False
        if any(cuts_off(self.lines[i], self.verdicts[i]) for i in crossing):
            return False
        needed = ISLAND_SHARE * self.weights[main]
        near_enough = len(crossing) <= NEAR_GAP and (
            len(self.body(self.blocks[far])) >= 2
            or not any(is_boundary(self.lines[i], self.verdicts[i]) for i in crossing)
        )
        # A block right under the byline or date, above the article, is where the story
        # starts: its lede, with a box of links or a video between it and the rest.
        if near_enough:
            needed = min(needed, NEAR_BLOCK_WORDS)
        if far < near and self.under_a_byline(far):
            needed = min(needed, LEDE_WORDS)
        return self.weights[far] >= needed

    def reach(self, main: int, edge: int, step: int) -> int:
        """Return the block joining `edge` in direction `step`, passing over one slip."""
        for far in (edge + step, edge + 2 * step):
            if not 0 <= far < len(self.blocks):
                break
            if far != edge + step and len(self.crossing(edge, far)) > NEAR_GAP:
                break
            if self.joins(main, edge, far):
                return far
        return edge
