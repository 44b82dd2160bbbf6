"""Front matter as YAML: what `yaml.dump` writes, each distinct entry dumped once.

A block mapping's text is its entries' texts one after another, each written from
its own key and value alone, and a block sequence's is its items'. Most entries recur
across articles (`title_from: page`, `tags: []`, a link to a neighbour in many
`related` lists), and PyYAML spends several microseconds on every value it dumps:
dumping each article whole was most of a 10,000-article build's render time. So each
distinct entry, and each distinct item of a list of links, is dumped by PyYAML's
safe dumper once and its text reused; the file is byte for byte what one
`yaml.dump` of the whole front matter writes.
"""

from __future__ import annotations

import io
import threading
from functools import cache, lru_cache

import yaml

# libyaml's safe dumper, when PyYAML has it, writes ten times faster than the
# pure-Python one. Its output loads to the same values; it escapes characters beyond
# the BMP (emoji).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Distinct entries kept dumped: a 10,000-article build has about 80,000.
_ENTRY_MEMO = 1 << 17
_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_DOCUMENT_START = "---\n"


def front_matter_yaml(meta: dict[str, object]) -> str:
    """Return `meta` exactly as `yaml.dump(meta, sort_keys=False, ...)` writes it.

    `meta` has entries; its values are str, int, bool, None, lists of str, and links
    (mappings to str or None), alone or in lists. No list or mapping is shared, so a
    whole dump has no aliases either.
    """
    return "".join(_entry_yaml(key, value) for key, value in meta.items())


def _entry_yaml(key: str, value: object) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        items = (_item_yaml(key, tuple(item.items())) for item in value)
        return sequence_head(key) + "".join(items)
    if isinstance(value, dict):
        return _mapping_entry_yaml(key, tuple(value.items()))
    if isinstance(value, list):
        return _list_entry_yaml(key, tuple(value))
    return _scalar_entry_yaml(key, value)


@lru_cache(maxsize=_ENTRY_MEMO, typed=True)  # `True == 1`, but `true` is not `1`
def _scalar_entry_yaml(key: str, value: object) -> str:
    return _dump({key: value})


@lru_cache(maxsize=_ENTRY_MEMO)
def _list_entry_yaml(key: str, items: tuple[object, ...]) -> str:
    return _dump({key: list(items)})


@lru_cache(maxsize=_ENTRY_MEMO)
def _mapping_entry_yaml(key: str, pairs: tuple[tuple[str, object], ...]) -> str:
    return _dump({key: dict(pairs)})


@lru_cache(maxsize=_ENTRY_MEMO)
def _item_yaml(key: str, pairs: tuple[tuple[str, object], ...]) -> str:
    """Return a mapping as an item of the block sequence under `key`, remembered."""
    return sequence_item_yaml(key, dict(pairs))


def sequence_item_yaml(key: str, item: dict[str, object]) -> str:
    """Return `item` as one item of the block sequence under `key`, as `yaml.dump` writes
    it: items written one by one and joined after `key:` load as one list.

    `item` holds str, int, None and lists of them, nested. Not remembered (`_item_yaml`
    is): such items (a cleaning report's entry) are each written once.
    """
    return _dump({key: [item]}).partition("\n")[2]


@cache
def sequence_head(key: str) -> str:
    """Return the line that opens the block sequence under `key`."""
    return _dump({key: [None]}).partition("\n")[0] + "\n"


def _dump(data: object) -> str:
    """Return `data` as `yaml.dump` writes it, through this thread's dumper, kept open.

    Each call is a document of its own, begun with `---` and written out whole at its
    end; setting up a dumper for every entry took a third of the time of dumping one.
    """
    stream, dumper = _open_dumper()
    dumper.serialize(_node(dumper, data))
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate()
    return text.removeprefix(_DOCUMENT_START)


def _node(dumper: yaml.SafeDumper, data: object) -> yaml.Node:
    """Return `data` as `yaml.dump`'s representer does, strings and collections built here.

    PyYAML's generic `represent_data` (alias bookkeeping, dispatch on the type's MRO)
    took longer than emitting. Collections are in block style, as `yaml.dump`'s
    `default_flow_style=False` makes them.
    """
    if isinstance(data, str):
        return yaml.ScalarNode(_STR_TAG, data)
    if isinstance(data, dict):
        pairs = [(_node(dumper, key), _node(dumper, value)) for key, value in data.items()]
        return yaml.MappingNode(_MAP_TAG, pairs, flow_style=False)
    if isinstance(data, list):
        return yaml.SequenceNode(_SEQ_TAG, [_node(dumper, item) for item in data], flow_style=False)
    return dumper.represent_data(data)


_open = threading.local()


def _open_dumper() -> tuple[io.StringIO, yaml.SafeDumper]:
    """Return this thread's stream and the dumper writing to it, opened on first use."""
    if not hasattr(_open, "dumper"):
        _open.stream = io.StringIO()
        _open.dumper = _DUMPER(
            _open.stream, sort_keys=False, allow_unicode=True, width=1000, explicit_start=True
        )
        _open.dumper.open()
    return _open.stream, _open.dumper
