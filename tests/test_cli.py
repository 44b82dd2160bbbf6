"""Tests for the command line: the `clean --json` contract and what `build` writes."""

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import parser

ROOT = Path(__file__).resolve().parents[1]
KEYS = [
    "id",
    "title",
    "title_from",
    "date",
    "date_from",
    "source",
    "source_from",
    "authors",
    "authors_from",
    "dateline",
    "dateline_from",
    "description",
    "description_from",
    "url",
    "url_from",
    "tags",
    "tags_from",
    "story",
    "body",
    "removed",
]


def digest(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the `digest` command as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "digest", *args], cwd=cwd, capture_output=True, text=True
    )


def test_clean_json_follows_the_contract():
    """One JSON object per input, in input order, with every documented key."""
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    result = digest("clean", "--json", *seeds)
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in objects] == [Path(s).stem for s in seeds]
    for obj in objects:
        assert list(obj) == KEYS
        assert obj["title"] and obj["body"]
        assert all(set(r) == {"line", "text", "reason"} and r["reason"] for r in obj["removed"])
    assert len({o["story"] for o in objects}) == 3


def test_clean_json_reports_each_dropped_line():
    """Every dropped line is listed with its number and a reason a person understands."""
    seed = ROOT / "seeds" / "001_eea7481dbaa39828.txt"
    obj = json.loads(digest("clean", "--json", str(seed)).stdout)
    removed = {r["line"]: r for r in obj["removed"]}
    assert removed[1]["text"] == "Select Page"
    assert removed[57]["text"] == "Pin It on Pinterest"
    assert "contact" in removed[27]["reason"]


def test_clean_json_gives_each_path_its_own_result(tmp_path):
    """Files with one name in different folders each get their own line, in the order
    given: once keyed by name, the last one's result was printed for both."""
    paths = [tmp_path / folder / name for folder in "abc" for name in ("x.txt", "y.txt")]
    for path in paths:
        path.parent.mkdir(exist_ok=True)
        plant = f"plant {path.parent.name}-{path.stem}"
        path.write_text(f"The company began building {plant} with subsidies.\n", "utf-8")
    paths[3].write_text("   \n", encoding="utf-8")  # b/y.txt: empty, an error of its own
    result = digest("clean", "--json", *map(str, paths))
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    shown = [o["error"] if "error" in o else o["body"].split("plant ")[1][:3] for o in objects]
    assert shown == ["a-x", "a-y", "b-x", "is empty", "c-x", "c-y"]
    assert [o["id"] for o in objects] == list(map(str, paths)), "one name: the path is the id"
    assert result.returncode == 1 and result.stderr.count("warning:") == 1


def test_clean_json_takes_the_files_given_as_the_digest(tmp_path):
    """A site's paragraph about itself on three files of different stories is dropped
    from each, with its reason; given one of them alone, nothing repeats it."""
    from tests.test_recurring import ABOUT
    from tests.test_stories import prose

    paths = []
    for number in range(3):
        path = tmp_path / f"site{number}.txt"
        text = "\n\n".join([f"Chip talks, part {number}", *prose(number, 3), ABOUT])
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    together = [json.loads(line) for line in digest("clean", "--json", *paths).stdout.splitlines()]
    for obj in together:
        assert ABOUT not in obj["body"]
        reasons = [r["reason"] for r in obj["removed"] if r["text"] == ABOUT]
        assert reasons == ["repeated on 2 other pages of the digest"]
    alone = json.loads(digest("clean", "--json", paths[0]).stdout)
    assert ABOUT in alone["body"]


def test_build_writes_content_and_keeps_hand_written_pages(tmp_path):
    """`build --no-site` writes one page per seed, leaves other pages alone, writes only changes."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "about.md").write_text("# About\n")
    (content / "articles" / "hand-made.md").write_text("# Mine\n")
    assert digest("build", "--no-site", cwd=tmp_path).returncode == 0
    pages = sorted(p.name for p in (content / "articles").glob("*.md"))
    assert len(pages) == 6 and "hand-made.md" in pages
    first = {p: p.stat().st_mtime_ns for p in (content / "articles").glob("*.md")}
    before = {p: p.read_bytes() for p in first}

    (tmp_path / "seeds" / "004_bf94a9b77f07c8c4.txt").unlink()
    result = digest("build", "--no-site", cwd=tmp_path)
    assert "1 removed" in result.stderr
    after = {p: p.stat().st_mtime_ns for p in (content / "articles").glob("*.md")}
    assert len(after) == 5 and (content / "about.md").read_text() == "# About\n"
    # A removed article changes its neighbours' earlier/later links; the others keep
    # their bytes and must not be rewritten.
    unchanged = [p for p in after if p.read_bytes() == before[p]]
    assert len(unchanged) >= 3
    assert all(first[p] == after[p] for p in unchanged), "unchanged files were rewritten"


def test_skipped_seed_is_named_and_strict_fails(tmp_path):
    """A bad seed gets one line naming it; the rest build; --strict exits 1."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "blank.txt").write_text("   \n")
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 0
    assert "blank.txt: skipped: is empty" in result.stderr
    assert len(list((tmp_path / "content" / "articles").glob("*.md"))) == 5
    assert digest("build", "--no-site", "--strict", cwd=tmp_path).returncode == 1


def test_malformed_curation_stops_the_build_before_writing(tmp_path):
    """A bad date in curation.yml: exit 1, one line with file, line and reason; content/ kept."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy2(ROOT / "taxonomy.yml", tmp_path / "taxonomy.yml")
    assert digest("build", "--no-site", cwd=tmp_path).returncode == 0
    before = {p: p.read_bytes() for p in (tmp_path / "content").rglob("*") if p.is_file()}
    (tmp_path / "curation.yml").write_text(
        "# corrections\n001_eea7481dbaa39828:\n  date: 2023-02-30\n", encoding="utf-8"
    )
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: curation.yml:3: date: '2023-02-30' is not a date; expected YYYY-MM-DD; "
        "nothing was written"
    ]
    after = {p: p.read_bytes() for p in (tmp_path / "content").rglob("*") if p.is_file()}
    assert after == before


def test_unknown_id_in_curation_stops_the_build(tmp_path):
    """An id that names no seed is an error on its line; nothing is written."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "curation.yml").write_text("\n001_eea7481dbaa3982:\n  pin: true\n")
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 1
    assert "curation.yml:2: unknown article id '001_eea7481dbaa3982'" in result.stderr
    assert not (tmp_path / "content").exists()


def test_build_lists_missing_metadata_with_the_line_to_add(tmp_path):
    """Each article without date, source or headline gets one line with its curation entry."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    result = digest("build", "--no-site", cwd=tmp_path)
    missing = [line for line in result.stderr.splitlines() if line.startswith("missing:")]
    assert (
        "missing: seeds/004_bf94a9b77f07c8c4.txt: no date, no headline; add to curation.yml: "
        "004_bf94a9b77f07c8c4: {date: YYYY-MM-DD, title: ''}"
    ) in missing
    assert not any("003_" in line for line in missing), "003 has date, source and headline"

    fix = "004_bf94a9b77f07c8c4: {date: 2023-01-14, title: US asks Japan to curb chip exports}\n"
    (tmp_path / "curation.yml").write_text(fix, encoding="utf-8")
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "004_" not in result.stderr
    page = (tmp_path / "content" / "articles" / "us-asks-japan-to-curb-chip-exports.md").read_text()
    assert "date: '2023-01-14'\ndate_from: curator" in page


def test_a_preview_prints_only_the_missing_metadata_it_had_not_printed(tmp_path, capsys):
    """`digest serve` rebuilds on every save: the hints of unchanged articles are not
    printed again (a count says they stand); a new one is, and one that comes back."""
    from digest.build import run_pipeline
    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project")
    shown: set[str] = set()

    def hints_printed() -> list[str]:
        run_pipeline(
            project / "seeds",
            project / "content",
            project / "mkdocs.yml",
            project / "curation.yml",
            project / "taxonomy.yml",
            jobs=1,
            hints_shown=shown,
        )
        return [
            line
            for line in capsys.readouterr().err.splitlines()
            if "missing" in line or "lack metadata" in line
        ]

    first = hints_printed()
    undated = [line for line in first if "seeds/004_" in line]
    assert len(undated) == 1 and "no date" in undated[0]
    assert hints_printed() == [
        f"digest: {len(first)} more articles lack metadata, as listed before"
    ]
    (project / "curation.yml").write_text("004_bf94a9b77f07c8c4:\n  date: 2023-01-14\n")
    dated = hints_printed()
    assert [line for line in dated if line.startswith("missing:")] == [
        undated[0].replace("no date, ", "").replace("date: YYYY-MM-DD, ", "")
    ]
    (project / "curation.yml").write_text("")
    assert [line for line in hints_printed() if line.startswith("missing:")] == undated


def test_jobs_beyond_the_cores_are_capped_with_a_note(tmp_path):
    """`--jobs 100000` builds on one process per core and says so; 0 is refused."""
    from digest.cores import cpu_count

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    result = digest("build", "--no-site", "--jobs", "100000", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    cores = cpu_count()
    assert f"note: --jobs 100000: using {cores}, the number of cores" in result.stderr
    zero = digest("build", "--no-site", "--jobs", "0", cwd=tmp_path)
    assert zero.returncode == 2 and "--jobs: 0 is not a number of processes" in zero.stderr


@pytest.mark.parametrize(
    ("options", "line"),
    [
        (["--site", "content"], "error: --site content: is the --content folder"),
        (["--site", "."], "error: --site .: is the project root"),
        (["--site", "seeds"], "error: --site seeds: is the --seeds folder"),
        (["--site", ".."], "error: --site ..: holds the project root"),
        (["--site", "content/site"], "error: --site content/site: lies inside the --content"),
        (["--site", "linked"], "error: --site linked: is the --content folder"),
        (["--site", "overrides"], "error: --site overrides: not empty and not a site"),
        (["--site", "mkdocs.yml"], "error: --site mkdocs.yml: is the --config file"),
        (["--site", "notes.txt"], "error: --site notes.txt: not a folder"),
        (["--content", "seeds"], "error: --content seeds: is the --seeds folder"),
        (["--content", "."], "error: --content .: is the project root"),
        (["--content", "site/content"], "error: --site site: holds the --content folder"),
        (["--cache", "seeds"], "error: --cache seeds: is the --seeds folder"),
        (["--site", "/"], "error: --site /: holds the project root"),
    ],
)
def test_an_output_over_the_project_is_refused_before_anything_is_touched(tmp_path, options, line):
    """`--site content` once swapped the hand-written pages for the site and deleted them;
    now an output that is, holds or lies inside the project, its inputs or another
    output is one line and exit 2, and not a file changes."""
    from tests.conftest import copy_project, snapshot

    project = copy_project(tmp_path / "project")
    (project / "linked").symlink_to("content")
    (project / "notes.txt").write_text("mine\n")
    before = snapshot(tmp_path)
    result = digest("build", *options, cwd=project)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [result.stderr.strip()], "one line"
    assert result.stderr.startswith(line), result.stderr
    assert snapshot(tmp_path) == before


def test_a_site_may_be_a_new_folder_in_the_project_or_a_site_built_before(tmp_path):
    """The rule leaves room for what a project needs: site/ inside it, built again."""
    from digest.site.paths import refusal
    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project")
    args = parser().parse_args(["build", "--config", str(project / "mkdocs.yml")])
    places = {"seeds": project / "seeds", "content": project / "content"}
    for name, place in places.items():
        setattr(args, name, place)
    args.cache = project / ".digest-cache"
    for site in (project / "site", project / "out" / "site", tmp_path / "elsewhere"):
        args.site = site
        assert refusal(args) is None, site
    built = project / "site"
    built.mkdir()
    (built / "sitemap.xml").write_text("<urlset/>\n")
    (built / "index.html").write_text("<html></html>\n")
    args.site = built
    assert refusal(args) is None
    args.no_site = True
    args.site = project / "seeds"
    assert refusal(args) is None, "--no-site: the site folder is never touched"


def test_a_content_folder_without_the_nav_pages_is_named_in_one_line(tmp_path):
    """`--content` a new folder: the articles are written there, and the build says in
    one line that the hand-written pages the nav lists (the home page among them) are
    not in it, rather than only MkDocs' six warnings."""
    from tests.conftest import copy_project, run_digest

    project = copy_project(tmp_path / "project")
    result = run_digest(project, "build", "--content", str(tmp_path / "elsewhere"))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(lines) == 1 and "index.md" in lines[0] and "home page" in lines[0], lines
    assert "warning:" not in run_digest(project, "build").stderr


# The slugs of seed 003's and 004's articles, from their headlines.
JAPAN_US = "japan-and-us-to-commit-to-closer-chip-cooperation-in-joint-statement-source"
US_ASKS = "the-united-states-has-asked-the-japanese-government-for-cooperation-to-thwart"


@pytest.mark.parametrize("gone", ["hidden", "deleted"])
def test_a_page_written_where_a_gone_article_was_is_kept(tmp_path, gone):
    """A curator hides (or deletes) a seed, then writes a page at its article's path:
    the build once deleted that page, because the manifest still listed the path."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    assert digest("build", "--no-site", cwd=tmp_path).returncode == 0
    page = tmp_path / "content" / "articles" / f"{US_ASKS}.md"
    if gone == "hidden":
        (tmp_path / "curation.yml").write_text("004_bf94a9b77f07c8c4: {hide: true}\n")
    else:
        (tmp_path / "seeds" / "004_bf94a9b77f07c8c4.txt").unlink()
    page.write_text("# My own page\n")
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert page.read_text() == "# My own page\n"
    warned = [line for line in result.stderr.splitlines() if page.name in line]
    assert warned == [
        f"warning: content/articles/{page.name}: changed since the build wrote it: "
        "kept as a hand-written page"
    ]
    again = digest("build", "--no-site", cwd=tmp_path)
    assert page.read_text() == "# My own page\n" and page.name not in again.stderr


def test_a_page_written_where_a_hidden_copy_was_is_not_taken_by_another_copy(tmp_path):
    """Hiding the copy that held a headline's slug hands the slug to the next copy: a
    page the curator wrote there meanwhile is kept, and that copy keeps its own path."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(tmp_path / "seeds" / "003_3d5a385bf9cf1884.txt", tmp_path / "seeds" / "003z.txt")
    assert digest("build", "--no-site", cwd=tmp_path).returncode == 0
    articles = tmp_path / "content" / "articles"
    page = articles / f"{JAPAN_US}.md"
    assert "id: 003_3d5a385bf9cf1884" in page.read_text()
    (tmp_path / "curation.yml").write_text("003_3d5a385bf9cf1884: {hide: true}\n")
    page.write_text("# My own page\n")
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert page.read_text() == "# My own page\n"
    assert f"content/articles/{page.name}: changed since the build wrote it" in result.stderr
    copy = [p.name for p in articles.glob("*.md") if "id: 003z" in p.read_text()]
    assert copy == [f"{JAPAN_US}-003z.md"]


def test_an_article_page_changed_by_hand_is_kept_and_the_article_moves(tmp_path):
    """Bytes the build did not write are the curator's, even at a path it still makes:
    the page stays as edited, with a warning, and the article takes another slug."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    assert digest("build", "--no-site", cwd=tmp_path).returncode == 0
    articles = tmp_path / "content" / "articles"
    page = articles / f"{US_ASKS}.md"
    page.write_text(page.read_text().replace("---\n", "---\n# fixed by hand\n", 1))
    edited = page.read_text()
    result = digest("build", "--no-site", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert page.read_text() == edited
    assert f"content/articles/{page.name}: changed since the build wrote it" in result.stderr
    moved = [p.name for p in articles.glob("*.md") if p != page and "id: 004_" in p.read_text()]
    assert moved == [f"{US_ASKS}-004-bf94a9b77f07c8c4.md"]


def test_a_write_the_system_refuses_is_one_line_naming_the_file(tmp_path):
    """`ulimit -f` (a full disk alike): the build stops with the file and the reason on
    one line, exit 1, no traceback; without the limit the next build finishes the job."""
    import resource

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    result = subprocess.run(
        [sys.executable, "-m", "digest", "build", "--no-site"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("error: content/") and ": File too large;" in errors[0]
    assert not [p for p in (tmp_path / "content").rglob("*") if p.name.endswith(".digest-tmp")]
    assert digest("build", "--no-site", cwd=tmp_path).returncode == 0
    assert len(list((tmp_path / "content" / "articles").glob("*.md"))) == 5


def test_a_site_the_system_cannot_write_is_one_line_and_the_old_site_stays(tmp_path):
    """MkDocs stopped by `ulimit -f`: one line naming the file and saying the site was
    left as it was (not "mkdocs.yml: site build failed"), and no half-built folder."""
    import resource

    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project")
    assert digest("build", "--no-site", cwd=project).returncode == 0

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    result = subprocess.run(  # no cache: SQLite under the limit is another matter
        [sys.executable, "-m", "digest", "build", "--no-cache"],
        cwd=project,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert ": File too large; site was left as it was" in errors[0]
    assert not (project / "site").exists()
    assert not list(project.glob(".site.digest-*"))


@pytest.mark.parametrize(
    ("error", "reason"),
    [(errno.EACCES, "Permission denied"), (errno.ENOSPC, "No space left on device")],
)
def test_a_content_folder_that_cannot_be_written_is_one_line(
    tmp_path, monkeypatch, capsys, error, reason
):
    """A read-only content/ or a full disk (tests may run as root, whom chmod does not
    stop: the refusal is the system's own error, raised where the file is created)."""
    import digest.site.mkdocs
    from digest.cli import main

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)

    def refused(path: str) -> tuple[int, str]:
        raise OSError(error, os.strerror(error), path + ".tmp")

    monkeypatch.setattr(digest.site.mkdocs, "_open_temporary", refused)
    assert main(["build", "--no-site"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert errors == [
        f"error: content/.digest-manifest.json: {reason}; the build stopped, and the next "
        "one goes on from the files it wrote (each whole)"
    ]
