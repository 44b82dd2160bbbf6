"""Train the source model (digest/metadata/source_model.py) on pages written for training.

    python -m digest.metadata.train_sources          # writes digest/metadata/source_weights.json

Training pages, each with its source label, all written for this project: the pages the
headline model learns from (`train_headlines.labelled_scrapes`: tests/training_scrapes and
the synthetic scrapes) and the seeds (tests/labels/seeds), which hold the curator's pastes
of wire copy a saved page never is. The real pages of `make eval` are never read here
(their licences forbid training a released model on them), so they score the model as
pages it never saw.

Which candidate is right is the reference scorer's verdict on the text path: a label the
flattened page does not show makes "none" the only right answer. The model and its
training are the headline model's (a conditional logit with a "none" option,
digest/metadata/train_headlines.py). On the text path the model vetoes the rules' reading
(`vetted_source`): the veto is chosen by cross-validation over the training pages, where
the rules it vets are measured too, on the same pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import numpy as np
import yaml

from digest.evaluate.metadata import SEED_LABELS, SEEDS
from digest.evaluate.real import load_scorer, missing_scorer
from digest.ingest.seeds import Problem, read_seed, seed_from_bytes
from digest.metadata import extract as metadata
from digest.metadata.credits import plausible_source
from digest.metadata.source_candidates import FEATURE_NAMES, candidates
from digest.metadata.source_model import WEIGHTS
from digest.metadata.sourcing import read_source
from digest.metadata.train_headlines import (
    FOLDS,
    Page,
    _softmax_with_none,
    cross_validated,
    labelled_scrapes,
    pick_threshold,
    train,
)
from digest.pipeline import article_from_seed

VERDICTS = ("right", "missing", "wrong")
# In choosing the veto, a wrong source shown costs this many right ones.
WRONG_COST = 2


@dataclass(frozen=True)
class Labelled:
    """One training page: the model's view of it, and what the rules showed on it."""

    page: Page
    none_right: bool  # whether showing no source is right (the scorer's verdict)
    rules: str  # the rules' verdict on the text path: right, missing or wrong
    rules_shown: bool  # whether the rules showed a source


@contextmanager
def _recording(calls: list[tuple]) -> Iterator[None]:
    """Record what the metadata stage hands the source reading (the lines, the wire, the
    writers, the headline's suffix): the model is trained on what it sees at build time.
    The stage calls the model on the text path (`vetted_source`)."""
    target = next(
        name
        for name in ("vetted_source", "likeliest_source", "read_source")
        if hasattr(metadata, name)
    )
    reading = getattr(metadata, target)

    def recorder(*args: object, **options: object) -> object:
        calls.append(args)  # the candidates' inputs; `headline` only guards the reading
        return reading(*args, **options)

    with mock.patch.object(metadata, target, recorder):
        yield


def _labelled(name: str, seed: object, label: dict, verdict: object) -> Labelled:
    if isinstance(seed, Problem):
        raise SystemExit(f"{name}: {seed.reason}")
    calls: list[tuple] = []
    with _recording(calls):
        article_from_seed(seed)  # type: ignore[arg-type]
    args = calls[-1]
    found = candidates(*args)

    def judge(source: str | None) -> str:
        return verdict("source", {"source": source}, label, text_path=True)  # type: ignore[operator]

    truths = tuple(i for i, c in enumerate(found) if judge(c.name) == "right")
    features = np.array([c.features for c in found], dtype=float).reshape(-1, len(FEATURE_NAMES))
    page = Page(name, features, truths, tuple(c.key for c in found), bool(label.get("source")))
    # What the hand-written rules show on the same page, to measure the model against.
    reading = read_source(*args)
    shown = plausible_source(reading.name) if reading else None
    return Labelled(page, judge(None) == "right", judge(shown), bool(shown))


def _as_scorer_label(label: dict) -> dict:
    """A synthetic label may list several right names: the scorer's form is one name and
    its alternates."""
    source = label.get("source")
    names = source if isinstance(source, list) else [source] if source else []
    return {"source": names[0] if names else None, "alternates": {"source": names[1:]}}


def training_pages() -> Iterator[Labelled]:
    """Yield every training page with its candidates and the source label."""
    verdict = load_scorer().verdict
    for text, label in labelled_scrapes():
        seed = seed_from_bytes(text.name, text.read_bytes(), text.stem)
        name = f"{text.parent.name}/{text.stem}"
        yield _labelled(name, seed, _as_scorer_label(label), verdict)
    for label_path in sorted(SEED_LABELS.glob("*.meta.yml")):
        name = label_path.name.removesuffix(".meta.yml")
        label = _as_scorer_label(yaml.safe_load(label_path.read_text(encoding="utf-8")) or {})
        yield _labelled(f"seeds/{name}", read_seed(SEEDS / f"{name}.txt"), label, verdict)


def model_figures(
    pages: Sequence[Labelled], results: Sequence[tuple[float, bool]], threshold: float
) -> dict[str, int]:
    """Count the shown right, shown wrong and not shown sources, and the scorer's
    right / missing / wrong (an empty source is right where none is expected)."""
    counts = dict.fromkeys(("shown right", "shown wrong", "not shown", *VERDICTS), 0)
    for item, (probability, right) in zip(pages, results, strict=True):
        if probability >= threshold:
            counts["shown right" if right else "shown wrong"] += 1
            counts["right" if right else "wrong"] += 1
        else:
            counts["not shown"] += 1
            counts["right" if item.none_right else "missing"] += 1
    return counts


def rules_figures(pages: Sequence[Labelled]) -> dict[str, int]:
    """Count the rules' verdicts on the same pages, in the model's terms."""
    shown = [item for item in pages if item.rules_shown]
    counts = {
        "shown right": sum(item.rules == "right" for item in shown),
        "shown wrong": sum(item.rules == "wrong" for item in shown),
        "not shown": len(pages) - len(shown),
    }
    return counts | {verdict: sum(item.rules == verdict for item in pages) for verdict in VERDICTS}


def rules_probabilities(pages: Sequence[Labelled]) -> list[float | None]:
    """For each page, in order, trained on the other folds: the probability the model
    gives the rules' reading, or None when the rules read no name the page offers."""
    column = FEATURE_NAMES.index("kind_rules")
    found: list[float | None] = [None] * len(pages)
    for fold in range(FOLDS):
        weights = train([item.page for i, item in enumerate(pages) if i % FOLDS != fold])
        for index in range(fold, len(pages), FOLDS):
            page = pages[index].page
            if not len(page.features):
                continue
            probabilities = _softmax_with_none(page.features @ weights)[:-1]
            read = np.flatnonzero(page.features[:, column])
            found[index] = float(probabilities[read[0]]) if len(read) else None
    return found


def vetted_figures(
    pages: Sequence[Labelled], probabilities: Sequence[float | None], veto: float
) -> dict[str, int]:
    """Count the rules' readings the model lets through (`vetted_source`), in the
    model's terms."""
    counts = dict.fromkeys(("shown right", "shown wrong", "not shown", *VERDICTS), 0)
    for item, probability in zip(pages, probabilities, strict=True):
        if item.rules_shown and probability is not None and probability >= veto:
            counts["shown right" if item.rules == "right" else "shown wrong"] += 1
            counts[item.rules] += 1
        else:
            counts["not shown"] += 1
            counts["right" if item.none_right else "missing"] += 1
    return counts


def pick_veto(pages: Sequence[Labelled], probabilities: Sequence[float | None]) -> float:
    """Return the lowest veto at which the rules' readings the model lets through gain
    most, a wrong source counted twice against a right one: a wrong value shown costs a
    curator's trust more than an empty one."""

    def gain(veto: float) -> int:
        counts = vetted_figures(pages, probabilities, veto)
        return counts["shown right"] - WRONG_COST * counts["shown wrong"]

    return max((hundredths / 100 for hundredths in range(100)), key=lambda v: (gain(v), -v))


def describe(counts: dict[str, int]) -> str:
    return ", ".join(f"{value} {key}" for key, value in counts.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m digest.metadata.train_sources", description=__doc__
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    missing = missing_scorer()
    if missing:
        print(f"digest train_sources: {missing}", file=sys.stderr)
        return 1
    labelled = list(training_pages())
    pages = [item.page for item in labelled]
    results = cross_validated(pages)
    rules = describe(rules_figures(labelled))
    print(f"rules on the same {len(labelled)} pages: {rules}")
    threshold = pick_threshold(results)
    figures = describe(model_figures(labelled, results, threshold))
    print(f"model, cross-validated ({FOLDS} folds), threshold {threshold}: {figures}")
    probabilities = rules_probabilities(labelled)
    veto = pick_veto(labelled, probabilities)
    vetted = describe(vetted_figures(labelled, probabilities, veto))
    print(f"rules vetted by the model, cross-validated, veto {veto}: {vetted}")
    data = {
        "trained_by": "python -m digest.metadata.train_sources",
        "pages": len(pages),
        "threshold": threshold,
        "cross_validated": figures,
        "rules_on_the_same_pages": rules,
        "veto": veto,
        "cross_validated_vetted": vetted,
        "weights": {
            name: round(float(w), 4) for name, w in zip(FEATURE_NAMES, train(pages), strict=True)
        },
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
