"""Tests for files known by key before they are made."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.outputs import Files, Output, digest_of, digest_of_value

texts = st.lists(st.text(max_size=6), max_size=5)


@given(texts, texts)
def test_two_lists_of_parts_share_a_digest_only_when_equal(first, second):
    """Parts go in with their lengths: ["ab", "c"] and ["a", "bc"] differ."""
    assert (digest_of(first) == digest_of(second)) == (first == second)


values = st.lists(
    st.tuples(st.text(max_size=4), st.integers(), st.tuples(st.integers(0, 300))), max_size=4
)


@given(values, values)
def test_two_values_share_a_digest_only_when_equal_however_their_objects_are_shared(first, second):
    """Equal values give one digest whether their parts are one object or copies."""
    assert (digest_of_value(first) == digest_of_value(second)) == (first == second)
    shared = [first[0], first[0]] if first else []
    copied = [first[0], tuple(list(first[0]))] if first else []
    assert digest_of_value(shared) == digest_of_value(copied)


def test_files_are_made_only_when_read_and_keyed_without_being_made():
    made: list[str] = []
    files = Files({"a.md": Output("key-a", lambda: made.append("a") or "# a\n")})
    files = files | Files.of_texts({"b.md": "# b\n"})
    assert sorted(files) == ["a.md", "b.md"] and files.key("a.md") == "key-a"
    assert made == []
    assert dict(files) == {"a.md": "# a\n", "b.md": "# b\n"}
    assert made == ["a"]
    assert Files.of_texts({"b.md": "# b\n"}).key("b.md") == files.key("b.md")
    assert Files.of_texts({"b.md": "# c\n"}).key("b.md") != files.key("b.md")
