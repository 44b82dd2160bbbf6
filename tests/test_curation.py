"""Tests for the curation file: its checks, and each correction as a reader sees it."""

import re
from pathlib import Path

import pytest

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.config import ConfigError
from digest.curation import (
    Curation,
    apply_curation,
    check_ids,
    curation_hint,
    load_curation,
    missing_metadata,
)
from digest.ingest.seeds import Seed
from digest.metadata.agencies import fold, shown_source
from digest.pipeline import process
from digest.site.pages import render_home as render_story_list
from digest.site.pages import render_sources
from digest.site.render import body_markdown
from digest.tags.taxonomy import Taxonomy, load_taxonomy
from tests.config_build import config_error

TAXONOMY = "export controls: [export controls]\nJapan: [Japan, Tokyo]\nChina: [China]\n"

WIRE = """\
Japan tightens chip export controls

By Jane Doe

TOKYO (Reuters) - Japan will tighten export controls on chipmaking tools, the trade \
ministry said on Friday, in a move that follows similar curbs by its allies.

Subscribe to our newsletter

The rules cover 23 kinds of equipment, officials said, and take effect in July after \
a period of public comment on the draft.

Officials said the rules did not name China, though analysts said they were aimed at it.

(Reporting by Jane Doe; Editing by Sam Roe)
"""
# The same report reposted without headline, byline or credit.
REPOST = "\n\n".join(WIRE.split("\n\n")[2:3] + WIRE.split("\n\n")[4:6]) + "\n"
OTHER = """\
Rapidus opens a plant

Rapidus began building a factory in Hokkaido this week, the company said, with help \
from government subsidies worth billions of yen over several years.

The plant will make two-nanometre logic chips from 2027, the company added in a statement.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a taxonomy; the tests write curation.yml into it."""
    (tmp_path / "taxonomy.yml").write_text(TAXONOMY, encoding="utf-8")
    return tmp_path


def seeds() -> list[Seed]:
    """Three seeds: a wire report, a headless repost of it, another story."""
    return [
        Seed(id="a", filename="a.txt", text=WIRE),
        Seed(id="b", filename="b.txt", text=REPOST),
        Seed(id="c", filename="c.txt", text=OTHER),
    ]


def curated(project: Path, text: str):
    """Load `text` as the curation file and run the pipeline with it; return articles by id."""
    (project / "curation.yml").write_text(text, encoding="utf-8")
    taxonomy = load_taxonomy(project / "taxonomy.yml")
    curation = load_curation(project / "curation.yml", taxonomy)
    check_ids(curation, [seed.id for seed in seeds()])
    return {article.id: article for article in process(seeds(), curation, taxonomy)}


def load_error(project: Path, text: str) -> ConfigError:
    """Return the error that loading `text` as the curation file raises."""
    (project / "curation.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_curation(project / "curation.yml", load_taxonomy(project / "taxonomy.yml"))
    return raised.value


def test_fields_set_by_the_curator_say_so(project):
    """Overridden fields take the curator's value and `*_from: curator`; others stay the page's."""
    articles = curated(
        project,
        "c:\n  title: Rapidus breaks ground\n  date: 2024-04-02\n  source: Nikkei\n"
        "  authors: [Ana Lee, Bo Kim]\n  dateline: Chitose\n  description: A plant.\n",
    )
    c = articles["c"]
    assert (c.title, c.date, c.source, c.authors, c.dateline, c.description) == (
        "Rapidus breaks ground",
        "2024-04-02",
        "Nikkei",
        ("Ana Lee", "Bo Kim"),
        "Chitose",
        "A plant.",
    )
    assert {c.title_from, c.date_from, c.source_from, c.authors_from, c.dateline_from} == {
        "curator"
    }
    assert c.description_from == "curator"
    a = articles["a"]
    assert (a.source, a.source_from, a.authors_from) == ("Reuters", "page", "page")


def test_null_clears_a_wrong_field(project):
    """`source: null` empties a field the page got wrong, and says the curator did."""
    a = curated(project, "a:\n  source: null\n  authors: []\n")["a"]
    assert (a.source, a.source_from, a.authors, a.authors_from) == (None, "curator", (), "curator")


def test_a_curated_title_is_not_replaced_by_a_copys(project):
    """A headless copy keeps the curator's title instead of borrowing its story's."""
    articles = curated(project, "b:\n  title: The repost's own title\n")
    assert articles["b"].story == articles["a"].story
    assert (articles["b"].title, articles["b"].title_from) == ("The repost's own title", "curator")
    assert curated(project, "")["b"].title_from == "story"


def test_hidden_article_is_nowhere(project):
    """A hidden article is not processed into any page, story list or copy list."""
    articles = curated(project, "b:\n  hide: true\n")
    assert set(articles) == {"a", "c"}
    assert articles["a"].copies == ()
    assert "b.md" not in render_story_list(list(articles.values()))


def test_pinned_story_is_listed_first(project):
    """A pinned story heads the home page list, marked as pinned, whatever its date."""
    articles = curated(project, "c:\n  pin: true\n")
    listing = render_story_list(list(articles.values()))
    assert listing.index("Rapidus opens a plant") < listing.index("Japan tightens")
    assert "## Pinned" in listing
    unpinned = render_story_list(list(curated(project, "").values()))
    assert "Pinned" not in unpinned


def test_note_is_kept_as_given(project):
    """The editor's note reaches the article unchanged (the template escapes it)."""
    note = "Figures <b>revised</b> on 3 May."
    assert curated(project, f"a:\n  note: '{note}'\n")["a"].note == note


def test_tags_added_removed_or_replaced(project):
    """The curator adds to, removes from or replaces the taxonomy's tags (China, named
    once in passing, is not one of them)."""
    assert curated(project, "")["a"].tags == ("export controls", "Japan")
    a = curated(project, "a:\n  remove_tags: [Japan]\n  add_tags: []\n")["a"]
    assert (a.tags, a.tags_from) == (("export controls",), "curator")
    assert curated(project, "c:\n  add_tags: China\n")["c"].tags == ("China",)
    assert curated(project, "a:\n  tags: [China]\n")["a"].tags == ("China",)


def test_keep_and_drop_lines(project):
    """A dropped line is kept as body and a kept one dropped; the description follows."""
    before = curated(project, "")["a"]
    subscribe = next(line for line in before.lines if line.text.startswith("Subscribe"))
    lede = next(line for line in before.lines if line.text.startswith("TOKYO"))
    after = curated(
        project, f"a:\n  keep_lines: [{subscribe.number}]\n  drop_lines: [{lede.number}]\n"
    )["a"]
    body = body_markdown(after.lines)
    assert "Subscribe to our newsletter" in body and "TOKYO" not in body
    assert after.description.startswith("Subscribe to our newsletter")
    assert any(line.verdict is Verdict.CURATOR for line in after.removed)


def test_a_line_that_is_not_in_the_seed_is_an_error(project):
    """A blank or out-of-range line number names the curation line and the seed."""
    with pytest.raises(ConfigError, match=r"curation.yml:3: a: keep_lines: line 99 of a.txt"):
        curated(project, "a:\n  note: x\n  keep_lines: [99]\n")


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("a:\n  sorce: Reuters\n", 2, "unknown key 'sorce'"),
        ("a:\n  title: T\n  date: 2023-13-01\n", 3, "'2023-13-01' is not a date"),
        ("a:\n  date: July 5, 2023\n", 2, "expected YYYY-MM-DD"),
        ("a:\n  date: 2023-7-5\n", 2, "expected YYYY-MM-DD"),
        ("a:\n  tags: [Japan, Korea]\n", 2, "tag 'Korea' is not in the taxonomy"),
        ("a:\n  hide: yes please\n", 2, "hide: expected true or false"),
        ("a:\n  keep_lines: [0]\n", 2, "keep_lines: expected line numbers"),
        ("a:\n  title: ''\n", 2, "found an empty value"),
        ("a:\n  title: [x]\n", 2, "expected title"),
        ("a: {title: A}\na: {title: B}\n", 2, "'a' is given twice (first on line 1)"),
        ("a: hide\n", 1, "expected a mapping of corrections for 'a'"),
        ("- a\n", 1, "expected a mapping of article id"),
        ("a:\n  title: 'open\n", 3, "not valid YAML"),
        # The `sources:` section.
        ("sources: [AP]\n", 1, "expected sources: to map each name pages give to the name"),
        ("sources:\n  AP: [x]\n", 2, "expected sources: the name to show for 'AP'"),
        ("sources:\n  AP: ''\n", 2, "found an empty value"),
        ("sources:\n  AP: null\n", 2, "give it `source: null` in its entry"),
        (
            "sources:\n  AP: Associated Press\n  ap: AP\n",
            3,
            "sources: 'ap' is given twice, case and spacing aside (first on line 2)",
        ),
        (
            "sources:\n  NYT: New York Times\n  New York Times: The New York Times\n",
            2,
            "'New York Times' is itself shown as 'The New York Times' (line 3)",
        ),
        (
            "sources:\n  The AP: AP\n",
            2,
            "'AP' is itself shown as 'Associated Press' (by the table of news agencies)",
        ),
        ("sources:\n  date: 2024-04-02\n", 2, "'date' is a key of an article's entry"),
    ],
)
def test_malformed_file_names_file_line_and_reason(project, text, line, reason):
    """Every mistake stops loading with the file, the line and what was expected."""
    error = load_error(project, text)
    assert error.line == line and reason in error.reason
    assert str(error).startswith(f"{project / 'curation.yml'}:{line}: ")


def test_unknown_id_names_its_line_and_the_nearest_id(project):
    """An id no seed has is an error on its line, suggesting the id meant."""
    (project / "curation.yml").write_text("a: {pin: true}\nc_typo: {pin: true}\n")
    curation = load_curation(project / "curation.yml", load_taxonomy(project / "taxonomy.yml"))
    with pytest.raises(ConfigError) as raised:
        check_ids(curation, ["a", "b", "c_type"])
    assert raised.value.line == 2
    assert "unknown article id 'c_typo'; did you mean 'c_type'?" in str(raised.value)


def test_missing_and_empty_files_mean_no_corrections(project):
    """No curation file, or one with only comments, changes nothing."""
    taxonomy = load_taxonomy(project / "taxonomy.yml")
    assert load_curation(project / "absent.yml", taxonomy).entries == {}
    (project / "curation.yml").write_text("# nothing yet\n")
    assert load_curation(project / "curation.yml", taxonomy).entries == {}


def test_hint_names_missing_fields_and_cannot_be_pasted_blank(project):
    """The hint lists what is missing; pasted unfilled it fails, filled in it fixes them."""
    articles = curated(project, "")
    assert missing_metadata(articles["a"]) == ["date"]
    c = articles["c"]
    assert missing_metadata(c) == ["date", "source"]
    hint = curation_hint(c)
    assert hint == "c: {date: YYYY-MM-DD, source: ''}"
    assert "expected YYYY-MM-DD" in load_error(project, hint + "\n").reason
    filled = hint.replace("YYYY-MM-DD", "2024-04-02").replace("''", "Nikkei")
    assert missing_metadata(curated(project, filled + "\n")["c"]) == []


def test_shipped_curation_file_loads(seed_articles):
    """The project's own curation.yml is valid against its taxonomy and seeds."""
    root = Path(__file__).resolve().parents[1]
    curation = load_curation(root / "curation.yml", load_taxonomy(root / "taxonomy.yml"))
    check_ids(curation, [article.id for article in seed_articles])


@pytest.mark.parametrize(
    "value", ["0x1F", "0b11", "1:30", "017", "1_000", "0o17", "+5", "1e3", "3.0", "~", "[2]"]
)
def test_a_line_number_in_another_form_is_one_line_at_the_build(project, value):
    """`digest build` with a line number YAML reads as hex, octal, sexagesimal or with
    underscores stops with one line naming the file, the line and the plain decimals
    expected, never a traceback."""
    error = config_error(project, "curation.yml", f"# corrections\na:\n  keep_lines: [{value}]\n")
    assert error.startswith(f"error: {project / 'curation.yml'}:3: keep_lines: "), error
    assert "line numbers (1, 2, …)" in error


def test_a_file_nested_too_deep_is_one_line_at_the_build(project):
    """20,000 nested `[` stop the build with the file, the line and the reason, not
    Python's RecursionError."""
    deep = "[" * 20_000 + "]" * 20_000
    error = config_error(project, "curation.yml", f"a:\n  note: x\n  keep_lines: {deep}\n")
    assert error.startswith(f"error: {project / 'curation.yml'}:3: "), error
    assert "nested more than" in error


def test_an_escape_no_file_can_hold_is_one_line_at_the_build(project):
    """A lone surrogate written as a YAML escape (`"\\ud800"`) cannot be written to any
    page: the build stops on its line, where it would have crashed writing content/."""
    error = config_error(project, "curation.yml", 'a:\n  note: "Fixed \\ud800"\n')
    assert error.startswith(f"error: {project / 'curation.yml'}:2: "), error
    assert "surrogate" in error


def _page_sourced(id_: str, source: str, story: str = "") -> Article:
    """An article whose publication the metadata stage read from its page as `source`."""
    body = (Line(1, "Japan will tighten export controls on chipmaking tools.", Verdict.BODY),)
    return Article(
        id=id_,
        filename=f"{id_}.txt",
        text="",
        lines=body,
        title=f"Report {id_}",
        title_from="page",
        source=source,
        source_from="page",
        story=story or id_,
        slug=id_,
    )


def test_an_agencys_names_are_one_source_on_every_page():
    """`AP`, `The Associated Press` and `Associated Press`, or `REUTERS` and `Thomson
    Reuters`, as pages give them, are one publication on the sources page, each name
    still marked as read from the page; other publications keep their names."""
    found = ["AP", "The Associated Press", "Associated  press", "REUTERS", "Thomson Reuters"]
    found += ["Agence France-Presse", "dpa-infocom", "The Japan Times"]
    articles = [_page_sourced(f"a{i}", name) for i, name in enumerate(found)]
    named = apply_curation(articles, Curation(), Taxonomy())
    assert [a.source for a in named] == [
        *["Associated Press"] * 3,
        *["Reuters"] * 2,
        "AFP",
        "dpa",
        "The Japan Times",
    ]
    assert {a.source_from for a in named} == {"page"}
    sections = re.findall(r"^## (.+?) \{", render_sources(named), re.M)
    assert sections == ["AFP", "Associated Press", "dpa", "Reuters", "The Japan Times"]


def test_a_publication_spelled_two_ways_is_one_source():
    """`Guardian` and `The Guardian`, `TIME` and `TIME.COM`, as two pages spell them, are
    one publication on the sources page: shown as most of its articles spell it, else
    the fuller spelling, and still marked as read from the page."""
    found = ["The Guardian", "Guardian", "Guardian", "TIME", "TIME.COM", "The Hill"]
    articles = [_page_sourced(f"a{i}", name) for i, name in enumerate(found)]
    named = apply_curation(articles, Curation(), Taxonomy())
    assert [a.source for a in named] == [*["Guardian"] * 3, *["TIME.COM"] * 2, "The Hill"]
    assert {a.source_from for a in named} == {"page"}
    sections = re.findall(r"^## (.+?) \{", render_sources(named), re.M)
    assert sections == ["Guardian", "The Hill", "TIME.COM"]


def test_a_newsrooms_name_with_its_closing_news_is_one_source():
    """`Al Jazeera` and `Al Jazeera News` are one publication, and so are `CTV News` and
    `CTVNews` (a saved page's declared name run together); `Fox News` and `Fox
    Business`, two."""
    found = ["Al Jazeera", "Al Jazeera News", "Al Jazeera", "Fox News", "Fox Business"]
    found += ["CTV News", "CTVNews", "CTV News"]
    articles = [_page_sourced(f"a{i}", name) for i, name in enumerate(found)]
    named = apply_curation(articles, Curation(), Taxonomy())
    assert [a.source for a in named] == [
        *["Al Jazeera"] * 3,
        "Fox News",
        "Fox Business",
        *["CTV News"] * 3,
    ]


def test_a_name_run_together_or_as_a_handle_names_one_publication():
    """`usatoday` (a site's declared label) and `USA TODAY`, `@TIME` and `TIME`: one
    publication each, shown as the fuller spelling when as many articles give each."""
    found = ["usatoday", "USA TODAY", "@TIME", "TIME", "TIME"]
    articles = [_page_sourced(f"a{i}", name) for i, name in enumerate(found)]
    named = apply_curation(articles, Curation(), Taxonomy())
    assert [a.source for a in named] == [*["USA TODAY"] * 2, *["TIME"] * 3]


def test_a_magazines_name_with_its_closing_magazine_is_one_source():
    """`Slate Magazine` (a saved page's declared name) and `Slate` (its text copy's)."""
    found = ["Slate", "Slate Magazine", "Slate"]
    articles = [_page_sourced(f"a{i}", name) for i, name in enumerate(found)]
    named = apply_curation(articles, Curation(), Taxonomy())
    assert [a.source for a in named] == ["Slate"] * 3


def test_the_curators_spelling_of_a_publication_wins():
    """A spelling the curator chose in `sources:` is the one shown for every spelling
    of that publication, however few pages give it."""
    articles = [_page_sourced(f"a{i}", name) for i, name in enumerate(["Guardian"] * 2)]
    chosen = Curation(sources={fold("The Guardian"): "The Guardian"})
    articles.append(_page_sourced("a2", "The Guardian"))
    assert {a.source for a in apply_curation(articles, chosen, Taxonomy())} == {"The Guardian"}


def test_the_sources_section_names_a_publication_one_way(project):
    """`sources:` maps each name pages give to the one to show, case aside: on the
    article, in its story's other copies and for a name set in an article's entry,
    which keeps saying who set it; `sources` is no article id."""
    articles = curated(
        project,
        "sources:\n  reuters: Reuters News Agency\n  NYT: The New York Times\nc:\n  source: NYT\n",
    )
    a, b, c = articles["a"], articles["b"], articles["c"]
    assert (a.source, a.source_from) == ("Reuters News Agency", "page")
    assert [copy.source for copy in a.copies] == [b.source] == ["Reuters News Agency"]
    assert (c.source, c.source_from) == ("The New York Times", "curator")


@pytest.mark.parametrize(
    ("table", "shown"),
    [
        ({}, ["Associated Press", "Associated Press"]),
        ({"AP": "AP"}, ["AP", "Associated Press"]),  # one spelling kept as it is
        ({"Associated Press": "AP"}, ["AP", "AP"]),  # the agency's every name
        ({"The Associated Press": "The AP"}, ["Associated Press", "The AP"]),
    ],
)
def test_the_curators_name_comes_before_the_table_of_agencies(table, shown):
    """A name in `sources:` wins over the table, for the name as found or for the name
    the table gives the agency, and is shown as the curator wrote it."""
    chosen = {fold(name): to for name, to in table.items()}
    assert [shown_source(name, chosen) for name in ("AP", "The Associated Press")] == shown


def test_a_sources_mistake_is_one_line_at_the_build(project):
    """`digest build` with a name mapped to a name mapped elsewhere stops with one line."""
    text = "# one name each\nsources:\n  FT: Financial Times\n  Financial Times: The FT\n"
    error = config_error(project, "curation.yml", text)
    assert error.startswith(f"error: {project / 'curation.yml'}:3: sources: "), error
