"""MkDocs hook: under `mkdocs serve --dirty`, rebuild a page when a fragment it includes
changes.

`digest serve` runs MkDocs with `--dirty`, which rebuilds only the pages whose own file
is newer than their built HTML, so a change to one seed shows in about a second at
thousands of articles. The hand-written listing pages (home, archive, sources, tags,
overview) include fragments that the pipeline writes to `_generated/`; their own files
never change, so without this hook they would go stale in the preview. A page is marked
changed when a fragment it names with `--8<--` is newer than its built HTML.

Registered under `hooks:` in mkdocs.yml (it lives in overrides/, which every copy of the
site's look carries). Zensical runs no Python hooks; it rebuilds
what it likes, so nothing is lost there but the speed-up.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_INCLUDE = re.compile(r'^--8<--\s+"([^"]+)"', re.MULTILINE)
FRAGMENTS = "_generated"


def on_files(files: Any, config: Any) -> Any:
    """Mark the pages whose included fragments are newer than their built pages."""
    fragments = Path(config["docs_dir"]) / FRAGMENTS
    for file in files.documentation_pages():
        if "/" in file.src_uri:  # the including pages sit at the top of docs_dir
            continue
        if _fragment_newer(Path(file.abs_src_path), Path(file.abs_dest_path), fragments):
            file.is_modified = lambda: True
    return files


def _fragment_newer(source: Path, built: Path, fragments: Path) -> bool:
    try:
        built_at = built.stat().st_mtime
        names = _INCLUDE.findall(source.read_text(encoding="utf-8"))
        return any((fragments / name).stat().st_mtime > built_at for name in names)
    except OSError:  # not built yet, or no such fragment: MkDocs decides as usual
        return False
