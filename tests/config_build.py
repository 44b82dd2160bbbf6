"""Run `digest build` over a curator's configuration files, as the command line does."""

import contextlib
import io
from pathlib import Path

from digest import cli

SEED = """\
Japan tightens chip export controls

TOKYO - Japan will tighten export controls on chipmaking tools, the trade ministry said
on Friday, in a move that follows similar curbs by its allies in Europe and America.
"""


def build_messages(project: Path) -> tuple[int, list[str]]:
    """Build `project` (its seed `a.txt`, curation.yml, taxonomy.yml) without the site;
    return the exit status and the lines written to stderr.

    An exception other than `SystemExit` is left to escape: it is a traceback the
    curator would see, and fails the test that called this.
    """
    (project / "seeds").mkdir(exist_ok=True)
    (project / "seeds" / "a.txt").write_text(SEED, encoding="utf-8")
    paths = [f"--{name}={project / name}" for name in ("seeds", "content")]
    paths += [f"--curation={project / 'curation.yml'}", f"--taxonomy={project / 'taxonomy.yml'}"]
    paths += [f"--config={project / 'mkdocs.yml'}", "--no-cache"]
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        try:
            status = cli.main(["build", "--no-site", *paths])
        except SystemExit as leaving:  # the command prints its message and exits 1
            print(leaving.code, file=stderr)
            status = 1
    return status, stderr.getvalue().splitlines()


def config_error(project: Path, name: str, text: str) -> str:
    """Write `text` as the configuration file `name` and build: return the one line
    the build stopped with, having checked it is one line, with exit status 1 or 2."""
    (project / name).write_text(text, encoding="utf-8")
    status, lines = build_messages(project)
    errors = [line for line in lines if line.startswith("error:")]
    assert status in (1, 2) and len(errors) == 1, (status, lines)
    return errors[0]
