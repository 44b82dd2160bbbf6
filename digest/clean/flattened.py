"""Lines that flatten a list of links into one: a menu, a ranked list, a topics bar.

A text scrape or an extractor joins a list's items into one line when the page puts
them in one block. Such a line is the page's navigation or a list of other stories,
never the article, and it must not be taken for the article's standfirst or its
description: `Home | World | Business | Tech`, `1 Photo sparks theories 2 Aides left
notes 3 Congressman denies ...`, `HOT TOPICS Brexit Election Viral video`.
"""

from __future__ import annotations

import re

from digest.clean.cues import TOPIC_BAR_LABELS, alternation
from digest.text import ends_like_sentence, word_weight

# A menu flattened into one line: `Home | Solutions | Partners | Jobs`.
MIN_MENU_SEPARATORS = 3
# A menu's entry is a few words; a part as long as a paragraph makes the line a table
# row holding the article (a page laid out as a table), not a menu.
MAX_ENTRY_WORDS = 12
# A ranked list of other stories (`Most read`) numbers three headlines at least, each
# of a few words and at most a long headline's length.
MIN_RANKED_ITEMS = 3
RANKED_ITEM_WORDS = range(3, 26)
# A topics bar is a label and a few names, shorter than a paragraph.
MAX_BAR_WORDS = 40
_DIGIT = re.compile(r"\d")
_TOPIC_BAR = re.compile(rf"(?:{alternation(TOPIC_BAR_LABELS)})(?P<mark>\s*[:|•›»])?\s")


def is_flattened_list(line: str, lowered: str) -> bool:
    """Say whether a line is a list of links joined into one line."""
    return _is_menu(line) or _is_ranked_list(line) or _is_topics_bar(line, lowered)


def _is_menu(line: str) -> bool:
    """Three or more ` | `-separated names of a few words, with no figures."""
    if line.count(" | ") < MIN_MENU_SEPARATORS or _DIGIT.search(line):
        return False
    if any(word_weight(part) > MAX_ENTRY_WORDS for part in line.split(" | ")):
        return False
    return not ends_like_sentence(line)


def _is_ranked_list(line: str) -> bool:
    """Headlines numbered 1, 2, 3 ... in one line, each number before a capital or a
    figure, as a headline starts: `1 Photo sparks theories 2 Aides left notes 3 ...`.

    A sentence that opens with a figure continues in lower case (`1 person died, 2
    were hurt`).
    """
    words = line.split()
    if not words or words[0] != "1":
        return False
    starts = [0]
    for index, word in enumerate(words):
        if word == str(len(starts) + 1) and index > starts[-1]:
            starts.append(index)
    ends = [*starts[1:], len(words)]
    items = [words[start + 1 : end] for start, end in zip(starts, ends, strict=True)]
    return len(items) >= MIN_RANKED_ITEMS and all(
        len(item) in RANKED_ITEM_WORDS and (item[0][0].isupper() or item[0][0].isdigit())
        for item in items
    )


def _is_topics_bar(line: str, lowered: str) -> bool:
    """A trending label written as a label, in capitals or before a mark, then names.

    `HOT TOPICS Brexit Election`, `Trending: Brexit | Election`; a headline that opens
    with the word (`Trending stocks fall as ...`) writes it as a word of the sentence.
    """
    bar = _TOPIC_BAR.match(lowered)
    if bar is None or word_weight(line) > MAX_BAR_WORDS or ends_like_sentence(line):
        return False
    label, names = line[: bar.start("mark") if bar["mark"] else bar.end()], line[bar.end() :]
    return bool(bar["mark"] or label.isupper()) and bool(names.strip()) and not names.isupper()
