"""Whole-seed checks: golden cleaned bodies, metadata, and boilerplate that must be gone."""

from pathlib import Path

import pytest

from digest.site.render import body_markdown

GOLDEN = Path(__file__).parent / "golden"

# Leftovers from the five seeds; none may appear in a cleaned body.
BOILERPLATE = [
    "Select Page",
    "Type to search",
    "0 comments",
    "High views",
    "2min",
    "WhatsApp",
    "WhatApp",
    "Sales Team",
    "Subscribe",
    "Successfully Subscribed",
    "Pin It on Pinterest",
    "Photo:",
    "Also on AF",
    "Also read",
    "Read also",
    "Reporting by",
    "Source: The Japan Times",
    "Vishakha Saxena",
    "AF China Bond",
    "By Sam Nussey",
]

EXPECTED = {
    "000": {
        "date": None,
        "source": "Reuters",
        "authors": ("Sam Nussey", "Tim Kelly"),
        "dateline": "Tokyo",
        "title_from": "story",
    },
    "001": {
        "date": "2023-07-05",
        "source": None,
        "authors": (),
        "dateline": None,
        "title_from": "page",
    },
    "002": {
        "date": None,
        "source": "Reuters",
        "authors": ("Vishakha Saxena",),
        "dateline": None,
        "title_from": "page",
    },
    "003": {
        "date": "2023-05-26",
        "source": "Reuters",
        "authors": (),
        "dateline": None,
        "title_from": "page",
    },
    "004": {
        "date": None,
        "source": "The Japan Times",
        "authors": (),
        "dateline": None,
        "title_from": "lede",
    },
}


def test_golden_bodies(seed_articles):
    """Each seed's cleaned body is exactly its reviewed golden file."""
    for article in seed_articles:
        expected = (GOLDEN / f"{article.id}.md").read_text(encoding="utf-8")
        assert body_markdown(article.lines) + "\n" == expected, article.id


@pytest.mark.parametrize("phrase", BOILERPLATE)
def test_no_boilerplate_in_any_body(seed_articles, phrase):
    """No leftover of page furniture survives cleaning."""
    for article in seed_articles:
        assert phrase not in body_markdown(article.lines), article.id


def test_seed_metadata(seed_articles):
    """Every field the seeds evidence is found; what they do not evidence stays empty."""
    for article in seed_articles:
        expected = EXPECTED[article.id[:3]]
        found = {key: getattr(article, key) for key in expected}
        assert found == expected, article.id


def test_seed_titles(seed_articles):
    """Headlines come from the page; the headless wire copy borrows its report's."""
    titles = {a.id[:3]: a.title for a in seed_articles}
    assert (
        titles["001"]
        == "EU, Japan Team up to Advance Semiconductors, Cybersecurity and Undersea Cables"
    )
    assert titles["002"] == "EU to Beef Up Japan Ties on Chips, AI to ‘De-Risk’ From China"
    assert titles["000"] == titles["002"]
    assert titles["003"].startswith("Japan and US to commit to closer chip cooperation")
    assert titles["004"].startswith("The United States has asked the Japanese government")
