"""Tests for the links an article page offers: earlier/later by date and related stories."""

from digest.article import Article
from digest.site import related as related_module
from digest.site.related import MAX_RELATED, chronological, link_neighbours


def make(id_, date=None, tags=(), story=None):
    """An article with only what the neighbours stage reads."""
    return Article(
        id=id_, filename="", text="", title=id_, slug=id_, date=date, tags=tags, story=story or id_
    )


def test_earlier_and_later_follow_the_dates_undated_last():
    """Neighbours follow the dates; undated articles come after, never given a date, but
    the newest story's `Later` is no undated one; another copy of the story is no story
    before or after it."""
    articles = [
        make("c", "2023-03-01"),
        make("u"),
        make("a", "2023-01-01"),
        make("b", "2023-02-01"),
        make("b2", "2023-02-02", story="b"),
    ]
    assert [a.id for a in chronological(articles)] == ["a", "b", "b2", "c", "u"]
    linked = {a.id: a for a in link_neighbours(articles)}
    assert linked["a"].earlier is None and linked["a"].later.id == "b"
    assert linked["b"].earlier.id == "a" and linked["b"].later.id == "c"
    assert linked["b2"].earlier.id == "a" and linked["b2"].later.id == "c"
    assert linked["c"].earlier.id == "b2" and linked["c"].later is None
    assert linked["u"].earlier.id == "c" and linked["u"].later is None


def test_related_stories_share_tags_most_shared_first():
    """Related stories share a tag, most shared tags first, never the article's own story."""
    articles = [
        make("x", "2023-01-01", ("chips", "japan")),
        make("copy", "2023-01-02", ("chips", "japan"), story="x"),
        make("one", "2023-01-03", ("chips",)),
        make("two", "2023-06-01", ("chips", "japan")),
        make("none", "2023-01-04", ("eu",)),
    ]
    related = {a.id: a.related for a in link_neighbours(articles)}
    assert [c.id for c in related["x"]] == ["two", "one"]
    assert [c.id for c in related["none"]] == []


def test_related_stories_are_at_most_max_related():
    """However many share a tag, an article lists MAX_RELATED, the nearest in time."""
    articles = [make(f"a{i:02}", f"2023-01-{i + 1:02}", ("chips",)) for i in range(20)]
    related = link_neighbours(articles)[10].related
    assert len(related) == MAX_RELATED
    assert [c.id for c in related] == ["a09", "a11", "a08", "a12", "a07"]


def test_a_kept_ranking_gives_the_same_links_under_todays_titles(monkeypatch):
    """The last ranking is reused while no id, date, tag or story changed; titles are
    read afresh; a changed tag ranks again."""
    articles = [
        make("x", "2023-01-01", ("chips", "japan")),
        make("one", "2023-01-03", ("chips",)),
        make("two", "2023-06-01", ("chips", "japan")),
    ]
    memo: dict[str, list[list[int]]] = {}
    first = link_neighbours(articles, memo)
    assert first == link_neighbours(articles)
    ranked: list[int] = []
    real = related_module._related
    monkeypatch.setattr(
        related_module, "_related", lambda here, *rest: ranked.append(here) or real(here, *rest)
    )
    retitled = [articles[0], articles[1].evolve(title="A new title"), articles[2]]
    again = link_neighbours(retitled, memo)
    assert ranked == []
    assert again == link_neighbours(retitled)
    assert [c.title for c in again[0].related] == ["two", "A new title"]
    retagged = [articles[0], articles[1].evolve(tags=("eu",)), articles[2]]
    assert link_neighbours(retagged, memo) == link_neighbours(retagged)
    assert ranked != []
