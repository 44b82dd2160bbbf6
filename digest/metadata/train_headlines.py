"""Train the headline model (digest/metadata/headline_model.py) on pages written for training.

    python -m digest.metadata.train_headlines   # writes digest/metadata/headline_weights.json

Training pages, each with its headline label, all written for this project:

- tests/training_scrapes: saved news pages flattened to text lines, in the shapes real
  pages take (menus, tickers, teasers of other stories, comments, footers), written blind
  with invented stories;
- the synthetic scrapes of tests/metadata_scrapes (not `held_out/`, which is only scored),
  which hold the curator's pastes a saved page never is.

The real pages of `make eval` (../shared/eval: real-dev and the ScrapingHub set) are never
read here. Their licences allow evaluation and forbid training a released model on them,
so every real page stays a page the model was not trained on. The model is a conditional
logit: each page's candidate lines and a "none of them" option share one softmax, so a
page whose headline is not among its lines teaches the model to say so. The threshold a
shown headline needs is chosen by cross-validation over the training pages, for
precision first (`TARGET_PRECISION`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from digest.clean.cleaner import clean
from digest.evaluate.real import load_scorer, missing_scorer
from digest.ingest.seeds import Problem, seed_from_bytes
from digest.metadata.headline_model import FEATURE_NAMES, WEIGHTS, best_text, candidates, same_text
from digest.runinfo import ROOT

# Pages written for the project, each a NAME.txt with its NAME.yml label.
TRAINING_FOLDERS = (ROOT / "tests" / "training_scrapes", ROOT / "tests" / "metadata_scrapes")
# Of the headlines the model shows as read from the page, at least this share must be
# right in cross-validation: a wrong headline shown as the page's own costs more than
# one honestly derived from the lede.
TARGET_PRECISION = 0.95
FOLDS = 5
# Weight decay: keeps the weights small so no single cue decides alone.
L2 = 0.001
STEPS = 3000
LEARNING_RATE = 0.5


@dataclass(frozen=True)
class Page:
    """One training page: its candidates' features, which one is the headline (or -1)."""

    name: str
    features: np.ndarray  # candidates x features
    truths: tuple[int, ...]  # the candidates that are the headline (a page may show it twice)
    keys: tuple[str, ...]  # each candidate's text, as `same_text` compares them
    titled: bool  # whether the page has a headline at all


def _label_titles(label: dict) -> list[str]:
    titles = label.get("title")
    found = titles if isinstance(titles, list) else [titles] if titles else []
    return found + list((label.get("alternates") or {}).get("title") or [])


def _page(name: str, raw: bytes, titles: Sequence[str], same_title: Callable) -> Page:
    seed = seed_from_bytes(f"{name}.txt", raw, name)
    if isinstance(seed, Problem):
        raise SystemExit(f"{name}: {seed.reason}")
    found = candidates(clean(seed.text))
    matches = [i for i, c in enumerate(found) if any(same_title(c.text, t) for t in titles)]
    features = np.array([c.features for c in found], dtype=float).reshape(-1, len(FEATURE_NAMES))
    return Page(name, features, tuple(matches), tuple(same_text(c) for c in found), bool(titles))


def labelled_scrapes() -> Iterator[tuple[Path, dict]]:
    """Yield each training page's text file and its label (see the module's docstring)."""
    for folder in TRAINING_FOLDERS:
        for label_path in sorted(folder.rglob("*.yml")):
            text = label_path.with_suffix(".txt")
            if "held_out" in label_path.parts or not text.exists():
                continue
            yield text, yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}


def training_pages() -> Iterator[Page]:
    """Yield every training page with its candidates and the headline label."""
    same_title = load_scorer().same_title
    for text, label in labelled_scrapes():
        name = f"{text.parent.name}/{text.stem}"
        yield _page(name, text.read_bytes(), _label_titles(label), same_title)


def _softmax_with_none(scores: np.ndarray) -> np.ndarray:
    """Probabilities of each candidate and, last, of none (whose score is 0)."""
    exps = np.exp(np.clip(np.append(scores, 0.0), -30, 30))
    return exps / exps.sum()


def train(pages: Sequence[Page]) -> np.ndarray:
    """Fit the weights by gradient ascent on the pages' log-likelihood, with weight decay.

    All candidates stand in one matrix; `page_of` says which page each row belongs to,
    so one step is a few array operations whatever the number of pages.
    """
    kept = [page for page in pages if len(page.features)]
    rows = np.vstack([page.features for page in kept])
    page_of = np.repeat(np.arange(len(kept)), [len(page.features) for page in kept])
    is_headline = np.concatenate(
        [np.isin(np.arange(len(page.features)), page.truths) for page in kept]
    ).astype(float)
    weights = np.zeros(rows.shape[1])  # any model of this shape: headlines, sources
    for _ in range(STEPS):
        exps = np.exp(np.clip(rows @ weights, -30, 30))
        # Each page's softmax has a "none" option of score 0, hence the 1.
        totals = 1.0 + np.bincount(page_of, weights=exps, minlength=len(kept))
        expected = (exps / totals[page_of]) @ rows
        # The log-likelihood of a page is that of any of its headline lines (or of none,
        # with no feature, when it has none): its gradient is their expected features.
        true_exps = exps * is_headline
        true_totals = np.bincount(page_of, weights=true_exps, minlength=len(kept))
        observed = (true_exps / np.where(true_totals > 0, true_totals, 1.0)[page_of]) @ rows
        weights += LEARNING_RATE * ((observed - expected) / len(kept) - L2 * weights)
    return weights


def choose(page: Page, weights: np.ndarray) -> tuple[int, float]:
    """Return the candidate the model prefers and its probability (-1, 0 with none): the
    probabilities of the lines showing one text are summed, as `best_headline` does."""
    if not len(page.features):
        return -1, 0.0
    return best_text(page.keys, _softmax_with_none(page.features @ weights)[:-1].tolist())


def cross_validated(pages: Sequence[Page]) -> list[tuple[float, bool]]:
    """For each page, in order, trained on the other folds: the chosen line's
    probability and whether it is the headline."""
    results: list[tuple[float, bool]] = [(0.0, False)] * len(pages)
    for fold in range(FOLDS):
        weights = train([p for i, p in enumerate(pages) if i % FOLDS != fold])
        for index in range(fold, len(pages), FOLDS):
            best, probability = choose(pages[index], weights)
            results[index] = (probability, best in pages[index].truths)
    return results


def pick_threshold(results: Sequence[tuple[float, bool]]) -> float:
    """Return the lowest probability at which the headlines shown are precise enough."""
    for hundredths in range(5, 100):
        threshold = hundredths / 100
        shown = [right for probability, right in results if probability >= threshold]
        if shown and sum(shown) / len(shown) >= TARGET_PRECISION:
            return threshold
    return 1.0


def report(results: Sequence[tuple[float, bool]], threshold: float, pages: int) -> str:
    shown = [right for probability, right in results if probability >= threshold]
    right = sum(shown)
    return (
        f"cross-validated over {pages} pages ({FOLDS} folds), threshold {threshold}: "
        f"{right} right, {len(shown) - right} wrong, {pages - len(shown)} not shown "
        f"(precision {right / max(len(shown), 1):.3f})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m digest.metadata.train_headlines", description=__doc__
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    missing = missing_scorer()
    if missing:
        print(f"digest train_headlines: {missing}", file=sys.stderr)
        return 1
    pages = list(training_pages())
    results = cross_validated(pages)
    threshold = pick_threshold(results)
    print(report(results, threshold, len(pages)))
    weights = train(pages)
    data = {
        "trained_by": "python -m digest.metadata.train_headlines",
        "pages": len(pages),
        "threshold": threshold,
        "cross_validated": report(results, threshold, len(pages)),
        "weights": {
            name: round(float(w), 4) for name, w in zip(FEATURE_NAMES, weights, strict=True)
        },
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
