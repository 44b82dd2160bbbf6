"""Score the tags against tags labelled by reading the pages, for `make eval`.

A tag is right when the article is about it or substantially covers it, not when it
merely names it; tests/labels/tags/README.md gives the rule the labels follow. Three
sets, each labelled in tests/labels/tags/:

- `real-dev`: the 61 pages of ../shared/eval/real-dev, read as text (`NAME.raw.txt`);
- `seeds`: the five seeds of the project;
- `scrapinghub test`: 40 pages of the ScrapingHub set's test half, labelled before
  digest's tags for them were looked at.

Each page is cleaned, read and tagged as a build does it (`article_from_seed`,
`tag_article`) with the project's taxonomy.yml. Precision is the share of the tags
given that the labels hold, recall the share of the labelled tags that were given, both
counted over every tag of every page of a set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from digest.evaluate.real import REAL_DEV
from digest.ingest.seeds import Seed, read_seed
from digest.pipeline import article_from_seed
from digest.runinfo import DEFAULT_EVAL_DIR, ROOT, SEEDS, revision
from digest.tags.taxonomy import Taxonomy, load_taxonomy, tag_article

TAG_LABELS = ROOT / "tests" / "labels" / "tags"
# Where `make eval` writes every score (digest/evaluate/cleaning.py); --write renews its
# Tags section.
EVAL_DOC = ROOT / "docs" / "EVAL.md"


@dataclass(frozen=True)
class TagSet:
    """A labelled set: its labels file, and where page NAME's text is (folder/NAME+suffix)."""

    name: str
    labels: Path
    folder: Path
    suffix: str
    held_out: bool = False

    def page(self, name: str) -> Path:
        """Return where page `name`'s text is."""
        return self.folder / f"{name}{self.suffix}"


@dataclass(frozen=True)
class PageTags:
    """One page's labelled tags and the tags digest gave it."""

    name: str
    labelled: frozenset[str]
    given: frozenset[str]


@dataclass(frozen=True)
class TagScore:
    """The tags of one set's pages, counted; a held-out set's pages are never listed."""

    set_name: str
    pages: tuple[PageTags, ...]
    held_out: bool = False

    @property
    def labelled(self) -> int:
        return sum(len(page.labelled) for page in self.pages)

    @property
    def given(self) -> int:
        return sum(len(page.given) for page in self.pages)

    @property
    def right(self) -> int:
        return sum(len(page.labelled & page.given) for page in self.pages)

    @property
    def precision(self) -> float | None:
        return self.right / self.given if self.given else None

    @property
    def recall(self) -> float | None:
        return self.right / self.labelled if self.labelled else None


def tag_sets(scrapinghub: Path) -> list[TagSet]:
    """Return the labelled sets whose pages are here: real-dev, the seeds, ScrapingHub."""
    sets = [
        TagSet("real-dev", TAG_LABELS / "real-dev.yml", REAL_DEV, ".raw.txt"),
        TagSet("seeds", TAG_LABELS / "seeds.yml", SEEDS, ".txt"),
        TagSet(
            "scrapinghub test",
            TAG_LABELS / "scrapinghub-test.yml",
            scrapinghub,
            ".raw.txt",
            held_out=True,
        ),
    ]
    return [tag_set for tag_set in sets if tag_set.folder.is_dir()]


def read_labels(path: Path, taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Read a labels file: page name -> the taxonomy's tags it carries.

    A label the taxonomy does not hold (a renamed tag, a typo) is an error naming the
    file and the page, not a tag that can never be given and silently lowers recall.
    """
    labels = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(labels, dict):
        raise ValueError(f"{path}: expected a mapping of page name: [tags]")
    read = {}
    for name, tags in labels.items():
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise ValueError(f"{path}: {name}: expected a list of tags")
        unknown = [tag for tag in tags if tag not in taxonomy]
        if unknown:
            raise ValueError(f"{path}: {name}: {unknown} not in the taxonomy")
        read[str(name)] = frozenset(tags)
    return read


def page_tags(path: Path, name: str, taxonomy: Taxonomy) -> frozenset[str]:
    """Clean, read and tag one page as a build does; return its tags."""
    seed = read_seed(path, seed_id=name)
    if not isinstance(seed, Seed):
        raise ValueError(f"{path}: {seed.reason}")
    return frozenset(tag_article(article_from_seed(seed), taxonomy).tags)


def score_set(tag_set: TagSet, taxonomy: Taxonomy) -> TagScore:
    """Tag every labelled page of a set and pair its tags with its labels."""
    labels = read_labels(tag_set.labels, taxonomy)
    pages = tuple(
        PageTags(name, labelled, page_tags(tag_set.page(name), name, taxonomy))
        for name, labelled in sorted(labels.items())
    )
    return TagScore(tag_set.name, pages, tag_set.held_out)


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(scores: Sequence[TagScore]) -> str:
    """Markdown: per set, the tags labelled, given and right, precision and recall."""
    lines = [
        "| set | pages | tags labelled | tags given | right | precision | recall |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in scores:
        lines.append(
            f"| {s.set_name} | {len(s.pages)} | {s.labelled} | {s.given} | {s.right} "
            f"| {_share(s.precision)} | {_share(s.recall)} |"
        )
    return "\n".join(lines)


def misses(scores: Sequence[TagScore]) -> str:
    """List, per page of the sets the rules are tuned on, the tags given that the label
    lacks and the labelled tags not given. A held-out set's pages are left out: read,
    they would be tuned on, and its figure would no longer say how the rules do on pages
    nobody looked at."""
    lines = []
    for s in scores:
        for page in () if s.held_out else s.pages:
            wrong = sorted(page.given - page.labelled)
            missed = sorted(page.labelled - page.given)
            if wrong or missed:
                parts = [f"given, not labelled: {', '.join(wrong)}" if wrong else ""]
                parts.append(f"labelled, not given: {', '.join(missed)}" if missed else "")
                lines.append(f"- {s.set_name} `{page.name}`: " + "; ".join(p for p in parts if p))
    return "\n".join(lines) or "None."


NOTES = """\
Labels: tests/labels/tags/ (by reading each page: a tag is right when the article is
about it or substantially covers it, not when it names it in passing). *precision*: of
the tags given, the share labelled; *recall*: of the labelled tags, the share given;
both over every tag of every page of the set. Pages are read as text, as `digest
build` reads a seed. The held-out set (scrapinghub test) gives its figures only: its
pages are not listed below, so that no rule is tuned on them.
"""


def tags_section(scrapinghub: Path) -> str:
    """Score every labelled set found; return the Markdown section docs/EVAL.md carries."""
    taxonomy = load_taxonomy(ROOT / "taxonomy.yml")
    scores = [score_set(tag_set, taxonomy) for tag_set in tag_sets(scrapinghub)]
    return (
        f"## Tags\n\nGenerated by `python -m digest.evaluate.tags` (part of `make eval`), "
        f"{revision()}.\n\n{table(scores)}\n\n{NOTES}\n"
        f"### Tags given wrongly or missed\n\n{misses(scores)}\n"
    )


def replace_tags_section(doc: Path, section: str) -> None:
    """Put `section` in place of the Tags section of `doc` (docs/EVAL.md), up to the next
    section, keeping the rest as `make eval` wrote it: the tag figures renewed alone,
    without the minutes the cleaner's scores take."""
    text = doc.read_text(encoding="utf-8")
    start = text.find("\n## Tags\n")
    if start < 0:
        raise ValueError(f"{doc}: no '## Tags' section: run make eval to write the whole file")
    end = text.find("\n## ", start + 1)
    rest = text[end + 1 :] if end >= 0 else ""
    doc.write_text(f"{text[: start + 1]}{section.rstrip()}\n\n{rest}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the tag scores, the ScrapingHub pages read from $EVAL_DIR or
    ../shared/eval/scrapinghub, and with --write put them in docs/EVAL.md; exit 0 (a
    score is a figure, not a gate)."""
    args = sys.argv[1:] if argv is None else list(argv)
    section = tags_section(Path(os.environ.get("EVAL_DIR") or DEFAULT_EVAL_DIR))
    sys.stdout.write(section)
    if "--write" in args:
        replace_tags_section(EVAL_DOC, section)
        sys.stdout.write(f"\nwritten to {EVAL_DOC.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
