"""The curator's corrections, kept in one file at the project root: `curation.yml`.

A curator never edits generated files: every correction (a field, a hidden article,
a pinned story, an editor's note, a line the cleaner got wrong) lives here, keyed by
article id (the seed's file name without its extension), and survives every build.
Beside the articles' entries, a `sources:` section names each publication one way
(`digest/metadata/agencies.py`). The file is read and checked once (`load_curation`,
`check_ids`): an unknown id, key or tag, or a malformed date, stops the build with
file, line and reason before anything is written. `apply_curation` is then a pure
function over the articles.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from digest.article import Article
from digest.article_parts import Verdict
from digest.config import (
    ConfigError,
    load_yaml,
    mapping_items,
    scalar_bool,
    scalar_text,
    text_list,
)
from digest.metadata.agencies import AGENCIES_TABLE, agency_name, fold, one_spelling, shown_source
from digest.stories.grouping import fingerprint
from digest.tags.taxonomy import Taxonomy, tag_article

CURATOR = "curator"
PAGE = "page"
# The section naming publications one way, beside the articles' entries: no article
# whose seed is named `sources` can have an entry.
SOURCES = "sources"

# What each key of an article's entry holds, as the error message names it.
KEYS = {
    "title": "the headline to show",
    "date": "the publication date, YYYY-MM-DD (null: no date)",
    "source": "the publication (null: no source)",
    "authors": "a list of names ([]: no authors)",
    "dateline": "the dateline's city (null: no dateline)",
    "description": "the summary shown under the title",
    "tags": "the article's tags, replacing the taxonomy's",
    "add_tags": "tags to add to the taxonomy's",
    "remove_tags": "tags to take away",
    "hide": "true to leave the article out of the site",
    "pin": "true to list the story first on the home page",
    "note": "an editor's note shown above the text",
    "keep_lines": "seed line numbers the cleaner dropped, to keep as body",
    "drop_lines": "seed line numbers the cleaner kept, to drop",
}
_CLEARABLE = frozenset({"date", "source", "dateline"})
_NULL_TAG = "tag:yaml.org,2002:null"
_INT_TAG = "tag:yaml.org,2002:int"
# A line number as the seed's numbering writes it. YAML 1.1 also reads `0x1F`, `0b11`,
# `1:30` (sexagesimal), `1_000` and `017` (octal, so 15) as integers: no curator
# means those, and `017` would silently pick another line than the one written.
_LINE_NUMBER = re.compile(r"[1-9][0-9]*")


@dataclass(frozen=True)
class Entry:
    """One article's corrections; `lines` maps each key given to its line in the file."""

    id: str
    fields: Mapping[str, object] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)

    @property
    def line(self) -> int:
        """Return the line of the article's id in the file."""
        return self.lines.get("id", 0)


@dataclass(frozen=True)
class Curation:
    """The checked curation file: one entry per article id."""

    path: Path = Path("curation.yml")
    entries: Mapping[str, Entry] = field(default_factory=dict)
    # The `sources:` section: the name to show, by a name pages give, folded (`fold`).
    sources: Mapping[str, str] = field(default_factory=dict)


def load_curation(path: Path, taxonomy: Taxonomy) -> Curation:
    """Read and check the curation file; a missing or empty file means no corrections."""
    root = load_yaml(path)
    if root is None:
        return Curation(path)
    entries = {}
    sources: dict[str, str] = {}
    for key, value in mapping_items(path, root, "a mapping of article id: corrections"):
        article_id = scalar_text(path, key, "an article id")
        if article_id == SOURCES:
            sources = _sources(path, value)
        else:
            entries[article_id] = _entry(path, article_id, key, value, taxonomy)
    return Curation(path, entries, sources)


def _sources(path: Path, node: yaml.Node) -> dict[str, str]:
    """Check the `sources:` section: each name pages give, once (case and spacing aside),
    with the name to show it under; return the names to show by folded name (`fold`)."""
    shown: dict[str, str] = {}
    lines: dict[str, int] = {}
    named = []
    expected = "sources: to map each name pages give to the name to show"
    for key, value in mapping_items(path, node, expected):
        name = scalar_text(path, key, "sources: a publication's name")
        if name in KEYS:
            raise ConfigError(
                path,
                key,
                f"sources: {name!r} is a key of an article's entry, not a "
                f"publication's name; an article whose id is {SOURCES!r} cannot be curated",
            )
        if fold(name) in lines:
            raise ConfigError(
                path,
                key,
                f"sources: {name!r} is given twice, case and spacing aside "
                f"(first on line {lines[fold(name)]})",
            )
        if isinstance(value, yaml.ScalarNode) and value.tag == _NULL_TAG:
            raise ConfigError(
                path,
                value,
                f"expected sources: the name to show for {name!r}; to leave an "
                "article's source empty, give it `source: null` in its entry",
            )
        shown[fold(name)] = scalar_text(path, value, f"sources: the name to show for {name!r}")
        lines[fold(name)] = key.start_mark.line + 1
        named.append((name, value))
    for name, value in named:
        _check_shown_as_written(path, name, value, shown, lines)
    return shown


def _check_shown_as_written(
    path: Path, name: str, node: yaml.Node, shown: Mapping[str, str], lines: Mapping[str, int]
) -> None:
    """Stop when the name `name` is to be shown under would itself be shown as another
    (`NYT: New York Times` beside `New York Times: The New York Times`, or `The AP: AP`
    where the table shows AP as Associated Press): one publication under two names."""
    target = shown[fold(name)]
    again = shown_source(target, shown)
    if again == target:
        return
    if fold(target) in lines:
        where, other = f"line {lines[fold(target)]}", ""
    else:
        other = f", or add `{agency_name(target)}: {target}` to show the agency as {target}"
        where = AGENCIES_TABLE
    raise ConfigError(
        path,
        node,
        f"sources: {name}: {target!r} is itself shown as {again!r} ({where}); "
        f"write `{name}: {again}`{other}",
    )


def _entry(path: Path, article_id: str, key: yaml.Node, node: yaml.Node, tax: Taxonomy) -> Entry:
    fields: dict[str, object] = {}
    lines = {"id": key.start_mark.line + 1}
    expected = f"a mapping of corrections for {article_id!r}"
    for name_node, value in mapping_items(path, node, expected):
        name = scalar_text(path, name_node, "a key")
        if name not in KEYS:
            raise ConfigError(
                path, name_node, f"{article_id}: unknown key {name!r} (known: {', '.join(KEYS)})"
            )
        fields[name] = _value(path, name, value, tax)
        lines[name] = value.start_mark.line + 1
    return Entry(article_id, fields, lines)


def _value(path: Path, name: str, node: yaml.Node, taxonomy: Taxonomy) -> object:
    """Check one value against what its key holds; return it as the article stores it."""
    if name in _CLEARABLE and isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG:
        return None
    if name == "date":
        return _date(path, node)
    if name in ("hide", "pin"):
        return scalar_bool(path, node, name)
    if name == "authors":
        empty = isinstance(node, yaml.SequenceNode) and not node.value
        return () if empty else text_list(path, node, f"{name}: {KEYS[name]}")
    if name in ("tags", "add_tags", "remove_tags"):
        if isinstance(node, yaml.SequenceNode) and not node.value:
            return ()
        tags = text_list(path, node, f"{name}: {KEYS[name]}")
        for tag, item in zip(tags, _items(node), strict=True):
            if tag not in taxonomy:
                known = ", ".join(taxonomy.names) or "none: there is no taxonomy file"
                raise ConfigError(
                    path, item, f"{name}: tag {tag!r} is not in the taxonomy ({known})"
                )
        return tags
    if name in ("keep_lines", "drop_lines"):
        return tuple(_line_number(path, name, item) for item in _items(node))
    return scalar_text(path, node, f"{name}: {KEYS[name]}")


def _items(node: yaml.Node) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else [node]


def _date(path: Path, node: yaml.Node) -> str:
    text = scalar_text(path, node, "date: YYYY-MM-DD")
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ConfigError(
            path, node, f"date: {text!r} is not a date; expected YYYY-MM-DD"
        ) from None


def _line_number(path: Path, name: str, node: yaml.Node) -> int:
    if (
        isinstance(node, yaml.ScalarNode)
        and node.tag == _INT_TAG
        and _LINE_NUMBER.fullmatch(node.value)
    ):
        return int(node.value)
    raise ConfigError(
        path, node, f"{name}: expected line numbers (1, 2, …) of the seed file, in plain digits"
    )


def check_ids(curation: Curation, ids: Iterable[str]) -> None:
    """Stop on an entry whose id is no article's, naming the nearest id that exists."""
    known = set(ids)
    for entry in curation.entries.values():
        if entry.id not in known:
            near = difflib.get_close_matches(entry.id, known, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise ConfigError(curation.path, entry.line, f"unknown article id {entry.id!r}{hint}")


def apply_curation(
    articles: Sequence[Article], curation: Curation, taxonomy: Taxonomy
) -> list[Article]:
    """Apply each article's corrections, then name its publication one way (`one_name`,
    then `one_spelling` across the digest); hidden articles are left out altogether."""
    curated = []
    for article in articles:
        entry = curation.entries.get(article.id)
        if entry is None:
            curated.append(one_name(article, curation.sources))
        elif not entry.fields.get("hide"):
            curated.append(
                one_name(curate(article, entry, curation.path, taxonomy), curation.sources)
            )
    return one_spelling(curated, curation.sources)


def one_name(article: Article, sources: Mapping[str, str]) -> Article:
    """Return the article with its publication under the one name shown for it
    (`shown_source`), whoever gave the name.

    `source_from` stays: the publication is still the one the page (or the curator)
    named, spelled as the digest spells it, so a name read from the page stays "page".
    """
    if not article.source:
        return article
    shown = shown_source(article.source, sources)
    return article if shown == article.source else article.evolve(source=shown)


def curate(article: Article, entry: Entry, path: Path, taxonomy: Taxonomy) -> Article:
    """Return the article with the curator's lines and fields; each field says `curator`."""
    fields = entry.fields
    if "keep_lines" in fields or "drop_lines" in fields:
        from digest.metadata.extract import (
            extract_metadata,  # see `digest.pipeline.article_from_seed`
        )

        article = tag_article(extract_metadata(_relined(article, entry, path)), taxonomy)
        article = article.evolve(fingerprint=fingerprint(article))
    changes: dict[str, object] = {}
    if "title" in fields:
        changes.update(title=fields["title"], headline=fields["title"], title_from=CURATOR)
    for name in ("date", "source", "dateline", "description"):
        if name in fields:
            changes.update({name: fields[name], f"{name}_from": CURATOR})
    if "authors" in fields:
        changes.update(authors=fields["authors"], authors_from=CURATOR)
    if {"tags", "add_tags", "remove_tags"} & set(fields):
        chosen = set(fields.get("tags", article.tags)) | set(fields.get("add_tags", ()))  # type: ignore[call-overload]
        chosen -= set(fields.get("remove_tags", ()))  # type: ignore[call-overload]
        tags = tuple(tag for tag in taxonomy.names if tag in chosen)
        changes.update(tags=tags, tags_from=CURATOR)
    if "note" in fields:
        changes["note"] = fields["note"]
    if "pin" in fields:
        changes["pinned"] = fields["pin"]
    return article.evolve(**changes)


def _relined(article: Article, entry: Entry, path: Path) -> Article:
    """Turn the curator's kept lines into body and dropped lines into removed ones."""
    verdicts: dict[int, Verdict] = {}
    for name, verdict in (("keep_lines", Verdict.BODY), ("drop_lines", Verdict.CURATOR)):
        for number in entry.fields.get(name, ()):  # type: ignore[attr-defined]
            verdicts[number] = verdict
    numbers = {line.number for line in article.lines}
    both = set(entry.fields.get("keep_lines", ())) & set(entry.fields.get("drop_lines", ()))  # type: ignore[call-overload]
    if both:
        where = entry.lines["drop_lines"]
        raise ConfigError(path, where, f"{entry.id}: line {min(both)} is both kept and dropped")
    for name in ("keep_lines", "drop_lines"):
        for number in entry.fields.get(name, ()):  # type: ignore[attr-defined]
            if number not in numbers:
                raise ConfigError(
                    path,
                    entry.lines[name],
                    f"{entry.id}: {name}: line {number} of {article.filename} is blank or "
                    "past its end",
                )
    lines = tuple(
        line._replace(verdict=verdicts[line.number])
        if line.number in verdicts and line.verdict.kept != (verdicts[line.number] is Verdict.BODY)
        else line
        for line in article.lines
    )
    return article.evolve(lines=lines)


def missing_metadata(article: Article) -> list[str]:
    """Name the fields a reader relies on that nothing gave the article."""
    missing = []
    if not article.date:
        missing.append("date")
    if not article.source:
        missing.append("source")
    if article.title_from not in (PAGE, CURATOR):
        missing.append("headline")
    return missing


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_][\w.-]*", re.ASCII)


def curation_hint(article: Article) -> str:
    """Return the curation-file line that fills the article's missing fields.

    The placeholders do not pass the file's checks (an empty text, `YYYY-MM-DD`), so a
    hint pasted without filling it in stops the build instead of publishing a blank.
    """
    return f"{_yaml_key(article.id)}: {_placeholders(tuple(missing_metadata(article)))}"


@cache
def _placeholders(missing: tuple[str, ...]) -> str:
    """Write the placeholder fields as a YAML flow mapping (a handful of combinations)."""
    placeholders = {"date": "YYYY-MM-DD", "source": "", "headline": ""}
    fields = {("title" if name == "headline" else name): placeholders[name] for name in missing}
    return yaml.safe_dump(fields, default_flow_style=True, width=10_000).strip()


def _yaml_key(article_id: str) -> str:
    """Write an id as a YAML key on one line, escaped when it is not a plain name.

    A file name may hold a newline or a bidi override; JSON's escaped form is also a
    valid YAML double-quoted scalar, so the hint stays one line and pastes as written.
    """
    return article_id if _PLAIN_KEY.fullmatch(article_id) else json.dumps(article_id)
