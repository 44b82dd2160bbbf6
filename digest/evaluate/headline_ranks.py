"""Where the labelled headline ranks among a flattened real page's candidate lines.

`real.py` scores the text path's titles (right / missing / wrong); this says where the
misses come from (`NOTES`, in docs/EVAL.md through `make eval`). The model learns from
pages written for the project alone (the real sets' licences forbid training on them), so
its ranking is the part of the text path's title figure that more real-shaped training
pages, not rules, would move. Pages are read as `digest clean` reads a text file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

from digest.clean.cleaner import clean
from digest.evaluate.real import (
    REAL_DEV,
    SCRAPINGHUB_LABELS,
    SCRAPINGHUB_PARTS,
    load_scorer,
    missing_scorer,
)
from digest.ingest.seeds import Problem, seed_from_bytes
from digest.metadata.headline_model import best_headline, candidates, same_text
from digest.runinfo import DEFAULT_EVAL_DIR

COLUMNS = ("shown right", "shown wrong", "first, not sure", "second or lower", "no candidate")
# The halves of the ScrapingHub set, not its quarters: this section reads every page's
# ranking, and the sealed quarter is printed only as `real.py`'s figures.
_HALVES = SCRAPINGHUB_PARTS[:2]


def rank_outcome(lines_text: str, label: dict, scorer: ModuleType) -> str | None:
    """Return what became of the page's labelled headline (one of COLUMNS), or None when
    the flattened page does not show one."""
    if scorer.verdict("title", {"title": None}, label, text_path=True) == "right":
        return None  # no headline the text shows: nothing to rank
    lines = clean(lines_text)
    ranked = best_headline(lines)
    if ranked is None:
        return "no candidate"
    found = candidates(lines)
    best = next(c for c in found if lines[c.index] is ranked.line)
    right = {
        same_text(c)
        for c in found
        if scorer.verdict("title", {"title": c.text, "title_from": "page"}, label, True) == "right"
    }
    if ranked.likely:
        return "shown right" if same_text(best) in right else "shown wrong"
    if same_text(best) in right:
        return "first, not sure"
    return "second or lower" if right else "no candidate"


def _pages(scrapinghub: Path) -> Iterator[tuple[str, Path, Path]]:
    """Yield (set name, raw text, label) for real-dev and the ScrapingHub halves."""
    for label in sorted(REAL_DEV.glob("*.meta.json")):
        yield "real-dev", REAL_DEV / label.name.replace(".meta.json", ".raw.txt"), label
    for half, first_digits in _HALVES:
        for label in sorted(SCRAPINGHUB_LABELS.glob("*.meta.json")):
            if label.name[0] in first_digits:
                raw = scrapinghub / label.name.replace(".meta.json", ".raw.txt")
                yield f"scrapinghub {half}", raw, label


def outcomes(scrapinghub: Path, scorer: ModuleType | None = None) -> dict[str, Counter[str]]:
    """Count each set's pages by what became of their headline."""
    scorer = scorer or load_scorer()
    counts: dict[str, Counter[str]] = {}
    for set_name, raw, label_path in _pages(scrapinghub):
        if not raw.exists():
            continue
        seed = seed_from_bytes(raw.name, raw.read_bytes(), raw.stem)
        if isinstance(seed, Problem):
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        outcome = rank_outcome(seed.text, label, scorer)
        if outcome:
            counts.setdefault(set_name, Counter())[outcome] += 1
    return counts


def table(counts: dict[str, Counter[str]]) -> str:
    """Markdown: per set, its pages in each column, with their share."""
    lines = [
        "| set | pages | " + " | ".join(COLUMNS) + " |",
        "| --- | --- |" + " --- |" * len(COLUMNS),
    ]
    for set_name, counted in counts.items():
        total = sum(counted.values())
        cells = [f"{counted[c]} ({counted[c] / total:.0%})" for c in COLUMNS]
        lines.append(f"| {set_name} | {total} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


NOTES = """\
For each real page whose headline the flattened text shows, the headline model
(digest/metadata/headline_model.py) ranks the page's candidate lines, and the page is
counted by what became of its headline. *shown right*: ranked first and likely enough to
be shown as read from the page; *shown wrong*: another line was ranked first and shown;
*first, not sure*: ranked first, under the model's threshold (the title comes from the
lede, marked so); *second or lower*: another line was ranked first, under the threshold
too; *no candidate*: the headline is not among the lines the model weighs. The headline
is ranked first on the pages of the first and third columns: a threshold can only trade
the third column against wrong titles, and the fourth needs a better ranking. The model
is trained on pages written for the project only; the real sets' licences forbid training
on them.
"""


def ranks_section(scrapinghub: Path) -> str:
    """Return the Markdown section docs/EVAL.md carries (a line saying why not, when the
    reference scorer is not beside the checkout)."""
    head = "## Text path: where the headline ranks\n\n"
    if missing := missing_scorer():
        return f"{head}Not scored: {missing}.\n"
    return (
        f"{head}Generated by `python -m digest.evaluate.headline_ranks` (part of `make eval`)."
        f"\n\n{table(outcomes(scrapinghub))}\n\n{NOTES}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; exit 1 with one line when the reference scorer is missing."""
    parser = argparse.ArgumentParser(
        prog="python -m digest.evaluate.headline_ranks", description=__doc__
    )
    parser.add_argument("--set", type=Path, default=DEFAULT_EVAL_DIR)
    args = parser.parse_args(argv)
    if missing := missing_scorer():
        print(f"digest headline_ranks: {missing}", file=sys.stderr)
        return 1
    print(table(outcomes(args.set)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
