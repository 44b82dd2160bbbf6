"""Write the generated Markdown into `content/` and build `site/` with MkDocs.

This is the pipeline's edge: the only place that writes files or runs MkDocs.
Writes are atomic (a temporary file renamed into place) and skipped when the bytes
are already there, so `mkdocs serve` sees a change only where there is one and never
loops. A manifest records which files the pipeline wrote and the digest of their bytes,
so a file whose seed is gone is removed, and hand-written pages never are: a file whose
bytes are no longer those the build wrote is the curator's now.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import NamedTuple

from digest.ingest.seeds import printable
from digest.site.feeds import SiteInfo
from digest.site.manifest import (
    MANIFEST,
    Owned,
    Written,
    file_digest,
    manifest_text,
    owning,
    read_manifest,
    still_ours,
)
from digest.site.outputs import Files, digest_of
from digest.site.paths import missing_nav_pages
from digest.site.swap import remove_in_background, replaced_atomically
from digest.stamps import Stamp, content_digest, file_stamp, settled

# Only these folders (and feed files) of content/ ever hold generated files: a manifest
# entry outside them (a hand-edited manifest) is never deleted.
GENERATED_FOLDERS = (
    "articles/",
    "stories/",
    "_generated/",
    "feeds/",
    "cleaning-report/",
    "feed.xml",
    "atom.xml",
    "feed.json",
)

# Where `mkdocs serve` previews the site: the feeds' links when mkdocs.yml sets no site_url.
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"
DEFAULT_SITE_NAME = "Digest"
# Ends the name of a file being written; one left by a killed build is removed by the next.
TEMP_SUFFIX = ".digest-tmp"

log = logging.getLogger("digest")


def write_if_changed(path: str | Path, text: str, durable: bool = False) -> bool:
    """Atomically write `text` to `path` unless it already holds those bytes.

    The rename alone keeps a killed build from leaving a half-written page, which is
    what the generated pages need: they are rebuilt from the seeds at will, and an
    fsync each costs more than writing 10,000 of them. `durable` also flushes the
    bytes to disk before the rename, for the manifest, which decides what a later
    build may delete.
    """
    return write_bytes_if_changed(str(path), text.encode("utf-8"), durable)


def write_bytes_if_changed(
    path: str, data: bytes, durable: bool = False, absent: bool = False
) -> bool:
    """`write_if_changed` for bytes; `absent` says the caller found no file at `path`
    (a first build writes 10,000 pages: trying to read each first is a tenth of it)."""
    if not absent:
        try:
            with open(path, "rb") as existing:
                if existing.read() == data:
                    return False
        except FileNotFoundError:
            pass
    try:
        handle, temporary = _open_temporary(path)
    except OSError as error:
        raise _about(error, path) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _about(error, path) from error
        raise
    return True


def _about(error: OSError, path: str) -> OSError:
    """Return `error` as about `path`: a full disk fails the write itself, whose error
    names no file, and the other steps name the temporary file, not the one written."""
    return OSError(error.errno, error.strerror or str(error), path)


def _open_temporary(path: str) -> tuple[int, str]:
    """Create the file `path` is written through, beside it, readable as any page is,
    making its folder when there is none.

    Named after this process, which is cheaper than `mkstemp`'s random names over
    thousands of pages; a name taken (a killed build's) falls back to `mkstemp`.
    """
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        return _create_new(temporary, folder), temporary
    except FileExistsError:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=TEMP_SUFFIX)
        os.fchmod(handle, 0o644)  # mkstemp makes the file private
        return handle, temporary


def _create_new(path: str, folder: str) -> int:
    """Open `path` as a new file, never through a link; make `folder` first if missing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
    try:
        return os.open(path, flags, 0o644)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
        return os.open(path, flags, 0o644)


def hand_written_articles(
    content: Path, written_before: Mapping[str, Written] | None = None
) -> set[str]:
    """Return the slugs taken by hand-written pages in `content/articles/`.

    A page there that the manifest does not list, or whose bytes are no longer those
    the build wrote (a curator's page where a hidden article was), is the curator's: an
    article whose title gives the same slug must get another, or the build would
    overwrite it. `written_before` is the writer's record (see `sync_content`): a page
    whose stamp it knows is not read.
    """
    folder = content / GENERATED_FOLDERS[0]
    if not folder.is_dir():
        return set()
    ours = read_manifest(content)
    known = written_before or {}
    inside = os.path.join(folder, "")  # strings, not a `Path` for each of 10,000 pages
    taken = set()
    for name in os.listdir(folder):
        path = f"{GENERATED_FOLDERS[0]}{name}"
        if name.startswith("."):
            continue
        if path not in ours or not still_ours(inside + name, ours[path], known.get(path)):
            taken.add(name.removesuffix(".md"))
    return taken


def _remove_temporaries(content: Path) -> None:
    """Remove the half-written files a killed build left where generated files go."""
    for folder in (content, *(content / name for name in GENERATED_FOLDERS)):
        if folder.is_dir():
            for name in os.listdir(folder):
                if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                    (folder / name).unlink(missing_ok=True)


def sync_content(
    content: Path,
    files: Mapping[str, str],
    written_before: MutableMapping[str, Written] | None = None,
) -> tuple[int, int]:
    """Write `files` under `content/`, remove generated files no longer produced.

    The manifest is written first with every file about to be written and the digests
    of its bytes before and after, so a build killed half-way leaves no generated file
    that the next build takes for a hand-written one. Files no longer produced go next,
    before any is written: a preview server (`digest serve` runs `mkdocs serve`) starts
    building at the first change it sees, and a page removed after it listed the pages
    failed its build ("Error reading page ... No such file"), as a changed headline
    moves its page. A file no longer produced whose bytes are not those the build wrote
    is the curator's: it stays, with a warning, and leaves the manifest. Returns how
    many files were written and how many removed.

    `written_before` maps a path to the key it was last written under (see
    `digest/site/outputs.py`), the file's stamp then (when trusted) and the digest of its
    bytes; a file whose key and stamp are unchanged is not made, read or written. It is
    updated for the next build.
    """
    files = files if isinstance(files, Files) else Files.of_texts(files)
    ledger: MutableMapping[str, Written] = {} if written_before is None else written_before
    _remove_temporaries(content)
    before = read_manifest(content)
    looked_ns = time.time_ns()
    # Paths as strings: a `Path` for each of 10,000 files costs more than comparing it;
    # the names are relative paths of the build's own making.
    inside = os.path.join(content, "")
    due = {name: _due(inside + name, name, files, ledger, looked_ns) for name in files}
    final: dict[str, Owned] = {
        name: ledger[name][2] if change is None else change.digest for name, change in due.items()
    }
    # While a file is replaced, its old bytes and its new ones are both the build's.
    planned = {**before, **{name: owning(before.get(name), final[name]) for name in final}}
    planned_text = manifest_text(planned)
    write_if_changed(content / MANIFEST, planned_text, durable=True)
    removed = 0
    for stale in before.keys() - files.keys():
        if stale.startswith(GENERATED_FOLDERS) and ".." not in Path(stale).parts:
            removed += _remove_if_ours(inside + stale, before[stale])
    written = 0
    for name, change in due.items():
        if change is not None:
            written += _write_due(inside + name, name, change, ledger, looked_ns)
    for gone in set(ledger) - set(files):
        del ledger[gone]
    # Most builds remove and replace nothing: the planned manifest is the final one.
    final_text = planned_text if final == planned else manifest_text(final)
    write_if_changed(content / MANIFEST, final_text, durable=True)
    return written, removed


class _Due(NamedTuple):
    """A file to write: its key, its bytes and their digest, its stamp before."""

    key: str
    data: bytes
    digest: str
    stamp: Stamp | None


def _due(
    path: str, name: str, files: Files, ledger: MutableMapping[str, Written], looked_ns: int
) -> _Due | None:
    """Return what one file needs written, or None when it is up to date.

    A file whose key and stamp are as last written is left alone. One whose stamp was
    not yet trusted (`digest.stamps.settled`: written in the tick it was stamped) is
    read and compared with the digest of what was written, which spares making its
    text; this is most files in the first build after they were all written. The stamp
    is taken before the file is read: a write during the read leaves a stamp that the
    next build finds changed.
    """
    key = files.key(name)
    stamp = file_stamp(path)
    known = ledger.get(name)
    if known is not None and known[0] == key and stamp is not None:
        if known[1] == stamp.text:
            return None
        if file_digest(path) == known[2]:
            ledger[name] = (key, stamp.text if settled(stamp, looked_ns) else "", known[2])
            return None
    data = files[name].encode("utf-8")
    return _Due(key, data, content_digest(data), stamp)


def _write_due(
    path: str, name: str, due: _Due, ledger: MutableMapping[str, Written], looked_ns: int
) -> bool:
    """Write one file `_due` found changed, unless its bytes are there; record it."""
    changed = write_bytes_if_changed(path, due.data, absent=due.stamp is None)
    stamp = due.stamp
    trusted = stamp.text if stamp is not None and not changed and settled(stamp, looked_ns) else ""
    ledger[name] = (due.key, trusted, due.digest)
    return changed


def _remove_if_ours(path: str, owned: Owned) -> bool:
    """Remove a generated file no longer produced; keep it, with a warning, when its
    bytes are no longer those the build wrote. Returns whether it was removed."""
    if not os.path.lexists(path):
        return False
    if not still_ours(path, owned):
        where = printable(path)
        print(
            f"warning: {where}: changed since the build wrote it: kept as a hand-written page",
            file=sys.stderr,
        )
        return False
    os.unlink(path)
    return True


def settle_stamps(content: Path, ledger: MutableMapping[str, Written]) -> bool:
    """Trust the stamps of files written too recently to be trusted when written.

    A stamp taken in the tick of a write is not trusted (`digest.stamps.settled`), so
    the first rebuild after a build would read back every file the build wrote: 10,000
    at 10,000 articles. Called once the files are older than a tick (after MkDocs has
    built the site from them), this reads them now instead: a file whose bytes are
    still those written gets its current stamp, taken before the read as `_due`
    takes it. Returns whether any stamp became trusted.
    """
    looked_ns = time.time_ns()
    trusted_any = False
    for name, (key, trusted, digest) in ledger.items():
        if trusted:
            continue
        path = os.path.join(content, name)
        stamp = file_stamp(path)
        if settled(stamp, looked_ns) and file_digest(path) == digest:
            ledger[name] = (key, stamp.text, digest)
            trusted_any = True
    return trusted_any


def read_site_info(
    config_file: Path,
    site_url: str | None = None,
    memo: MutableMapping[str, SiteInfo] | None = None,
) -> SiteInfo:
    """Read the site's address, name and description from the MkDocs config, once.

    MkDocs itself reads the file, so `!ENV` values (such as `SITE_URL`) resolve as in
    the build; a config error names the file. Loading MkDocs' config takes a third of
    a second, a tenth of a rebuild: `memo` keeps the answer under a digest of all it
    depends on, the file's bytes, `site_url` and the environment variables the file
    names (`!ENV`); a config that inherits another (`INHERIT`) is always read again.
    """
    if not config_file.is_file():  # content only (`--no-site`) needs no MkDocs config
        return SiteInfo(site_url or DEFAULT_SITE_URL, DEFAULT_SITE_NAME, "")
    text = config_file.read_bytes().decode("utf-8", "surrogateescape")
    key = digest_of([text, repr(site_url), repr(_environment_named_in(text))])
    if memo is not None and key in memo:
        return memo[key]
    info = _load_site_info(config_file, site_url)
    if memo is not None and "INHERIT" not in text:
        memo.clear()
        memo[key] = info
    return info


def _environment_named_in(text: str) -> list[tuple[str, str]]:
    """Return the environment variables whose names appear as words in `text`: all an
    `!ENV` tag can read, whatever its form, and not those that change with every
    command (`_`, `OLDPWD`) unless named."""
    return sorted(
        (name, value)
        for name, value in os.environ.items()
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    )


def _load_site_info(config_file: Path, site_url: str | None) -> SiteInfo:
    from mkdocs.config import load_config

    try:
        config = load_config(config_file=str(config_file))
    except Exception as error:
        raise SystemExit(f"digest: {config_file}: {error}") from error
    url = site_url or config["site_url"] or DEFAULT_SITE_URL
    if not url.endswith("/"):
        url += "/"
    return SiteInfo(url, config["site_name"], config["site_description"] or "")


def build_site(
    config_file: Path, content: Path, site: Path, strict: bool, site_url: str | None = None
) -> None:
    """Build `site/` from `content/` with MkDocs, in strict mode when asked.

    The snippets base path follows the content folder, so `--content` elsewhere
    still finds the generated home-page fragment. MkDocs writes into a fresh folder
    that replaces `site/` in one rename, so a reader or a killed build never sees a
    half-built site; the replaced one is deleted in the background. A `site_url`
    replaces mkdocs.yml's (see digest/site/publish.py); None keeps it.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with replaced_atomically(site, remove_old=remove_in_background) as building:
        config = load_config(
            config_file=str(config_file),
            docs_dir=str(content.resolve()),
            site_dir=str(building),
            strict=strict,
            site_url=site_url,
        )
        snippets = config["mdx_configs"].setdefault("pymdownx.snippets", {})
        snippets["base_path"] = [str((content / "_generated").resolve())]
        missing = missing_nav_pages(config["nav"] or [], content)
        if missing:
            home = " (the home page among them)" if "index.md" in missing else ""
            print(
                f"warning: {printable(str(content))} lacks {', '.join(missing)}, which "
                f"{config_file.name}'s nav lists{home}: copy them from the project's "
                "content/ folder, or build into it",
                file=sys.stderr,
            )
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
