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
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path

from digest.article import Article
from digest.cache import Cache
from digest.ingest import Problem, SeedFile, read_seed_files, seed_from_bytes
from digest.pipeline import article_from_seed
from digest.render import with_slugs
from digest.stories import fingerprint
from digest.taxonomy import Taxonomy, tag_article

# Below this many seeds to process, starting worker processes costs more than it saves
# (a rebuild after one seed changed never starts them).
MIN_PARALLEL = 64
# Seeds sent to a worker at a time: large enough that the hand-over is cheap next to the
# work, small enough that both cores stay busy to the end.
CHUNK = 32
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
    digest.update(repr([(tag.name, tag.names) for tag in taxonomy.tags]).encode())
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def entry_key(version: str, seed_file: SeedFile) -> str:
    """Return the cache key of one seed: its name, id and bytes under one code version."""
    digest = hashlib.blake2b(version.encode(), digest_size=20)
    for part in (seed_file.filename.encode("utf-8", "surrogateescape"), seed_file.id.encode()):
        digest.update(len(part).to_bytes(8, "little") + part)
    digest.update(seed_file.data)
    return digest.hexdigest()


def _prepare_chunk(chunk: Sequence[SeedFile], taxonomy: Taxonomy) -> list[Article | Problem]:
    return [prepare(seed_file, taxonomy) for seed_file in chunk]


def _run(todo: Sequence[SeedFile], taxonomy: Taxonomy, jobs: int) -> list[Article | Problem]:
    """Prepare `todo` in order, on `jobs` worker processes when it is worth it."""
    if jobs <= 1 or len(todo) < MIN_PARALLEL:
        return [prepare(seed_file, taxonomy) for seed_file in todo]
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    # Workers come from a fork server, not a fork of this process: `digest serve` calls
    # this from a watcher thread, and forking a process with threads can copy a held lock.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        done = pool.map(_prepare_chunk, chunks, [taxonomy] * len(chunks))
        return [entry for chunk in done for entry in chunk]


def prepare_all(
    folder: Path,
    taxonomy: Taxonomy,
    cache: Cache,
    jobs: int | None = None,
    version: str | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Return the prepared article of every usable seed in `folder`, and the skipped ones.

    Seeds whose key is in the cache are not processed again; the others run on `jobs`
    processes (default: every core) and are stored. `version` is `code_version(taxonomy)`,
    when the caller has it already.
    """
    files, problems = read_seed_files(folder)
    version = version or code_version(taxonomy)
    keys = [entry_key(version, seed_file) for seed_file in files]
    known = cache.prepared(keys)
    entries: list[Article | Problem | None] = [known.get(key) for key in keys]
    todo = [index for index, entry in enumerate(entries) if entry is None]
    fresh = _run([files[i] for i in todo], taxonomy, jobs or os.cpu_count() or 1)
    for index, entry in zip(todo, fresh, strict=True):
        entries[index] = entry
    cache.store_prepared({keys[i]: entries[i] for i in todo})  # type: ignore[misc]
    cache.keep_only(keys)
    articles = [entry for entry in entries if isinstance(entry, Article)]
    problems += [entry for entry in entries if isinstance(entry, Problem)]
    return articles, sorted(problems, key=lambda problem: problem.filename)
