"""The shape both learned models share: a weight per feature of a candidate line, one
softmax over a page's candidates and a "none of them" option, and the probability a
shown answer needs. The headline model (digest/metadata/headline_model.py) and the
source model (digest/metadata/source_model.py) are each one, trained by their scripts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LineModel:
    """The learned weights of the features, and the probability a shown headline needs."""

    weights: tuple[float, ...]
    threshold: float

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Return each candidate's probability of being the answer, from its features.

        The candidates of a page share one softmax with a "none of them" option of score
        0, as in training: a line is likely only when no other line, and not "none",
        is as likely (`digest.metadata.train_headlines`).
        """
        scores = [
            max(min(sum(w * x for w, x in zip(self.weights, row, strict=True)), 30.0), -30.0)
            for row in rows
        ]
        exps = [math.exp(score) for score in scores]
        total = 1.0 + sum(exps)
        return [each / total for each in exps]


def read_model(path: Path, names: Sequence[str], trainer: str) -> LineModel:
    """Read the weights a training script wrote; their names must be the code's
    features (`names`), else the file is stale and `trainer` must be run again."""
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data["weights"]
    if list(weights) != list(names):
        raise ValueError(f"{path}: features differ from the code's; rerun {trainer}")
    return LineModel(tuple(float(w) for w in weights.values()), float(data["threshold"]))
