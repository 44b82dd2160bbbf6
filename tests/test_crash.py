"""A build killed at any moment: no half-written file, and the next build is a clean one.

`digest build` runs as a user runs it, in a copy of the project, and is killed with
SIGKILL (nothing can be tidied up) at random moments spread over a whole build.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from digest.site.mkdocs import TEMP_SUFFIX
from tests.conftest import ROOT, copy_project, run_digest

KILLS = 20
# Fixed, so a failure can be replayed; the moments still cover the whole build.
SEED = 20261122
# MkDocs stamps the build date into the sitemap (and the gzip header of its copy):
# the only bytes two clean builds on different days may differ in.
DATED = {"sitemap.xml.gz"}
_LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` by relative path, build dates blanked."""
    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name not in DATED:
            files[str(path.relative_to(folder))] = _LASTMOD.sub(b"", path.read_bytes())
    return files


def start_build(project: Path) -> subprocess.Popen[bytes]:
    """Start `digest build --strict` in `project`."""
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "build", "--strict"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
    )


def leftovers(project: Path) -> list[str]:
    """Return the temporary files and folders a killed build left behind."""
    found = [p.name for p in project.iterdir() if p.name.startswith(".site.digest-")]
    found += [str(p) for p in (project / "content").rglob(f"*{TEMP_SUFFIX}")]
    return found


def test_a_killed_build_leaves_no_half_file_and_the_next_build_is_clean(
    tmp_path: Path, built_site: Path
):
    """Killed at 20 random moments, a build leaves whole files; the next equals a clean one."""
    clean_content, clean_site = tree(built_site / "content"), tree(built_site / "site")
    project = copy_project(tmp_path / "project")
    started = time.monotonic()
    first = run_digest(project, "build", "--strict")
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    chance = random.Random(SEED)
    interrupted = 0
    for kill in range(KILLS):
        if kill % 2 == 0:  # half the runs start from an empty content/articles/ and no site/
            shutil.rmtree(project / "content" / "articles", ignore_errors=True)
            shutil.rmtree(project / "site", ignore_errors=True)
        moment = chance.uniform(0, duration)
        process = start_build(project)
        time.sleep(moment)
        process.send_signal(signal.SIGKILL)
        interrupted += process.wait() == -signal.SIGKILL
        content = {
            name: data
            for name, data in tree(project / "content").items()
            if not name.endswith(TEMP_SUFFIX)
        }
        for name, data in content.items():
            assert data == clean_content[name], f"kill {kill} at {moment:.2f}s: {name} differs"
        if (project / "site").exists():
            assert tree(project / "site") == clean_site, f"kill {kill} at {moment:.2f}s: site/"
    # Nearly every kill lands inside a build; the floor leaves room for a loaded machine.
    assert interrupted >= KILLS // 4, "most kills came after the build had ended"
    again = run_digest(project, "build", "--strict")
    assert again.returncode == 0, again.stderr
    assert tree(project / "content") == clean_content
    assert tree(project / "site") == clean_site
    # The site it replaced is deleted in the background (`digest.site.swap`), soon after.
    deadline = time.monotonic() + 30
    while leftovers(project) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert leftovers(project) == []
