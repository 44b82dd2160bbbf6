"""Tests for story grouping: copies join by shared text, different reports stay apart."""

import re
import zlib
from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from digest import stories
from digest.article import Article, Line, Verdict
from digest.stories import (
    MAX_POSTINGS,
    MIN_SHARED_SHINGLES,
    SAME_STORY_CONTAINMENT,
    SAMPLE_EVERY,
    Grouping,
    changed_pairs,
    fingerprint,
    group_stories,
    link_copies,
    pack_sample,
    shingles,
    similar_pairs,
    story_partition,
    story_partition_since,
    unpack_sample,
)

REPORT = (
    "Japan and the United States will issue a joint statement on technology cooperation on "
    "Friday that will commit them to closer research on advanced chips, a source said. "
    "The ministers will meet in Detroit on the sidelines of the trade meeting."
)
OTHER = (
    "The German government approved a request to ban the sale of two electronic component "
    "factories to buyers abroad, a newspaper reported, citing officials in Berlin."
)


def article(id_: str, text: str, headline: str | None = None) -> Article:
    """Make an article whose body is `text`."""
    lines = (Line(1, text, Verdict.BODY),)
    return Article(
        id=id_,
        filename=f"{id_}.txt",
        text=text,
        lines=lines,
        headline=headline,
        title=headline or text[:20],
        title_from="page" if headline else "lede",
    )


def test_copies_share_a_story_and_borrow_a_headline():
    """A trimmed copy joins the full report and takes its headline."""
    full = article("a", REPORT, headline="Japan and US to commit to chip cooperation")
    trimmed = article("b", REPORT[:160])
    other = article("c", OTHER, headline="Germany blocks factory sale")
    grouped = link_copies(group_stories([full, trimmed, other]))
    assert [a.story for a in grouped] == ["a", "a", "c"]
    assert grouped[1].title == "Japan and US to commit to chip cooperation"
    assert grouped[1].title_from == "story"
    assert [c.id for c in grouped[0].copies] == ["b"]
    assert grouped[2].copies == ()


def test_unrelated_texts_produce_no_candidate_pairs():
    """The inverted index only pairs articles that share shingles."""
    assert similar_pairs([pack_sample(shingles(REPORT)), pack_sample(shingles(OTHER))]) == []


def pairs_by_definition(
    sets: list[frozenset[int]], max_postings: int = MAX_POSTINGS
) -> list[tuple[int, int]]:
    """Every pair, compared one by one, as `similar_pairs` defines a match."""
    counts: dict[int, int] = {}
    for shingle_set in sets:
        for shingle in shingle_set:
            counts[shingle] = counts.get(shingle, 0) + 1
    linking = {shingle for shingle, count in counts.items() if 1 < count <= max_postings}
    pairs = []
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            shared = len(sets[a] & sets[b] & linking)
            smaller = max(1, min(len(sets[a]), len(sets[b])))
            if shared >= MIN_SHARED_SHINGLES and shared / smaller >= SAME_STORY_CONTAINMENT:
                pairs.append((a, b))
    return pairs


# Few distinct shingles, so sets overlap often; up to 60 sets, so some shingles pass
# MAX_POSTINGS and stop linking; hashes up to 2**32, as CRC-32 gives.
shingle_sets = st.lists(
    st.frozensets(st.integers(0, 40) | st.integers(0, 2**32 - 1), max_size=30), max_size=60
)


@given(shingle_sets)
def test_similar_pairs_are_the_pairs_compared_one_by_one(sets):
    """The array computation finds exactly the pairs a comparison of every pair finds."""
    assert similar_pairs([pack_sample(s) for s in sets]) == pairs_by_definition(sets)


@given(
    st.lists(
        st.frozensets(st.integers(0, 40) | st.integers(0, 2**32 - 1), max_size=30),
        min_size=10,
        max_size=60,
    ),
    st.lists(st.tuples(st.integers(0, 59), shingle_sets.map(lambda sets: sets[:1])), max_size=3),
    st.integers(0, 2),
    st.sampled_from([MAX_POSTINGS, 4, 8]),
)
def test_pairs_worked_out_from_the_last_grouping_are_those_worked_out_afresh(
    sets, edits, removed, max_postings
):
    """Whatever samples change, come or go, the pairs kept and worked out for the
    changed articles are the pairs of every article compared afresh, or the work is
    left to `similar_pairs` (too many changed, or a shingle crossed MAX_POSTINGS:
    a low limit makes edits cross it often)."""
    with patch.object(stories, "MAX_POSTINGS", max_postings):
        ids = [f"a{i}" for i in range(len(sets))]
        samples = [pack_sample(s) for s in sets]
        pairs = [(ids[i], ids[j]) for i, j in similar_pairs(samples)]
        last = Grouping(dict(zip(ids, samples, strict=True)), pairs)
        new_sets = dict(zip(ids, sets, strict=True))
        for position, replacement in edits:
            new_sets[f"a{position}"] = replacement[0] if replacement else frozenset()
        for article_id in ids[:removed]:
            del new_sets[article_id]
        new_ids = list(new_sets)
        new_samples = [pack_sample(new_sets[article_id]) for article_id in new_ids]
        found = changed_pairs(new_ids, new_samples, last)
    expected = pairs_by_definition([new_sets[i] for i in new_ids], max_postings)
    assert found is None or found == expected


def test_an_edit_that_makes_a_shingle_too_common_unlinks_two_other_articles():
    """a and b share three shingles; a fifth article taking up one of them makes it a
    stock phrase (past MAX_POSTINGS, here 4), and a and b are no longer one story:
    the kept pair of two unchanged articles must not stand."""
    sets = [{1, 2, 3}, {1, 2, 3}, {1, 100}, {1, 101}, {200}]
    sets += [{300 + i} for i in range(5)]
    ids = [f"a{i}" for i in range(len(sets))]
    with patch.object(stories, "MAX_POSTINGS", 4):
        samples = [pack_sample(frozenset(s)) for s in sets]
        last = Grouping(dict(zip(ids, samples, strict=True)), [("a0", "a1")])
        assert similar_pairs(samples) == [(0, 1)]
        samples[4] = pack_sample(frozenset({1, 200}))
        assert similar_pairs(samples) == []
        assert changed_pairs(ids, samples, last) in (None, [])


def test_one_changed_body_is_grouped_without_grouping_all_again():
    """Editing one copy's body compares that copy alone, and finds the same stories."""
    texts = [REPORT, REPORT + " A closing line that the wire copy added.", OTHER] * 4
    articles = [article(f"a{i}", text) for i, text in enumerate(texts)]
    _, last = story_partition_since(articles, None)
    edited = list(articles)
    edited[4] = article("a4", OTHER)
    samples = [fingerprint(article) for article in edited]
    assert changed_pairs([a.id for a in edited], samples, last) is not None
    assert story_partition_since(edited, last)[0] == story_partition(edited)


@given(st.frozensets(st.integers(0, 2**32 - 1)))
def test_a_packed_sample_unpacks_to_itself(sample):
    assert unpack_sample(pack_sample(sample)) == sample


def test_seed_stories(seed_articles):
    """In the seeds, 000, 001 and 002 are one Reuters report; 003 and 004 stand alone."""
    stories = {a.id[:3]: a.story[:3] for a in seed_articles}
    assert stories == {"000": "000", "001": "000", "002": "000", "003": "003", "004": "004"}


def plain_shingles(text: str, size: int) -> frozenset[int]:
    """Sample the shingles as first written: slice, join and encode each one."""
    words = re.findall(r"\w+", text.casefold())
    if len(words) < size:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    hashes = {
        zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)
    }
    return frozenset(h for h in hashes if h % SAMPLE_EVERY == 0) or frozenset([min(hashes)])


@given(st.text(alphabet="ab cßİ日本,\n\u0345é"), st.integers(min_value=1, max_value=4))
def test_shingles_match_a_plain_reference(text, size):
    """Hashing encoded words through `zip` gives the hashes of each shingle's own text."""
    assert shingles(text, size) == plain_shingles(text, size)
