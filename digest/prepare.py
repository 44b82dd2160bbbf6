"""The per-seed stages, run on every core and remembered between builds.

Decoding, cleaning, reading metadata and tagging depend on one seed alone, and are
most of a build's work. `prepare` runs them for one seed (a pure function);
`prepare_all` is the edge that reads the seed files, looks each one up in a cache
keyed by its bytes and by the code and taxonomy that process it, and hands only the
seeds not seen before to a pool of worker processes. The articles come back in seed
order whatever ran where, so a parallel build writes what a single process writes
(`--jobs 1`).

The cache (`digest/cache.py`) never serves a stale entry: any change to the code, the
taxonomy or the seed gives another key.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping, Sequence
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from digest.article import Article
from digest.cache import Cache
from digest.clean.recurring import (
    KEYS_VERSION,
    LineCounts,
    count_lines,
    line_keys,
    mark_recurring,
    recurring_lines,
)
from digest.cores import cpu_count, map_on_cores
from digest.ingest.seeds import (
    Problem,
    SeedFile,
    ids_by_name,
    read_seed_bytes,
    seed_from_bytes,
    seed_names,
)
from digest.pipeline import cleaned_article, read_metadata
from digest.site.render import with_slugs
from digest.stamps import Stamp, content_digest, file_stamp, settled
from digest.stories.grouping import fingerprint
from digest.tags.taxonomy import Taxonomy, tag_article

# Bump when the shape of a cache entry changes in a way the code hash cannot see.
CACHE_FORMAT = "1"
# The cache's memo of line counts (`digest/clean/recurring.py`).
LINE_COUNTS = "line counts"
_PACKAGE = Path(__file__).resolve().parent


def prepare(
    seed_file: SeedFile, taxonomy: Taxonomy, recurring: Mapping[int, int] | None = None
) -> Article | Problem:
    """Decode, clean, drop the lines `recurring` (`finish`), read metadata, tag,
    fingerprint and slugify one seed; a pure function."""
    article = _cleaned(seed_file)
    return article if isinstance(article, Problem) else finish(article, recurring, taxonomy)


def cleaned_seed(seed_file: SeedFile) -> tuple[Article | Problem, bytes]:
    """Decode and clean one seed; return it with its lines' keys (`line_keys`), which
    the corpus stage counts before any metadata is read."""
    article = _cleaned(seed_file)
    return article, b"" if isinstance(article, Problem) else line_keys(article.lines)


def _cleaned(seed_file: SeedFile) -> Article | Problem:
    seed = seed_from_bytes(seed_file.filename, seed_file.data, seed_file.id)
    return seed if isinstance(seed, Problem) else cleaned_article(seed)


def finish(article: Article, recurring: Mapping[int, int] | None, taxonomy: Taxonomy) -> Article:
    """Drop a cleaned article's lines found recurring across stories (their positions,
    with how many other pages hold them), then read metadata, tag, fingerprint, slugify."""
    if recurring:
        article = mark_recurring(article, recurring)
    article = tag_article(read_metadata(article), taxonomy)
    return with_slugs(article.evolve(fingerprint=fingerprint(article)))


def code_version(taxonomy: Taxonomy) -> str:
    """Hash what decides a prepared article besides its seed: code, libraries, taxonomy."""
    digest = hashlib.blake2b(CACHE_FORMAT.encode(), digest_size=16)
    for source in sorted(_PACKAGE.rglob("*.py")):
        digest.update(source.relative_to(_PACKAGE).as_posix().encode() + source.read_bytes())
    for package in ("trafilatura", "charset-normalizer", "python-slugify"):
        digest.update(f"{package}={_version(package)}".encode())
    digest.update(repr(taxonomy.definition).encode())
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def entry_key(version: str, filename: str, seed_id: str, digest: str) -> str:
    """Return the cache key of one seed: its name, id and bytes' digest under one code version.

    The parts are joined with NUL, which no file name holds (nor the id made from it),
    so no two seeds share a key.
    """
    parts = "\0".join((version, filename, seed_id, digest)).encode("utf-8", "surrogateescape")
    return hashlib.blake2b(parts, digest_size=20).hexdigest()


def prepare_all(
    folder: Path,
    taxonomy: Taxonomy,
    cache: Cache,
    jobs: int | None = None,
    version: str | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Return the prepared article of every usable seed in `folder`, and the skipped ones.

    In two steps around the corpus stage: seeds whose lines were not counted by the
    last build are cleaned, and the lines of all counted (`digest/clean/recurring.py`, the
    counts kept in the cache); then each seed is finished (`finish`) unless the cache
    holds it under its key and the positions of its lines found recurring. Work runs on
    `jobs` processes (default: every core). A seed whose stamp (`file_stamp`) is the
    one the cache recorded is not even read: its digest is known. `version` is
    `code_version(taxonomy)`, when the caller has it already.
    """
    version, jobs = version or code_version(taxonomy), jobs or cpu_count()
    stamps = cache.stamps()
    listed_ns = time.time_ns()  # before any seed is stat-ed or read
    listed, problems = _list_seeds(folder, stamps)
    keys = [entry_key(version, seed.filename, seed.id, seed.digest) for seed in listed]
    kept = cache.memo(LINE_COUNTS, KEYS_VERSION)
    counted = LineCounts(kept.get("pages", {}), kept.get("counts", {}))
    unread = [i for i, seed in enumerate(listed) if counted.pages.get(seed.id, ("",))[0] != keys[i]]
    lost = _read_missing(folder, listed, keys, unread, version)
    unread = [i for i in unread if i not in lost]
    files = [_seed_file(listed[i]) for i in unread]
    cleaned = dict(zip(unread, map_on_cores(cleaned_seed, files, jobs), strict=True))
    usable = [i for i in range(len(listed)) if i not in lost]
    pages = {
        listed[i].id: (keys[i], cleaned[i][1]) if i in cleaned else counted.pages[listed[i].id]
        for i in usable
    }
    found = _found(pages, kept, cache)
    recurring = {i: found[listed[i].id] for i in usable if listed[i].id in found}
    final = [_finished_key(key, recurring.get(i)) for i, key in enumerate(keys)]
    entries: dict[int, Article | Problem] = dict(lost)
    stored = cache.prepared(final[i] for i in usable)
    entries.update((i, stored[final[i]]) for i in usable if final[i] in stored)
    todo = [i for i in usable if i not in entries]
    entries.update(
        _read_missing(folder, listed, keys, [i for i in todo if i not in cleaned], version)
    )
    todo = [i for i in todo if i not in entries]
    work = [
        (cleaned[i][0] if i in cleaned else _seed_file(listed[i]), recurring.get(i)) for i in todo
    ]
    for index, entry in zip(
        todo, map_on_cores(partial(_finish, taxonomy=taxonomy), work, jobs), strict=True
    ):
        entries[index] = entry
    cache.store_prepared({final[i]: entries[i] for i in todo})
    cache.keep_only(final)
    cache.store_stamps(_settled_stamps(listed, listed_ns), stamps)
    ordered = [_with_counts(entries[i], recurring.get(i)) for i in range(len(listed))]
    articles = [entry for entry in ordered if isinstance(entry, Article)]
    problems += [entry for entry in ordered if isinstance(entry, Problem)]
    return articles, sorted(problems, key=lambda problem: problem.filename)


def _found(
    pages: dict[str, tuple[str, bytes]], kept: dict[str, Any], cache: Cache
) -> dict[str, dict[int, int]]:
    """Return the lines found recurring in each seed (by id; `recurring_lines`), as the
    cache kept them when no seed's lines changed, else from the counts `kept` updated
    for the seeds that did (`count_lines`), kept again."""
    if pages == kept.get("pages") and "found" in kept:
        return kept["found"]  # type: ignore[no-any-return]
    counted = count_lines(LineCounts(kept.get("pages", {}), kept.get("counts", {})), pages)
    ids = list(pages)
    found = recurring_lines([pages[page][1] for page in ids], counted)
    by_id = {ids[index]: lines for index, lines in found.items()}
    cache.store_memo(LINE_COUNTS, KEYS_VERSION, {**counted._asdict(), "found": by_id})
    return by_id


def _seed_file(seed: _Listed) -> SeedFile:
    return SeedFile(seed.filename, seed.id, seed.data or b"")


def _read_missing(
    folder: Path, listed: list[_Listed], keys: list[str], indices: Sequence[int], version: str
) -> dict[int, Problem]:
    """Read the bytes of the seeds at `indices` that were not read (their stamp was
    known), in place with their keys; return those that can no longer be read."""
    lost = {}
    for index in indices:
        if listed[index].data is not None:
            continue
        seed = _read_listed(folder / listed[index].filename, listed[index].id)
        if isinstance(seed, Problem):
            lost[index] = seed
            continue
        listed[index] = seed
        keys[index] = entry_key(version, seed.filename, seed.id, seed.digest)
    return lost


def _finished_key(key: str, recurring: Mapping[int, int] | None) -> str:
    """Return the cache key of a seed finished with the lines at these positions
    dropped as recurring: its own key when there are none. The counts of other pages
    are not in it: a new seed changes them, and they are put on after (`_with_counts`)."""
    if not recurring:
        return key
    positions = ",".join(map(str, sorted(recurring))).encode()
    return hashlib.blake2b(key.encode() + b"\0" + positions, digest_size=20).hexdigest()


def _finish(
    item: tuple[Article | Problem | SeedFile, Mapping[int, int] | None], taxonomy: Taxonomy
) -> Article | Problem:
    """Finish a seed cleaned in this build, or prepare one whose cleaning was not kept."""
    article, recurring = item
    if isinstance(article, Problem):
        return article
    if isinstance(article, Article):
        return finish(article, recurring, taxonomy)
    return prepare(article, taxonomy, recurring)


def _with_counts(
    entry: Article | Problem, recurring: Mapping[int, int] | None
) -> Article | Problem:
    """Put on a finished article how many other pages hold each of its recurring lines now."""
    counts = tuple(sorted(recurring.items())) if recurring else ()
    if isinstance(entry, Problem) or entry.recurring == counts:
        return entry
    return entry.evolve(recurring=counts)


class _Listed(NamedTuple):
    """A seed found in the folder: its bytes when they had to be read, their digest."""

    filename: str
    id: str
    stamp: Stamp | None
    digest: str
    data: bytes | None


def _list_seeds(
    folder: Path, stamps: dict[str, tuple[str, str]]
) -> tuple[list[_Listed], list[Problem]]:
    """Find the seeds and their digests, reading only those whose stamp is not known.

    Names and paths stay strings here: a build stats 10,000 seeds, and making a `Path`
    of each costs more than the stat.
    """
    names, problems = seed_names(folder)
    ids = ids_by_name(names)
    listed = []
    inside = os.path.join(folder, "")  # names are plain file names: no join needed
    for name in names:
        stamp = file_stamp(inside + name)
        known = stamps.get(name)
        if stamp is not None and known is not None and known[0] == stamp.text:
            listed.append(_Listed(name, ids[name], stamp, known[1], None))
            continue
        seed = _read_listed(folder / name, ids[name], stamp)
        (problems if isinstance(seed, Problem) else listed).append(seed)  # type: ignore[arg-type]
    return listed, problems


def _read_listed(path: Path, seed_id: str, stamp: Stamp | None = None) -> _Listed | Problem:
    """Read one seed's bytes; `stamp` is taken before the read, so a write during it
    leaves an older stamp, which the next build finds changed."""
    stamp = stamp or file_stamp(path)
    data = read_seed_bytes(path, path.parent)
    if isinstance(data, Problem):
        return data
    return _Listed(path.name, seed_id, stamp, content_digest(data), data)


def _settled_stamps(listed: Sequence[_Listed], listed_ns: int) -> dict[str, tuple[str, str]]:
    """Return the stamps worth keeping (`digest.stamps.settled`), judged against the
    moment the build looked at the seeds, not when it ended."""
    return {
        seed.filename: (seed.stamp.text, seed.digest)
        for seed in listed
        if settled(seed.stamp, listed_ns)
    }
