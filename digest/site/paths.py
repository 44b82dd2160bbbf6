"""Where a build may write: options that would make it replace or write over the
project are refused before anything is touched.

A build replaces `--site` whole and deletes the folder it replaced (`digest/site/swap.py`),
writes and removes its own files in `--content`, and keeps its cache in `--cache`.
MkDocs' own check (no site inside the docs) never saw these options, since it builds
into a hidden temporary folder: `digest build --site content` swapped the hand-written
pages for the built site and deleted them, `--site .` the whole project, `--site seeds`
every seed. The rule, with every path resolved through its links:

- no output (`--site`, `--content`, `--cache`) is or holds the project root, the folder
  of the MkDocs config;
- no two of `--seeds`, `--content`, `--site` and `--cache` are one folder, or one inside
  the other (`site/` inside the project root is fine: the root is none of them);
- `--site` holds none of the config, curation and taxonomy files, and an existing
  `--site` is a folder, empty or holding `sitemap.xml` (every MkDocs build writes one),
  so a folder no build made (`--site docs`, `--site ~/Pictures`) is never replaced.

`--site` takes part only when a site is built, `--cache` only when a cache is used.
"""

from __future__ import annotations

import argparse
import itertools
import os
from pathlib import Path

from digest.ingest.seeds import printable

# What every MkDocs build writes at the top of its site (MkDocs' own templates hold it).
SITE_EVIDENCE = "sitemap.xml"

# What a build does to each folder it writes, for the message that refuses it.
_WRITES = {
    "--site": "each build replaces --site whole and deletes what was there",
    "--content": "the build writes and removes its own files in --content",
    "--cache": "the build writes its cache in --cache",
}
_FILES = ("config", "curation", "taxonomy")


def refusal(args: argparse.Namespace) -> str | None:
    """Return the line that refuses the options' folders, or None when they are safe.

    `args` are `build`'s or `serve`'s options; a command without `--site`, or given
    `--no-site`, builds no site, and `--no-cache` keeps no cache.
    """
    given = _folders(args)
    found = {option: path.resolve() for option, path in given.items()}
    root = args.config.resolve().parent
    for option in found.keys() & _WRITES.keys():
        relation = _relation(found[option], root)
        if relation in ("is", "holds"):
            where = f"the project root ({printable(str(root))}, the folder of {args.config.name})"
            return _line(option, given[option], f"{relation} {where}")
    for first, second in itertools.combinations(found, 2):
        relation = _relation(found[first], found[second])
        if relation is not None:
            folder = f"the {second} folder ({printable(str(given[second]))})"
            return _line(first, given[first], f"{relation} {folder}")
    return _site_refusal(args, found["--site"]) if "--site" in found else None


def _folders(args: argparse.Namespace) -> dict[str, Path]:
    """Return the folders the command uses, by option; outputs first, as messages name
    the output that would do the harm."""
    folders: dict[str, Path] = {}
    if getattr(args, "site", None) is not None and not getattr(args, "no_site", False):
        folders["--site"] = args.site
    folders["--content"] = args.content
    if not args.no_cache:
        folders["--cache"] = args.cache
    folders["--seeds"] = args.seeds
    return folders


def _relation(first: Path, second: Path) -> str | None:
    """Say how the resolved path `first` stands to `second`: is, holds, lies inside."""
    if _same(first, second):
        return "is"
    if any(_same(first, parent) for parent in second.parents):
        return "holds"
    if any(_same(parent, second) for parent in first.parents):
        return "lies inside"
    return None


def _same(first: Path, second: Path) -> bool:
    """Whether two resolved paths are one: by name, or, where both exist, by inode (on
    a case-insensitive disk `Content` is `content`)."""
    if first == second:
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _site_refusal(args: argparse.Namespace, site: Path) -> str | None:
    """Refuse a `--site` that holds an input file, or is not a site a build made."""
    for name in _FILES:
        option = f"--{name}"
        relation = _relation(site, getattr(args, name).resolve())
        if relation in ("is", "holds"):
            where = printable(str(getattr(args, name)))
            return _line("--site", args.site, f"{relation} the {option} file ({where})")
    if not site.exists():
        return None
    if not site.is_dir():
        return _line("--site", args.site, "not a folder")
    if (site / SITE_EVIDENCE).is_file() or not any(site.iterdir()):
        return None
    return _line("--site", args.site, f"not empty and not a site (no {SITE_EVIDENCE})")


def _line(option: str, given: Path, why: str) -> str:
    return f"error: {option} {printable(str(given))}: {why}; {_WRITES[option]}"


def missing_nav_pages(nav: list, content: Path) -> list[str]:
    """Return the pages a MkDocs `nav` lists that the content folder lacks: a
    `--content` folder made anew holds the articles but not the hand-written pages."""
    return [page for page in nav_pages(nav) if not (content / page).exists()]


def nav_pages(nav: list) -> list[str]:
    """Return the Markdown files a MkDocs `nav` lists, in order (sections opened)."""
    found: list[str] = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            found += nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            found.append(value)
    return found
