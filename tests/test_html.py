"""Tests for saved web pages as seeds: extraction, the page's metadata, no network."""

import socket
from pathlib import Path

import markdown
import pytest

from digest.article_parts import PageMeta, Verdict
from digest.clean.cleaner import clean_extracted
from digest.ingest.pagetext import rejoin_broken_sentences
from digest.ingest.seeds import Problem, Seed, find_seeds, read_seed
from digest.pipeline import article_from_seed
from digest.runinfo import ROOT
from digest.site.render import body_markdown

# A news page as a browser saves it: navigation, headline, byline, a paragraph
# hard-wrapped in the source, a subheading, a share prompt, a footer.
PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chipmakers agree on a packaging standard | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-08-01T09:30:00+09:00">
<link rel="canonical" href="https://news.example.com/2023/08/01/packaging-standard">
</head>
<body>
<header>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/tech">Technology</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Chipmakers agree on a packaging standard</h1>
  <p class="byline">By Jane Doe</p>
  <p>Several chipmakers agreed on Tuesday to share one standard for packaging
  advanced chips, the group said in a statement after a meeting in Tokyo.</p>
  <p>The standard will be published next year, officials said, and the first
  products that follow it are expected in 2025.</p>
  <h2>Why it matters</h2>
  <p>Packaging has become the bottleneck of the industry: the most advanced chips
  are now built from several dies that must be joined inside one package.</p>
  <p>“It didn’t.”</p>
  <p>Share this article on Facebook</p>
</article>
</main>
<footer>
  <p>© 2023 Example News. All rights reserved.</p>
  <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact us</a></li></ul>
</footer>
</body>
</html>
"""
FIRST = (
    "Several chipmakers agreed on Tuesday to share one standard for packaging advanced "
    "chips, the group said in a statement after a meeting in Tokyo."
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to open a network connection fail the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def page_seed(tmp_path: Path, no_network: None) -> Seed:
    """The page saved as `page.html`, read as a seed."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    seed = read_seed(tmp_path / "page.html")
    assert isinstance(seed, Seed)
    return seed


def test_html_files_are_seeds(tmp_path: Path):
    """`.html` and `.htm` files are found next to text seeds."""
    for name in ("a.html", "b.HTM", "c.txt", "d.pdf"):
        (tmp_path / name).write_text(PAGE)
    assert [path.name for path in find_seeds(tmp_path)] == ["a.html", "b.HTM", "c.txt"]


def test_page_text_is_the_article_one_paragraph_per_line(page_seed: Seed):
    """Navigation and footer are gone; a paragraph wrapped in the source is one line."""
    lines = page_seed.text.splitlines()
    assert FIRST in lines
    assert "Why it matters" in lines
    for furniture in ("Technology", "Privacy policy", "All rights reserved"):
        assert furniture not in page_seed.text


def test_page_metadata_comes_from_the_markup(page_seed: Seed):
    """Title without the site suffix, ISO date, author and site name are read."""
    assert page_seed.page_meta == PageMeta(
        title="Chipmakers agree on a packaging standard",
        date="2023-08-01",
        authors=("Jane Doe",),
        site_name="Example News",
        url="https://news.example.com/2023/08/01/packaging-standard",
        guessed_date=None,  # trafilatura guessed the markup's day, which no line shows
    )


def test_page_article_body_and_metadata(page_seed: Seed):
    """The cleaner drops the share prompt and the repeated headline, keeps every paragraph."""
    article = article_from_seed(page_seed)
    body = body_markdown(article.lines)
    assert body.startswith(FIRST)
    assert "## Why it matters" in body
    assert "“It didn’t.”" in body
    assert "Share this article" not in body
    assert {line.text: line.verdict for line in article.removed} == {
        "Chipmakers agree on a packaging standard": Verdict.HEADLINE,
        "Share this article on Facebook": Verdict.CALL_TO_ACTION,
    }
    found = {
        "title": (article.title, article.title_from),
        "date": (article.date, article.date_from),
        "authors": (article.authors, article.authors_from),
        "source": (article.source, article.source_from),
    }
    assert found == {
        "title": ("Chipmakers agree on a packaging standard", "page"),
        "date": ("2023-08-01", "page"),
        "authors": (("Jane Doe",), "page"),
        "source": ("Example News", "page"),
    }


def test_page_without_an_article_is_a_problem(tmp_path: Path, no_network: None):
    """A page with nothing to extract is skipped with a reason, like an empty file."""
    (tmp_path / "empty.html").write_text(
        "<html><head><title>Only a title</title></head><body><script>go()</script></body></html>"
    )
    problem = read_seed(tmp_path / "empty.html")
    assert isinstance(problem, Problem)
    assert problem.filename == "empty.html" and "no article text" in problem.reason


def test_page_in_a_legacy_encoding(tmp_path: Path, no_network: None):
    """A page saved in Windows-1252 decodes to the same text as in UTF-8."""
    (tmp_path / "legacy.html").write_bytes(PAGE.replace("utf-8", "windows-1252").encode("cp1252"))
    seed = read_seed(tmp_path / "legacy.html")
    assert isinstance(seed, Seed)
    assert "“It didn’t.”" in seed.text


def test_extracted_text_keeps_what_only_position_would_drop():
    """On extracted text, short lines and a last paragraph stay; furniture still goes."""
    text = "\n".join(
        [
            "Markets rallied on Tuesday after the central bank held rates, traders said.",
            "Why?",
            "The bank said inflation was slowing faster than it had expected in March.",
            "Photo: Jane Doe / Reuters",
            "Shares closed higher.",
        ]
    )
    verdicts = [line.verdict for line in clean_extracted(text)]
    assert verdicts[3] is Verdict.CAPTION
    assert all(verdict.kept for i, verdict in enumerate(verdicts) if i != 3)


# A page laid out as a table, as older and small sites still are: the menu in one
# cell, the article in the next, its paragraphs separated by line breaks.
TABLE_PAGE = """\
<html><head><meta charset="utf-8"><title>Council approves budget after long debate</title>
</head><body>
<table width="100%"><tr>
<td width="150"><a href="/">Home</a><br><a href="/local">Local</a><br>
<a href="/sports">Sports</a></td>
<td><h1>Council approves budget after long debate</h1>
<p>By Jane Miller, Staff Writer</p>
The city council approved a $4.2 million budget on Tuesday night after a four-hour
debate that stretched past midnight, with members split over road repairs.<br><br>
"We have put this off for three years, and the potholes are not going away," said
council member Ana Ruiz, who pushed for the larger repair fund.<br><br>
The final plan sets aside $1.1 million for streets, up from $600,000 last year, and
trims the parks department's request by about 10 percent.<br><br>
Photo by Tom Reyes / Staff
</td></tr></table></body></html>
"""


def test_a_page_laid_out_as_a_table_is_read_paragraph_by_paragraph(
    tmp_path: Path, no_network: None
):
    """The article in a layout table's cell keeps its paragraphs, one per line, apart
    from the menu cell; its caption goes as on any page."""
    (tmp_path / "table.html").write_text(TABLE_PAGE, encoding="utf-8")
    seed = read_seed(tmp_path / "table.html")
    assert isinstance(seed, Seed)
    body = body_markdown(article_from_seed(seed).lines)
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("The city council approved a $4.2 million budget")
    assert paragraphs[1].startswith('"We have put this off')
    assert paragraphs[2].startswith("The final plan sets aside")
    assert "|" not in body and "Photo by" not in body


def test_a_data_table_with_each_cell_in_a_paragraph_stays_a_table(tmp_path: Path, no_network: None):
    """Some sites wrap every cell of a data table in a paragraph: figures in a few
    words each are data, and keep their rows."""
    cells = "".join(
        f"<tr><td><p>{team}</p></td><td><p>{points}</p></td></tr>"
        for team, points in (("Lions", 9), ("Tigers", 7))
    )
    page = PAGE.replace("<h2>Why it matters</h2>", f"<table>{cells}</table>")
    (tmp_path / "standings.html").write_text(page, encoding="utf-8")
    seed = read_seed(tmp_path / "standings.html")
    assert isinstance(seed, Seed)
    assert "| Lions | 9 |" in seed.text and "| Tigers | 7 |" in seed.text
    # Its rows read as a table on the article's page, not as a stack of subheadings.
    body = body_markdown(article_from_seed(seed).lines)
    assert "| Lions | 9 |" in body and "## |" not in body
    assert "<table>" in markdown.markdown(body, extensions=["tables"])


def test_an_article_precision_mode_cuts_away_is_read_in_full(no_network: None):
    """On a blog platform's post, trafilatura's precision mode keeps the footer (the
    publication's blurb, the author's bio, responses) and cuts the whole article away:
    the default mode's reading, many times longer, is taken instead."""
    folder = ROOT / "tests" / "html_pages" / "set_zq"
    page = folder / "uk_medium_published_in_publication_title_suffix_recommended_rail.html"
    seed = read_seed(page)
    assert isinstance(seed, Seed)
    assert "On a grey Tuesday in October, Yusuf Okonjo stood on the pavement" in seed.text
    assert len(seed.text.split()) > 500


def test_a_sentence_a_writer_broke_by_hand_reads_as_one_paragraph():
    """An old blog wraps its text with `<br>`: a line running on past its comma or into
    a line opening in small letters is one paragraph with it; a list's short items and
    a footer's notice under the text stay lines of their own."""
    wrapped = "\n".join(
        [
            "Recent efforts to bring NumPy to PyPy caused a lot of discussion regarding PyPy,",
            "SciPy and the future of numeric computing in Python.",
            "There were discussions on the topic as well as various blog posts",
            "from the SciPy community who addressed a few issues.",
            "2 cups flour",
            "salt to taste",
            "Milano Design Week 2018 | a preview of the show at Zona Santambrogio",
            "copyright Inexhibit 2019 - ISSN: 2283-5474",
        ]
    )
    assert rejoin_broken_sentences(wrapped).split("\n") == [
        "Recent efforts to bring NumPy to PyPy caused a lot of discussion regarding PyPy, "
        "SciPy and the future of numeric computing in Python.",
        "There were discussions on the topic as well as various blog posts "
        "from the SciPy community who addressed a few issues.",
        "2 cups flour",
        "salt to taste",
        "Milano Design Week 2018 | a preview of the show at Zona Santambrogio",
        "copyright Inexhibit 2019 - ISSN: 2283-5474",
    ]
