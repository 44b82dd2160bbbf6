"""Tests for files known by key before they are made."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.site.outputs import Files, Output, digest_of, digest_of_value

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


# Small digests for the property below: each article's story (an id of the set), tags,
# headline kind, body length, date, title, description, authors, dateline, link to the
# original and note are drawn; copies follow.
_IDS = ("a", "b", "c", "d")
_ARTICLE_FIELDS = st.fixed_dictionaries(
    {
        "story": st.sampled_from(_IDS[:2]),
        "tags": st.sampled_from([(), ("x",), ("x", "y")]),
        "title_from": st.sampled_from(["page", "story"]),
        "words": st.integers(1, 6),
        "date": st.sampled_from([None, "2023-05-01", "2023-06-20"]),
        "title": st.sampled_from(["One", "Two"]),
        "description": st.sampled_from(["", "About it."]),
        "authors": st.sampled_from([(), ("A. Writer",)]),
        "dateline": st.sampled_from([None, "Lisbon"]),
        "url": st.sampled_from([None, "https://example.org/a"]),
        "note": st.sampled_from(["", "Corrected."]),
    }
)
_DIGESTS = st.lists(_ARTICLE_FIELDS, min_size=1, max_size=len(_IDS))


def _digest(drawn: list[dict]) -> list:
    from digest.article import Article
    from digest.article_parts import Copy, Line, Verdict

    ids = _IDS[: len(drawn)]
    story_of = {
        i: (f["story"] if f["story"] in ids else i) for i, f in zip(ids, drawn, strict=True)
    }
    articles = []
    for article_id, fields in zip(ids, drawn, strict=True):
        others = tuple(
            Copy(o, f"{drawn[n]['title']} {o}", "Wire", f"s-{o}")
            for n, o in enumerate(ids)
            if o != article_id and story_of[o] == story_of[article_id]
        )
        body = (Line(1, " ".join(["word"] * fields["words"]), Verdict.BODY),)
        articles.append(
            Article(
                id=article_id,
                filename=f"{article_id}.txt",
                text="",
                title=f"{fields['title']} {article_id}",
                title_from=fields["title_from"],
                story=story_of[article_id],
                slug=f"s-{article_id}",
                date=fields["date"],
                source="Wire",
                description=fields["description"],
                authors=fields["authors"],
                dateline=fields["dateline"],
                url=fields["url"],
                note=fields["note"],
                tags=fields["tags"],
                copies=others,
                lines=body,
            )
        )
    return articles


@settings(max_examples=500)
@given(_DIGESTS, st.data())
def test_every_listing_and_feed_with_an_unchanged_key_has_an_unchanged_text(first, data):
    """The writer skips a file whose key is as last written: when one field of one
    article changes, a listing or a feed whose key stays must keep its text."""
    from digest.site.feeds import SiteInfo, feed_files, tag_feed_path
    from digest.site.pages import listing_files

    site = SiteInfo("https://example.org/", "Digest", "")
    index = data.draw(st.integers(0, len(first) - 1))
    field = data.draw(st.sampled_from(sorted(first[index])))
    second = [dict(fields) for fields in first]
    second[index][field] = data.draw(_ARTICLE_FIELDS)[field]

    def files(drawn: list[dict]) -> Files:
        articles = _digest(drawn)
        return listing_files(articles, tag_feed_path) | feed_files(site, articles)

    before, after = files(first), files(second)
    for path in set(before) & set(after):
        if before.key(path) == after.key(path):
            assert before[path] == after[path], path
