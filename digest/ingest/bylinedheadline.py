"""Which `<h1>` of a saved page stands over the article's byline: the headline readers see.

A page's `<h1>`s are not all its headline: a sticky bar prints a copy of it over its
buttons, an ad blocker's plea or another story's module takes one, a theme gives its
logo the `<h1>` and the story's headline an `<h2>`. The one over the byline (`By Dana
Kessler`, the markup's own writer, a publication date) is the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from digest.ingest.markup import Markup, key, names_the_site
from digest.ingest.pageauthors import author_statements
from digest.ingest.pagedates import published_date
from digest.metadata.credits import BYLINE
from digest.metadata.linecredits import LABELLED_BYLINE
from digest.text import word_weight

# A headline shorter than this many words (CJK characters counted as words are, see
# `word_weight`) that is only the start of a metadata title may be a kicker or a
# section (`Opinion`), not the headline.
MIN_PREFIX_WORDS = 3


def headline_in_an_h2(markup: Markup, sites: Sequence[str], hosts: set[str]) -> Markup | None:
    """Return the page read with its headline's `<h2>` as its `<h1>`, where its `<h1>`s
    only name the site (a logo: `<h1><a href="/">Donaupost</a></h1>`) and an `<h2>` stands
    over the article's byline or date: a theme that gives the logo the `<h1>` sets the
    story's headline one level down, and readers see that, whatever the SEO title says."""
    if not markup.h1s or not all(names_the_site(h1, sites, hosts) for h1 in markup.h1s):
        return None
    for text, end in markup.h2s:
        headed = replace(markup, h1s=(text,), h1_ends=(end,))
        if word_weight(text) >= MIN_PREFIX_WORDS and over_a_byline(headed, 0):
            return headed
    return None


def copy_over_its_byline(markup: Markup, index: int) -> int:
    """Return the last `<h1>` printing the same headline over the article's byline: a
    page may print its headline twice (a sticky bar's copy over its `Read Later` and
    `Share` buttons, then the article's own over its byline), and the byline and date
    are read under the article's copy, the one nearest them."""
    text = key(markup.h1s[index])
    copies = [other for other, h1 in enumerate(markup.h1s) if other >= index and key(h1) == text]
    return next((other for other in reversed(copies) if over_a_byline(markup, other)), index)


def _names_a_writer(byline: re.Match[str] | None) -> bool:
    """Say whether a `By` line names someone: `By joining Slate Plus you support our
    work` (a word in small letters after `By`) is a sentence."""
    return byline is not None and not byline["names"][:1].islower()


def over_a_byline(markup: Markup, index: int) -> bool:
    """Say whether an `<h1>` stands over the article's byline (`By Dana Kessler`, a name
    and `Publié le 3 décembre 2024`): the
    headline, on whatever subject an SEO title words it (`PHOTOS: Inside the final shrimp
    season` over `The last boats out of Port Alder`), unless it is all a quotation."""
    header = markup.under_headline(index)
    quoted = _QUOTATION.match(markup.h1s[index].strip())
    # The markup's own writer printed under it (alone, or first of the writers) is a byline
    # in any language: `അനു മാത്യു`, `Jerome Santos at Kristine Dela Cruz`.
    writers = {key(name) for name in author_statements(markup)}
    return not quoted and any(
        _names_a_writer(BYLINE.match(line))
        or LABELLED_BYLINE.match(line)
        or published_date(line)
        or any(key(line) == writer or key(line).startswith(writer + " ") for writer in writers)
        for line in header
    )


# An `<h1>` that is all a quotation (`'Why don't you go fight for the reindeer?'`) quotes
# the story's subject; the titles name the story.
_QUOTATION = re.compile(r"^['\"‘“«„].*['\"’”»“]$")
