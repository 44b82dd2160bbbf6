"""A build that reuses its cache writes what a build from nothing writes.

Every shortcut of a rebuild (seeds known by their stamps, prepared articles, the kept
links, story partition and related ranking, rendered pages, the writer's ledger:
digest/prepare.py, digest/cache.py, digest/site/links.py, digest/site/outputs.py,
digest/site/mkdocs.py) must leave content/ byte for byte as a build from nothing leaves it.
Random edits a curator makes (a word in a body, a headline, a seed removed, a copy
of a seed added, a paragraph shared with another seed, a correction in curation.yml,
a tag in taxonomy.yml, a hand-written page beside the articles) are each
followed by a rebuild, compared with a fresh build of the same project.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import stamps
from digest.article_parts import Verdict
from digest.build import run_pipeline
from digest.cache import Cache
from digest.clean.cleaner import clean
from digest.site.mkdocs import MANIFEST
from tests.conftest import copy_project
from tests.hostile_corpus import CORPUS

EDITS = ("body", "headline", "remove", "copy", "share", "curate", "tag", "page")
# What an edit may change besides the seeds: a fresh build is given the same.
_EDITED = ("seeds", "curation.yml", "taxonomy.yml", "content")
# Hostile seeds that make articles (the others are skipped, which the build reports).
_EXTRA_SEEDS = ("identical-1.txt", "headline-dashes.txt", "headline-punctuation.txt")


def _project(folder: Path) -> Path:
    project = copy_project(folder)
    for name in _EXTRA_SEEDS:
        shutil.copy2(CORPUS / name, project / "seeds" / name)
    return project


def _build(project: Path, content: Path, cache: Cache) -> None:
    run_pipeline(
        project / "seeds",
        content,
        project / "mkdocs.yml",
        project / "curation.yml",
        project / "taxonomy.yml",
        cache=cache,
        jobs=1,
    )


def _edit(project: Path, edit: str, first: int, second: int) -> None:
    """Make one edit to the project's seeds or curation file, as a curator would."""
    seeds = sorted((project / "seeds").glob("*.txt"))
    seed, other = seeds[first % len(seeds)], seeds[second % len(seeds)]
    lines = seed.read_text(encoding="utf-8").splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    if edit == "body":
        lines[longest] = lines[longest].replace(" ", " really ", 1)
    elif edit == "headline":
        headlines = [
            line.number for line in clean("\n".join(lines)) if line.verdict is Verdict.HEADLINE
        ]
        at = headlines[0] - 1 if headlines else 0
        lines[at] = f"Breaking: {lines[at]}"
    elif edit == "remove" and len(seeds) > 2:
        seed.unlink()
        curation = project / "curation.yml"
        if seed.stem in curation.read_text(encoding="utf-8"):  # its entry goes with it
            curation.write_text("", encoding="utf-8")
        return
    elif edit == "copy":
        shutil.copy2(seed, seed.with_name(f"zz-copy-{first % 97}-{seed.name}"))
        return
    elif edit == "share":
        shared = other.read_text(encoding="utf-8").splitlines()
        lines.append(max(shared, key=len))
    elif edit == "curate":
        entry = [
            "title: A curated headline",
            "pin: true",
            "tags: []",
            "authors: [A. Curator]",
            "dateline: Lisbon",
            "note: Corrected.",
        ][second % 6]
        (project / "curation.yml").write_text(f"{seed.stem}:\n  {entry}\n", encoding="utf-8")
        return
    elif edit == "tag":
        word = max(lines[longest].split(), key=len).strip(".,;:!?\"'()")
        taxonomy = project / "taxonomy.yml"
        text = taxonomy.read_text(encoding="utf-8")
        tag = f"edited-{text.count('edited-')}"
        name = json.dumps(word.lower() or "chips")  # a JSON string is a YAML one
        taxonomy.write_text(f"{text}\n{tag}:\n  - {name}\n", encoding="utf-8")
        return
    elif edit == "page":
        taken = sorted((project / "content" / "articles").glob("*.md"))
        mine = taken[first % len(taken)].name if taken else "mine.md"
        hand_written = project / "content" / "articles" / f"zz-{mine}"
        hand_written.write_text("# Written by hand\n", encoding="utf-8")
        return
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _remove_generated(content: Path) -> None:
    """Leave only the hand-written pages, as in a project never built."""
    manifest = content / MANIFEST
    for name in json.loads(manifest.read_text(encoding="utf-8")):
        (content / name).unlink(missing_ok=True)
    manifest.unlink()


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


edits = st.lists(
    st.tuples(st.sampled_from(EDITS), st.integers(0, 999), st.integers(0, 999)),
    min_size=1,
    max_size=3,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_a_rebuild_after_any_edits_writes_what_a_build_from_nothing_writes(edits):
    """Stamps are trusted at once here (no two-second wait), so unchanged seeds and
    written files are known without being read, as in a curator's later builds."""
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as work:
        patch.setattr(stamps, "SETTLED_NS", 0)
        project = _project(Path(work) / "project")
        cache = Cache(project / ".digest-cache")
        _build(project, project / "content", cache)
        for edit, first, second in edits:
            _edit(project, edit, first, second)
            _build(project, project / "content", cache)
            fresh = _project(Path(work) / "fresh")
            for name in _EDITED:
                source, target = project / name, fresh / name
                shutil.rmtree(target) if target.is_dir() else target.unlink()
                (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
            _remove_generated(fresh / "content")
            _build(fresh, fresh / "content", Cache(None))
            assert _files(project / "content") == _files(fresh / "content"), edit
            shutil.rmtree(fresh)
