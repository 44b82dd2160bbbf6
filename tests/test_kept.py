"""Tests for the views of the cache's tables (`digest/kept.py`): they write only what changed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.cache import Cache
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


def test_kept_rows_are_read_when_asked_for_and_only_changes_are_written(tmp_path, monkeypatch):
    """Samples by id: nothing read until asked; after one is set and one deleted, those
    two rows are all the store writes, and a new cache reads them back."""
    cache = Cache(tmp_path)
    first = cache.samples()
    first.update({"a": b"1", "b": b"2", "c": b"3"})
    first.store()
    again = Cache(tmp_path).samples()
    written: list[tuple[dict, dict]] = []
    store_rows = Cache._store_rows
    monkeypatch.setattr(
        Cache,
        "_store_rows",
        lambda self, table, rows, known: (
            written.append((rows, known)) or store_rows(self, table, rows, known)
        ),
    )
    again.store()
    assert written == []  # never read: nothing to write
    again["b"] = b"two"
    del again["c"]
    again.store()
    rows, known = written[0]
    assert {name for name in rows.keys() | known.keys() if rows.get(name) != known.get(name)} == {
        "b",
        "c",
    }
    assert dict(Cache(tmp_path).samples()) == {"a": b"1", "b": b"two"}
