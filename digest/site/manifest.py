"""The manifest: which files in `content/` the build wrote, and what it wrote there.

A build removes a generated file whose seed is gone, and must never remove a page the
curator wrote. Paths alone could not tell them apart when the curator wrote a page
where a hidden article's was: the next build deleted it, the path being listed. Each
path is listed with the digests of the bytes the build may have left there; a file
holding other bytes is the curator's now.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from digest.stamps import content_digest, file_stamp

MANIFEST = ".digest-manifest.json"

# What the writer keeps of a file it wrote: its key, its stamp ("" until trusted) and
# the digest of its bytes.
Written = tuple[str, str, str]

# What the manifest says of a file: the digests of the bytes the build may have left
# there, separated by spaces (two while a build replaces it, so a killed build's file,
# old or new, is still its own); None in a manifest of paths alone, from before
# digests were kept. A string, not a list: 10,000 of them are read in a third the time.
Owned = str | None


def read_manifest(content: Path) -> dict[str, Owned]:
    """Return the manifest in `content/`: each path the build wrote, with its digests."""
    try:
        entries = json.loads((content / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if isinstance(entries, list):  # paths alone: the build's, whatever their bytes
        return {entry: None for entry in entries if isinstance(entry, str)}
    if not isinstance(entries, dict):  # a hand-edited manifest: claim nothing
        return {}
    return entries  # a value not a string or null claims no bytes (`still_ours`)


def manifest_text(entries: Mapping[str, Owned]) -> str:
    """Return the manifest's JSON: one file a line, in path order (a separator with a
    line break keeps `json`'s C encoder, which `indent` would not)."""
    return json.dumps(dict(sorted(entries.items())), separators=(",\n", ": ")) + "\n"


def owning(*digests: Owned) -> str:
    """Return the `Owned` value that claims all of `digests`' bytes."""
    return " ".join(sorted({part for owned in digests if owned for part in owned.split()}))


def still_ours(path: str, owned: Owned, known: Written | None = None) -> bool:
    """Whether the file at `path` holds bytes the build wrote there (`owned`).

    A file whose stamp is the one the writer recorded with an owned digest (`known`) is
    not read. Anything but a regular file there was not written by the build.
    """
    if owned is None:
        return True
    stamp = file_stamp(path)
    if stamp is None or not isinstance(owned, str):
        return False
    digests = owned.split()
    if known is not None and known[1] == stamp.text and known[2] in digests:
        return True
    return file_digest(path) in digests


def file_digest(path: str) -> str | None:
    """Return the digest of the file's bytes (`content_digest`), None if unreadable."""
    try:
        with open(path, "rb") as stream:
            return content_digest(stream.read())
    except OSError:
        return None
