"""Views of the cache's tables that a build reads and changes like dictionaries.

A rebuild asks about 10,000 entries and changes a few: these read what they hold when
first asked (or page by page), and tell the cache only what changed, so it writes rows,
not tables (`digest/cache.py`).
"""

from __future__ import annotations

from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
)
from typing import Any


class StoredPages(MutableMapping[str, str]):
    """Rendered pages by key: those kept in the cache, read one by one when asked for,
    and those added in this build. A page the cache can no longer give is missing.

    A build asks whether it holds each of 20,000 keys: `_present` answers in one set
    lookup what `_stored`, `added` and `dropped` say together.
    """

    def __init__(self, stored: Iterable[str], read: Callable[[str], str | None]) -> None:
        self._stored = set(stored)
        self._present = set(self._stored)
        self._read = read
        self.added: dict[str, str] = {}
        self.dropped: set[str] = set()

    def __contains__(self, key: object) -> bool:
        return key in self._present

    def __getitem__(self, key: str) -> str:
        if key in self.added:
            return self.added[key]
        text = self._read(key) if key in self._present else None
        if text is None:
            raise KeyError(key)
        return text

    def __setitem__(self, key: str, text: str) -> None:
        self.added[key] = text
        self.dropped.discard(key)
        self._present.add(key)

    def __delitem__(self, key: str) -> None:
        if key not in self._present:
            raise KeyError(key)
        self._present.discard(key)
        self.added.pop(key, None)
        if key in self._stored:
            self.dropped.add(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._present)

    def __len__(self) -> int:
        return len(self._present)


class KeptRows(MutableMapping[str, bytes]):
    """One table's values by name, read from the cache when first asked for; `store`
    writes back only the rows set or deleted since (10,000 rows, one changed)."""

    def __init__(
        self,
        load: Callable[[], dict[str, bytes]],
        write: Callable[[Mapping[str, bytes], Mapping[str, bytes]], None],
    ) -> None:
        """`load` reads the rows; `write(rows, known)` keeps `rows` where `known` were."""
        self._load, self._write = load, write
        self._known: dict[str, bytes] | None = None
        self._rows: dict[str, bytes] = {}

    def _loaded(self) -> dict[str, bytes]:
        if self._known is None:
            self._known = self._load()
            self._rows = dict(self._known)
        return self._rows

    def __getitem__(self, name: str) -> bytes:
        return self._loaded()[name]

    def __setitem__(self, name: str, value: bytes) -> None:
        self._loaded()[name] = value

    def __delitem__(self, name: str) -> None:
        del self._loaded()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    # The dict's own views and lookup: grouping asks 10,000 of each.
    def get(self, name: str, default: Any = None) -> Any:
        return self._loaded().get(name, default)

    def keys(self) -> KeysView[str]:
        return self._loaded().keys()

    def items(self) -> ItemsView[str, bytes]:
        return self._loaded().items()

    def store(self) -> None:
        """Write the rows that changed since they were read; nothing if never read."""
        if self._known is not None:
            self._write(self._rows, self._known)
