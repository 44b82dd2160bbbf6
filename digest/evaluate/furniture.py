"""Measure furniture learned from the digest on real pages: `python -m digest.evaluate.furniture`.

The recurring stage (`digest/clean/recurring.py`) drops a kept line found verbatim on pages of
MIN_STORIES or more different stories. Synthetic tests show it does what it says; this
module shows what it does to pages nobody on this project wrote. Each labelled set is
taken as one digest, as `digest clean --json FILES` takes its files: every page is
cleaned (`pipeline.cleaned_article`), then the stage runs over the whole set
(`pipeline.drop_recurring`), exactly as a build runs them. Per set it reports how many
lines left and from how many pages, the body scores against the labelled bodies with and
without the stage (the reference scorer's `body_pr`, averaged over pages as its `score`
does), the lines dropped most often, every dropped line that is text of its page's
labelled body (a false drop), and the lines several pages share that the stage left in.
`--write` puts it in docs/FURNITURE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from digest.article import Article
from digest.article_parts import Verdict
from digest.clean.recurring import COPY_SHARE, MIN_STORIES, line_keys, unpack_keys
from digest.evaluate.real import REAL_DEV, SCRAPINGHUB_LABELS, load_scorer, missing_pages
from digest.ingest.seeds import Problem, read_seed
from digest.pipeline import cleaned_article, drop_recurring
from digest.runinfo import DEFAULT_EVAL_DIR, ROOT, machine, revision
from digest.site.render import body_markdown

FURNITURE_DOC = ROOT / "docs" / "FURNITURE.md"
COMMAND = "python -m digest.evaluate.furniture --write"
# A line is body text when this share of its word 4-grams is in the labelled body (the
# scorer's own measure, the line taken as a prediction), or when it is one of the body's
# lines: labelled bodies are re-flowed from the page, so a paragraph may come with a
# word changed or split in two and still be the body's text.
BODY_SHARE = 0.8
# The lines listed per set and kind, enough to judge what kind they are.
LISTED = 15
# A listed line is cut to this many characters: its start tells what it is.
SHOWN_CHARS = 160

Scorer = Callable[[str, str], tuple[float | None, float | None]]


@dataclass(frozen=True)
class PageSet:
    """A labelled set taken as one digest: per NAME, NAME.raw.txt and NAME.body.txt in
    `pages`, NAME.meta.json (its `url` and `body_complete`) in `labels`."""

    name: str
    pages: Path
    labels: Path


@dataclass(frozen=True)
class BodyScore:
    """Macro precision and recall of the bodies, and their F1, as score_real.py gives it."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class LineFound:
    """A line as the report lists it: on how many pages, and whether it is body text."""

    text: str
    pages: int  # the pages it was dropped from, or kept on
    on: int  # the pages holding it, whatever the cleaner made of it there
    in_body: tuple[str, ...]  # of `pages`, those whose labelled body holds it


@dataclass(frozen=True)
class SetReport:
    """What the recurring stage did to one set taken as one digest."""

    name: str
    pages: int
    sites: int  # hosts of the labelled urls
    on_big_sites: int  # pages of a site with MIN_STORIES or more pages in the set
    dropped: int  # lines
    touched: int  # pages with a line dropped
    without: BodyScore
    with_stage: BodyScore
    dropped_lines: list[LineFound]  # each text once, most pages first
    shared_kept: list[LineFound]  # kept lines on two pages or more, most pages first

    @property
    def false_drops(self) -> list[LineFound]:
        return [line for line in self.dropped_lines if line.in_body]


def page_sets(scrapinghub: Path = DEFAULT_EVAL_DIR) -> list[PageSet]:
    """The two sets the issue names: the ScrapingHub text pages and real-dev."""
    return [
        PageSet("ScrapingHub", scrapinghub, SCRAPINGHUB_LABELS),
        PageSet("real-dev", REAL_DEV, REAL_DEV),
    ]


def cleaned_set(page_set: PageSet) -> list[Article]:
    """Clean every page of the set, ids the page names, in name order (as a build reads
    its seeds)."""
    articles = []
    for path in sorted(page_set.pages.glob("*.raw.txt")):
        seed = read_seed(path, seed_id=path.name.removesuffix(".raw.txt"))
        if isinstance(seed, Problem):
            raise ValueError(f"{path}: {seed.reason}")
        articles.append(cleaned_article(seed))
    return articles


def body_score(
    articles: Sequence[Article], golds: dict[str, str | None], scorer: Scorer
) -> BodyScore:
    """Score each body against its labelled one with the scorer's `body_pr`; average over
    the pages as score_real.py's `score` does (a page whose label says its body is
    incomplete, `None` here, counts in neither mean)."""
    precisions, recalls = [], []
    for article in articles:
        gold = golds[article.id]
        if gold is None:
            continue
        precision, recall = scorer(body_markdown(article.lines), gold)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    return BodyScore(_mean(precisions), _mean(recalls))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def holders(articles: Sequence[Article], wanted: Callable[[Verdict], bool]) -> dict[str, set[str]]:
    """Map each line whose verdict is `wanted` (whitespace made single spaces) to the
    pages holding it; lines the stage never counts (no letter or digit) are left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        hashes = unpack_keys(line_keys(article.lines))[0]
        for line, value in zip(article.lines, hashes, strict=True):
            if value and wanted(line.verdict):
                found[" ".join(line.text.split())].add(article.id)
    return found


def listed_lines(
    found: dict[str, set[str]],
    everywhere: dict[str, set[str]],
    bodies: dict[str, str],
    scorer: Scorer,
    least: int = 1,
) -> list[LineFound]:
    """The lines of `found` on `least` pages or more, most pages first, each with the
    pages holding it in `everywhere` and the pages whose labelled body holds it."""
    lines = [
        LineFound(
            text,
            len(pages),
            len(everywhere[text]),
            tuple(p for p in sorted(pages) if is_body_text(text, bodies[p], scorer)),
        )
        for text, pages in found.items()
        if len(pages) >= least
    ]
    return sorted(lines, key=lambda line: (-line.pages, line.text))


def is_body_text(text: str, body: str, scorer: Scorer) -> bool:
    """Tell whether a line is text of a labelled body (see BODY_SHARE)."""
    if text in {" ".join(line.split()) for line in body.splitlines()}:
        return True
    return (scorer(text, body)[0] or 0.0) >= BODY_SHARE


def measure_set(page_set: PageSet, scorer: ModuleType) -> SetReport:
    """Clean the set, run the recurring stage over all of it, and report what left."""
    cleaned = cleaned_set(page_set)
    marked, _ = drop_recurring(cleaned)
    bodies = {
        a.id: (page_set.pages / f"{a.id}.body.txt").read_text(encoding="utf-8") for a in cleaned
    }
    labels = {a.id: _label(page_set, a.id) for a in cleaned}
    golds = {
        name: None if labels[name].get("body_complete") is False else body
        for name, body in bodies.items()
    }
    sites = Counter(
        urlsplit(label.get("url") or "").netloc.lower().removeprefix("www.")
        for label in labels.values()
    )
    sites.pop("", None)
    everywhere = holders(marked, lambda verdict: True)
    return SetReport(
        name=page_set.name,
        pages=len(marked),
        sites=len(sites),
        on_big_sites=sum(count for count in sites.values() if count >= MIN_STORIES),
        dropped=sum(len(article.recurring) for article in marked),
        touched=sum(1 for article in marked if article.recurring),
        without=body_score(cleaned, golds, scorer.body_pr),
        with_stage=body_score(marked, golds, scorer.body_pr),
        dropped_lines=listed_lines(
            holders(marked, lambda verdict: verdict is Verdict.RECURRING),
            everywhere,
            bodies,
            scorer.body_pr,
        ),
        shared_kept=listed_lines(
            holders(marked, lambda verdict: verdict.kept), everywhere, bodies, scorer.body_pr, 2
        ),
    )


def _label(page_set: PageSet, name: str) -> dict[str, Any]:
    label = page_set.labels / f"{name}.meta.json"
    return json.loads(label.read_text(encoding="utf-8")) if label.exists() else {}


# --- the report --------------------------------------------------------------------


def code(text: str) -> str:
    """Show a line as inline code, cut to SHOWN_CHARS, whatever backticks it holds."""
    if len(text) > SHOWN_CHARS:
        text = text[: SHOWN_CHARS - 1].rstrip() + "…"
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def tables(reports: Sequence[SetReport]) -> str:
    """Markdown: per set, what the stage dropped, then the body scores without and with it."""
    stage = [
        f"| set | pages | sites (pages on a site with {MIN_STORIES}+) | lines dropped "
        "| pages touched "
        "| false drops | shared kept lines (body text) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    scores = [
        "| set | body P / R / F1 without the stage | with it | F1 change |",
        "| --- | --- | --- | ---: |",
    ]
    for r in reports:
        in_body = sum(1 for line in r.shared_kept if line.in_body)
        stage.append(
            f"| {r.name} | {r.pages} | {r.sites} ({r.on_big_sites}) | {r.dropped} | {r.touched} "
            f"| {len(r.false_drops)} | {len(r.shared_kept)} ({in_body}) |"
        )
        cells = [
            f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}" for s in (r.without, r.with_stage)
        ]
        scores.append(
            f"| {r.name} | {cells[0]} | {cells[1]} | {r.with_stage.f1 - r.without.f1:+.4f} |"
        )
    return "\n".join(stage) + "\n\n" + "\n".join(scores)


def _items(lines: Sequence[LineFound]) -> list[str]:
    shown = [
        f"- {line.pages} × {code(line.text)}, on {line.on} pages"
        + (" (body text)" if line.in_body else "")
        for line in lines[:LISTED]
    ]
    more = f"- … and {len(lines) - LISTED} more" if len(lines) > LISTED else None
    return ([*shown, more] if more else shown) or ["- none"]


def line_lists(report: SetReport) -> str:
    """Markdown: the set's dropped lines, its false drops and the shared lines kept."""
    drops = [f"`{page}`: {code(line.text)}" for line in report.false_drops for page in line.in_body]
    parts = [
        f"### {report.name}\n",
        "Lines dropped, most frequent first (the pages it left, the line, the pages of the "
        "set holding it, kept or dropped by the cleaner):\n",
        *_items(report.dropped_lines),
        "\nDropped lines that are text of the page's labelled body (false drops):\n",
        *([f"- {drop}" for drop in drops] or ["- none"]),
        "\nKept lines on two pages or more, which the stage left in (on pages of fewer than "
        f"{MIN_STORIES} stories, or judged copies of one story):\n",
        *_items(report.shared_kept),
    ]
    return "\n".join(parts) + "\n"


def verdict(reports: Sequence[SetReport]) -> str:
    """One plain sentence per set on whether the stage took body text."""
    sentences = []
    for r in reports:
        pages = {page for line in r.false_drops for page in line.in_body}
        if pages:
            sentences.append(
                f"On {r.name} the stage drops real body text: {len(r.false_drops)} of its "
                f"{len(r.dropped_lines)} distinct dropped lines are text of the labelled body "
                f"of {len(pages)} pages."
            )
        else:
            sentences.append(f"On {r.name} none of the {r.dropped} dropped lines is body text.")
        sentences.append(
            f"{r.on_big_sites} of its {r.pages} pages are on a site with {MIN_STORIES} pages "
            "or more in the set."
        )
    return " ".join(sentences)


INTRO = f"""\
# Furniture learned from the digest, measured on real pages

A cleaner that judges one page at a time keeps the furniture that reads like prose: a
site's paragraph about itself, an "In Perspective" list, an author's bio, a wire's
background paragraph. The digest sees every page of its sources, and such a line comes
back word for word on pages of stories that have nothing else in common. So the
recurring stage (`digest/clean/recurring.py`, between cleaning and metadata) drops a kept line
found verbatim (whitespace aside) on pages of at least `MIN_STORIES` = {MIN_STORIES}
different stories, with the reason "repeated on N other pages of the digest". A line
without a letter or digit (a rule, a bullet) is never counted.

Why {MIN_STORIES}: two stories may share a line honestly (a quote both report verbatim,
or a loose rewrite that kept one paragraph word for word beside its report); a line on
pages of three unrelated stories is the site's, the wire's or the company's stock text.
Copies of one story keep the lines they share: two pages holding a line are copies when
the other kept lines they share are at least `COPY_SHARE` = {COPY_SHARE:.0%} of the
shorter page's words, so a repost never makes its own report's paragraphs furniture.

Each set is taken as one digest, as `digest clean --json FILES` takes its files: every
page cleaned, then the stage over the whole set (the ScrapingHub set whole, both its
halves; nothing here is tuned on it). Body scores are the reference scorer's
(`../shared/tools/score_real.py`, `body_pr`: word 4-gram precision and recall, averaged
over pages; real-dev's goose3 pages whose label says the body is only the article's
opening count in neither mean). A line is *body text* when it is one of its page's
labelled body lines or {BODY_SHARE:.0%} of its 4-grams are in that body; a *false drop*
is a dropped line that is body text. *Shared kept lines* are the kept lines on two pages
or more that the stage left in, and how many of them are body text: what a lower
threshold would have had to judge. *Sites* are the hosts of the labelled urls: the stage
can learn a site's own stock text only where the set holds {MIN_STORIES} of its pages,
and a line many sites share (a gallery's buttons) anywhere.
"""


def furniture_doc(reports: Sequence[SetReport], seconds: float) -> str:
    """The whole of docs/FURNITURE.md."""
    return (
        f"{INTRO}\n## Figures\n\n"
        f"Generated by `{COMMAND}`, {revision()}, {machine()}, {seconds:.0f} s.\n\n"
        f"{tables(reports)}\n\n{verdict(reports)}\n\n## The lines\n\n"
        + "\n".join(line_lists(report) for report in reports)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the furniture figures; with --write, put them in docs/FURNITURE.md."""
    parser = argparse.ArgumentParser(
        prog="python -m digest.evaluate.furniture", description=__doc__
    )
    parser.add_argument(
        "--set",
        type=Path,
        default=Path(os.environ.get("EVAL_DIR") or DEFAULT_EVAL_DIR),
        help="the ScrapingHub set (default: $EVAL_DIR or ../shared/eval/scrapinghub)",
    )
    parser.add_argument("--write", action="store_true", help=f"write {FURNITURE_DOC.name}")
    args = parser.parse_args(argv)
    missing = missing_pages(args.set)
    if missing:
        print(f"digest evaluate_furniture: {missing}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    scorer = load_scorer()
    reports = [measure_set(page_set, scorer) for page_set in page_sets(args.set)]
    doc = furniture_doc(reports, time.perf_counter() - started)
    if args.write:
        FURNITURE_DOC.write_text(doc, encoding="utf-8")
    sys.stdout.write(doc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
