"""MkDocs hook: `mkdocs serve` makes content/ from the seeds, and again at each change.

The listing pages include fragments that digest's pipeline writes (content/_generated/),
so on a fresh clone a plain `mkdocs serve` stopped with a traceback ("Snippet ... could
not be found"), and once content/ was built an edited seed changed nothing. Under
`mkdocs serve` this hook runs the pipeline before each build, through the code
`digest serve` runs (`digest.site.serve.Preview`), and has MkDocs watch seeds/,
curation.yml and taxonomy.yml beside mkdocs.yml. It uses MkDocs' public events alone:
`on_startup`, `on_pre_build`, and `on_serve` with `server.watch`.

The pipeline writes into docs_dir, which MkDocs watches, so a change is built twice:
the second build's pipeline writes nothing (files whose bytes are unchanged are left
alone, `digest.site.mkdocs.sync_content`) and starts no third, so there is no rebuild loop.
A failed run prints one line and MkDocs builds what content/ holds; the next change
runs it again. With nothing generated yet there is nothing to build, so the line
stops MkDocs instead of a traceback about a missing fragment.

Under `digest serve`, which runs the pipeline itself on the editor's events and
MkDocs with `--dirty`, the hook only makes MkDocs' builds and the pipeline's writes
take turns (`digest.site.serve.Turns`). `mkdocs build`, `gh-deploy` and `digest build` leave
it idle. Zensical runs no Python hooks: there, run `digest build --no-site` first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

# Under a plain `mkdocs serve`: the preview (digest.site.serve.Preview, made at the first
# build), or why digest cannot run here.
_serving = False
_preview: Any = None
_unavailable = ""
# Under `digest serve`: the turns its builds take with the pipeline (digest.site.serve.Turns).
_turns: Any = None


def on_startup(command: str, dirty: bool) -> None:
    """Under `mkdocs serve`, find digest's pipeline, or the turns `digest serve` gives."""
    global _serving, _turns, _unavailable
    if command != "serve":
        return
    try:
        from digest.site import serve
    except ImportError as error:  # MkDocs installed apart from digest
        _serving = True
        _unavailable = (
            f"digest: cannot regenerate the content ({error}): run `make serve`, or the "
            "mkdocs of the project's .venv"
        )
        return
    turns = os.environ.get(serve.TURNS_VARIABLE)
    if turns:
        _turns = serve.Turns(turns)
    else:
        _serving = True


def on_pre_build(config: Any) -> None:
    """Take MkDocs' turn under `digest serve`; under `mkdocs serve`, run the pipeline."""
    if _turns is not None:
        _turns.acquire()
    elif _serving:
        _regenerate(config)


def _regenerate(config: Any) -> None:
    global _preview
    if _unavailable:
        failure, meanwhile = _unavailable, "serving content/ as it is"
    else:
        from digest.site import serve

        if _preview is None:
            paths = serve.project_args(Path(config.config_file_path), Path(config.docs_dir))
            _preview = serve.Preview(paths)
        failure, meanwhile = _preview.rebuild(), serve.STILL_SERVING
    if not failure:
        return
    if not (Path(config.docs_dir) / "_generated").is_dir():
        raise PluginError(f"{failure}; nothing to serve until it is fixed")
    print(f"error: {failure}; {meanwhile}", file=sys.stderr, flush=True)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild when what the pipeline reads changes, not only content/."""
    if _preview is not None:
        for path in _preview.inputs():
            if path.exists():
                server.watch(str(path))
    return server


def on_post_build(config: Any) -> None:
    """Let `digest serve`'s pipeline write again."""
    if _turns is not None:
        _turns.release()


def on_build_error(error: Exception) -> None:
    """Let `digest serve`'s pipeline write again after a failed build."""
    if _turns is not None:
        _turns.release()
