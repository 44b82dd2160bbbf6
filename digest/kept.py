"""Views of the cache's tables that a build reads and changes like dictionaries.

A rebuild asks about 10,000 entries and changes a few: these read what they hold when
first asked (or page by page), and tell the cache only what changed, so it writes rows,
not tables (`digest/cache.py`).
"""

from __future__ import annotations

from collections.abc import (
    Callable,
    Iterable,
    Iterator,
    MutableMapping,
)


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
