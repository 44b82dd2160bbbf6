"""Tests for `make bench`'s own parts: the seeds it edits and the table it writes."""

from __future__ import annotations

from pathlib import Path

from digest.bench import Row, Run, change_one_seed, table


def test_each_measured_edit_changes_one_seed_where_asked(tmp_path: Path):
    """Every rebuild is measured after a fix to a different seed: one word added."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for number in range(8):
        (seeds / f"{number:03d}.txt").write_text(f"Title {number}\n\nA body line here.\n")
    before = {path.name: path.read_text() for path in seeds.iterdir()}
    change_one_seed(tmp_path, 0.25)
    changed = [p.name for p in sorted(seeds.iterdir()) if p.read_text() != before[p.name]]
    assert changed == ["002.txt"]
    assert "A really body line here." in (seeds / "002.txt").read_text()


def test_the_table_gives_the_median_rebuild_and_the_range():
    run = Run(1.0, 100.0)
    rebuilds = (Run(2.5, 50.0), Run(1.5, 50.0), Run(1.9, 50.0))
    row = Row(1_000, Run(4.0, 200.0), Run(12.0, 300.0), rebuilds, run, 25.0, "search")
    line = table([row]).splitlines()[-1]
    assert "| 1.90 (1.50 to 2.50) |" in line
    assert line.startswith("| 1,000 | 4.0 | 250 | 12.0 | 300 |")
