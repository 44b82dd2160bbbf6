"""The hostile corpus through a real `digest build --strict`: each file becomes a correct
article or one warning line; nothing is lost, nothing outside seeds/ is read.

The build is the session's `hostile_build` (conftest.py), which the browser tests
also open; tests/hostile_corpus.py says what each file must become.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import get_data

from digest.ingest.seeds import printable, read_seeds
from digest.pipeline import process
from tests.conftest import HostileBuild, run_digest, snapshot
from tests.hostile_corpus import NOT_UTF8_NAME, OUTCOMES, SECRET

BIDI_AND_INVISIBLE = re.compile("[\x00\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def articles(project: Path) -> dict[str, tuple[str, dict[str, Any], str]]:
    """Return every generated article by seed id: its slug, front matter and body."""
    found = {}
    for path in sorted((project / "content" / "articles").glob("*.md")):
        body, meta = get_data(path.read_text(encoding="utf-8"))
        found[meta["id"]] = (path.stem, meta, body)
    return found


def warnings(build: HostileBuild) -> list[str]:
    """Return the build's warning lines."""
    return [line for line in build.result.stderr.splitlines() if line.startswith("warning:")]


def test_each_bad_seed_is_one_named_line_and_strict_exits_1(hostile_build: HostileBuild):
    """Every skipped file gets exactly one line with its name and reason; --strict exits 1."""
    assert hostile_build.result.returncode == 1
    lines = warnings(hostile_build)
    skipped = {name: reason for name, reason in OUTCOMES.items() if reason}
    for name, reason in skipped.items():
        mine = [line for line in lines if line.startswith(f"warning: seeds/{printable(name)}:")]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0], mine[0]
    not_utf8 = printable(os.fsdecode(NOT_UTF8_NAME))
    assert any(line.startswith(f"warning: seeds/{not_utf8}: skipped: ") for line in lines)
    assert len(lines) == len(skipped) + 1, "a file was reported twice, or a line was forged"
    # Besides the warnings: the build's summary and --strict's count, and the articles
    # missing a date, source or headline (each with the line to add to curation.yml).
    other = [line for line in hostile_build.result.stderr.splitlines() if line not in lines]
    missing = [line for line in other if line.startswith("missing: seeds/")]
    assert all("; add to curation.yml: " in line for line in missing), missing
    # And the values kept on weak evidence (a body of a few words), each with its line.
    uncertain = [line for line in other if line.startswith("uncertain: seeds/")]
    assert all("; settle it in curation.yml: " in line for line in uncertain), uncertain
    rest = [line for line in other if line not in missing + uncertain]
    assert len(rest) == 2 and all(line.startswith("digest: ") for line in rest), rest
    assert other[-1] == f"digest: --strict: {len(skipped) + 1} seeds skipped, named above"


def test_every_other_seed_becomes_an_article(hostile_build: HostileBuild):
    """The five seeds, the markup seed and every usable corpus file have a page in site/."""
    built = articles(hostile_build.project)
    seeds = {path.stem for path in (hostile_build.project / "seeds").glob("0*.txt")}
    expected = {name for name, reason in OUTCOMES.items() if reason is None}
    ids = {meta["id"] for _, meta, _ in built.values()}
    clashing = {"clash.txt", "clash.md"}  # same stem: they keep their whole name as id
    assert ids == seeds | {"900_hostile"} | clashing | {
        printable(Path(name).stem) for name in expected - clashing
    }
    assert "two\\nlines" in ids
    site = hostile_build.project / "site" / "articles"
    for slug, _, _ in built.values():
        assert (site / slug / "index.html").is_file(), slug


def test_seeds_and_link_targets_are_never_written(hostile_build: HostileBuild):
    """After the build every entry of seeds/, and the files links point at, is untouched."""
    assert snapshot(hostile_build.project / "seeds") == hostile_build.seeds_before
    outside = hostile_build.project.parent / "outside"
    assert snapshot(outside) == hostile_build.outside_before


def test_nothing_outside_seeds_is_read_through_a_link(hostile_build: HostileBuild):
    """The text of a file a link points at, outside seeds/, is nowhere in content/ or site/."""
    for folder in ("content", "site"):
        for path in (hostile_build.project / folder).rglob("*"):
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path


def test_encodings_and_line_endings_read_as_the_words_written(hostile_build: HostileBuild):
    """BOMs, UTF-16, Windows-1252, CRLF and bare CR give the right headline and paragraphs."""
    built = articles(hostile_build.project)
    titles = {
        "utf8-bom": "Café owners back the “chip” fund",
        "utf16-bom": "Zürich weighs a semiconductor levy",
        "windows-1252": "Señor Núñez’s “déjà vu” plan for fabs",
        "crlf": "Windows line endings reach the newsroom",
        "bare-cr": "Old Mac line endings reach the newsroom",
        "link-inside": "Café owners back the “chip” fund",
    }
    for seed_id, title in titles.items():
        _, meta, body = built[seed_id]
        assert meta["title"] == title
        assert meta["title_from"] == "page"
        assert len(body.split("\n\n")) == 3, seed_id
        assert "\r" not in body
    _, _, body = built["windows-1252"]
    assert body.startswith("Núñez said “déjà vu”.")
    _, meta, body = built["invalid-utf8"]
    assert meta["title"] == "Broken bytes in a café story, “naïve” señor"
    assert "broken\ufffd-byte" in body and "région" in body


def test_invisible_and_control_characters_are_dropped(hostile_build: HostileBuild):
    """NUL bytes, bidi overrides and zero-width characters reach no generated file."""
    for path in (hostile_build.project / "content").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert not BIDI_AND_INVISIBLE.search(text), path
    built = articles(hostile_build.project)
    assert built["bidi"][1]["title"] == "Bidi evil override and zerowidth joiners"
    assert built["nul-bytes"][1]["title"] == "NUL bytes in a pasted headline"


def test_headlines_like_yaml_markdown_or_templates_stay_text(hostile_build: HostileBuild):
    """A headline of YAML, Markdown or Jinja syntax is the title, in the file and on the page."""
    built = articles(hostile_build.project)
    titles = {
        "headline-yaml": "title: not the title",
        "headline-punctuation": (
            "\"Quotes\" & 'colons': #hash *star* |pipe| {brace} [square], all in one"
        ),
        "jinja": "{{ config.site_name }} and {% raw %}{% include 'x' %}{% endraw %} in a headline",
    }
    for seed_id, title in titles.items():
        slug, meta, _ = built[seed_id]
        assert meta["title"] == title
        path = hostile_build.project / "content" / "articles" / f"{slug}.md"
        head = path.read_text(encoding="utf-8").split("---\n", 2)[1]
        assert yaml.safe_load(head)["title"] == title
        page = (hostile_build.project / "site" / "articles" / slug / "index.html").read_text()
        heading = re.search(r'<h1 id="article-title">(.*?)</h1>', page, re.S)
        assert heading and heading[1] == title.replace("&", "&amp;").replace('"', "&#34;").replace(
            "'", "&#39;"
        )
    jinja_page = hostile_build.project / "site" / "articles" / built["jinja"][0] / "index.html"
    assert "The {{ template }} plan {% if x %} sits here." in jinja_page.read_text()
    # The `---` line is no headline: the title comes from the lede, and says so.
    assert built["headline-dashes"][1]["title_from"] == "lede"


def test_same_slug_titles_and_identical_files_get_distinct_urls(hostile_build: HostileBuild):
    """Two titles with one slug, two identical files and `a.txt` + `a.md` get their own pages."""
    built = articles(hostile_build.project)
    slugs = [slug for slug, _, _ in built.values()]
    assert len(slugs) == len(set(slugs))
    assert built["same-slug-a"][0] == "chip-pact-signed"
    assert built["same-slug-b"][0] == "chip-pact-signed-same-slug-b"
    first, second = built["identical-1"], built["identical-2"]
    assert first[0] != second[0] and first[2] == second[2]
    assert first[1]["story"] == second[1]["story"], "two copies of one text are one story"
    assert built["clash.txt"][0] != built["clash.md"][0]


def test_slugs_do_not_move_when_seeds_are_reordered_or_added(hostile_build: HostileBuild):
    """Reading the seeds in reverse order, plus an unrelated new seed, keeps every URL."""
    seeds, _ = read_seeds(hostile_build.project / "seeds")
    before = {a.id: a.slug for a in process(seeds)}
    extra = hostile_build.project.parent / "extra"
    extra.mkdir(exist_ok=True)
    (extra / "zzz-new.txt").write_text(
        "A different headline\n\nOfficials said on Friday that a new plan would start soon.\n"
    )
    more, _ = read_seeds(extra)
    after = {a.id: a.slug for a in process([*more, *reversed(seeds)])}
    assert {key: after[key] for key in before} == before


def test_a_one_megabyte_line_becomes_one_paragraph(hostile_build: HostileBuild):
    """A single 1 MB line is built as the body of its article, whole."""
    _, meta, body = articles(hostile_build.project)["one-megabyte-line"]
    assert meta["title"] == "One line of a megabyte"
    assert meta["word_count"] > 150_000 and "\n" not in body.strip()


def test_a_saved_web_page_keeps_its_markup_as_text(hostile_build: HostileBuild):
    """A web page's title, site name and quoted markup reach the article as text, not HTML."""
    slug, meta, body = articles(hostile_build.project)["web-page-with-scripts"]
    payload = "window.__xss=(window.__xss||[]).concat('html-title')"
    assert meta["title"] == f'Chips ‹img src=x onerror="{payload}"> deal'
    assert meta["source"] == "The <b>Hostile</b> Times"
    assert "&lt;script&gt;window.\\_\\_xss" in body
    assert "html-head-script" not in body and "html-body-script" not in body
    page = (hostile_build.project / "site" / "articles" / slug / "index.html").read_text()
    assert "The &lt;b&gt;Hostile&lt;/b&gt; Times" in page


def test_clean_json_answers_for_every_hostile_file(hostile_build: HostileBuild):
    """`digest clean --json` over the whole corpus prints one object per file and no traceback."""
    seeds = hostile_build.project / "seeds"
    names = sorted(path.name for path in seeds.iterdir() if path.name != "twenty-megabytes.txt")
    result = run_digest(hostile_build.project, "clean", "--json", *(f"seeds/{n}" for n in names))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == len(names)
    assert sum("error" in obj for obj in objects) == sum(
        1 for line in result.stderr.splitlines() if line.startswith("warning: ")
    )
