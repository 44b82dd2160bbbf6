"""Tests for the views of the cache's tables (`digest/kept.py`): they write only what changed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.kept import StoredPages

KEYS = st.sampled_from("abcdef")
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("set"), KEYS, st.text(max_size=3)),
        st.tuples(st.just("delete"), KEYS, st.none()),
    ),
    max_size=30,
)


@given(st.dictionaries(KEYS, st.text(max_size=3)), OPERATIONS)
def test_stored_pages_behave_as_a_dict_and_know_what_to_write(stored, operations):
    """Whatever is set and deleted, the pages are those of a plain dict given the same
    operations, and `added` and `dropped` are exactly what the cache must change."""
    pages = StoredPages(stored, stored.get)
    expected = dict(stored)
    for operation, key, text in operations:
        if operation == "set":
            pages[key] = text
            expected[key] = text
        elif key in expected:
            del pages[key]
            del expected[key]
    assert dict(pages) == expected
    assert len(pages) == len(expected)
    assert all((key in pages) == (key in expected) for key in "abcdef")
    after = {k: v for k, v in stored.items() if k not in pages.dropped} | pages.added
    assert after == expected
