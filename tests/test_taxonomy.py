"""Tests for the taxonomy: the file's checks, and tags from the names an article mentions."""

import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.article import Article, Line, Verdict
from digest.config import ConfigError
from digest.taxonomy import (
    Tag,
    Taxonomy,
    _characters_below,
    case_variants,
    load_taxonomy,
    needle,
    tag_article,
    tags_for,
)
from tests.config_build import config_error

ROOT = Path(__file__).resolve().parents[1]

TAXONOMY = """\
export controls:
  - export controls
  - entity list
Japan: [Japan, Tokyo, 日本]
artificial intelligence: [AI, artificial intelligence]
"""


def taxonomy(tmp_path: Path, text: str = TAXONOMY):
    """Write and load a taxonomy file."""
    path = tmp_path / "taxonomy.yml"
    path.write_text(text, encoding="utf-8")
    return load_taxonomy(path)


def test_tags_follow_the_names_mentioned(tmp_path):
    """Each tag whose name the headline or body mentions is given, in the file's order."""
    tax = taxonomy(tmp_path)
    body = "Tokyo said it would add firms to the Entity List. Export controls follow."
    assert tags_for(tax, "Chip curbs widen", body) == ("export controls", "Japan")
    assert tags_for(tax, "Japan weighs curbs", "Nothing else.") == ("Japan",)
    assert tags_for(tax, "Chip curbs", "Nothing here names a tag.") == ()


def test_names_match_whole_words_and_capitals_as_written(tmp_path):
    """`AI` is not found in `said`, nor as lower-case `ai`; lower-case names ignore case."""
    tax = taxonomy(tmp_path)
    assert tags_for(tax, "", "He said Thailand and Japanese firms wait; ai is a word.") == ()
    assert tags_for(tax, "", "New AI rules.") == ("artificial intelligence",)
    assert tags_for(tax, "", "EXPORT CONTROLS tightened") == ("export controls",)
    assert tags_for(tax, "", "export\ncontrols tightened") == ("export controls",)


def test_names_in_scripts_without_spaces_match_inside_words(tmp_path):
    """Japanese runs words together, so `日本` is found inside `日本政府`."""
    assert tags_for(taxonomy(tmp_path), "", "日本政府は発表した。") == ("Japan",)


def test_missing_file_is_an_empty_taxonomy(tmp_path):
    """No taxonomy file means no tags, not an error."""
    assert load_taxonomy(tmp_path / "absent.yml").tags == ()


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("Japan: Tokyo\n", 1, "expected a list of names"),
        ("Japan: [Tokyo]\nChina: []\n", 2, "expected a list of names"),
        ("Japan: [Tokyo]\nJapan: [Osaka]\n", 2, "given twice (first on line 1)"),
        ("Japan:\n  - Tokyo\n  - ''\n", 3, "found an empty value"),
        ("- Japan\n", 1, "expected a mapping of tag"),
        ("Japan: [Tokyo\n", 2, "not valid YAML"),
    ],
)
def test_malformed_taxonomy_names_file_and_line(tmp_path, text, line, reason):
    """Each mistake in the file is reported with its line and what was expected."""
    with pytest.raises(ConfigError) as raised:
        taxonomy(tmp_path, text)
    assert raised.value.line == line
    assert reason in str(raised.value)
    assert str(raised.value).startswith(f"{tmp_path / 'taxonomy.yml'}:{line}: ")


@pytest.mark.parametrize(
    ("text", "line", "first", "second", "slug"),
    [
        ("AI: [AI]\nJapan: [Tokyo]\nai: [artificial intelligence]\n", 3, "AI", "ai", "ai"),
        ("U.S.: [Washington]\nUS: [America]\n", 2, "U.S.", "US", "us"),
    ],
)
def test_tags_whose_slugs_collide_are_an_error(tmp_path, text, line, first, second, slug):
    """Two tags with one slug would share one feed file and one `#tag:` anchor, one of
    them lost: loading stops on the second, naming both and how to fix it."""
    with pytest.raises(ConfigError) as raised:
        taxonomy(tmp_path, text)
    assert raised.value.line == line
    assert f"tags {first!r} (line 1) and {second!r} have one slug, {slug!r}" in str(raised.value)
    assert f"feeds/tags/{slug}.xml" in str(raised.value) and "rename one" in str(raised.value)


@pytest.mark.parametrize("tag", ["???", "!!!", "\u200b"])
def test_a_tag_without_a_letter_or_digit_is_an_error(tmp_path, tag):
    """A tag of punctuation alone has nothing to name its feed and anchor by (`???` and
    `!!!` once shared `feeds/tags/tag.xml`): it is an error on its line."""
    with pytest.raises(ConfigError) as raised:
        taxonomy(tmp_path, f'Japan: [Tokyo]\n"{tag}": [x]\n')
    assert raised.value.line == 2
    assert "has no letter or digit" in str(raised.value)


def test_colliding_tags_stop_the_build_in_one_line(tmp_path):
    """`digest build` with `AI` and `ai` in the taxonomy writes nothing and says why."""
    error = config_error(tmp_path, "taxonomy.yml", "AI: [AI]\nai: [artificial intelligence]\n")
    assert error.startswith(f"error: {tmp_path / 'taxonomy.yml'}:2: tags 'AI' (line 1)"), error
    assert not (tmp_path / "content").exists()


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("Japan: [Tokyo]\nChina: " + "[" * 20_000 + "]" * 20_000 + "\n", 2, "nested more than"),
        ("Japan:\n  - Tokyo\n  - - - - " + "- " * 3_000 + "Osaka\n", 3, "nested more than"),
        ('Japan: [Tokyo, "\\udc80saka"]\n', 1, "lone surrogate"),
    ],
)
def test_a_taxonomy_python_cannot_take_is_one_line_at_the_build(tmp_path, text, line, reason):
    """`digest build` with a taxonomy nested thousands deep, or holding a text no file
    can hold, stops with one line naming the file, the line and the reason, never a
    traceback (RecursionError, UnicodeEncodeError)."""
    error = config_error(tmp_path, "taxonomy.yml", text)
    assert error.startswith(f"error: {tmp_path / 'taxonomy.yml'}:{line}: "), error
    assert reason in error


def test_shipped_taxonomy_tags_the_seeds(seed_articles):
    """The project's taxonomy loads, and tags every seed with its chief topics."""
    tax = load_taxonomy(ROOT / "taxonomy.yml")
    assert "export controls" in tax and "Japan" in tax
    tags = {article.id[:3]: article.tags for article in seed_articles}
    assert all("semiconductors" in found and "Japan" in found for found in tags.values())
    assert "export controls" in tags["004"] and "export controls" in tags["003"]
    assert "European Union" in tags["000"] and "European Union" not in tags["003"]
    assert all(article.tags_from == "taxonomy" for article in seed_articles)


# Characters where case, word boundaries and casefolding disagree: the Kelvin sign and
# the long s match `k` and `s` in any case, `İ` and `ı` match `i` but casefold to other
# text, U+0345 is no word character but casefolds to one, `ß` casefolds to `ss`; and
# Japanese, written without spaces.
_TRICKY = "kKKsSſiIİıßẞ\u0345_日本語・"
# Names in the file are stripped; other callers of `name_pattern` may keep the spaces.
_RAW_NAME = st.text(alphabet="abkseiISK" + _TRICKY + " .", min_size=1, max_size=6)
_NAME = st.one_of(_RAW_NAME.map(str.strip).filter(bool), _RAW_NAME)
_NAMES = st.lists(_NAME, min_size=1, max_size=4).map(tuple)
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TEXT_PIECE = st.one_of(
    st.text(alphabet="abkseiISK .\n-" + _TRICKY, max_size=8),
    st.sampled_from(["", " ", "\n", "x", "K", "日", ".", "\u0130"]),
)


def reference_tags(tags: dict[str, tuple[str, ...]], text: str) -> tuple[str, ...]:
    """Tag `text` as the first tagger did, with nothing but plain patterns.

    A tag is given when the text holds the casefolded words (in Japanese, substrings)
    of one of its names, and a pattern of one plain branch per name matches the text.
    """
    folded = text.casefold()
    words = frozenset(re.findall(r"\w+", folded))
    found = []
    for tag, names in tags.items():
        held = any(needle(name).found(words, folded) for name in names)
        if held and re.search("|".join(map(plain_branch, names)), text):
            found.append(tag)
    return tuple(found)


def plain_branch(name: str) -> str:
    """Match `name` as whole words, in any case if written in lower case."""
    body = re.escape(name).replace(r"\ ", r"\s+")
    body = f"(?i:{body})" if name == name.lower() else body
    before = "" if _NO_SPACES.match(name[0]) else r"(?<!\w)"
    after = "" if _NO_SPACES.match(name[-1]) else r"(?!\w)"
    return f"{before}{body}{after}"


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_NAMES, min_size=1, max_size=4),
    st.lists(st.one_of(_TEXT_PIECE, _NAME), max_size=12),
    st.lists(st.one_of(_TEXT_PIECE, _NAME), max_size=4),
)
def test_tags_match_a_plain_reference(names_lists, body_pieces, headline_pieces):
    """The index and the first-character patterns give exactly the tags of plain patterns."""
    tags = {f"tag{i}": names for i, names in enumerate(names_lists)}
    tax = Taxonomy(
        tuple(Tag(tag, names, tuple(needle(n) for n in names)) for tag, names in tags.items())
    )
    headline, body = "".join(headline_pieces), "".join(body_pieces)
    assert tags_for(tax, headline, body) == reference_tags(tags, f"{headline}\n{body}")
    # An article's body words, split once for tagging and the fingerprint, tag alike.
    lines = tuple(Line(n, text, Verdict.BODY) for n, text in enumerate(body.split("\n"), 1))
    article = Article(id="a", filename="a.txt", text=body, title=headline, lines=lines)
    expected = reference_tags(tags, f"{headline}\n{body}")
    assert tag_article(article, tax).tags == expected


def test_every_character_is_each_code_point_once_in_order():
    """The case variants are found by scanning this string: a missing or misplaced
    code point would lose a variant."""
    every = _characters_below(sys.maxunicode + 1)
    assert list(map(ord, every)) == list(range(sys.maxunicode + 1))
    assert _characters_below(0x10000) == every[:0x10000]


def test_no_case_pair_crosses_the_edge_of_the_basic_plane():
    """Why a name starting in the BMP has its case variants found by scanning the BMP
    alone: the regex engine matches no character of one side, in any case, with a
    character class of the other side (checked against this Python's own tables)."""
    every = _characters_below(sys.maxunicode + 1)
    basic, beyond = every[:0x10000], every[0x10000:]
    assert re.search("(?i:[\U00010000-\U0010ffff])", basic) is None
    assert re.search("(?i:[\x00-\uffff])", beyond) is None
    # The same test does find a pair within one side: Deseret's two cases, beyond it.
    assert re.findall("(?i:[\U00010400])", beyond) == ["\U00010400", "\U00010428"]
    assert case_variants(frozenset("k\U00010428")) == {
        "k": "Kk\u212a",
        "\U00010428": "\U00010400\U00010428",
    }
