"""The files a build writes, each known by a key before its text is made.

A rebuild after one seed changed produces 10,000 article pages of which one is new.
Making (or fetching from the cache) and comparing the other 9,999 texts is most of the
work left, so each file carries a key, a digest of everything its text is made from,
and its text is made only when asked for. The writer (`digest/site/mkdocs.py`) keeps the key
it wrote each file under; a file whose key and stamp on disk are as it left them is
not made, read or written again.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple


class Output(NamedTuple):
    """One file: the digest of what it is made from, and how to make its text."""

    key: str
    make: Callable[[], str]


class Files(Mapping[str, str]):
    """Every file a build writes under `content/`, by relative path, made on demand.

    A mapping of path to text, as the writer and the tests read it; `key(path)` tells
    whether a file changed without making it.
    """

    def __init__(self, outputs: Mapping[str, Output]) -> None:
        self._outputs = dict(outputs)

    @classmethod
    def of_texts(cls, texts: Mapping[str, str]) -> Files:
        """Return the files of texts already made, each keyed by the digest of its text."""
        return cls(
            {path: Output(digest_of([text]), _constant(text)) for path, text in texts.items()}
        )

    def key(self, path: str) -> str:
        """Return the file's key: equal keys, equal texts."""
        return self._outputs[path].key

    def __getitem__(self, path: str) -> str:
        return self._outputs[path].make()

    def __iter__(self) -> Iterator[str]:
        return iter(self._outputs)

    def __len__(self) -> int:
        return len(self._outputs)

    def __or__(self, other: Files) -> Files:
        return Files({**self._outputs, **other._outputs})


def remembered(memo: Mapping[str, str], key: str, make: Callable[[], str]) -> str:
    """Return the text `memo` keeps under `key`, or make it again if the memo (a cache
    that failed since it listed its keys) can no longer give it."""
    try:
        return memo[key]
    except KeyError:
        return make()


def digest_of(parts: Iterable[str]) -> str:
    """Return a digest of the strings `parts`, in order.

    Each part goes in as `length:text`, so no two lists of parts give the same input;
    one string is hashed once, which for the 10,000 parts of a listing's key is many
    times faster than feeding the hash part by part.
    """
    joined = "".join([f"{len(part)}:{part}" for part in parts])
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def digest_of_value(value: list[Any]) -> str:
    """Return a digest of a list made of strings, numbers, bytes, tuples and lists.

    `marshal` writes such a value in C, twenty times faster than `repr` for the 10,000
    entries of a build's keys; its version 2 shares no repeated object by reference,
    so equal values give equal bytes whatever objects they are made of.
    """
    return hashlib.blake2b(marshal.dumps(value, 2), digest_size=20).hexdigest()


def _constant(text: str) -> Callable[[], str]:
    return lambda: text
