"""Tests for rendering: scraped text stays text, front matter round-trips, slugs are safe."""

import pickle
import re
from html import unescape

import markdown
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from digest.article import Article
from digest.article_parts import Copy, Line, Verdict
from digest.clean.report import render_cleaning_report
from digest.site.frontmatter import front_matter_yaml
from digest.site.render import (
    assign_slugs,
    body_markdown,
    escape_markdown,
    front_matter,
    reading_minutes,
    render_article,
    render_key,
    with_slugs,
)

EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "pymdownx.snippets"]


def rendered_text(source: str) -> str:
    """Render Markdown as the site does and return the visible text."""
    html = markdown.markdown(source, extensions=EXTENSIONS)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def test_hostile_markup_renders_as_text():
    """HTML, links, includes and block markup from a scrape are shown, not obeyed."""
    for text in [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '--8<-- "/etc/passwd"',
        "# not a heading",
        "1. not a list",
        "- not a list",
        "> not a quote",
        "!!! note",
        "Fish &amp; chips {: .x } *a* _b_ `c` | d",
    ]:
        assert rendered_text(escape_markdown(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1))
def test_escaped_text_renders_to_itself(text):
    """Any single line, once escaped, renders to the same visible text."""
    line = " ".join(text.split())
    if line:
        assert rendered_text(escape_markdown(line)) == line


_MAYBE_TEXT = st.one_of(st.none(), st.text())
# Values a scraped page puts where YAML or Markdown syntax goes.
_TRICKY = st.sampled_from(
    [
        "---",
        "...",
        "key: value",
        "- item",
        "# x",
        "{a: 1}",
        "'",
        '"',
        "|",
        "*",
        "&a",
        "!!python/object:os.system",
        "null",
        "yes",
        "1e3",
        "2023-05-26",
        "\n---\n",
    ]
)
_VALUE = st.one_of(st.text(max_size=120), _TRICKY)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(st.text(min_size=1, max_size=60), _TRICKY),
    _VALUE,
    st.one_of(st.none(), _VALUE),
    st.lists(_VALUE, max_size=3),
    _VALUE,
    st.lists(_VALUE, max_size=3),
    st.lists(st.tuples(_VALUE, st.one_of(st.none(), _VALUE)), max_size=2),
)
def test_front_matter_round_trips(seed_id, title, source, authors, description, tags, copies):
    """Whatever the metadata, the front matter loads back to the same values, in MkDocs too."""
    article = Article(
        id=seed_id,
        filename=f"{seed_id}.txt",
        text="",
        title=title or "t",
        source=source,
        authors=tuple(authors),
        dateline=source,
        description=description,
        tags=tuple(tags),
        copies=tuple(Copy(f"c{n}", t, s, f"c{n}") for n, (t, s) in enumerate(copies)),
    )
    text = render_article(article)
    # The front matter ends at a line of its own: a tag's slug may end in `---` (`0---`).
    head, rest = text.removeprefix("---\n").split("\n---\n", 1)
    assert yaml.safe_load(head) == front_matter(article)
    body, meta = get_data(text)
    assert meta == front_matter(article)
    assert body == rest.lstrip("\n")


_LINK = st.fixed_dictionaries(
    {"title": _VALUE, "source": st.one_of(st.none(), _VALUE), "url": _VALUE}
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["title", "id", "tags", "copies", "previous", "pinned", "word_count"]),
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(),
                _VALUE,
                st.lists(_VALUE, max_size=3),
                _LINK,
                st.lists(_LINK, max_size=3),
            ),
        ),
        min_size=1,
        max_size=6,
    ),
    st.lists(_LINK, min_size=1, max_size=2),
)
def test_front_matter_is_what_one_dump_writes(entries, links):
    """Entries dumped one by one and reused make the very text of one `yaml.dump`.

    Run twice so the second pass reads the remembered entries; a list of links is also
    written on its own, so its items are remembered from the first pass.
    """
    meta = dict(entries)
    whole = yaml.dump(
        meta,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        sort_keys=False,
        allow_unicode=True,
        width=1000,
    )
    front_matter_yaml({"related": links})
    assert front_matter_yaml(meta) == whole
    assert front_matter_yaml(meta) == whole


def test_slugs_are_unique_and_stable():
    """Same-title articles get distinct slugs; the page's own headline keeps it bare."""
    a = Article(id="001", filename="001.txt", text="", title="Chips: a deal!", title_from="page")
    b = Article(id="002", filename="002.txt", text="", title="Chips — a deal?", title_from="page")
    c = Article(id="000", filename="000.txt", text="", title="Chips: a deal", title_from="story")
    slugs = [x.slug for x in assign_slugs([b, a, c])]
    assert slugs == ["chips-a-deal-002", "chips-a-deal", "chips-a-deal-000"]
    assert [x.slug for x in assign_slugs([c, a, b])] == [slugs[2], slugs[1], slugs[0]]


def test_a_slug_does_not_change_when_unidecode_is_installed(monkeypatch):
    """Slugs spell letters beyond ASCII with text-unidecode alone: installing Unidecode
    (here a stand-in that spells everything `x`) for some other tool moves no URL."""
    import sys
    import types

    stand_in = types.ModuleType("unidecode")
    stand_in.unidecode = lambda text: "x" * len(text)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "unidecode", stand_in)
    article = Article(id="p", filename="p.txt", text="", title="Zürich öffnet Büro")
    assert with_slugs(article).slugs[0][2] == "zurich-offnet-buro"


def test_reading_time_is_at_least_a_minute():
    """Even a short article takes a minute; long ones round up."""
    assert reading_minutes(10) == 1
    assert reading_minutes(231) == 2


def test_body_markdown_renders_each_kind_of_kept_line():
    """Paragraphs, subheadings and list items become their Markdown forms; dropped lines vanish."""
    from digest.article_parts import Line, Verdict

    lines = [
        Line(1, "Menu", Verdict.NAVIGATION),
        Line(2, "A paragraph.", Verdict.BODY),
        Line(3, "A subheading", Verdict.SUBHEADING),
        Line(4, "first item", Verdict.LIST_ITEM),
        Line(5, "second item", Verdict.LIST_ITEM),
        Line(6, "After.", Verdict.BODY),
    ]
    assert body_markdown(lines) == (
        "A paragraph.\n\n## A subheading\n\n- first item\n- second item\n\nAfter."
    )
    # An item the page printed its bullet for is a list's item, with one bullet, not two;
    # so is a paragraph an extractor wrote a list's bullet before.
    bulleted = [
        Line(1, "• first item", Verdict.LIST_ITEM),
        Line(2, "- second", Verdict.LIST_ITEM),
        Line(3, "- third, kept as text", Verdict.BODY),
    ]
    assert body_markdown(bulleted) == "- first item\n- second\n- third, kept as text"
    # A table's rows become a Markdown table, its cells' text escaped, its rule rewritten.
    rows = ["| Team | Sets |", "|---|---|", "| Gulf *Tide* | 2 |", "| Summit | 3 |"]
    table = [Line(i, row, Verdict.BODY) for i, row in enumerate(rows)]
    assert body_markdown(table) == (
        "| Team | Sets |\n| --- | --- |\n| Gulf \\*Tide\\* | 2 |\n| Summit | 3 |"
    )


def test_cleaning_report_groups_removed_lines_by_reason():
    """Each article gets one block: removed lines by reason, with numbers, as the seed has them.

    The blocks are the front matter's data, shown (escaped) by overrides/report.html;
    the built page's escaping is tested in tests/test_build.py.
    """
    lines = (
        Line(1, "Select Page", Verdict.NAVIGATION),
        Line(2, "Chips pact signed", Verdict.HEADLINE),
        Line(3, "The pact was signed in Tokyo on Monday, officials said.", Verdict.BODY),
        Line(4, "<b>Share</b> on *Facebook*", Verdict.CALL_TO_ACTION),
        Line(5, "Subscribe: #1 'newsletter' ---", Verdict.CALL_TO_ACTION),
    )
    article = Article(id="a", filename="a.txt", text="", lines=lines, title="Chips", slug="chips")
    report = render_cleaning_report([article])
    body, meta = get_data(report)
    assert meta["template"] == "report.html"
    assert meta["articles"] == [
        {
            "title": "Chips",
            "slug": "chips",
            "seed": "a.txt",
            "counts": "4 of 5 lines removed (12 of 22 words)",
            "removed": [
                ["headline", ["line 2: Chips pact signed"]],
                [
                    "call to action (subscribe, share, follow, search)",
                    [
                        "line 4: <b>Share</b> on *Facebook*",
                        "line 5: Subscribe: #1 'newsletter' ---",
                    ],
                ],
                ["navigation before the article", ["line 1: Select Page"]],
            ],
        }
    ]
    assert body.startswith("# Cleaning report\n") and "**1 articles, 4 lines removed.**" in body


_SAFE_SEGMENT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TITLES = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        ["Chip pact signed", "Chip Pact: Signed!", "---", "index", "README", "日本", "🙂"]
    ),
)
_ARTICLE_SPECS = st.lists(
    st.tuples(
        st.one_of(
            st.text(min_size=1, max_size=60),
            st.sampled_from(["a", "A", "a b", "a-b", "Café", "cafe"]),
        ),
        _TITLES,
        st.sampled_from(["page", "story", "lede", None]),
    ),
    max_size=8,
    unique_by=lambda spec: spec[0],
)


@settings(max_examples=500, deadline=None)
@given(_ARTICLE_SPECS, st.randoms(use_true_random=False))
def test_slugs_are_unique_stable_and_safe_path_segments(specs, shuffler):
    """Any titles and ids give unique slugs, safe as a file name, whatever the input order.

    An article with a headline of its own adds no clash and moves no other URL.
    """
    articles = [
        Article(id=i, filename=f"{i}.txt", text="", title=t, title_from=f) for i, t, f in specs
    ]
    slugs = {a.id: a.slug for a in assign_slugs(articles)}
    assert len(set(slugs.values())) == len(slugs)
    for slug in slugs.values():
        assert _SAFE_SEGMENT.fullmatch(slug), slug
        assert len(f"{slug}.md".encode()) < 255 and slug not in ("index", "readme")
    shuffled = list(articles)
    shuffler.shuffle(shuffled)
    assert {a.id: a.slug for a in assign_slugs(shuffled)} == slugs
    newcomer = Article(id="zz-new", filename="zz-new.txt", text="", title="Qx unrelated zq")
    assume(not any(s.startswith("qx-unrelated-zq") for s in slugs.values()))
    with_newcomer = {a.id: a.slug for a in assign_slugs([newcomer, *shuffled])}
    assert {key: with_newcomer[key] for key in slugs} == slugs


def test_a_long_cleaning_report_is_split_into_linked_parts(monkeypatch):
    """Past PART_SIZE articles the report sums up and links to parts, each linking back."""
    from digest.clean import report

    monkeypatch.setattr(report, "PART_SIZE", 2)
    line = (Line(1, "Subscribe", Verdict.CALL_TO_ACTION), Line(2, "Body text.", Verdict.BODY))
    articles = [
        Article(id=f"a{n}", filename=f"a{n}.txt", text="", lines=line, title="T", slug=f"t{n}")
        for n in range(5)
    ]
    files = report.report_files(articles, [a.id for a in articles], {})
    assert sorted(files) == [
        "cleaning-report.md",
        "cleaning-report/part-1.md",
        "cleaning-report/part-2.md",
        "cleaning-report/part-3.md",
    ]
    index = files["cleaning-report.md"]
    assert "**5 articles, 5 lines removed.**" in index
    assert "[Part 3](cleaning-report/part-3.md): a4 to a4, 1 articles" in index
    assert "<details" not in index
    body, meta = get_data(files["cleaning-report/part-1.md"])
    assert [entry["slug"] for entry in meta["articles"]] == ["t0", "t1"]
    assert "[All parts](../cleaning-report.md)" in body
    assert "articles" not in get_data(index)[1]
    edited = [
        articles[0].evolve(lines=(line[0], Line(2, "Other text.", Verdict.BODY))),
        *articles[1:],
    ]
    again = report.report_files(edited, ["changed", *(a.id for a in articles[1:])], {})
    assert again.key("cleaning-report.md") == files.key("cleaning-report.md")  # same counts
    assert again.key("cleaning-report/part-1.md") != files.key("cleaning-report/part-1.md")
    assert again.key("cleaning-report/part-2.md") == files.key("cleaning-report/part-2.md")


def test_the_render_key_changes_with_anything_the_page_shows():
    """A page is rendered again when a field, a line's verdict or the text changes, and
    only then: a pickled article (the cache, the worker pool) keeps its key."""
    lines = (Line(1, "Headline", Verdict.HEADLINE), Line(2, "A body line.", Verdict.BODY))
    article = Article("a", "a.txt", "Headline\nA body line.\n", lines, title="Headline")
    key = render_key(article)
    assert render_key(pickle.loads(pickle.dumps(article))) == key
    assert render_key(article.evolve(related=())) == key
    dropped = (lines[0], lines[1]._replace(verdict=Verdict.CURATOR))
    unpickled = pickle.loads(pickle.dumps(article))
    assert render_key(unpickled.evolve(lines=dropped)) == render_key(article.evolve(lines=dropped))
    changed = [
        article.evolve(title="Another"),
        unpickled.evolve(lines=dropped),
        article.evolve(text="Headline\nA body line!\n"),
        article.evolve(later=Copy("b", "B", None, "b")),
    ]
    assert len({key, *(render_key(other) for other in changed)}) == len(changed) + 1
