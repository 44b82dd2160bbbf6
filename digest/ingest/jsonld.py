"""The JSON-LD items of a saved page: every typed item, in page order, however the page
nests them (top level, lists, `@graph`), without trusting the page's depth or size.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

_DONE = object()


def json_ld_items(tree: Any) -> Iterator[dict[str, Any]]:
    """Yield every JSON-LD item of the page: top-level, in lists and in `@graph`.

    A block that is not valid JSON is skipped: structured data is a hint, and a page
    with a broken block still has its other metadata.
    """
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
            continue
        yield from _items_in(data)


def _items_in(data: object) -> Iterator[dict[str, Any]]:
    """Yield the typed items of parsed JSON-LD in page order, without recursion: a hostile
    page may hold a list of a hundred thousand items or lists nested deep."""
    pending = [iter([data])]
    while pending:
        value = next(pending[-1], _DONE)
        if value is _DONE:
            pending.pop()
        elif isinstance(value, list):
            pending.append(iter(value))
        elif isinstance(value, dict):
            if "@type" in value:
                yield value
            graph = value.get("@graph")
            if graph is not None:
                pending.append(iter(graph if isinstance(graph, list) else [graph]))


def item_types(item: dict[str, Any]) -> list[str]:
    """Return an item's schema.org types (`@type` may be one or a list)."""
    types = item.get("@type")
    return [t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]
