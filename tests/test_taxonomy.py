"""Tests for the taxonomy: the file's checks, and tags from the names an article mentions."""

from pathlib import Path

import pytest

from digest.config import ConfigError
from digest.taxonomy import load_taxonomy, tags_for

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


def test_shipped_taxonomy_tags_the_seeds(seed_articles):
    """The project's taxonomy loads, and tags every seed with its chief topics."""
    tax = load_taxonomy(ROOT / "taxonomy.yml")
    assert "export controls" in tax and "Japan" in tax
    tags = {article.id[:3]: article.tags for article in seed_articles}
    assert all("semiconductors" in found and "Japan" in found for found in tags.values())
    assert "export controls" in tags["004"] and "export controls" in tags["003"]
    assert "European Union" in tags["000"] and "European Union" not in tags["003"]
    assert all(article.tags_from == "taxonomy" for article in seed_articles)
