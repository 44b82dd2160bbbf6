"""Decide, line by line, which lines of a raw scrape are the article.

Two passes, in the manner of jusText: first each line is judged alone
(`digest.clean.furniture`: its length, its sentence shape, what kind of page furniture it
looks like), then the judgements are revised with the neighbours: local patterns
(`digest.clean.neighbours`), where the article starts and ends (`digest.clean.span`), then here
the headline, standfirst and repeats; which short lines inside the article are
subheadings, list items or link lists is `digest.clean.inside`'s.

Every rule rests on something that holds on any news page, not on one site's
wording: real paragraphs are long and end like sentences; navigation, share bars,
sign-up boxes and link lists are runs of short lines around the body; captions carry
a credit marker; wire and source credits sit at the edges.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digest.article_parts import Line, Verdict
from digest.clean.furniture import HEADLINE_WITH_DATE, judge_alone
from digest.clean.inside import (
    headings_over_text,
    lists_under_teasers,
    mark_inside,
    short_line_in_body,
)
from digest.clean.neighbours import mark_local_patterns
from digest.clean.span import box_under_the_lede, main_body_span
from digest.text import (
    TITLE_SEPARATORS,
    ends_like_sentence,
    is_breadcrumb,
    is_caption_shaped,
    is_name_like,
    normalise,
    strip_headline_decoration,
    title_words,
    word_weight,
)

# A page's own controls and headings after the text, shaped like a name but none:
# `Top`, `For More Information`, `Read More`.
_PAGE_CONTROL = re.compile(
    r"^(?:for|more|read|see|about|follow|share|back|top|next|previous|print|comments?)\b",
    re.IGNORECASE,
)
# The site's name and tagline open a page: they are within its first lines.
BANNER_LINES = 4
# Words of a menu entry (`Home`, `Supply chain`): a byline or a date has more.
MENU_ENTRY_WORDS = 2


def clean(text: str) -> tuple[Line, ...]:
    """Judge every non-blank line of `text`; return them with their verdicts.

    The kept lines are judged again on their own until nothing more goes, so that
    cleaning a cleaned body changes nothing: a line that only looked like prose next
    to the furniture around it (three short lines left in a row once a repeated line
    between them is gone) is settled here, not on the curator's second run.
    """
    numbered = _non_blank_lines(text)
    texts = [line for _, line in numbered]
    # A line alone is judged the same on every round: judge it once.
    alone = [judge_alone(line) for line in texts]
    verdicts = revise_in_context(texts, alone)
    kept = [index for index, verdict in enumerate(verdicts) if verdict.kept]
    while kept:
        again = revise_in_context([texts[i] for i in kept], [alone[i] for i in kept])
        dropped = [(i, verdict) for i, verdict in zip(kept, again, strict=True) if not verdict.kept]
        if not dropped:
            break
        for index, verdict in dropped:
            verdicts[index] = verdict
        kept = [index for index in kept if verdicts[index].kept]
    return _judged(numbered, verdicts)


def clean_extracted(text: str, title: str | None = None) -> tuple[Line, ...]:
    """Clean text an extractor already cut down to the article.

    Only what each line says it is counts (captions, credits, promotions); where a
    line sits is no evidence once trafilatura has removed the page around the article.
    A line repeating the page's own title is its headline (extractors keep the `<h1>`),
    and the article starts there: a short line above it is the page's (a menu cell of
    a page laid out as a table, a section label), not a subheading.
    """
    headline = strip_headline_decoration(title or "").casefold()
    numbered = _non_blank_lines(text)
    texts = [line for _, line in numbered]
    verdicts: list[Verdict | None] = []
    for line in texts:
        verdict = judge_alone(line)
        if headline and strip_headline_decoration(line).casefold() == headline:
            verdict = Verdict.REPEATED if Verdict.HEADLINE in verdicts else Verdict.HEADLINE
        verdicts.append(verdict)
    top = verdicts.index(Verdict.HEADLINE) if Verdict.HEADLINE in verdicts else 0
    final = [
        verdict or (Verdict.NAVIGATION if index < top else short_line_in_body(texts, index))
        for index, verdict in enumerate(verdicts)
    ]
    return _judged(numbered, lists_under_teasers(texts, headings_over_text(final)))


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
    mark_local_patterns(lines, verdicts)
    body = main_body_span(lines, verdicts)
    if body is None:
        return [v or Verdict.NAVIGATION for v in verdicts]
    start, end = body
    for index in box_under_the_lede(lines, verdicts, start, end):
        verdicts[index] = Verdict.LINK_LIST
    end = _extend_over_lists(lines, verdicts, end)
    if _mark_standfirst(lines, verdicts, start, end):
        start = next(i for i in range(start + 1, end + 1) if verdicts[i] is Verdict.BODY)
    _mark_headline(lines, verdicts, start)
    for index in range(len(lines)):
        if verdicts[index] is Verdict.BODY and not start <= index <= end:
            verdicts[index] = Verdict.NAVIGATION if index < start else Verdict.FOOTER
    _mark_repeats(lines, verdicts, start, end)
    mark_inside(lines, verdicts, start, end)
    _mark_trailing_credit(lines, verdicts, end)
    return [
        v or (Verdict.NAVIGATION if i < start else Verdict.FOOTER) for i, v in enumerate(verdicts)
    ]


def _extend_over_lists(lines: Sequence[str], verdicts: list[Verdict | None], end: int) -> int:
    """Extend the article over announced lists and the paragraphs right after each."""
    while (after_list := _mark_introduced_list(lines, verdicts, end)) != end:
        end = after_list
        while end + 1 < len(lines) and verdicts[end + 1] is Verdict.BODY:
            end += 1
    return end


# An announced list of links to other stories (`Related coverage from Money:`).
_TEASER_WORDS = ("related", "more ", "see also", "also ", "read ", "recommended", "popular")


def _mark_introduced_list(lines: Sequence[str], verdicts: list[Verdict | None], end: int) -> int:
    """Keep the list the article's last lines announce (`Tour dates:`); return the new end.

    A colon promises what follows, so the short lines after it are the article's list,
    up to the first line the first pass knows as furniture.
    """
    intro = end if lines[end].endswith(":") else end + 1
    if intro >= len(lines) or verdicts[intro] not in (None, Verdict.BODY):
        return end
    if not lines[intro].endswith(":") or lines[intro].casefold().startswith(_TEASER_WORDS):
        return end
    last = intro
    while last + 1 < len(lines) and verdicts[last + 1] is None:
        last += 1
    if last - intro < 2:
        return end
    verdicts[intro] = verdicts[intro] or Verdict.BODY
    for index in range(intro + 1, last + 1):
        verdicts[index] = verdicts[index] or Verdict.LIST_ITEM
    return last


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
        # A headline, and a call to action (`Continue reading the main story`), say
        # more of what the line is than that it repeats.
        if not inside and verdicts[index] not in (Verdict.HEADLINE, Verdict.CALL_TO_ACTION):
            verdicts[index] = Verdict.REPEATED


def _mark_standfirst(
    lines: Sequence[str], verdicts: list[Verdict | None], start: int, end: int
) -> bool:
    """Mark a first long line without final punctuation, before the lede, as the standfirst.

    Only over a lede that ends like a sentence: on a page whose paragraphs carry no
    final stop (Thai writes none; some sites drop them) the first line is the lede.
    A line ending with a colon announces what follows (`Here's what the reviews say:`):
    the lede, never a standfirst. A photo's caption at the top (`... 2019. (Jane
    Doe/AP)`) is the caption, not a summary of the story.
    """
    first = lines[start]
    if ends_like_sentence(first) or first.endswith(":"):
        return False
    lede = next((i for i in range(start + 1, end + 1) if verdicts[i] is Verdict.BODY), None)
    if lede is None or not ends_like_sentence(lines[lede]):
        return False
    verdicts[start] = Verdict.CAPTION if is_caption_shaped(first) else Verdict.STANDFIRST
    return True


def _mark_headline(lines: Sequence[str], verdicts: list[Verdict | None], start: int) -> None:
    """Mark the headline: before the body, the title-like line the page repeats or the longest."""
    candidates = [
        i
        for i in range(start)
        if verdicts[i] in (None, Verdict.REPEATED)
        and _is_title_like(lines[i])
        and not _is_site_banner(lines, i, start)
    ]
    candidates += [i for i in range(start) if HEADLINE_WITH_DATE.match(lines[i])]
    if not candidates:
        return
    bare = _without_site(lines[:start])
    counts = Counter(bare)

    def rank(index: int) -> tuple[int, int, float]:
        repeated = counts[bare[index]] > 1 or bool(HEADLINE_WITH_DATE.match(lines[index]))
        # Of a headline and its copy with the site after it, the headline itself.
        plain = bare[index] == strip_headline_decoration(lines[index]).casefold()
        return (1 if repeated else 0, 1 if plain else 0, word_weight(lines[index]))

    best = max(candidates, key=rank)
    headline = strip_headline_decoration(lines[best]).casefold()
    verdicts[best] = Verdict.HEADLINE
    for index in range(start):
        line = lines[index].casefold()
        if index != best and headline in line and strip_headline_decoration(line) == headline:
            verdicts[index] = Verdict.REPEATED


def _is_site_banner(lines: Sequence[str], index: int, start: int) -> bool:
    """Say whether a line at the top of the page is the site's name or its tagline.

    A headline is followed by its standfirst, byline or date; the tagline under a
    site's name (`A blog about chips and the people who build them`) by its menu, and
    the name (`Cold Chain Review`) by the tagline.
    """
    if index == 0 and _opens_a_menu(lines, 1, start):
        return True
    return index <= BANNER_LINES and _opens_a_menu(lines, index, start)


def _opens_a_menu(lines: Sequence[str], index: int, start: int) -> bool:
    following = lines[index + 1 : min(index + 3, start)]
    return len(following) == 2 and all(_menu_entry(line) for line in following)


def _menu_entry(line: str) -> bool:
    return word_weight(line) <= MENU_ENTRY_WORDS and not any(ch.isdigit() for ch in line)


def _without_site(lines: Sequence[str]) -> list[str]:
    """Fold the lines, each cut to the headline it repeats with a site after it.

    A page's title line repeats the headline with the site's name: `X - GOV.UK`,
    `X | The Guardian`. Cut where another line of the header ends, it counts as a copy.
    """
    folded = [strip_headline_decoration(line).casefold() for line in lines]
    present = set(folded)
    bare = []
    for line in folded:
        cut = max(line.rfind(separator) for separator in TITLE_SEPARATORS)
        bare.append(line[:cut] if cut > 0 and line[:cut] in present else line)
    return bare


def _is_title_like(line: str) -> bool:
    if is_breadcrumb(line) or is_caption_shaped(line):
        return False
    words = title_words(line)
    return 3 <= words <= 30 and not line.rstrip().endswith((".", ":", ";", ","))


def _mark_trailing_credit(lines: Sequence[str], verdicts: list[Verdict | None], end: int) -> None:
    """A bare name right after the last paragraph is the story's credit (`Reuters`).

    Unless more bare names follow it: then it opens a list of topics (`SaaS`, `Pricing`,
    `Startup`), which a credit never does.
    """
    following = end + 1
    if following >= len(lines) or verdicts[following] is not None:
        return
    if not is_name_like(lines[following]) or _PAGE_CONTROL.match(lines[following]):
        return
    after = lines[following + 1 : following + 3]
    if len(after) == 2 and all(is_name_like(line) and len(line.split()) <= 2 for line in after):
        return
    verdicts[following] = Verdict.CREDIT
