"""Tests for metadata extraction: each field from the page, and nothing invented."""

import pytest

from digest.article import Article, PageMeta
from digest.clean import clean
from digest.metadata import extract_metadata, parse_date, split_names

LEDE = (
    "TOKYO (Reuters) -The European Union will deepen cooperation with Japan on chips, its "
    "industry chief said on Monday. Officials gave no further details of the plan."
)
SECOND = (
    "The two sides will monitor the chip supply chain together and exchange researchers "
    "and engineers, officials said after the meeting."
)


def metadata(*lines: str) -> Article:
    """Clean the lines as one page and extract its metadata."""
    text = "\n\n".join(lines)
    return extract_metadata(Article(id="x", filename="x.txt", text=text, lines=clean(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jul 5, 2023 | Global Onsite Activity | 0 comments", "2023-07-05"),
        ("2023-05-26 | 03:40", "2023-05-26"),
        ("5 July 2023", "2023-07-05"),
        ("Sept. 14th, 2022", "2022-09-14"),
        ("said on Monday", None),
        ("2023-02-30", None),
    ],
)
def test_parse_date_forms(text, expected):
    """Common written dates parse to ISO 8601; weekdays and impossible dates do not."""
    assert parse_date(text) == expected


def test_published_wins_over_updated():
    """Of `Published ... Updated ...`, the publication date is the article's date."""
    article = metadata(
        "Chip pact signed in Tokyo today",
        "Updated Jul 9, 2023 · Published Jul 5, 2023",
        LEDE,
        SECOND,
    )
    assert article.date == "2023-07-05"


def test_wire_dateline_gives_city_and_source():
    """`TOKYO (Reuters) -` names the dateline city and the source."""
    article = metadata("By Sam Nussey", LEDE, SECOND)
    assert (article.dateline, article.source, article.authors) == (
        "Tokyo",
        "Reuters",
        ("Sam Nussey",),
    )
    assert article.dateline_from == article.source_from == article.authors_from == "page"


def test_explicit_source_credit_wins():
    """`Source: X` names the publication."""
    assert metadata(LEDE, SECOND, "Source: The Japan Times").source == "The Japan Times"


def test_nothing_evidenced_stays_empty():
    """A page with no headline, date, byline or credit gets none, and says so."""
    article = metadata(LEDE.replace("TOKYO (Reuters) -", ""), SECOND)
    assert article.date is None and article.date_from is None
    assert article.source is None and article.source_from is None
    assert article.authors == () and article.authors_from is None
    assert article.title_from == "lede"
    assert article.title.startswith("The European Union will deepen cooperation")


def test_desk_bylines_are_not_names():
    """`Staff Reporter` and agency names are not authors; people are."""
    assert split_names("Sam Nussey and Tim Kelly") == ["Sam Nussey", "Tim Kelly"]
    assert split_names("Staff Reporter") == []
    assert split_names("Reuters") == []


def test_description_is_standfirst_or_lede_sentences():
    """The standfirst is the description; without one, the lede's first sentences."""
    standfirst = (
        "The move comes as Japan works to revitalise its chip industry and the bloc looks to "
        "reduce its dependence on China"
    )
    assert metadata("Chip pact signed in Tokyo", standfirst, LEDE, SECOND).description == standfirst
    assert metadata(LEDE, SECOND).description.startswith("The European Union will deepen")


def test_page_meta_fills_only_what_the_lines_leave_empty():
    """A web page's own title, date, authors and site name are the last resort."""
    meta = PageMeta(
        title="Chip pact signed | Example News",
        date="2023-08-01",
        authors=("Jane Doe", "Reuters Staff"),
        site_name="Example News",
    )
    text = "\n\n".join(["By Sam Nussey", LEDE, SECOND])
    article = extract_metadata(
        Article(id="x", filename="x.html", text=text, lines=clean(text), page_meta=meta)
    )
    assert (article.title, article.title_from) == ("Chip pact signed", "page")
    assert (article.date, article.date_from) == ("2023-08-01", "page")
    assert article.authors == ("Sam Nussey",), "the byline wins over the markup"
    assert article.source == "Reuters", "the wire credit wins over the site name"

    bare = LEDE.replace("TOKYO (Reuters) -", "") + "\n\n" + SECOND
    article = extract_metadata(
        Article(id="y", filename="y.html", text=bare, lines=clean(bare), page_meta=meta)
    )
    assert (article.authors, article.authors_from) == (("Jane Doe",), "page")
    assert (article.source, article.source_from) == ("Example News", "page")
