"""Tests for the taxonomy: the file's checks, and tags from the names an article mentions."""

import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.config import ConfigError
from digest.prepare import code_version
from digest.tags.evidence import MENTIONS_PAST_THE_LEDE
from digest.tags.name_patterns import _characters_below, case_variants, needle
from digest.tags.taxonomy import (
    Taxonomy,
    load_taxonomy,
    make_tag,
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
    assert tags_for(tax, "", "export\u00a0 controls tightened") == ("export controls",)
    # A dateline or headline in capitals names the place as the words in it do.
    assert tags_for(tax, "", "TOKYO (Reuters) - Officials met.") == ("Japan",)
    assert tags_for(tax, "", "Officials met in tokyo.") == ()


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
    """The project's taxonomy tags every seed with its chief topics (tests/labels/tags/
    seeds.yml), and not with the names it drops once in passing."""
    tax = load_taxonomy(ROOT / "taxonomy.yml")
    assert "export controls" in tax and "Japan" in tax
    tags = {article.id[:3]: set(article.tags) for article in seed_articles}
    assert all({"semiconductors", "Japan"} <= found for found in tags.values())
    eu_japan = {"European Union", "Rapidus", "supply chains", "artificial intelligence"}
    assert all(eu_japan <= tags[seed] for seed in ("000", "001", "002"))
    assert {"United States", "China"} <= tags["003"] and {"export controls"} <= tags["004"]
    # 001's headline names them; the others give them one line of a joint statement.
    assert {"cybersecurity", "undersea cables"} <= tags["001"]
    assert not {"cybersecurity", "undersea cables"} & (tags["000"] | tags["002"])
    assert "European Union" not in tags["003"] | tags["004"]
    # Named once each in passing: IBM (beside imec), G7 and Micron; export controls in 003.
    assert not {"IBM", "G7", "Micron"} & set().union(*tags.values())
    assert "export controls" not in tags["003"]
    assert not {"ASML", "Tokyo Electron", "Taiwan", "South Korea"} & tags["004"]
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


def reference_tags(tags: dict[str, tuple[str, ...]], headline: str, body: str) -> tuple[str, ...]:
    """Tag an article as the evidence rule says, with nothing but plain patterns.

    A tag is given when the text holds the casefolded words (in Japanese, substrings)
    of one of its names, and a pattern of one plain branch per name (and per name with a
    capital, in capitals), longest first, matches the headline or first non-blank line,
    or starts matches on two lines of the body.
    """
    lede = next((line for line in body.split("\n") if line.strip()), "")
    top = f"{headline}\n{lede}"
    folded = f"{top}\n{body}".casefold()
    words = frozenset(re.findall(r"\w+", folded))
    found = []
    for tag, names in tags.items():
        held = any(needle(name).found(words, folded) for name in names)
        capitals = [name.upper() for name in names if name not in (name.lower(), name.upper())]
        written = sorted(dict.fromkeys([*names, *capitals]), key=len, reverse=True)
        pattern = re.compile("|".join(map(plain_branch, written)))
        evident = pattern.search(top) or lines_naming(pattern, body) >= MENTIONS_PAST_THE_LEDE
        if held and evident:
            found.append(tag)
    return tuple(found)


def lines_naming(pattern: re.Pattern[str], body: str) -> int:
    """Count the lines of `body` where a match of `pattern` starts (at a line's newline
    at the latest), searching from each line's start."""
    count, start = 0, 0
    for line in body.split("\n"):
        match = pattern.search(body, start)
        count += match is not None and match.start() <= start + len(line)
        start += len(line) + 1
    return count


def plain_branch(name: str) -> str:
    """Match `name` as whole words, in any case if written in lower case."""
    body = re.escape(name).replace(r"\ ", r"\s+")
    body = f"(?i:{body})" if name == name.lower() else body
    before = "" if _NO_SPACES.match(name[0]) else r"(?<!\w)"
    after = "" if _NO_SPACES.match(name[-1]) or not re.match(r"\w", name[-1]) else r"(?!\w)"
    return f"{before}{body}{after}"


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_NAMES, min_size=1, max_size=4),
    st.lists(st.one_of(_TEXT_PIECE, _NAME), max_size=12),
    st.lists(st.one_of(_TEXT_PIECE, _NAME), max_size=4),
)
def test_tags_match_a_plain_reference(names_lists, body_pieces, headline_pieces):
    """The index, the first-character patterns and the evidence rule give exactly the
    tags of plain patterns."""
    tags = {f"tag{i}": names for i, names in enumerate(names_lists)}
    tax = Taxonomy(tuple(make_tag(tag, names) for tag, names in tags.items()))
    headline, body = "".join(headline_pieces), "".join(body_pieces)
    assert tags_for(tax, headline, body) == reference_tags(tags, headline, body)
    # An article's body words, split once for tagging and the fingerprint, tag alike.
    lines = tuple(Line(n, text, Verdict.BODY) for n, text in enumerate(body.split("\n"), 1))
    article = Article(id="a", filename="a.txt", text=body, title=headline, lines=lines)
    assert tag_article(article, tax).tags == reference_tags(tags, headline, body)


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


# --- evidence: a tag is what the article is about, not a name it drops in passing ----

CHIPS = """\
semiconductors:
  names: [semiconductor, chipmaker]
  ambiguous: [chip, chips]
  context: [wafer, foundry, TSMC]
  exclude: [chip away, chips 'n' dip, potato chips]
Japan: [Japan, Tokyo]
"""


def test_one_mention_in_the_body_is_not_enough(tmp_path):
    """A name dropped once past the lede (a line of background) gives no tag."""
    body = "Carmakers met on Monday.\nPrices rose.\nTokyo has said little about it."
    assert tags_for(taxonomy(tmp_path), "Carmakers meet", body) == ()


def test_a_mention_in_the_title_or_the_lede_is_enough(tmp_path):
    """The headline and the lede say what the article is about: one name there tags it."""
    tax = taxonomy(tmp_path)
    assert tags_for(tax, "Japan weighs curbs", "Officials met.\nNothing more.") == ("Japan",)
    assert tags_for(tax, "Curbs weighed", "Tokyo weighs curbs.\nNothing more.") == ("Japan",)


def test_the_lede_is_the_first_paragraph_not_the_first_line_kept(tmp_path):
    """An article's standfirst (its description) and first paragraph are its lede, even
    when the cleaner kept a subheading above the paragraph."""
    tax = taxonomy(tmp_path)
    lines = (
        Line(1, "Background", Verdict.SUBHEADING),
        Line(2, "Officials from Tokyo met on Monday.", Verdict.BODY),
        Line(3, "Nothing else was said.", Verdict.BODY),
    )
    article = Article(id="a", filename="a.txt", text="", title="Talks held", lines=lines)
    assert tag_article(article, tax).tags == ("Japan",)
    lines = (Line(1, "Officials met.", Verdict.BODY), Line(2, "Nothing more.", Verdict.BODY))
    article = Article(id="a", filename="a.txt", text="", title="Talks", lines=lines)
    assert tag_article(article, tax).tags == ()
    article = article.evolve(description="Japan and its allies meet on export curbs.")
    assert tag_article(article, tax).tags == ("Japan",)


def test_two_mentions_are_enough(tmp_path):
    """Two paragraphs past the lede that name the tag, by one name or two, tag it; two
    names in one paragraph (`Japan (Tokyo)`, `European Union (EU)`) are one mention."""
    tax = taxonomy(tmp_path)
    body = "Carmakers met on Monday.\nJapan said little.\nTokyo will answer next week."
    assert tags_for(tax, "Carmakers meet", body) == ("Japan",)
    body = "Carmakers met on Monday.\nJapan (Tokyo) said little.\nNothing more."
    assert tags_for(tax, "Carmakers meet", body) == ()


def test_an_ambiguous_name_needs_a_context_word(tmp_path):
    """`chips` on a snack guide is no semiconductor: without a context word of its entry
    (or a plain name of the tag) in the article, an ambiguous name does not count."""
    tax = taxonomy(tmp_path, CHIPS)
    snacks = "Chips are the classic game-day snack.\nPut the chips in a bowl with salsa."
    assert tags_for(tax, "Game day snacks", snacks) == ()
    fabs = snacks + "\nThe foundry down the road ships wafers."
    assert tags_for(tax, "Game day snacks", fabs) == ("semiconductors",)
    named = "A semiconductor plant opened.\nIts chips go to carmakers.\nMore chips follow."
    assert tags_for(tax, "Plant opens", named) == ("semiconductors",)


def test_an_exclude_phrase_cancels_the_mention_inside_it(tmp_path):
    """`chip away` and `chips 'n' dip` (with the page's curly apostrophes) are not chips."""
    tax = taxonomy(tmp_path, CHIPS)
    body = "Rivals chip away at TSMC's lead.\nStart with chips ‘n’ dip.\nThen chip away again."
    assert tags_for(tax, "Markets", body) == ()
    assert tags_for(tax, "Markets", body + "\nIts chips sell well.") == ()
    body += "\nIts chips sell well.\nNew chips come next year."
    assert tags_for(tax, "Markets", body) == ("semiconductors",)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("chips:\n  names: [chip]\n  colour: [red]\n", 3, "unknown key 'colour'"),
        ("chips:\n  names: chip\n", 2, "tag 'chips': names: expected a list"),
        ("chips:\n  exclude: [chip away]\n", 2, "no names"),
        (
            "chips:\n  names: [semiconductor]\n  ambiguous: [chip]\n",
            3,
            "ambiguous names need context words",
        ),
        (
            "chips:\n  names: [semiconductor]\n  context: [wafer]\n",
            3,
            "context words are read only for ambiguous names",
        ),
        (
            "chips:\n  names: [chip]\n  ambiguous: [chips, chip]\n  context: [wafer]\n",
            3,
            "'chip' is listed under names and under ambiguous",
        ),
        (
            "chips:\n  ambiguous: [chip]\n  context:\n    - wafer\n    - chip\n",
            5,
            "the ambiguous name 'chip' is also a context word",
        ),
        (
            "chips:\n  names: [chip, chips]\n  exclude:\n    - potato chips\n    - blue cheese\n",
            5,
            "exclude phrase 'blue cheese' holds none of the tag's names",
        ),
    ],
)
def test_malformed_context_and_exclude_words_name_file_and_line(tmp_path, text, line, reason):
    """Each mistake in a tag's names, ambiguous names, context and exclude words is one
    error on its own line, in the format of the file's other errors."""
    with pytest.raises(ConfigError) as raised:
        taxonomy(tmp_path, text)
    assert str(raised.value).startswith(f"{tmp_path / 'taxonomy.yml'}:{line}: ")
    assert reason in str(raised.value), str(raised.value)


def test_a_mistake_in_the_context_words_stops_the_build_in_one_line(tmp_path):
    """`digest build` with context words but no ambiguous name writes nothing, says why."""
    text = "semiconductors:\n  names: [semiconductor]\n  context: [wafer]\n"
    error = config_error(tmp_path, "taxonomy.yml", text)
    assert error.startswith(f"error: {tmp_path / 'taxonomy.yml'}:3: tag 'semiconductors'"), error
    assert not (tmp_path / "content").exists()


def test_a_change_of_context_words_retags_cached_articles(tmp_path):
    """The cache key of a prepared article holds every word that decides its tags."""
    first = taxonomy(tmp_path, CHIPS)
    second = taxonomy(tmp_path, CHIPS.replace("[wafer, foundry, TSMC]", "[wafer, TSMC]"))
    assert code_version(first) != code_version(second)


def test_shipped_taxonomy_ignores_snacks_and_idioms():
    """The project's taxonomy: no semiconductors on a snack guide or a company that chips
    away at a rival, no country for prices in US$ or a match in a capital; a chip plant
    is tagged."""
    tax = load_taxonomy(ROOT / "taxonomy.yml")
    snacks = (
        "Football food is comfort food: pizza, wings, chips, dips and subs.\n"
        "A handful of chips and guacamole here, a chicken wing there.\n"
        "Veggie-fy your chips ‘n’ dip: swap the potato chips for carrots."
    )
    assert "semiconductors" not in tags_for(tax, "How to tackle game day snacks", snacks)
    idiom = (
        "The retailer posted higher sales on Tuesday.\n"
        "Its online arm continues to chip away at rivals.\n"
        "Analysts said the chain will keep chipping away, and chip in on delivery."
    )
    assert tags_for(tax, "Retailer sales rise", idiom) == ()
    prices = (
        "T1 won the world championship in Seoul on Sunday.\n"
        "ADD TO CART: US$25 League of Legends gift card.\n"
        "MAKE SOMEONE'S DAY: US$10 gift card.\n"
        "Fans gathered at the Gocheok Sky Dome in Seoul."
    )
    assert tags_for(tax, "T1 win Worlds", prices) == ()
    plant = (
        "The company will build a new plant in Arizona.\n"
        "The fab will make chips on 3-nanometre wafers from 2026.\n"
        "Its chips power phones and data centres."
    )
    assert "semiconductors" in tags_for(tax, "New plant announced", plant)
