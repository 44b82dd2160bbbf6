"""Choose the headline of a flattened page with a small model over line features.

Hand-written rules for "which line above the article is its headline" kept needing a
new rule for each new batch of real pages: a share bar glued to the headline, a
breadcrumb run into it, a menu entry that shares two words with the lede. What tells
the headline apart is a balance of cues that each hold on any news page (see
`line_features`): it shares content words with the article's opening, it is shaped as
a headline, it stands near the top of the article, often over a byline or a date, and a
page often shows it twice (its title line and its heading). Instead of hand-set
weights, the balance is learned: a logistic regression trained by
`python -m digest.metadata.train_headlines` on pages written for the project in the shapes real
pages take, labelled by reading them (never on the real pages of `make eval`, whose
licences forbid it), its weights in `headline_weights.json` beside this module.

The model gives each candidate line a probability of being the headline. The best
candidate is shown as read from the page only when that probability clears the
threshold the training script chose for precision; otherwise the title is derived from
the lede and marked so (a wrong headline shown as the page's own costs a curator's
trust more than an honest "from the lede").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from digest.article_parts import Line, Verdict
from digest.clean.cues import is_skip_link, states_reading_time
from digest.clean.furniture import is_teaser_heading
from digest.metadata.bylines import is_writer_line
from digest.metadata.dates import parse_date
from digest.metadata.headlines import opening_words
from digest.metadata.linemodel import LineModel, read_model
from digest.text import (
    content_words,
    first_sentences,
    headline_text,
    is_breadcrumb,
    is_caption_shaped,
)

WEIGHTS = Path(__file__).with_name("headline_weights.json")
# Candidates: this many lines above the article's first kept line, and its first kept
# line (a cleaner may keep a headline it did not recognise as the text's first line).
WINDOW_LINES = 40
# A share of a line's words is weighed as if it had at least this many: `Hong Kong`, a
# topic's label over the headline, shares all two of its words with any lede about it.
FEW_CONTENT_WORDS = 4
# The article's header (its byline, its date) stands at most this many lines above the text.
HEADER_REACH = 150
LONGEST_LINE = 300
_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff]+")
# Scripts written without spaces between words: Thai, Lao, CJK, kana, Hangul is spaced.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]")
# A word of those scripts is two characters long, on average.
CHARACTERS_PER_WORD = 2
_ADDRESS = re.compile(r"://|^www\.", re.IGNORECASE)
_GLUED_SENTENCE = re.compile(r"[a-z][.!?…]+[A-Z][a-z]")
# A line marked as one of these stands where a headline does, whatever it says.
_VERDICTS = (
    Verdict.HEADLINE,
    Verdict.NAVIGATION,
    Verdict.TEASER,
    Verdict.CAPTION,
    Verdict.CALL_TO_ACTION,
    Verdict.STANDFIRST,
    Verdict.REPEATED,
)


@dataclass(frozen=True)
class Candidate:
    """A line that may be the headline: where it is, its headline text, its features."""

    index: int
    text: str
    features: tuple[float, ...]


FEATURE_NAMES = (
    "bias",
    "shared_share",  # of the line's content words, the share the opening uses
    "shared_words",  # how many it shares, up to 6
    "words_log",
    "few_words",  # under 4 words: a name, a section, a label
    "many_words",  # over 15 words: a standfirst or a caption
    "lines_above_article",  # how far above the first kept line, in 40ths
    "right_above",  # within three lines of the article
    "first_kept",  # the article's first kept line itself
    "over_byline_or_date",  # a byline or a date line within the next three lines
    "ends_with_stop",
    "ends_with_question",
    "caption_shaped",
    "breadcrumb",
    "writer_or_date",  # a byline or a date is never the headline
    "shown_twice",  # the page repeats the line: its title line and its heading
    "capitalised_share",
    "all_capitals",
    "site_suffix_cut",  # `Headline | Site`: a browser title line
    "glued_or_address",
    "best_shared_in_window",  # no other candidate shares more of the opening
    "under_a_shorter_headline",  # the line above shares words too and is shorter
    "over_a_longer_standfirst",  # the line below shares words too and is longer
    "holds_another_line",  # a copy glued to a breadcrumb or a share label
    "held_in_another_line",  # the clean copy of a line shown glued to others
    "starts_lower_case",  # the tail of a sentence, not a headline
    "among_short_lines",  # most of the lines around are a menu's or a label's
    "over_a_longer_line",  # the next line says more: a standfirst under its headline
    "under_a_title_shaped_line",  # the line above is shorter and shaped as a headline
    "ends_with_colon",  # a label over a list: `You might also like:`
    "lede_sentence_share",  # of its content words, the share the lede's first sentence uses
    *(f"verdict_{verdict.name.lower()}" for verdict in _VERDICTS),
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _word_total(text: str) -> int:
    """Count a line's words; a run of a script written without spaces (Chinese,
    Japanese, Thai) counts a word for every CHARACTERS_PER_WORD of its letters, so that
    `富山市、路面電車に新停留場` is a headline's length, not two words."""
    return sum(max(1, len(_UNSPACED.findall(word)) // CHARACTERS_PER_WORD) for word in _words(text))


def line_features(
    lines: tuple[Line, ...],
    index: int,
    first: int,
    opening: set[str],
    seen: frozenset[str],
    glued: frozenset[str],
    lede_words: set[str],
) -> tuple[float, ...]:
    """Describe one candidate line by cues that hold on any news page."""
    line = lines[index]
    raw = line.text.strip()
    text = headline_text(raw)
    words = _words(text)
    total = _word_total(text)
    content = content_words(text)
    shared = len(content & opening)
    shared_share = shared / max(len(content), FEW_CONTENT_WORDS)
    away = first - index
    below = lines[index + 1 : index + 4]
    capitals = [word for word in words if word[:1].isupper()]
    folded = text.casefold()
    return (
        1.0,
        shared_share,
        min(shared, 6) / 6,
        math.log1p(total) / math.log(30),
        float(total < 4),
        float(total > 15),
        min(max(away, 0), WINDOW_LINES) / WINDOW_LINES,
        float(0 < away <= 3),
        float(away == 0),
        float(
            any(
                other.verdict in (Verdict.BYLINE, Verdict.DATE_HEADER) or is_writer_line(other.text)
                for other in below
            )
        ),
        float(text.endswith(".")),
        float(text.endswith("?")),
        float(is_caption_shaped(raw)),
        float(is_breadcrumb(raw)),
        float(is_writer_line(raw) or parse_date(raw) is not None),
        float(folded in seen),
        len(capitals) / len(words) if words else 0.0,
        float(text.isupper()),
        float(text != raw),
        float(bool(_GLUED_SENTENCE.search(raw) or _ADDRESS.search(raw))),
        0.0,  # filled by `candidates`, which sees the whole window
        float(_sharing(lines, index - 1, opening) and _word_count(lines, index - 1) < total),
        float(_sharing(lines, index + 1, opening) and _word_count(lines, index + 1) > total),
        float(any(other in folded for other in glued if other != folded)),
        float(total >= 3 and any(folded in other for other in glued if other != folded)),
        float(text[:1].islower()),
        float(
            sum(0 < _word_count(lines, i) < 4 for i in (index - 2, index - 1, index + 1, index + 2))
            >= 3
        ),
        float(_word_count(lines, index + 1) >= max(8, total + 2)),
        float(_title_shaped(lines, index - 1) and 0 < _word_count(lines, index - 1) < total),
        float(text.endswith(":")),
        len(content & lede_words) / max(len(content), FEW_CONTENT_WORDS),
        *(float(line.verdict is verdict) for verdict in _VERDICTS),
    )


def holds_address(text: str) -> bool:
    """Say whether a line holds a web address: a pasted link, never a headline."""
    return _ADDRESS.search(text) is not None


def _word_count(lines: tuple[Line, ...], index: int) -> int:
    return _word_total(lines[index].text) if 0 <= index < len(lines) else 0


def _title_shaped(lines: tuple[Line, ...], index: int) -> bool:
    """Say whether a line is shaped as a headline: four to fifteen words, most of them
    capitalised or not ending as a sentence, and neither a byline nor a date."""
    if not 0 <= index < len(lines):
        return False
    text = lines[index].text.strip()
    return (
        4 <= _word_total(text) <= 15
        and not text.endswith(".")
        and not is_writer_line(text)
        and parse_date(text) is None
    )


def _sharing(lines: tuple[Line, ...], index: int, opening: set[str]) -> bool:
    """Say whether a neighbouring line, not a sentence, restates the article's opening:
    a headline's standfirst under it, or the headline over a standfirst."""
    if not 0 <= index < len(lines) or lines[index].text.rstrip().endswith("."):
        return False
    content = content_words(lines[index].text)
    shared = len(content & opening)
    return shared >= 2 and shared >= 0.3 * len(content)


def _shown_twice(lines: tuple[Line, ...]) -> frozenset[str]:
    """Return the headline texts the page shows on two lines (its title line and heading)."""
    counts: dict[str, int] = {}
    for line in lines:
        key = headline_text(line.text.strip()).casefold()
        counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, count in counts.items() if count > 1)


def _header(lines: tuple[Line, ...], first: int) -> int:
    """Return where the article's header ends: its byline or date line nearest above the
    text, or the text's first line. A video player or a gallery may stand between the
    header and the text; the headline stands over the header."""
    above = range(first - 1, max(-1, first - 1 - HEADER_REACH), -1)
    return next(
        (i for i in above if lines[i].verdict in (Verdict.BYLINE, Verdict.DATE_HEADER)), first
    )


def _first_kept(lines: tuple[Line, ...]) -> int:
    return next((i for i, line in enumerate(lines) if line.verdict.kept), len(lines))


def _opening(lines: tuple[Line, ...], first: int) -> tuple[set[str], set[str]]:
    """Return the content words of the article's opening, and of its lede's first
    sentence (the first kept line at `first`)."""
    lede = content_words(first_sentences(lines[first].text, 1)) if first < len(lines) else set()
    return opening_words(lines), lede


def candidates(lines: tuple[Line, ...]) -> list[Candidate]:
    """Return every line that may be the headline, each with its features (their
    `index` is the line's in `lines`).

    A line that is only a web address (a story's link shown under a ticker's headline)
    is read past, as a reader's eye passes it: it heads nothing, and beside a headline it
    would pass for a longer standfirst sharing the story's words. So are the link that
    skips the menus (`Skip to main content`), over a masthead's date like a headline, and
    a line stating the story's reading time (`Reuters · 17h · 3 min read`), a byline's.
    """
    shown = [i for i, line in enumerate(lines) if not _only_an_address(line.text)]
    found = _candidates(tuple(lines[i] for i in shown))
    return [
        Candidate(shown[c.index], c.text, c.features)
        for c in found
        if not is_skip_link(c.text) and not states_reading_time(c.text)
    ]


def _only_an_address(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and holds_address(words[0])


def _candidates(lines: tuple[Line, ...]) -> list[Candidate]:
    first = _first_kept(lines)
    opening, lede_words = _opening(lines, first)
    # The first kept line is weighed against the article under it: against an opening
    # that holds it, it would restate itself.
    after_first = _opening(lines[first + 1 :], _first_kept(lines[first + 1 :]))
    seen = _shown_twice(lines)
    window = range(max(0, _header(lines, first) - WINDOW_LINES), min(first + 1, len(lines)))
    # Lines of four words or more, for telling a headline glued to a label from its copy.
    glued = frozenset(
        headline_text(lines[i].text.strip()).casefold()
        for i in window
        if len(_words(lines[i].text)) >= 4
    )
    found = []
    for index in window:
        text = lines[index].text.strip()
        if not _words(text) or len(text) > LONGEST_LINE or is_teaser_heading(text):
            continue  # a list's heading (`Most Popular`, `More from this author`) heads no article
        under, lede = after_first if index == first else (opening, lede_words)
        features = line_features(lines, index, first, under, seen, glued, lede)
        found.append(Candidate(index, headline_text(text), features))
    best = max((c.features[1] for c in found), default=0.0)
    position = FEATURE_NAMES.index("best_shared_in_window")
    return [
        Candidate(
            c.index,
            c.text,
            (
                *c.features[:position],
                float(c.features[1] == best and best > 0),
                *c.features[position + 1 :],
            ),
        )
        for c in found
    ]


@cache
def load_model(path: Path = WEIGHTS) -> LineModel:
    """Read the headline model's weights (`python -m digest.metadata.train_headlines`)."""
    return read_model(path, FEATURE_NAMES, "digest.metadata.train_headlines")


def same_text(candidate: Candidate) -> str:
    """Return the key two lines showing one headline share: a page often shows it twice
    (its title line and its heading), and the two are one answer, not rivals."""
    return candidate.text.casefold()


def best_text(keys: Sequence[str], probabilities: Sequence[float]) -> tuple[int, float]:
    """Return the first candidate of the most likely text, and that text's probability
    (the sum over the lines showing it)."""
    by_text: dict[str, float] = {}
    for key, probability in zip(keys, probabilities, strict=True):
        by_text[key] = by_text.get(key, 0.0) + probability
    best = max(range(len(keys)), key=lambda i: (by_text[keys[i]], -i))
    return best, by_text[keys[best]]


# Under this probability a shown headline is uncertain: cross-validated over the training
# pages, the headlines shown under it are right far less often (README, Decisions).
SURE_PROBABILITY = 0.75
# No headline: a whole quoted sentence (a claim, a pull quote), a line wholly in brackets.
_NOT_A_HEADLINE = re.compile(
    r'^["“„«][^"“”„«»]+[.!?]["”»]$|^[<\[(【〈《（][^<>\[\]()【】〈〉《》（）]+[>\])】〉》）]$'
)


class Ranked(NamedTuple):
    """The line the model ranks first for the headline; whether it is likely enough (its
    probability clears the model's threshold) to be shown as the page's own, and whether
    the model is sure of it (SURE_PROBABILITY: a headline it is not is shown as uncertain)."""

    line: Line
    likely: bool
    sure: bool


def best_headline(lines: tuple[Line, ...], model: LineModel | None = None) -> Ranked | None:
    """Return the line the model ranks first for the headline (see `Ranked`), or None
    when the page has no candidate line."""
    model = model or load_model()
    found = candidates(lines)
    if not found:
        return None
    probabilities = model.probabilities([c.features for c in found])
    best, probability = best_text([same_text(c) for c in found], probabilities)
    likely = probability >= model.threshold and not _NOT_A_HEADLINE.match(found[best].text)
    return Ranked(lines[found[best].index], likely, probability >= SURE_PROBABILITY)
