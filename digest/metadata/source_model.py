"""Choose the source of a flattened page with a small model over its candidate names.

Hand-written rules for "which name on the page is its source" were tuned until they
looked right on the pages they were tuned on, and then showed a wrong source on new
pages: a wire's dateline on a site's own page, a parent company's copyright (`AOL`
under Engadget), a sister brand in the menus, a name the flattened page does not show
as its source at all. What tells the source apart is a balance of cues that each hold
on any news page (see `candidate_features`): how many different kinds of place name
it (a site names itself in its menus, footer and masthead; a parent company only in
its copyright), whether it is a news agency and whether the page has a site's
furniture around the report (a curator's paste of wire copy has none: the wire is its
source; a site carrying the wire's report has its own), whether it is named as a
company, whether the body talks about it. Instead of hand-set weights, the balance is
learned: a conditional logit trained by `python -m digest.metadata.train_sources` on pages
written for the project in the shapes real pages take, labelled by reading them (never on
the real pages of `make eval`, whose licences forbid it), its weights in
`source_weights.json` beside this module. The candidates and their features are made
in digest/metadata/source_candidates.py.

The candidates of a page share one softmax with a "none of them" option: the best name
is shown only when its probability clears the threshold the training script chose for
precision; otherwise the source stays empty (a wrong source shown as read from the page
costs a curator's trust more than an empty one). The name the hand-written order of
evidence reads (digest/metadata/sourcing.py) is one cue among the others (`kind_rules`): the
model learns where that reading is right and where it is not (a wire on a site's page
that never names itself, a company's copyright).

On the text path digest/metadata/extract.py uses the model as a veto (`vetted_source`): the
rules' reading is shown only where the model gives it a probability over the veto the
training script chose. The model's own choice (`likeliest_source`) shows more right
names on the training pages, but on the real pages it never saw it shows far more wrong
ones than the vetted rules (docs/EVAL.md); `python -m digest.metadata.train_sources` prints both,
cross-validated, against the rules on the same pages.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from digest.article_parts import Line
from digest.metadata.linemodel import LineModel, read_model
from digest.metadata.selfnames import fold, is_owner_shaped, self_references
from digest.metadata.source_candidates import (
    FEATURE_NAMES,
    _candidates,
    candidates,
    named_places,
)
from digest.metadata.sourcing import read_source, rests_on_one_place

WEIGHTS = Path(__file__).with_name("source_weights.json")


@cache
def load_model(path: Path = WEIGHTS) -> LineModel:
    """Read the source model's weights (`python -m digest.metadata.train_sources`).

    The model has the headline model's shape (weights and a threshold, one softmax
    over a page's candidates and "none"), so it is one."""
    return read_model(path, FEATURE_NAMES, "digest.metadata.train_sources")


def likeliest_source(
    lines: tuple[Line, ...],
    agency: str | None = None,
    authors: tuple[str, ...] = (),
    suffix: str | None = None,
    model: LineModel | None = None,
) -> str | None:
    """Return the name the model ranks first for the source when its probability clears
    the model's threshold, else None: an empty source is better than a wrong one."""
    found = candidates(lines, agency, authors, suffix)
    if not found:
        return None
    model = model or load_model()
    probabilities = model.probabilities([c.features for c in found])
    best = max(range(len(found)), key=lambda i: probabilities[i])
    return found[best].name if probabilities[best] >= model.threshold else None


@cache
def load_veto(path: Path = WEIGHTS) -> float:
    """Read the probability under which the model overrules the rules' reading."""
    return float(json.loads(path.read_text(encoding="utf-8"))["veto"])


def vetted_source(
    lines: tuple[Line, ...],
    agency: str | None = None,
    authors: tuple[str, ...] = (),
    suffix: str | None = None,
    model: LineModel | None = None,
    veto: float | None = None,
    headline: str | None = None,
) -> str | None:
    """Return the name the hand-written rules read (digest/metadata/sourcing.py), unless the model
    finds it unlikely (under `veto`): then none. The model only takes away: the page's
    own credit, its masthead and its wire, as the rules read them, stay as they are where
    the model agrees, and a wire on a site's page, a parent company or a name the page
    does not show as its own is left empty where it does not. Nor is a reading that
    rests on one place of a site's page (`sourcing.rests_on_one_place`)."""
    references = self_references(lines)
    reading = read_source(lines, agency, authors, suffix, references)
    if reading is None:
        return None
    places = named_places(lines, agency, authors, suffix, references, reading)
    found = _candidates(lines, authors, places)
    read = next((i for i, c in enumerate(found) if c.rules_name), None)
    if read is None:
        return None
    if rests_on_one_place(reading, found[read].kinds, lines) or is_owner_shaped(reading.name):
        return None  # `American Public Media` over Marketplace: the owner, not the site
    if _the_story_s_subject(reading.name, found[read].kinds, headline, lines):
        return None
    model = model or load_model()
    probability = model.probabilities([c.features for c in found])[read]
    return (
        found[read].rules_name if probability >= (load_veto() if veto is None else veto) else None
    )


# Kinds of place that name a topic as readily as the site: `More from X`, a menu's `X`.
# A name this many paragraphs of the article tell of is what the article is about.
MIN_TOLD = 2
# A caption's closing credit (`Noor Haddad / Prairie Standard`): the site, not a subject.
_PHOTO_CREDIT = re.compile(r"\s/\s[^/]{1,60}$")
_TOPIC_PLACES = frozenset({"lists", "menus", "offers", "alone", "agreed", "rules"})


def _the_story_s_subject(
    name: str, kinds: frozenset[str], headline: str | None, lines: tuple[Line, ...]
) -> bool:
    """Say whether a name read only from lists and menus (`More from Saskatchewan`, a
    tech site's `Apple Store` and `Apple Watch`) is the story's subject: its headline
    names it too (`Extreme cold warning issued for much of Saskatchewan`), or paragraphs
    of the article do. A site names itself in its footer and its notices too."""
    if not kinds <= _TOPIC_PLACES:
        return False
    folded = f" {fold(name)} "
    named = re.compile(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)")
    told = sum(
        bool(named.search(fold(_PHOTO_CREDIT.sub("", line.text))))
        for line in lines
        if line.verdict.kept
    )
    return folded in f" {fold(headline or '')} " or told >= MIN_TOLD
