"""The per-seed stages, run on every core and remembered between builds.

Decoding, cleaning, reading metadata and tagging depend on one seed alone, and are
most of a build's work. `prepare` runs them for one seed (a pure function);
`prepare_all` is the edge that reads the seed files, looks each one up in a cache
keyed by its bytes and by the code and taxonomy that process it, and hands only the
seeds not seen before to a pool of worker processes. The articles come back in seed
order whatever ran where, so a parallel build writes what a single process writes
(`--jobs 1`).

The cache is a folder of one pickle per seed (`.digest-cache/` by default): a killed
build leaves whole entries only (written to a temporary file and renamed), and a
stale entry is never read, since any change to the code, the taxonomy or the seed
gives another key.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from digest.article import Article
from digest.ingest import Problem, SeedFile, read_seed_files, seed_from_bytes
from digest.pipeline import article_from_seed
from digest.stories import fingerprint
from digest.taxonomy import Taxonomy, tag_article

DEFAULT_CACHE = Path(".digest-cache")
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
    """Decode, clean, read metadata, tag and fingerprint one seed; a pure function."""
    seed = seed_from_bytes(seed_file.filename, seed_file.data, seed_file.id)
    if isinstance(seed, Problem):
        return seed
    article = tag_article(article_from_seed(seed), taxonomy)
    return replace(article, fingerprint=fingerprint(article))


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


class Cache:
    """Prepared articles on disk, one pickle per key; a `None` folder remembers nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Article | Problem | None:
        """Return the entry, or None when there is none or it cannot be read."""
        if self.folder is None:
            return None
        try:
            with open(self._path(key), "rb") as stream:
                entry = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            return None
        return entry if isinstance(entry, Article | Problem) else None

    def put(self, key: str, entry: Article | Problem) -> None:
        """Store the entry."""
        if self.folder is not None:
            self._write(self._path(key), entry)

    @staticmethod
    def _write(path: Path, value: object) -> None:
        """Write atomically; a cache that cannot be written only makes builds slower."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)

    def keep_only(self, keys: set[str]) -> None:
        """Remove the entries of seeds no longer there, or made by other code.

        The cache then holds one entry per seed of the last build, so it never grows
        past the size of the seeds' articles.
        """
        if self.folder is None or not self.folder.is_dir():
            return
        for shard in self.folder.iterdir():
            if shard.is_dir() and len(shard.name) == 2:
                for entry in os.scandir(shard):
                    if entry.name.removesuffix(".pickle") not in keys:
                        Path(entry.path).unlink(missing_ok=True)

    def load_renders(self, version: str) -> dict[str, str]:
        """Return the rendered articles kept by the last build under this code version."""
        if self.folder is None:
            return {}
        try:
            with open(self.folder / f"renders-{version}.pickle", "rb") as stream:
                memo = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            return {}
        return memo if isinstance(memo, dict) else {}

    def save_renders(self, version: str, memo: dict[str, str]) -> None:
        """Keep the rendered articles for the next build; older versions' are removed."""
        if self.folder is None:
            return
        self._write(self.folder / f"renders-{version}.pickle", memo)
        for old in self.folder.glob("renders-*.pickle"):
            if old.name != f"renders-{version}.pickle":
                old.unlink(missing_ok=True)


def _prepare_chunk(chunk: Sequence[SeedFile], taxonomy: Taxonomy) -> list[Article | Problem]:
    return [prepare(seed_file, taxonomy) for seed_file in chunk]


def _run(todo: Sequence[SeedFile], taxonomy: Taxonomy, jobs: int) -> list[Article | Problem]:
    """Prepare `todo` in order, on `jobs` worker processes when it is worth it."""
    if jobs <= 1 or len(todo) < MIN_PARALLEL:
        return [prepare(seed_file, taxonomy) for seed_file in todo]
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        done = pool.map(_prepare_chunk, chunks, [taxonomy] * len(chunks))
        return [entry for chunk in done for entry in chunk]


def prepare_all(
    folder: Path, taxonomy: Taxonomy, cache: Cache, jobs: int | None = None
) -> tuple[list[Article], list[Problem]]:
    """Return the prepared article of every usable seed in `folder`, and the skipped ones.

    Seeds whose key is in the cache are not processed again; the others run on `jobs`
    processes (default: every core) and are stored.
    """
    files, problems = read_seed_files(folder)
    version = code_version(taxonomy)
    keys = [entry_key(version, seed_file) for seed_file in files]
    entries: list[Article | Problem | None] = [cache.get(key) for key in keys]
    todo = [index for index, entry in enumerate(entries) if entry is None]
    fresh = _run([files[i] for i in todo], taxonomy, jobs or os.cpu_count() or 1)
    for index, entry in zip(todo, fresh, strict=True):
        entries[index] = entry
        cache.put(keys[index], entry)
    cache.keep_only(set(keys))
    articles = [entry for entry in entries if isinstance(entry, Article)]
    problems += [entry for entry in entries if isinstance(entry, Problem)]
    return articles, sorted(problems, key=lambda problem: problem.filename)
