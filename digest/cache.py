"""What one build leaves for the next: prepared articles and rendered pages, in SQLite.

A rebuild after one seed changed should redo the work of that seed only. The per-seed
stages' results (`digest/prepare.py`) are kept under a key made of the seed's bytes and
the code that processed it; the rendered article files (`digest/site/render.py`) under a
digest of everything the page shows; the last ranking of related stories
(`digest/site/related.py`); each seed's stamp (size, times, inode) with the
digest of its bytes, so an unchanged seed need not be read again. An article's text
and lines, most of its bytes, are kept beside the rest and read only for an article
the build renders again. One SQLite file
(`.digest-cache/cache.sqlite3`) holds them all: thousands of small entries are read
and written in one transaction each, atomically, so a killed build leaves the cache as
it was before or after, never half written. A cache that is missing, unreadable or
from other code is simply empty: the build is then slower, never different.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from digest.article import STATE_FIELDS, Article, split_body, with_deferred_body
from digest.ingest.seeds import Problem
from digest.kept import StoredPages

DEFAULT_CACHE = Path(".digest-cache")
DATABASE = "cache.sqlite3"
# The layout of the tables below; a cache of another layout is started afresh.
SCHEMA_VERSION = 5
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, entry BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS rendered (key TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS memos (
    name TEXT PRIMARY KEY, version TEXT NOT NULL, value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS stamps (
    name TEXT PRIMARY KEY, stamp TEXT NOT NULL, digest TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS written (
    name TEXT PRIMARY KEY, version TEXT NOT NULL, key TEXT NOT NULL, stamp TEXT NOT NULL,
    digest TEXT NOT NULL
);
"""
_UNREADABLE = (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError)


class Cache:
    """The cache in `folder`; a `None` folder remembers nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._connection: sqlite3.Connection | None = None
        self._pid = os.getpid()
        self._inherited: list[sqlite3.Connection] = []

    def _db(self) -> sqlite3.Connection | None:
        if self.folder is None:
            return None
        if self._pid != os.getpid():
            # A worker forked from the build reads articles' bodies: SQLite forbids using
            # the parent's connection in a child, so the child opens its own, and keeps
            # the inherited one unclosed.
            self._pid = os.getpid()
            if self._connection is not None:
                self._inherited.append(self._connection)
            self._connection = None
        if self._connection is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._connection = _open(self.folder / DATABASE)
            except (OSError, sqlite3.Error):
                self.folder = None  # unusable: build without it
                return None
        return self._connection

    def prepared(self, keys: Iterable[str]) -> dict[str, Article | Problem]:
        """Return the prepared entries found for `keys`; unreadable ones are left out.

        An article's text and lines are read when first asked for (`split_body`).
        """
        found: dict[str, Article | Problem] = {}
        for key, blob in self._prepared_rows(keys):
            try:
                entry = pickle.loads(blob)
            except _UNREADABLE:
                continue
            if type(entry) is tuple and len(entry) == len(STATE_FIELDS):
                found[key] = with_deferred_body(entry, partial(self._body, key))
            elif isinstance(entry, Problem):
                found[key] = entry
        return found

    def _body(self, key: str) -> bytes:
        body = self._value("SELECT body FROM bodies WHERE key = ?", key)
        if not isinstance(body, bytes):
            # Only a second digest changing the cache during this build gets here.
            raise CacheChangedError(f"{self.folder}: cache changed during the build; build again")
        return body

    def store_prepared(self, entries: Mapping[str, Article | Problem]) -> None:
        """Keep the entries for the next build.

        Bodies go in a table of their own: read back with the rest, they would spread
        each entry over a page of its own, and a rebuild reads every entry.
        """
        rows = [_row(key, entry) for key, entry in entries.items()]

        def store(db: sqlite3.Connection) -> None:
            db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?)", (r[:2] for r in rows))
            bodies = ((key, body) for key, _, body in rows if body is not None)
            db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?)", bodies)

        self._transact(store)

    def stamps(self) -> dict[str, tuple[str, str]]:
        """Return each seed's stamp and the digest of its bytes, as the last build saw them."""
        return self._rows("SELECT name, stamp, digest FROM stamps")  # type: ignore[return-value]

    def store_stamps(
        self, stamps: Mapping[str, tuple[str, str]], known: Mapping[str, tuple[str, str]]
    ) -> None:
        """Keep exactly these stamps (see `digest.stamps`); `known` are those `stamps`
        returned, so only the difference is written."""
        self._store_rows("stamps", stamps, known)

    def written(self) -> dict[str, tuple[str, str, str, str]]:
        """Return what the writer recorded of each file it wrote (`digest.site.mkdocs.Written`),
        after the code version it was written under, as the last build left it."""
        query = "SELECT name, version, key, stamp, digest FROM written"
        return self._rows(query)  # type: ignore[return-value]

    def store_written(
        self,
        written: Mapping[str, tuple[str, str, str, str]],
        known: Mapping[str, tuple[str, str, str, str]],
    ) -> None:
        """Keep exactly these records; `known` are those `written` returned. A rebuild
        changes a few of 10,000, and only those are written."""
        self._store_rows("written", written, known)

    def _rows(self, query: str) -> dict[str, tuple[Any, ...]]:
        db = self._db()
        try:
            rows = db.execute(query).fetchall() if db is not None else []
        except sqlite3.Error:
            return {}
        return {name: tuple(values) for name, *values in rows}

    def _store_rows(
        self, table: str, rows: Mapping[str, tuple[Any, ...]], known: Mapping[str, tuple[Any, ...]]
    ) -> None:
        gone = [(name,) for name in known if name not in rows]
        changed = [(name, *value) for name, value in rows.items() if known.get(name) != value]

        def update(db: sqlite3.Connection) -> None:
            db.executemany(f"DELETE FROM {table} WHERE name = ?", gone)
            if changed:
                marks = ", ".join("?" * len(changed[0]))
                db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", changed)

        if gone or changed:
            self._transact(update)

    def memo(self, name: str, version: str) -> dict[str, Any]:
        """Return the memo a global stage kept under `name` with this code version, or {}."""
        db = self._db()
        if db is None:
            return {}
        try:
            row = db.execute(
                "SELECT value FROM memos WHERE name = ? AND version = ?", (name, version)
            ).fetchone()
            value = pickle.loads(row[0]) if row else {}
        except (sqlite3.Error, *_UNREADABLE):
            return {}
        return value if isinstance(value, dict) else {}

    @contextlib.contextmanager
    def keyed_memo(self, name: str, version: str) -> Iterator[dict[str, Any]]:
        """Lend the memo kept under `name`, and keep it again if its keys changed.

        For memos of one entry under a key of all it was made from: the same keys, the
        same memo, and nothing to write.
        """
        memo = self.memo(name, version)
        keys = set(memo)
        yield memo
        if set(memo) != keys:
            self.store_memo(name, version, memo)

    def store_memo(self, name: str, version: str, memo: Mapping[str, Any]) -> None:
        """Keep a global stage's memo for the next build, in place of the last one."""
        blob = pickle.dumps(dict(memo), pickle.HIGHEST_PROTOCOL)
        self._write("INSERT OR REPLACE INTO memos VALUES (?, ?, ?)", [(name, version, blob)])

    def rendered(self, version: str) -> StoredPages:
        """Return the rendered pages kept under this code version, by render key.

        Only the keys are read now; a page's text is read when asked for, as a rebuild
        needs few of them (`digest/site/outputs.py`).
        """
        prefix = f"{version}:"
        db = self._db()
        keys: list[str] = []
        if db is not None:
            try:
                rows = db.execute(
                    # Keys of one version sort between "VERSION:" and "VERSION;".
                    "SELECT key FROM rendered WHERE key >= ? AND key < ?",
                    (prefix, f"{version};"),
                ).fetchall()
                keys = [key[len(prefix) :] for (key,) in rows]
            except sqlite3.Error:
                keys = []
        return StoredPages(keys, lambda key: self._rendered_text(prefix + key))

    def _rendered_text(self, key: str) -> str | None:
        return self._value("SELECT text FROM rendered WHERE key = ?", key)

    def _value(self, query: str, key: str) -> Any:
        """Return the one value `query` selects for `key`, or None if there is none."""
        db = self._db()
        try:
            row = db and db.execute(query, (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def store_rendered(self, version: str, pages: StoredPages) -> None:
        """Keep exactly `pages` under this version; other versions' go.

        Only what changed since `rendered` is written: pages added and pages dropped.
        """
        low, high = f"{version}:", f"{version};"

        def update(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM rendered WHERE key < ? OR key >= ?", (low, high))
            db.executemany(
                "DELETE FROM rendered WHERE key = ?", ((low + k,) for k in pages.dropped)
            )
            db.executemany(
                "INSERT OR REPLACE INTO rendered VALUES (?, ?)",
                ((low + key, text) for key, text in pages.added.items()),
            )

        self._transact(update)

    def keep_only(self, keys: Iterable[str]) -> None:
        """Remove the prepared entries of seeds no longer there, or made by other code,
        so the cache never grows past one entry per seed of the last build."""
        wanted = set(keys)

        def prune(db: sqlite3.Connection) -> None:
            stale = [
                (key,) for (key,) in db.execute("SELECT key FROM articles") if key not in wanted
            ]
            db.executemany("DELETE FROM articles WHERE key = ?", stale)
            db.executemany("DELETE FROM bodies WHERE key = ?", stale)

        self._transact(prune)

    def _prepared_rows(self, keys: Iterable[str]) -> list[tuple[str, bytes]]:
        """Return the rows of the entries under `keys`, read in one pass over the table.

        Each build keeps only its own entries (`keep_only`), so the table holds what the
        next build asks for, give or take the seeds changed since: one scan read 10,000
        entries in half the time of looking them up by key, 500 at a time.
        """
        db = self._db()
        if db is None:
            return []
        wanted = set(keys)
        try:
            rows = db.execute("SELECT key, entry FROM articles").fetchall()
        except sqlite3.Error:
            return []
        return [row for row in rows if row[0] in wanted]

    def _write(self, statement: str, rows: Iterable[tuple[object, ...]]) -> None:
        self._transact(lambda db: db.executemany(statement, rows))

    def _transact(self, work: Callable[[sqlite3.Connection], object]) -> None:
        """Run `work` in one transaction; if SQLite fails, the cache stays as it was."""
        db = self._db()
        if db is None:
            return
        try:
            with db:
                work(db)
        except sqlite3.Error:
            return


class CacheChangedError(RuntimeError):
    """An article's body the cache listed at the start of the build is gone."""


def _row(key: str, entry: Article | Problem) -> tuple[str, bytes, bytes | None]:
    """Return the row of one prepared entry: an article's state and body apart."""
    if isinstance(entry, Problem):
        return key, pickle.dumps(entry, pickle.HIGHEST_PROTOCOL), None
    state, body = split_body(entry)
    return key, pickle.dumps(state, pickle.HIGHEST_PROTOCOL), body


def _open(path: Path) -> sqlite3.Connection:
    """Open the database, starting afresh if the file is not a readable cache or one
    of another layout (SQLite's `user_version` holds `SCHEMA_VERSION`)."""
    try:
        connection = sqlite3.connect(path, timeout=30, check_same_thread=False)
        if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return connection
        connection.close()
    except sqlite3.DatabaseError:
        pass
    # With its journal: a journal left beside a new database would be played into it.
    for stale in (path, path.with_name(f"{path.name}-journal"), path.with_name(f"{path.name}-wal")):
        stale.unlink(missing_ok=True)
    connection = sqlite3.connect(path, timeout=30, check_same_thread=False)
    connection.executescript(f"{_SCHEMA}\nPRAGMA user_version = {SCHEMA_VERSION};")
    return connection
