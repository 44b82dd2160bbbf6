"""MkDocs hook: keep the theme's compiled templates between builds.

MkDocs makes a new Jinja environment for every build, and under `digest serve` every
saved seed is a build: compiling Material's templates again was about half of a
one-page rebuild at 1,000 articles (0.7 to 1.0 s against 0.3 to 0.65 s with this,
2026-11-29). Jinja's own bytecode cache keeps them in `.digest-cache/templates/`
beside mkdocs.yml, under a digest of each template's source and of the Python version,
so an edited template or another Python compiles afresh. A folder that cannot be made
(a read-only checkout) leaves the build as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache

log = logging.getLogger("mkdocs.hooks.template_cache")
FOLDER = Path(".digest-cache") / "templates"


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """Give the build's Jinja environment a bytecode cache on disk."""
    folder = Path(config.config_file_path).parent / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.debug("no template cache: %s", error)
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
