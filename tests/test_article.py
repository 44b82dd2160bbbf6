"""Tests for the article value: pickling leaves text and lines packed until read."""

import pickle

from hypothesis import given
from hypothesis import strategies as st

from digest.article import Article
from digest.article_parts import Copy, Line, Verdict

lines_strategy = st.lists(
    st.tuples(st.text(min_size=1), st.sampled_from(list(Verdict))), max_size=12
).map(lambda pairs: tuple(Line(n, text, verdict) for n, (text, verdict) in enumerate(pairs, 1)))


def article(lines: tuple[Line, ...] = (), text: str = "raw text") -> Article:
    return Article("a", "a.txt", text, lines, title="A title", tags=("Chips",), story="a")


@given(lines_strategy, st.text())
def test_an_article_read_back_is_the_same_article(lines, text):
    """Equal fields, equal lines, and the same values worked out from the lines."""
    original = article(lines, text)
    again = pickle.loads(pickle.dumps(original))
    assert again == original
    names = (
        "body_lines",
        "removed",
        "word_count",
        "lines_digest",
        "removed_tally",
        "removed_codes",
    )
    for name in names:
        assert getattr(again, name) == getattr(original, name)
    twice = pickle.loads(pickle.dumps(again))
    assert twice == original


def test_text_and_lines_are_unpacked_only_when_read():
    lines = (Line(1, "Headline", Verdict.HEADLINE), Line(2, "Two words.", Verdict.BODY))
    again = pickle.loads(pickle.dumps(article(lines)))
    assert "lines" not in again.__dict__ and "text" not in again.__dict__
    assert again.word_count == 2  # carried, not worked out again
    assert "lines" not in again.__dict__
    linked = again.evolve(related=(Copy("b", "B", None, "b"),))
    assert linked.lines == lines
    assert linked.text == "raw text"


def test_changing_the_lines_of_a_packed_article_forgets_what_came_from_them():
    lines = (Line(1, "Two words.", Verdict.BODY),)
    again = pickle.loads(pickle.dumps(article(lines)))
    dropped = again.evolve(lines=(lines[0]._replace(verdict=Verdict.CURATOR),))
    assert dropped.word_count == 0
    assert dropped.removed_tally == ((Verdict.CURATOR, 1),)
    assert pickle.loads(pickle.dumps(dropped)).lines == dropped.lines


def test_words_of_scripts_without_spaces_are_counted_by_their_characters():
    """A Japanese paragraph of 40 characters is some 20 words, not one; a Thai one counts
    a word for every four letters; spaced scripts count as they are spaced."""
    japanese = "政府は二十日、新たな経済対策を閣議決定した。事業規模は約三十九兆円となる見通しだ。"
    lines = (Line(1, japanese, Verdict.BODY), Line(2, "Two words.", Verdict.BODY))
    assert 20 <= article(lines).word_count - 2 <= len(japanese) / 2 + 3  # was 1 + 2
    assert article((Line(1, "กรุงเทพมหานคร", Verdict.BODY),)).word_count == 3


def test_an_article_made_without_lines_has_none():
    assert Article("a", "a.txt", "text").lines == ()


# A second value for every field the listings, the links or the pages show.
_OTHER_VALUES = {
    "id": "b",
    "filename": "b.txt",
    "title": "Another title",
    "title_from": "curator",
    "headline": "A headline",
    "date": "2024-02-29",
    "date_from": "curator",
    "source": "Wire",
    "source_from": "curator",
    "authors": ("A. Writer",),
    "authors_from": "curator",
    "dateline": "Lisbon",
    "dateline_from": "curator",
    "description": "About it.",
    "description_from": "curator",
    "tags": ("Chips", "Japan"),
    "tags_from": "curator",
    "url": "https://example.org/a",
    "url_from": "curator",
    "uncertain": ("body",),
    "note": "Corrected.",
    "pinned": True,
    "story": "b",
    "copies": (Copy("b", "B", "Wire", "b"),),
    "more_copies": 12,
    "related": (Copy("c", "C", None, "c"),),
    "earlier": Copy("d", "D", None, "d"),
    "later": Copy("e", "E", "Wire", "e"),
    "slug": "a-title",
    "recurring": ((0, 12),),
}
_PAGE_ONLY = {"authors", "authors_from", "dateline", "dateline_from", "description"}
_PAGE_ONLY |= {"description_from", "url", "url_from", "uncertain", "note", "recurring"}


def test_every_shown_field_changes_the_shown_digest_and_the_listed_one_unless_page_only():
    """The digests are the keys of pages and listings: a field they leave out would
    leave a page or listing stale when only it changed."""
    shown = set(Article.__dataclass_fields__) - {"text", "lines", "fingerprint", "slugs"}
    assert set(_OTHER_VALUES) == shown - {"page_meta"}  # page_meta: read by metadata alone
    original = article((Line(1, "Two words.", Verdict.BODY),))
    for name, value in _OTHER_VALUES.items():
        changed = original.evolve(**{name: value})
        assert changed.shown_digest != original.shown_digest, name
        assert (changed.listed_digest == original.listed_digest) == (name in _PAGE_ONLY), name
        again = pickle.loads(pickle.dumps(changed))
        assert (again.listed_digest, again.shown_digest) == (
            changed.listed_digest,
            changed.shown_digest,
        )
