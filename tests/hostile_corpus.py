"""The hostile corpus: committed files from tests/hostile/ plus inputs made at test time.

Big files, binary data, links, pipes and undecodable file names cannot (or should not)
be committed, so `add_hostile_seeds` makes them next to the committed ones. Each
entry of `OUTCOMES` says what the build must make of one file: an article (None), or
the reason it is skipped, as the warning line says it.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "hostile"
# A file outside the seeds folder that a link in it points at: must never be published.
SECRET = "SECRET-MARKER-7f3a9 do not publish this line, officials said on Tuesday."
BIG_FILE = "twenty-megabytes.txt"

# What becomes of each hostile seed: None for an article, else words of the reason.
OUTCOMES: dict[str, str | None] = {
    "empty.txt": "is empty",
    "whitespace-only.txt": "is empty",
    "utf8-bom.txt": None,
    "utf16-bom.txt": None,
    "windows-1252.txt": None,
    "crlf.txt": None,
    "bare-cr.txt": None,
    "nul-bytes.txt": None,
    "invalid-utf8.txt": None,
    "headline-dashes.txt": None,
    "headline-yaml.txt": None,
    "headline-punctuation.txt": None,
    "markup.txt": None,
    "jinja.txt": None,
    "bidi.txt": None,
    "file with spaces.txt": None,
    "Überschrift 日本語.txt": None,
    ".hidden-article.txt": "is a hidden file",
    "same-slug-a.txt": None,
    "same-slug-b.txt": None,
    "identical-1.txt": None,
    "identical-2.txt": None,
    "web-page-with-scripts.html": None,
    # made by add_hostile_seeds
    "image.txt": "is binary data",
    "one-megabyte-line.txt": None,
    BIG_FILE: "a seed may be at most 10 MB",
    "link-outside.txt": "is a symbolic link to",
    "link-to-folder.txt": "is a symbolic link to",
    "broken-link.txt": "is a broken symbolic link",
    "link-inside.txt": None,
    "folder.txt": "is a folder, not a file",
    "pipe.txt": "is not a regular file",
    "new\nline.txt": "is empty",
    "two\nlines.txt": None,
    "clash.txt": None,
    "clash.md": None,
}
# A name that is not UTF-8 cannot be a key of OUTCOMES; it is checked by its bytes.
NOT_UTF8_NAME = b"latin1-\xe9t\xe9.txt"


def png(width: int = 64, height: int = 64) -> bytes:
    """Return a real, valid PNG image (a grey gradient) made with zlib."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes((x * 4 + y) % 256 for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def add_hostile_seeds(seeds: Path, outside: Path, big: bool = True) -> None:
    """Copy the corpus into `seeds` and make the rest; `outside` holds the link targets."""
    for path in CORPUS.iterdir():
        if path.name != "README.md":
            shutil.copy2(path, seeds / path.name)
    (seeds / "image.txt").write_bytes(png())
    sentence = "the chip plant in Hokkaido will open next year, officials said on Tuesday, and"
    line = " ".join([sentence] * 13_000)
    (seeds / "one-megabyte-line.txt").write_text(f"One line of a megabyte\n\n{line}.\n")
    if big:
        paragraph = "Officials said on Tuesday that the plan would go ahead next year. " * 20
        with (seeds / BIG_FILE).open("w") as stream:
            for _ in range(20 * 1024 * 1024 // len(paragraph) + 1):
                stream.write(paragraph + "\n\n")
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(f"Secret headline\n\n{SECRET}\n\n{SECRET}\n")
    (seeds / "link-outside.txt").symlink_to(outside / "secret.txt")
    (seeds / "link-to-folder.txt").symlink_to(outside)
    (seeds / "broken-link.txt").symlink_to(outside / "missing.txt")
    (seeds / "link-inside.txt").symlink_to("utf8-bom.txt")
    (seeds / "folder.txt").mkdir()
    os.mkfifo(seeds / "pipe.txt")
    # A name that would forge a second warning line if printed as it is.
    (seeds / "new\nline.txt").write_text("\n")
    # Its id is kept on one line in the front matter (`two\\nlines`), like every value.
    (seeds / "two\nlines.txt").write_text(
        "A name on two lines\n\nOfficials said a file name may hold a newline, and it did.\n"
    )
    clash = "Two files, one name\n\nOfficials said the clash plan would go ahead, in a big deal."
    (seeds / "clash.txt").write_text(clash + "\n")
    (seeds / "clash.md").write_text(clash.replace("clash", "second clash") + "\n")
    (seeds / os.fsdecode(NOT_UTF8_NAME)).write_text("Latin-1 name\n\nA body line.\n")
