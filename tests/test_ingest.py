"""Tests for reading seeds: encodings people save pages in, and files that are not text."""

import os

from digest.cache import Cache
from digest.ingest.seeds import (
    MAX_SEED_BYTES,
    Problem,
    Seed,
    decode,
    find_seeds,
    printable,
    read_seed,
    read_seeds,
)
from digest.prepare import prepare_all
from digest.tags.taxonomy import Taxonomy

TEXT = "Breton said the EU and Japan will “de-risk” together – café."


def test_encodings_decode_to_the_same_text(tmp_path):
    """UTF-8, UTF-8 with BOM, UTF-16 with BOM and Windows-1252 all read as the same text."""
    for name, data in {
        "utf8.txt": TEXT.encode("utf-8"),
        "bom.txt": TEXT.encode("utf-8-sig"),
        "utf16.txt": TEXT.encode("utf-16"),
        "cp1252.txt": (TEXT + " " + TEXT).encode("cp1252"),
    }.items():
        (tmp_path / name).write_bytes(data)
        seed = read_seed(tmp_path / name)
        assert isinstance(seed, Seed), name
        assert seed.text.startswith(TEXT), name


def test_empty_and_binary_files_are_skipped_with_a_reason(tmp_path):
    """An empty file and a PNG renamed .txt become problems naming the file."""
    (tmp_path / "empty.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty, image = read_seed(tmp_path / "empty.txt"), read_seed(tmp_path / "image.txt")
    assert isinstance(empty, Problem) and str(empty) == "empty.txt: is empty"
    assert isinstance(image, Problem) and image.filename == "image.txt"


def test_seed_ids_come_from_file_names(tmp_path):
    """A seed's id is its file name without the extension; hidden files are ignored."""
    (tmp_path / "001_abc.txt").write_text(TEXT)
    (tmp_path / ".hidden.txt").write_text(TEXT)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [path.name for path in find_seeds(tmp_path)] == ["001_abc.txt"]
    assert read_seed(tmp_path / "001_abc.txt").id == "001_abc"  # type: ignore[union-attr]


def test_a_link_is_followed_only_inside_the_seeds_folder(tmp_path):
    """A link to a seed is read; links out of the folder, to a folder or nowhere are refused."""
    seeds, outside = tmp_path / "seeds", tmp_path / "outside"
    seeds.mkdir()
    outside.mkdir()
    (seeds / "real.txt").write_text(TEXT)
    (outside / "secret.txt").write_text("secret")
    (seeds / "inside.txt").symlink_to("real.txt")
    (seeds / "outside.txt").symlink_to(outside / "secret.txt")
    (seeds / "folder.txt").symlink_to(outside)
    (seeds / "broken.txt").symlink_to(outside / "gone.txt")
    found, problems = read_seeds(seeds)
    assert [(seed.filename, seed.text) for seed in found] == [
        ("inside.txt", TEXT),
        ("real.txt", TEXT),
    ]
    reasons = {problem.filename: problem.reason for problem in problems}
    assert reasons["outside.txt"].startswith("is a symbolic link to ")
    assert "outside the seeds folder" in reasons["folder.txt"]
    assert reasons["broken.txt"] == "is a broken symbolic link"
    assert all("secret" not in seed.text for seed in found)


def test_pipes_folders_and_huge_files_are_refused_without_reading(tmp_path):
    """A named pipe does not hang the build; a folder and a file over the limit are named."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    with (tmp_path / "huge.txt").open("wb") as stream:
        stream.truncate(MAX_SEED_BYTES + 1)
    assert "not a regular file" in read_seed(tmp_path / "pipe.txt").reason  # type: ignore[union-attr]
    assert read_seed(tmp_path / "folder.txt").reason == "is a folder, not a file"  # type: ignore[union-attr]
    assert "at most 10 MB" in read_seed(tmp_path / "huge.txt").reason  # type: ignore[union-attr]


def test_hidden_seeds_are_named_and_ids_stay_unique(tmp_path):
    """A hidden seed is reported, not read; `a.txt` and `a.md` get distinct ids."""
    (tmp_path / ".draft.txt").write_text(TEXT)
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.md").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    found, problems = read_seeds(tmp_path)
    assert sorted(seed.id for seed in found) == ["a.md", "a.txt", "b"]
    assert [str(problem) for problem in problems] == [
        ".draft.txt: is a hidden file (its name starts with '.'); rename it to include it"
    ]


def test_mostly_utf8_with_a_broken_byte_stays_utf8():
    """One stray byte in a UTF-8 file becomes U+FFFD; the accented letters stay right."""
    data = TEXT.encode("utf-8").replace(b"said", b"sa\xffid")
    assert decode(data) == TEXT.replace("said", "sa\ufffdid")


def test_windows_1252_wins_a_near_tie_with_baltic():
    """A short Spanish headline in Windows-1252 reads as Spanish, not as cp1257 mojibake."""
    text = "Señor Núñez’s “déjà vu” plan for fabs\n\nOfficials said so on Tuesday.\n"
    assert decode(text.encode("cp1252")) == text
    czech = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl ministr v pondělí."
    assert decode(czech.encode("cp1250")) == czech, "a Central-European text lost its letters"


def test_printable_escapes_what_would_forge_a_line():
    """Newlines, escape sequences and bidi overrides in a file name are shown as escapes."""
    assert printable("a\nwarning: b\x1b[2J\u202e.txt") == "a\\nwarning: b\\x1b[2J\\u202e.txt"
    assert printable("Überschrift 日本語.txt") == "Überschrift 日本語.txt"


def _race(monkeypatch, owner, attribute, swaps, after=False):
    """Change a seed the moment digest calls `owner.attribute` on it (before the call, or
    just `after` it): a race with the curator's editor or file manager, at a known point.

    `swaps` maps a seed's name to the change, made once.
    """
    real = getattr(owner, attribute)
    pending = dict(swaps)

    def racing(path, *args, **kwargs):
        swap = pending.pop(os.path.basename(os.fspath(path)), None)
        if swap and not after:
            swap()
        result = real(path, *args, **kwargs)
        if swap and after:
            swap()
        return result

    monkeypatch.setattr(owner, attribute, racing)


def _prepared_with_a_steady_seed(seeds):
    """Write one ordinary seed beside the racing ones, prepare the folder as a build does
    and return the articles' ids and the problems' lines."""
    (seeds / "steady.txt").write_text(TEXT)
    articles, problems = prepare_all(seeds, Taxonomy(), Cache(None), jobs=1)
    return [article.id for article in articles], [str(problem) for problem in problems]


def test_a_link_switched_to_a_file_while_it_is_read_is_skipped_in_one_line(tmp_path, monkeypatch):
    """A link out of the folder that a file replaces while digest follows it is skipped
    with one line (os.readlink raised EINVAL, and the traceback aborted the build)."""
    seeds, outside = tmp_path / "seeds", tmp_path / "outside"
    seeds.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    flip = seeds / "flip.txt"
    flip.symlink_to(outside / "secret.txt")

    def to_a_file():
        flip.unlink()
        flip.write_text(TEXT)

    _race(monkeypatch, os.path, "realpath", {"flip.txt": to_a_file}, after=True)
    ids, problems = _prepared_with_a_steady_seed(seeds)
    assert ids == ["steady"]
    secret = outside / "secret.txt"
    assert problems == [f"flip.txt: is a symbolic link to {secret}, outside the seeds folder"]


def test_a_link_removed_while_it_is_followed_is_skipped_in_one_line(tmp_path, monkeypatch):
    """A link removed while digest follows it is named as gone, not as a broken link."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "real.txt").write_text(TEXT)
    gone = seeds / "gone.txt"
    gone.symlink_to("real.txt")
    _race(monkeypatch, os.path, "realpath", {"gone.txt": gone.unlink})
    ids, problems = _prepared_with_a_steady_seed(seeds)
    assert ids == ["real", "steady"]
    assert problems == [GONE.format("gone.txt")]


def test_a_seed_removed_or_turned_into_a_link_before_it_is_opened_is_skipped(tmp_path, monkeypatch):
    """A seed deleted, or replaced by a link, between the listing and the reading is
    skipped with one line that says what happened; the other seeds build."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "real.txt").write_text(TEXT)
    gone, linked = seeds / "gone.txt", seeds / "linked.txt"
    gone.write_text(TEXT)
    linked.write_text(TEXT)

    def to_a_link():
        linked.unlink()
        linked.symlink_to("real.txt")

    _race(monkeypatch, os, "open", {"gone.txt": gone.unlink, "linked.txt": to_a_link})
    ids, problems = _prepared_with_a_steady_seed(seeds)
    assert ids == ["real", "steady"]
    assert problems == [
        GONE.format("gone.txt"),
        "linked.txt: turned into a symbolic link while digest read it; build again to read it",
    ]


GONE = "{}: vanished while digest read it; it is left out of this build"
