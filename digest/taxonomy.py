"""Tags from a taxonomy: each tag is given by the names that signal it.

`taxonomy.yml` maps a tag to the names (companies, countries, institutions, topic
phrases) whose appearance in an article signals it. Tags come only from that file,
so the tags index stays a fixed vocabulary a curator controls, not whatever words a
scrape happens to hold. The file is read and checked once (`load_taxonomy`), every
error naming the file and line; tagging itself (`tags_for`) is a pure function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from digest.article import Article
from digest.config import ConfigError, load_yaml, mapping_items, scalar_text

TAXONOMY = "taxonomy"

# Chinese and Japanese do not separate words with spaces, so a name ending in one of
# their characters is matched without a word boundary on that side.
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Tag:
    """One tag of the taxonomy and the pattern of the names that signal it."""

    name: str
    names: tuple[str, ...]
    pattern: re.Pattern[str]
    # For each name, the words (casefolded) a text must hold for the pattern to match
    # it: a cheap test that spares most texts the pattern's scan (see `tags_for`).
    needles: tuple[Needle, ...]


@dataclass(frozen=True)
class Needle:
    """What a text must contain for one name to match: whole words, or substrings.

    A name is matched as whole words, so each of its words is a whole word of any
    text it matches; a name in a script written without spaces may sit inside a
    longer run of letters, so its words need only be substrings.
    """

    words: tuple[str, ...]
    inside_words: bool

    def found(self, words: frozenset[str], folded: str) -> bool:
        """Say whether the text (its words and its casefolded whole) may hold the name."""
        if self.inside_words:
            return all(word in folded for word in self.words)
        return all(word in words for word in self.words)


def needle(name: str) -> Needle:
    """Return what a text must contain for `name` to match, case aside."""
    return Needle(tuple(_WORD.findall(name.casefold())), bool(_NO_SPACES.search(name)))


@dataclass(frozen=True)
class Taxonomy:
    """The tags an article may carry, in the order the file lists them."""

    tags: tuple[Tag, ...] = ()

    def __contains__(self, tag: object) -> bool:
        return any(entry.name == tag for entry in self.tags)

    @property
    def names(self) -> tuple[str, ...]:
        """Return the tag names, in file order."""
        return tuple(tag.name for tag in self.tags)


def name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Match any of `names` as whole words.

    A name written with a capital (`ASML`, `Japan`) is matched exactly as written, so
    `AI` does not match `ai` inside other text; a name written in lower case
    (`export controls`) is matched in any case, as at the start of a sentence.
    """
    parts = []
    for name in sorted(names, key=len, reverse=True):
        body = re.escape(name).replace(r"\ ", r"\s+")
        if name == name.lower():
            body = f"(?i:{body})"
        before = "" if _NO_SPACES.match(name[0]) else r"(?<!\w)"
        after = "" if _NO_SPACES.match(name[-1]) else r"(?!\w)"
        parts.append(f"{before}{body}{after}")
    return re.compile("|".join(parts))


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check `taxonomy.yml`: a mapping of tag to a list of names.

    A missing file is an empty taxonomy (no tags); a malformed one raises
    `ConfigError` naming the file, the line and what was expected.
    """
    root = load_yaml(path)
    if root is None:
        return Taxonomy()
    tags = []
    for key, value in mapping_items(path, root, "a mapping of tag: [names that signal it]"):
        tag = scalar_text(path, key, "a tag name")
        if not isinstance(value, yaml.SequenceNode) or not value.value:
            raise ConfigError(path, value, f"tag {tag!r}: expected a list of names")
        names = tuple(
            scalar_text(path, item, f"a name that signals {tag!r}") for item in value.value
        )
        tags.append(Tag(tag, names, name_pattern(names), tuple(needle(n) for n in names)))
    return Taxonomy(tuple(tags))


def tags_for(taxonomy: Taxonomy, headline: str, body: str) -> tuple[str, ...]:
    """Return the tags, in taxonomy order, whose names the headline or the body mention.

    One mention is enough: a reader filtering by a country or a company expects every
    article that names it, and a curator removes a tag that misleads (`remove_tags`).
    Each tag's pattern runs only on a text holding the words of one of its names: the
    patterns' word boundaries make them slow to scan a whole article with, and most
    articles name few of the tags.
    """
    text = f"{headline}\n{body}"
    folded = text.casefold()
    words = frozenset(_WORD.findall(folded))
    return tuple(
        tag.name
        for tag in taxonomy.tags
        if any(n.found(words, folded) for n in tag.needles) and tag.pattern.search(text)
    )


def tag_article(article: Article, taxonomy: Taxonomy) -> Article:
    """Give the article the taxonomy's tags found in its title and cleaned body."""
    body = "\n".join(line.text for line in article.body_lines)
    tags = tags_for(taxonomy, article.title, body)
    return replace(article, tags=tags, tags_from=TAXONOMY if tags else None)
