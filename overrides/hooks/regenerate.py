"""MkDocs hook: under `digest serve`, MkDocs' builds and the pipeline's writes take turns.

`digest serve` runs the pipeline itself, on the editor's events, and MkDocs with
`--dirty`; MkDocs lists content/ when a build starts and reads each page later, so a
page the pipeline removed in between failed the build. This hook holds MkDocs' turn
(`digest.serve.Turns`, named by the environment `digest serve` gives) from the start
of each build to its end. `mkdocs build`, `gh-deploy` and `digest build` leave it idle.
It uses MkDocs' public events alone.
"""

from __future__ import annotations

import os
from typing import Any

# Under `digest serve`: the turns its builds take with the pipeline (digest.serve.Turns).
_turns: Any = None


def on_startup(command: str, dirty: bool) -> None:
    """Under `mkdocs serve` run by `digest serve`, take the turns it gives."""
    global _turns
    if command != "serve":
        return
    from digest import serve

    turns = os.environ.get(serve.TURNS_VARIABLE)
    if turns:
        _turns = serve.Turns(turns)


def on_pre_build(config: Any) -> None:
    """Take MkDocs' turn under `digest serve`."""
    if _turns is not None:
        _turns.acquire()


def on_post_build(config: Any) -> None:
    """Let `digest serve`'s pipeline write again."""
    if _turns is not None:
        _turns.release()


def on_build_error(error: Exception) -> None:
    """Let `digest serve`'s pipeline write again after a failed build."""
    if _turns is not None:
        _turns.release()
