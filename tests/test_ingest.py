"""Tests for reading seeds: encodings people save pages in, and files that are not text."""

from digest.ingest import Problem, Seed, find_seeds, read_seed

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
