"""Tests for swapping a built folder into place whole."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import digest.site.swap
from digest.site.swap import remove_in_background, replaced_atomically


def files(folder: Path) -> dict[str, str]:
    """Return every file under `folder` with its text."""
    return {str(p.relative_to(folder)): p.read_text() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_a_finished_build_replaces_the_folder_whole(tmp_path: Path, monkeypatch, exchange):
    """After a build, the folder holds exactly the new files, and no sibling is left over."""
    if not exchange:
        monkeypatch.setattr(digest.site.swap, "_exchange", lambda first, second: False)
    site = tmp_path / "site"
    (site / "old").mkdir(parents=True)
    (site / "old" / "page.html").write_text("old")
    with replaced_atomically(site) as building:
        assert files(site) == {"old/page.html": "old"}, "site/ changed before the build ended"
        (building / "index.html").write_text("new")
    assert files(site) == {"index.html": "new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert site.stat().st_mode & 0o777 == 0o755


def test_a_failed_build_leaves_the_folder_as_it_was(tmp_path: Path):
    """An error during the build keeps the old site and removes the half-built one."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old")
    with pytest.raises(RuntimeError), replaced_atomically(site) as building:
        (building / "index.html").write_text("half")
        raise RuntimeError("mkdocs failed")
    assert files(site) == {"index.html": "old"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_folders_a_killed_build_left_are_removed(tmp_path: Path):
    """A half-built sibling from a killed build is removed by the next; others are kept."""
    leftover = tmp_path / ".site.digest-abc123"
    (leftover / "assets").mkdir(parents=True)
    (tmp_path / ".site-mine").mkdir()
    with replaced_atomically(tmp_path / "site") as building:
        (building / "index.html").write_text("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-mine", "site"]


def test_a_linked_site_stays_a_link_and_its_folder_is_replaced(tmp_path: Path):
    """With `site` a link to a folder elsewhere, the link stays and that folder is rebuilt."""
    served = tmp_path / "www" / "digest"
    served.mkdir(parents=True)
    (served / "old.html").write_text("old")
    site = tmp_path / "project" / "site"
    site.parent.mkdir()
    site.symlink_to(served)
    with replaced_atomically(site) as building:
        (building / "index.html").write_text("new")
    assert site.is_symlink() and files(served) == {"index.html": "new"}


def test_a_file_in_the_way_is_replaced(tmp_path: Path):
    """A stray file where the site goes is replaced by the built folder."""
    (tmp_path / "site").write_text("not a folder")
    with replaced_atomically(tmp_path / "site") as building:
        (building / "index.html").write_text("new")
    assert files(tmp_path / "site") == {"index.html": "new"}


def test_a_site_replaced_in_the_background_is_gone_soon_after(tmp_path: Path):
    """digest build does not wait while the old site's files are deleted; they are, and
    until then they sit under the hidden name the next build clears away."""
    site = tmp_path / "site"
    (site / "old").mkdir(parents=True)
    (site / "old" / "page.html").write_text("old")
    with replaced_atomically(site, remove_old=remove_in_background) as building:
        (building / "index.html").write_text("new")
    assert files(site) == {"index.html": "new"}
    deadline = time.monotonic() + 30
    while len(list(tmp_path.iterdir())) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
