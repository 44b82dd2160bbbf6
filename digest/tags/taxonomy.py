"""Tags from a taxonomy: each tag is given by the names that signal it.

`taxonomy.yml` maps a tag to the names (companies, countries, institutions, topic
phrases) whose appearance in an article signals it. Tags come only from that file,
so the tags index stays a fixed vocabulary a curator controls, not whatever words a
scrape happens to hold. The file is read and checked once (`load_taxonomy`), every
error naming the file and line; tagging itself (`tags_for`) is a pure function.

A tag needs evidence that the article is about it, not a name dropped in passing: its
name in the headline or the lede, or in two paragraphs. A name that also means something
else (`chips`, `Apple`, `Turkey`) is listed as ambiguous, and counts only in an article
that also holds one of its entry's context words; an exclude phrase (`chip away`,
`potato chips`) cancels the mention inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import chain
from pathlib import Path

import yaml

from digest.article import WORD, Article
from digest.article_parts import Verdict
from digest.config import ConfigError, load_yaml, mapping_items, scalar_text
from digest.site.render import own_tag_slug
from digest.tags.evidence import TagPatterns, evident, first_paragraph
from digest.tags.name_patterns import (
    Needle,
    NeedleIndex,
    case_variants,
    first_letters,
    name_pattern,
    needle,
    needle_index,
)

TAXONOMY = "taxonomy"

# The keys of a tag's entry written as a mapping, in the order the file explains them.
ENTRY_KEYS = ("names", "ambiguous", "context", "exclude")

# Words of the file with the YAML node each was read from, for errors naming its line.
Words = list[tuple[str, yaml.Node]]


@dataclass(frozen=True)
class Tag:
    """One tag of the taxonomy: the names that signal it, and how they count.

    `names` count wherever they appear; `ambiguous` names count only in an article that
    holds one of the `context` words or a mention of one of `names`; a mention inside
    one of the `exclude` phrases does not count. Their patterns are the taxonomy's:
    `Taxonomy.patterns`.
    """

    name: str
    names: tuple[str, ...]
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # For each name, and each ambiguous name, the words (casefolded) a text must hold
    # for the pattern to match it: a cheap test that spares most texts the pattern's scan.
    needles: tuple[Needle, ...] = ()
    ambiguous_needles: tuple[Needle, ...] = ()
    # The same for the context words: an article whose words hold none of them is never
    # scanned for them (the countries' long list would scan all of it).
    context_needles: tuple[Needle, ...] = ()


def make_tag(
    name: str,
    names: tuple[str, ...],
    ambiguous: tuple[str, ...] = (),
    context: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
) -> Tag:
    """Return the tag with the needles of its names and context words."""
    needles, ambiguous_needles, context_needles = (
        tuple(map(needle, each)) for each in (names, ambiguous, context)
    )
    return Tag(
        name, names, ambiguous, context, exclude, needles, ambiguous_needles, context_needles
    )


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

    @property
    def definition(self) -> tuple[tuple[object, ...], ...]:
        """Return every word that decides the tags, per tag: what a cached tagging is keyed by."""
        return tuple(
            (tag.name, tag.names, tag.ambiguous, tag.context, tag.exclude) for tag in self.tags
        )

    @cached_property
    def needle_index(self) -> NeedleIndex:
        """Return the needles of all the tags, filed (see `tags_for`): those of the names
        of the tag at position `p` under `2 * p`, those of its ambiguous names under
        `2 * p + 1`, so a text that holds none of the latter is never scanned for them."""
        return needle_index([n for tag in self.tags for n in (tag.needles, tag.ambiguous_needles)])

    def patterns(self, position: int) -> TagPatterns:
        """Return the patterns of the tag at `position`, each compiled on first use.

        Compiled only when a text holds the words of one of its names: a rebuild tags
        the one seed that changed, and compiling every tag's pattern (and scanning every
        character for the case variants they share) took a tenth of a second of it.
        """
        patterns = self._patterns
        if position not in patterns:
            tag = self.tags[position]
            words = (tag.names, tag.ambiguous, tag.context, tag.exclude)
            by_kind = dict(zip(ENTRY_KEYS, words, strict=True))
            patterns[position] = TagPatterns(by_kind, self.case_variants)
        return patterns[position]

    @cached_property
    def _patterns(self) -> dict[int, TagPatterns]:
        return {}

    def word_pattern(self, word: str) -> re.Pattern[str]:
        """Return the pattern of one context word, compiled on first use.

        An article is searched only for the context words its words hold, each alone:
        one alternation of the countries' hundred words of government scans a text
        several times slower than the regex engine's search for one word.
        """
        patterns = self._word_patterns
        if word not in patterns:
            patterns[word] = name_pattern((word,), self.case_variants)
        return patterns[word]

    @cached_property
    def _word_patterns(self) -> dict[str, re.Pattern[str]]:
        return {}

    @cached_property
    def case_variants(self) -> dict[str, str]:
        """Return the case variants of the first letters of all its words (`case_variants`):
        one scan of the characters for the whole taxonomy, not one per tag."""
        words = chain.from_iterable(
            chain(t.names, t.ambiguous, t.context, t.exclude) for t in self.tags
        )
        return case_variants(first_letters(words))


# --- the file ------------------------------------------------------------------------


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check `taxonomy.yml`: a mapping of tag to a list of names, or to a
    mapping of `names`, `ambiguous` names, `context` words and `exclude` phrases.

    A missing file is an empty taxonomy (no tags); a malformed one raises
    `ConfigError` naming the file, the line and what was expected.
    """
    root = load_yaml(path)
    if root is None:
        return Taxonomy()
    entries = []
    tag_by_slug: dict[str, tuple[str, yaml.Node]] = {}
    for key, value in mapping_items(path, root, "a mapping of tag: [names that signal it]"):
        tag = scalar_text(path, key, "a tag name")
        _check_slug(path, key, tag, tag_by_slug)
        entries.append(_read_entry(path, tag, value))
    taxonomy = Taxonomy(tuple(entry for entry, _ in entries))
    for entry, phrases in entries:
        _check_excludes(path, taxonomy, entry, phrases)
    return taxonomy


def _read_entry(path: Path, tag: str, value: yaml.Node) -> tuple[Tag, Words]:
    """Read one tag's entry: a list of names, or a mapping of its lists of words; return
    the tag and its exclude phrases with their nodes, for `_check_excludes`."""
    if isinstance(value, yaml.SequenceNode) and value.value:
        return make_tag(tag, tuple(text for text, _ in _texts(path, tag, value))), []
    if not isinstance(value, yaml.MappingNode):
        raise ConfigError(
            path,
            value,
            f"tag {tag!r}: expected a list of names, or a mapping of {', '.join(ENTRY_KEYS)}",
        )
    lists: dict[str, Words] = {}
    keys: dict[str, yaml.Node] = {}
    for key, words in mapping_items(path, value, f"tag {tag!r}: a mapping of lists"):
        field = scalar_text(path, key, f"tag {tag!r}: one of {', '.join(ENTRY_KEYS)}")
        if field not in ENTRY_KEYS:
            raise ConfigError(
                path, key, f"tag {tag!r}: unknown key {field!r}: expected {', '.join(ENTRY_KEYS)}"
            )
        if not isinstance(words, yaml.SequenceNode) or not words.value:
            raise ConfigError(path, words, f"tag {tag!r}: {field}: expected a list")
        lists[field], keys[field] = _texts(path, tag, words), key
    _check_entry(path, tag, value, lists, keys)
    names, ambiguous, context, exclude = (
        tuple(text for text, _ in lists.get(field, ())) for field in ENTRY_KEYS
    )
    return make_tag(tag, names, ambiguous, context, exclude), lists.get("exclude", [])


def _texts(path: Path, tag: str, node: yaml.SequenceNode) -> Words:
    return [(scalar_text(path, item, f"a word of tag {tag!r}"), item) for item in node.value]


def _check_entry(
    path: Path,
    tag: str,
    entry: yaml.Node,
    lists: dict[str, Words],
    keys: dict[str, yaml.Node],
) -> None:
    """Stop on an entry whose words cannot work as written: no name, ambiguous names no
    context could let count, context words nothing reads, a name listed twice over, or
    an ambiguous name that is its own context."""
    names = [text for text, _ in lists.get("names", [])]
    ambiguous = [text for text, _ in lists.get("ambiguous", [])]
    if not names and not ambiguous:
        raise ConfigError(path, entry, f"tag {tag!r}: no names: list them under names:")
    if ambiguous and "context" not in keys:
        raise ConfigError(
            path,
            keys["ambiguous"],
            f"tag {tag!r}: ambiguous names need context words (context:) that show the "
            "tag's sense, or they never count",
        )
    if "context" in keys and not ambiguous:
        raise ConfigError(
            path,
            keys["context"],
            f"tag {tag!r}: context words are read only for ambiguous names, and it has "
            "none: list the names that need them under ambiguous:",
        )
    clashes = (
        ("ambiguous", names, "{!r} is listed under names and under ambiguous: keep it under one"),
        (
            "context",
            ambiguous,
            "the ambiguous name {!r} is also a context word, so it would always count: "
            "remove it from context",
        ),
    )
    for field, others, reason in clashes:
        for text, node in lists.get(field, []):
            if text in others:
                raise ConfigError(path, node, f"tag {tag!r}: {reason.format(text)}")


def _check_excludes(path: Path, taxonomy: Taxonomy, tag: Tag, phrases: Words) -> None:
    """Stop on an exclude phrase that holds none of the tag's names: it could cancel no
    mention, so it is a mistake (a misspelt name, a phrase under the wrong tag).

    Only the names whose words the phrase holds are compiled, not the tag's patterns:
    the file is read on every build, and most builds never need those."""
    for text, node in phrases:
        folded = text.casefold()
        words = frozenset(WORD.findall(folded))
        held = tuple(
            name for name in tag.names + tag.ambiguous if needle(name).found(words, folded)
        )
        if not held or not name_pattern(held, taxonomy.case_variants).search(text):
            raise ConfigError(
                path,
                node,
                f"tag {tag.name!r}: exclude phrase {text!r} holds none of the tag's names, so "
                "it could cancel no mention",
            )


def _check_slug(
    path: Path, key: yaml.Node, tag: str, tag_by_slug: dict[str, tuple[str, yaml.Node]]
) -> None:
    """Stop on a tag whose slug is empty or another tag's, and file its slug.

    The slug names the tag's feed and its section on the tags page: two tags with one
    slug would write one feed file, one of them lost, and share one anchor.
    """
    slug = own_tag_slug(tag)
    if not slug:
        raise ConfigError(
            path,
            key,
            f"tag {tag!r} has no letter or digit to name its feed and its section on the "
            "tags page by: add one to the name",
        )
    if slug in tag_by_slug:
        first, first_key = tag_by_slug[slug]
        raise ConfigError(
            path,
            key,
            f"tags {first!r} (line {first_key.start_mark.line + 1}) and {tag!r} have one "
            f"slug, {slug!r}, so they would share one feed (feeds/tags/{slug}.xml) and one "
            "section of the tags page: rename one, or list both's names under one tag",
        )
    tag_by_slug[slug] = (tag, key)


# --- tagging -------------------------------------------------------------------------


def tags_for(
    taxonomy: Taxonomy,
    headline: str,
    body: str,
    body_words: Iterable[str] | None = None,
    lede: str | None = None,
) -> tuple[str, ...]:
    """Return the tags, in taxonomy order, that the article gives evidence of.

    Evidence is a name in the headline or the lede, or in `MENTIONS_PAST_THE_LEDE`
    paragraphs (`digest/tags/evidence.py`). `headline` is all that opens the article outside
    its body (the headline, and its standfirst); `lede` is the body's first paragraph, its
    first non-blank line when not given. Each tag's patterns run only on a text holding
    the words of one of its names, found by looking the text's words up in the
    taxonomy's needle index: most articles name few of the tags, and a pattern scans the
    whole text. `body_words` are the body's words, case folded (`Article.body_words`),
    when the caller has them.
    """
    top = f"{headline}\n{first_paragraph(body) if lede is None else lede}"
    folded_headline = headline.casefold()
    folded = f"{folded_headline}\n{body.casefold()}"
    if body_words is None:
        words = frozenset(WORD.findall(folded))
    else:
        words = frozenset(WORD.findall(folded_headline)).union(body_words)
    found = taxonomy.needle_index.tags_found(words, folded)
    context_found: dict[tuple[str, ...], bool] = {}

    def holds_context(position: int) -> bool:
        """Say whether the article holds a context word of the tag at `position`: looked
        for once per list of words (the countries share one), and only the words whose
        needles the article's words hold."""
        tag = taxonomy.tags[position]
        if tag.context not in context_found:
            context_found[tag.context] = any(
                held.found(words, folded)
                and any(taxonomy.word_pattern(word).search(text) for text in (top, body))
                for word, held in zip(tag.context, tag.context_needles, strict=True)
            )
        return context_found[tag.context]

    return tuple(
        tag.name
        for position, tag in enumerate(taxonomy.tags)
        if (2 * position in found or 2 * position + 1 in found)
        and evident(
            taxonomy.patterns(position),
            top,
            body,
            names_held=2 * position in found,
            ambiguous_held=2 * position + 1 in found,
            holds_context=partial(holds_context, position),
        )
    )


def tag_article(article: Article, taxonomy: Taxonomy) -> Article:
    """Give the article the taxonomy's tags found in its title and cleaned body, its
    description (the standfirst, or the lede's first sentences) and first paragraph
    counting as its lede."""
    body = "\n".join(line.text for line in article.body_lines)
    paragraph = next(
        (
            line.text
            for line in article.body_lines
            if line.verdict is Verdict.BODY and line.text.strip()
        ),
        "",
    )
    opening = f"{article.title}\n{article.description}" if article.description else article.title
    tags = tags_for(taxonomy, opening, body, article.body_words, paragraph)
    return article.evolve(tags=tags, tags_from=TAXONOMY if tags else None)
