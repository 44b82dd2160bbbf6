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
from collections.abc import Sequence
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from digest.article import Article
from digest.cache import Cache
from digest.cores import cpu_count, map_on_cores
from digest.ingest import (
    Problem,
    SeedFile,
    ids_by_name,
    read_seed_bytes,
    seed_from_bytes,
    seed_names,
)
from digest.pipeline import article_from_seed
from digest.render import with_slugs
from digest.stamps import Stamp, content_digest, file_stamp, settled
from digest.stories import fingerprint
from digest.taxonomy import Taxonomy, tag_article

# Bump when the shape of a cache entry changes in a way the code hash cannot see.
CACHE_FORMAT = "1"
_PACKAGE = Path(__file__).resolve().parent


def prepare(seed_file: SeedFile, taxonomy: Taxonomy) -> Article | Problem:
    """Decode, clean, read metadata, tag, fingerprint and slugify one seed; a pure function."""
    seed = seed_from_bytes(seed_file.filename, seed_file.data, seed_file.id)
    if isinstance(seed, Problem):
        return seed
    article = tag_article(article_from_seed(seed), taxonomy)
    return with_slugs(article.evolve(fingerprint=fingerprint(article)))


def code_version(taxonomy: Taxonomy) -> str:
    """Hash what decides a prepared article besides its seed: code, libraries, taxonomy."""
    digest = hashlib.blake2b(CACHE_FORMAT.encode(), digest_size=16)
    for source in sorted(_PACKAGE.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
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

    Seeds whose key is in the cache are not processed again; the others run on `jobs`
    processes (default: every core) and are stored. A seed whose stamp (`file_stamp`)
    is the one the cache recorded is not even read: its digest is known. `version` is
    `code_version(taxonomy)`, when the caller has it already.
    """
    version = version or code_version(taxonomy)
    stamps = cache.stamps()
    listed_ns = time.time_ns()  # before any seed is stat-ed or read
    listed, problems = _list_seeds(folder, stamps)
    keys = [entry_key(version, seed.filename, seed.id, seed.digest) for seed in listed]
    known = cache.prepared(keys)
    entries: list[Article | Problem | None] = [known.get(key) for key in keys]
    todo = []
    for index, entry in enumerate(entries):
        if entry is None and listed[index].data is None:  # the cache lost it: read it now
            seed = _read_listed(folder / listed[index].filename, listed[index].id)
            if isinstance(seed, Problem):
                entries[index] = seed
                continue
            listed[index] = seed
            keys[index] = entry_key(version, seed.filename, seed.id, seed.digest)
        if entries[index] is None:
            todo.append(index)
    seed_files = [SeedFile(listed[i].filename, listed[i].id, listed[i].data or b"") for i in todo]
    fresh = map_on_cores(partial(prepare, taxonomy=taxonomy), seed_files, jobs or cpu_count())
    for index, entry in zip(todo, fresh, strict=True):
        entries[index] = entry
    cache.store_prepared({keys[i]: entries[i] for i in todo})  # type: ignore[misc]
    cache.keep_only(keys)
    cache.store_stamps(_settled_stamps(listed, listed_ns), stamps)
    articles = [entry for entry in entries if isinstance(entry, Article)]
    problems += [entry for entry in entries if isinstance(entry, Problem)]
    return articles, sorted(problems, key=lambda problem: problem.filename)


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
