"""Tests for `make bench`'s own parts: the seeds it edits and the table it writes."""

from __future__ import annotations

from pathlib import Path

from digest.evaluate.bench import Row, Run, add_seed, change_one_seed, table


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
    added = (Run(3.0, 50.0), Run(4.0, 50.0), Run(3.5, 50.0))
    row = Row(1_000, Run(4.0, 200.0), Run(12.0, 300.0), rebuilds, run, added, 25.0, "search")
    line = table([row]).splitlines()[-1]
    assert "| 1.90 (1.50 to 2.50) | 1.0 | 3.50 (3.00 to 4.00) |" in line
    assert line.startswith("| 1,000 | 4.0 | 250 | 12.0 | 300 |")


def test_a_new_seed_is_added_beside_the_others_which_stay_as_they_were(tmp_path: Path):
    """The daily change the bench also measures: one more seed, the others untouched."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "000000.txt").write_text("Title\n\nA body line here.\n")
    path = add_seed(tmp_path, 0, "A new headline\n\nA new body.\n")
    assert sorted(p.name for p in seeds.iterdir()) == ["000000.txt", "new-000.txt"]
    assert path.read_text() == "A new headline\n\nA new body.\n"
    assert (seeds / "000000.txt").read_text() == "Title\n\nA body line here.\n"
