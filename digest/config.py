"""Read the curator's YAML files keeping every value's line, so errors can name it.

The curation file and the taxonomy are written by hand; a mistake in one must stop
the build with the file, the line and what was expected, before anything is written.
PyYAML's node tree (`yaml.compose`) keeps each value's position, which the plain
`safe_load` result loses.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"
_TRUE = frozenset({"true", "yes", "on"})
# The curator's files nest three levels at most (a mapping of mappings of lists).
# PyYAML composes each level by recursion, so a file nested thousands deep (a pasted
# run of `[`) would end in Python's RecursionError; it stops at this depth instead.
MAX_DEPTH = 50
_SURROGATE = re.compile("[\ud800-\udfff]")


class ConfigError(Exception):
    """A hand-written configuration file is malformed: `file:line: reason`."""

    def __init__(self, path: Path, where: yaml.Node | int | None, reason: str) -> None:
        line = where.start_mark.line + 1 if isinstance(where, yaml.Node) else where
        self.path, self.line, self.reason = path, line, reason
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")


class _TooDeepError(yaml.YAMLError):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__(f"nested more than {MAX_DEPTH} levels deep")
        self.mark = mark


class _DepthLimitedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing values nested more than MAX_DEPTH deep."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.depth >= MAX_DEPTH:
            raise _TooDeepError(self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def load_yaml(path: Path) -> yaml.Node | None:
    """Return the file's YAML node tree; None when the file is missing or holds nothing."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, None, f"cannot be read: {error}") from error
    try:
        node = yaml.compose(text, Loader=_DepthLimitedLoader)
    except _TooDeepError as error:
        raise ConfigError(path, error.mark.line + 1, str(error)) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(
            path, mark.line + 1 if mark else None, f"not valid YAML: {problem}"
        ) from None
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG):
        return None
    return node


def mapping_items(path: Path, node: yaml.Node, expected: str) -> list[tuple[yaml.Node, yaml.Node]]:
    """Return a mapping's (key, value) nodes; a repeated key is an error, not a silent overwrite."""
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(path, node, f"expected {expected}")
    seen: dict[str, int] = {}
    for key, _ in node.value:
        name = scalar_text(path, key, "a name as the key")
        if name in seen:
            raise ConfigError(path, key, f"{name!r} is given twice (first on line {seen[name]})")
        seen[name] = key.start_mark.line + 1
    return list(node.value)


def scalar_text(path: Path, node: yaml.Node, expected: str) -> str:
    """Return a scalar's text, stripped; a list, a mapping or an empty value is an error."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL_TAG:
        raise ConfigError(path, node, f"expected {expected}")
    text = str(node.value).strip()
    if not text:
        raise ConfigError(path, node, f"expected {expected}, found an empty value")
    if _SURROGATE.search(text):  # a YAML escape such as "\ud800": no page could hold it
        raise ConfigError(
            path, node, f"expected {expected}, found a lone surrogate (\\ud800 to \\udfff)"
        )
    return text


def scalar_bool(path: Path, node: yaml.Node, key: str) -> bool:
    """Return a `true`/`false` value; anything else is an error naming the key."""
    if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL_TAG:
        raise ConfigError(path, node, f"{key}: expected true or false")
    return str(node.value).lower() in _TRUE


def text_list(path: Path, node: yaml.Node, expected: str) -> tuple[str, ...]:
    """Return a list of non-empty texts; a single text counts as a list of one."""
    if isinstance(node, yaml.SequenceNode):
        return tuple(scalar_text(path, item, expected) for item in node.value)
    return (scalar_text(path, node, expected),)
