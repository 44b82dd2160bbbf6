"""Tests for story grouping: copies join by the own text they share with the story as a
whole; furniture, background and stock text that recur across stories do not join
them, and neither does one member alone."""

import random
from collections import Counter, defaultdict
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.article import Article
from digest.article_parts import Line, Verdict
from digest.evaluate.wordmodel import sentence, word_model
from digest.pipeline import drop_recurring
from digest.stories import similarity
from digest.stories.grouping import (
    fingerprint,
    group_stories,
    link_copies,
    partition_key,
)
from digest.stories.similarity import (
    UNIT_WORDS,
    covers,
    pack_fingerprint,
    units_of,
    unpack_fingerprint,
)
from tests.conftest import ROOT

REPORT = (
    "Japan and the United States will issue a joint statement on technology cooperation on "
    "Friday that will commit them to closer research on advanced chips, a source said. "
    "The ministers will meet in Detroit on the sidelines of the trade meeting."
)
OTHER = (
    "The German government approved a request to ban the sale of two electronic component "
    "factories to buyers abroad, a newspaper reported, citing officials in Berlin."
)
# Wire background, as reports on different news repeat it.
RAPIDUS = (
    "Japan has established a new chip maker, Rapidus, backed by Toyota, Sony and six other "
    "companies, which aims to make cutting edge logic chips in Hokkaido from 2027 with the "
    "help of IBM, after decades in which the country lost its lead in semiconductors."
)
EXPORTS = (
    "The United States last year restricted exports of advanced chipmaking tools to China, "
    "and has since asked the Netherlands and Japan, home to ASML and Tokyo Electron, to "
    "follow, arguing that the machines could help the Chinese military."
)
# A site's furniture the cleaner kept: the same on every page of the site.
IN_PERSPECTIVE = [
    "In Perspective",
    "Why the yen matters more than ever to Asian exporters this year",
    "Five charts that explain the chip shortage and what comes after it",
    "The quiet rise of battery recycling in southern China and its limits",
    "Asia Financial is an independent newsroom covering markets, trade and technology "
    "across the region, with reporters in Hong Kong, Singapore and Tokyo.",
]

_MODEL = word_model(
    [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
)


def prose(seed: int, paragraphs: int = 8) -> list[str]:
    """Return made-up news paragraphs of two sentences each, the same for a seed."""
    rng = random.Random(seed)
    return [f"{sentence(_MODEL, rng)} {sentence(_MODEL, rng)}" for _ in range(paragraphs)]


def rewritten(paragraphs: list[str], seed: int, share: float = 0.3) -> list[str]:
    """Say the paragraphs again with `share` of their words changed."""
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(_MODEL.tokens) if rng.random() < share else w for w in p.split())
        for p in paragraphs
    ]


def article(
    id_: str, paragraphs: str | list[str], headline: str | None = None, day: str | None = None
) -> Article:
    """Make an article whose body is `paragraphs`."""
    texts = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    lines = tuple(Line(n, text, Verdict.BODY) for n, text in enumerate(texts, 1))
    return Article(
        id=id_,
        filename=f"{id_}.txt",
        text="\n".join(texts),
        lines=lines,
        headline=headline,
        title=headline or texts[0][:20],
        title_from="page" if headline else "lede",
        date=day,
    )


def stories_of(articles: list[Article]) -> list[set[str]]:
    """Return the groups of article ids, each story once, in order of first copy."""
    groups: dict[str, set[str]] = defaultdict(set)
    for grouped in group_stories(articles):
        groups[grouped.story].add(grouped.id)
    return list(groups.values())


def test_copies_share_a_story_and_borrow_a_headline():
    """A trimmed copy joins the full report and takes its headline."""
    full = article("a", prose(1), headline="Japan and US to commit to chip cooperation")
    trimmed = article("b", prose(1)[:5])
    other = article("c", prose(2), headline="Germany blocks factory sale")
    grouped = link_copies(group_stories([full, trimmed, other]))
    assert [a.story for a in grouped] == ["a", "a", "c"]
    assert grouped[1].title == "Japan and US to commit to chip cooperation"
    assert grouped[1].title_from == "story"
    assert [c.id for c in grouped[0].copies] == ["b"]
    assert grouped[2].copies == ()


def test_unrelated_texts_share_no_own_text():
    """Two reports on other news are no pair at all."""
    assert (
        covers([fingerprint(article("a", REPORT)), fingerprint(article("b", OTHER))]).firsts == []
    )


def test_seed_stories(seed_articles):
    """In the seeds, 000, 001 (a loose rewrite) and 002 are one Reuters report; 003 and
    004 stand alone."""
    stories = {a.id[:3]: a.story[:3] for a in seed_articles}
    assert stories == {"000": "000", "001": "000", "002": "000", "003": "003", "004": "004"}


def test_a_shared_background_paragraph_does_not_chain_stories():
    """A and B share one wire background paragraph, B and C another: three stories,
    not one (single-link grouping put all three together)."""
    a = article("a", [*prose(1)[:4], RAPIDUS, *prose(1)[4:]])
    b = article("b", [*prose(2)[:3], RAPIDUS, *prose(2)[3:6], EXPORTS, *prose(2)[6:]])
    c = article("c", [*prose(3)[:5], EXPORTS, *prose(3)[5:]])
    assert stories_of([a, b, c]) == [{"a"}, {"b"}, {"c"}]


def test_kept_furniture_does_not_chain_a_site_into_one_story():
    """Six reports of one site end with its "In Perspective" block; two of them are
    copies of one report. The copies are one story, the others stand alone."""
    reports = [article(f"r{n}", [*prose(n), *IN_PERSPECTIVE]) for n in range(6)]
    copy = article("copy", [*prose(0)[:6], *IN_PERSPECTIVE])
    assert sorted(map(sorted, stories_of([*reports, copy]))) == [
        ["copy", "r0"],
        ["r1"],
        ["r2"],
        ["r3"],
        ["r4"],
        ["r5"],
    ]


def test_kept_furniture_dropped_as_recurring_chains_no_short_stories():
    """Three short reports of one site end with its two paragraphs about itself, more
    words than each report: alone, grouping took them for one story. The furniture
    stage drops the paragraphs first (`drop_recurring`), and no two are one story."""
    about = [
        IN_PERSPECTIVE[-1],
        "Our reporters follow the money from the factory floor to the central bank, and "
        "we answer to our readers alone, not to owners or advertisers.",
    ]
    short = [article(f"s{n}", [prose(n, 1)[0][:80], *about]) for n in range(3)]
    cleaned, _ = drop_recurring(short)
    assert covers([fingerprint(a) for a in cleaned]).firsts == []
    assert stories_of(cleaned) == [{"s0"}, {"s1"}, {"s2"}]


def test_background_recurring_across_stories_weighs_little_even_in_short_articles():
    """Six stories repeat one background paragraph; in two short ones it is half the
    text. It recurs across stories, so it is not theirs: no two of them are one story."""
    long = [article(f"long{n}", [*prose(n)[:5], RAPIDUS, *prose(n)[5:]]) for n in range(4)]
    short = [article(f"short{n}", [prose(10 + n)[0], RAPIDUS]) for n in range(2)]
    assert len(stories_of([*long, *short])) == 6


def test_a_loose_rewrite_joins_its_report():
    """A rewrite that changes a third of the words, a day later, is still the report."""
    report = article("report", prose(4), day="2023-07-04")
    rewrite = article("rewrite", rewritten(prose(4), seed=9), day="2023-07-05")
    assert stories_of([report, rewrite, article("other", prose(5))]) == [
        {"report", "rewrite"},
        {"other"},
    ]


def test_a_copy_months_apart_needs_much_more_shared_text():
    """The same rewrite four months later is another story; a verbatim repost is not."""
    report = article("report", prose(4), day="2023-01-10")
    later = article("later", rewritten(prose(4), seed=9), day="2023-05-10")
    repost = article("repost", prose(4)[:7], day="2023-05-11")
    assert stories_of([report, later]) == [{"report"}, {"later"}]
    assert stories_of([report, repost]) == [{"report", "repost"}]
    undated = article("undated", rewritten(prose(4), seed=9))
    assert stories_of([report, undated]) == [{"report", "undated"}]


def test_a_copy_joins_for_what_it_shares_with_the_story_not_with_one_member():
    """A roundup holds the whole of two distinct briefs: each is close to the roundup,
    but the two share nothing, so they are never one story."""
    first, second = prose(6, 4), prose(7, 4)
    roundup = article("roundup", [*first, *second])
    groups = stories_of([article("first", first), roundup, article("second", second)])
    assert len(groups) == 2
    assert {"first", "second"} not in [g - {"roundup"} for g in groups]


def test_a_story_copied_more_often_than_a_shingle_may_link_is_one_story():
    """Sixty verbatim reposts (more than MAX_POSTINGS articles share each shingle) are
    one text, so one story."""
    copies = [article(f"c{n:02d}", prose(8)) for n in range(60)]
    assert stories_of([*copies, article("other", prose(9))]) == [
        {f"c{n:02d}" for n in range(60)},
        {"other"},
    ]


def test_the_partition_key_changes_with_a_date():
    """The date decides whether two texts are copies, so grouping is redone for it."""
    dated = article("a", REPORT, day="2023-07-04")
    assert partition_key([dated]) != partition_key([dated.evolve(date="2023-11-04")])


@given(st.lists(st.lists(st.sampled_from(["a", "bb", "ccc"]), max_size=200), max_size=6))
def test_units_cover_each_line_in_pieces_of_about_unit_words(lines):
    units = units_of(lines)
    assert sum(units) == sum(map(len, lines))
    assert all(UNIT_WORDS / 2 <= size <= UNIT_WORDS * 1.5 for size in units if size > UNIT_WORDS)


@given(st.lists(st.lists(st.text(alphabet="abcé日", min_size=1, max_size=3), max_size=40)))
def test_a_fingerprint_unpacks_to_its_units_and_samples(lines):
    """Each sampled shingle is noted once, at the unit of its first occurrence."""
    lengths, hashes, units = unpack_fingerprint(pack_fingerprint(lines))
    assert lengths == units_of(lines)
    assert hashes == sorted(set(hashes))
    assert all(0 <= unit < max(1, len(lengths)) for unit in units)


def covers_by_definition(fingerprints: list[bytes]) -> list[tuple[int, ...]]:
    """What `covers` computes, article by article and unit by unit, in plain Python."""
    parsed = [unpack_fingerprint(packed) for packed in fingerprints]
    holders: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for index, (_, hashes, units) in enumerate(parsed):
        for value, unit in zip(hashes, units, strict=True):
            holders[value].append((index, unit))
    linking = {v for v, held in holders.items() if 1 < len(held) <= similarity.MAX_POSTINGS}
    cells: Counter[tuple[int, int, int]] = Counter()
    for value in linking:
        for index, unit in holders[value]:
            cells.update((index, unit, other) for other, _ in holders[value] if other != index)
    matched_by = Counter(
        (i, u) for (i, u, _), n in cells.items() if n >= similarity.MIN_UNIT_SHARED
    )
    own = set()
    for index, (lengths, hashes, units) in enumerate(parsed):
        rows = Counter(units)
        stock = Counter(
            u
            for v, u in zip(hashes, units, strict=True)
            if v in holders and len(holders[v]) > similarity.MAX_POSTINGS
        )
        mine = [u for u in range(len(lengths)) if rows[u] and 2 * stock[u] <= rows[u]]
        total, running, typical = sum(lengths[u] for u in mine), 0, 0
        for unit in sorted(mine, key=lambda u: matched_by[index, u]):
            running += lengths[unit]
            if running >= similarity.TYPICAL_SHARE * total:
                typical = matched_by[index, unit]
                break
        limit = similarity.COMMON_FACTOR * max(1, typical)
        own |= {(index, u) for u in mine if matched_by[index, u] <= limit}
    shared: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for value in linking:
        for index, unit in holders[value]:
            for other, other_unit in holders[value]:
                if index < other and (index, unit) in own and (other, other_unit) in own:
                    shared[index, other].append((unit, other_unit))
    own_samples = Counter(i for _, held in holders.items() for i, u in held if (i, u) in own)
    found = []
    for (index, other), rows in sorted(shared.items()):
        if len(rows) >= similarity.MIN_SHARED_SHINGLES:
            words = [parsed[index][0], parsed[other][0]]
            own_words = [
                max(
                    1, sum(w for u, w in enumerate(words[side]) if ((index, other)[side], u) in own)
                )
                for side in (0, 1)
            ]
            first = sum(words[0][u] for u in {u for u, _ in rows}) / own_words[0]
            second = sum(words[1][u] for u in {u for _, u in rows}) / own_words[1]
            shares = [len(rows) / max(1, own_samples[i]) for i in (index, other)]
            found.append((index, other, first, second, *shares))
    return found


texts = st.lists(
    st.lists(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=45), max_size=4),
    max_size=9,
)


@settings(max_examples=150)
@given(texts, st.sampled_from([similarity.MAX_POSTINGS, 3, 5]))
def test_covers_are_those_worked_out_article_by_article(lines, max_postings):
    """The array computation gives exactly the covers of the plain definition (a low
    MAX_POSTINGS makes some shingles stock, and some units too)."""
    with patch.object(similarity, "MAX_POSTINGS", max_postings):
        fingerprints = [pack_fingerprint(text) for text in lines]
        found = list(zip(*covers(fingerprints), strict=True))
        expected = covers_by_definition(fingerprints)
    assert [pair[:2] for pair in found] == [pair[:2] for pair in expected]
    flat = [cover for pair in found for cover in pair[2:]]
    assert flat == pytest.approx([cover for pair in expected for cover in pair[2:]])
