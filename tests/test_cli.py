"""Tests for the command line: the `clean --json` contract and what `build` writes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

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
    "tags",
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
