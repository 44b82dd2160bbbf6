"""Tests for the links kept between builds: they are what the stages would work out."""

from __future__ import annotations

import pickle

import pytest

import digest.pipeline
from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.curation import Curation
from digest.ingest.seeds import Seed, find_seeds, read_seed
from digest.pipeline import Memos, article_from_seed, process_articles
from digest.site.links import links_of
from digest.site.render import with_slugs
from digest.stories.grouping import fingerprint
from digest.tags.taxonomy import load_taxonomy, tag_article
from tests.conftest import ROOT

TAXONOMY = load_taxonomy(ROOT / "taxonomy.yml")


def _prepared(article: Article) -> Article:
    return with_slugs(article.evolve(fingerprint=fingerprint(article)))


@pytest.fixture(scope="module")
def prepared() -> list[Article]:
    """The seeds through the per-seed stages, as `digest/prepare.py` gives them."""
    seeds = [read_seed(path) for path in find_seeds(ROOT / "seeds")]
    assert all(isinstance(seed, Seed) for seed in seeds)
    return [_prepared(tag_article(article_from_seed(s), TAXONOMY)) for s in seeds]  # type: ignore[arg-type]


def _with(articles: list[Article], index: int, **changes: object) -> list[Article]:
    changed = list(articles)
    changed[index] = _prepared(changed[index].evolve(**changes))
    return changed


def _build(articles: list[Article], memos: Memos | None = None) -> list[Article]:
    return process_articles(articles, Curation(), TAXONOMY, {"about"}, memos)


def _kept_without(
    stage: str, articles: list[Article], memos: Memos, monkeypatch: pytest.MonkeyPatch
) -> list[Article]:
    """Build `articles` with `memos` while the pipeline's `stage` must not run, and
    check the result is what a build without memos makes."""
    monkeypatch.setattr(digest.pipeline, stage, None)  # must not be called
    kept = _build(articles, memos)
    monkeypatch.undo()
    assert kept == _build(articles)
    return kept


def test_kept_links_are_reused_when_a_body_changes_and_equal_a_fresh_build(prepared, monkeypatch):
    """A longer body leaves the links as they were: they are put back, not worked out,
    and the articles are those a build without memos makes, to the digest of their fields."""
    memos = Memos({}, {}, {})
    _build(prepared, memos)
    longer = (*prepared[3].lines, Line(999, "A sentence the curator added.", Verdict.BODY))
    edited = _with(prepared, 3, lines=longer)
    kept = _kept_without("link_neighbours", edited, memos, monkeypatch)
    assert [a.shown_digest for a in kept] == [a.shown_digest for a in _build(edited)]


def test_a_new_description_links_nothing_again_and_shows_on_the_page(prepared, monkeypatch):
    """The linking stages read no description: an edited first paragraph (most
    articles' description) puts the kept links back, and the article's shown fields,
    which its page's key is made of, hold the new description."""
    memos = Memos({}, {}, {})
    before = _build(prepared, memos)
    described = _with(prepared, 3, description="A description the curator rewrote.")
    kept = _kept_without("link_neighbours", described, memos, monkeypatch)
    assert [a.shown_digest for a in kept] == [a.shown_digest for a in _build(described)]
    assert kept[3].shown_digest != before[3].shown_digest
    assert kept[3].listed_digest == before[3].listed_digest


def test_a_new_byline_or_dateline_links_nothing_again(prepared, monkeypatch):
    """Authors, dateline, link to the original and note show on the article's page
    only: a curator's correction of one puts the kept links back, and the article's
    shown fields, which its page's key is made of, hold it."""
    memos = Memos({}, {}, {})
    before = _build(prepared, memos)
    corrected = _with(prepared, 3, authors=("A. Curator",), dateline="Lisbon", note="Fixed.")
    kept = _kept_without("link_neighbours", corrected, memos, monkeypatch)
    assert [a.shown_digest for a in kept] == [a.shown_digest for a in _build(corrected)]
    assert kept[3].shown_digest != before[3].shown_digest
    assert kept[3].listed_digest == before[3].listed_digest


def test_the_linking_stages_read_none_of_the_fields_only_a_page_shows(prepared):
    """Every article's description, authors, dateline, link and note changed: the same
    links, as `links_key` (which leaves them out) promises."""
    changed = [
        article.evolve(
            description="Other.",
            authors=("Someone Else",),
            authors_from="curator",
            dateline="Nowhere",
            dateline_from="curator",
            url="https://example.org/elsewhere",
            url_from="curator",
            note="A note.",
        )
        for article in prepared
    ]

    def links(articles: list[Article]) -> list[tuple[object, ...]]:
        return [entry[:-2] for entry in links_of(_build(articles), articles)]  # no shown digests

    assert links(changed) == links(prepared)


def test_a_new_title_works_the_links_out_again(prepared):
    """The title is in every link to the article: a new one is a new key."""
    memos = Memos({}, {}, {})
    _build(prepared, memos)
    renamed = _with(prepared, 3, title="A new headline for the curator")
    kept = _build(renamed, memos)
    assert kept == _build(renamed)
    assert any(copy.title == "A new headline for the curator" for a in kept for copy in a.related)


def test_the_linking_stages_read_nothing_of_the_lines(prepared):
    """Articles whose text and lines cannot be read get the same links: what `links_key`
    leaves out (the bodies, beyond grouping's partition) cannot change them."""
    bodiless = []
    for article in prepared:
        packed = pickle.loads(pickle.dumps(article))
        del packed.__dict__["_packed"]
        bodiless.append(packed)
    with pytest.raises(AttributeError):
        bodiless[0].lines  # noqa: B018 (out of reach)
    assert links_of(_build(bodiless), bodiless) == links_of(_build(prepared), prepared)


def test_the_partition_is_kept_while_fingerprints_dates_and_headlines_stay(prepared, monkeypatch):
    """A change that leaves every fingerprint, date and headline puts the kept partition
    back without grouping; a new fingerprint groups again, as a build without memos does."""
    memos = Memos({}, {}, {})
    first = _build(prepared, memos)
    noted = _with(prepared, 2, note="A curator's note")
    _kept_without("story_partition", noted, memos, monkeypatch)
    copied = _with(prepared, 4, lines=prepared[0].lines, text=prepared[0].text)
    regrouped = _build(copied, memos)
    assert regrouped == _build(copied)
    assert regrouped[4].story == regrouped[0].story != first[4].story
