"""Turn the files in `seeds/` into text, or into a clear reason why not.

Only this module and the writer touch the disk. Decoding is decided here once:
UTF-8 (with or without a byte-order mark) first, since nearly every scrape is UTF-8,
then charset-normalizer's best guess for legacy encodings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

# Files the pipeline reads as scraped text.
TEXT_SUFFIXES = (".txt", ".text", ".md")
# Above this share of NUL and other control bytes a file is binary, not text.
MAX_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class Seed:
    """A seed file's name and decoded text."""

    id: str
    filename: str
    text: str


@dataclass(frozen=True)
class Problem:
    """A seed that could not be used, and why, said in one line for the curator."""

    filename: str
    reason: str

    def __str__(self) -> str:
        return f"{self.filename}: {self.reason}"


def find_seeds(folder: Path) -> list[Path]:
    """List the seed files in `folder`, sorted by name so every build sees one order."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".")
    )


def decode(data: bytes) -> str | None:
    """Decode bytes as UTF-8 (BOM allowed), else as charset-normalizer's best guess."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else None


def read_seed(path: Path) -> Seed | Problem:
    """Read one seed file; return its text, or the reason it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return Problem(path.name, f"cannot be read ({error.strerror})")
    text = decode(data)
    if text is None:
        return Problem(path.name, "is not text in any encoding digest recognises")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        return Problem(path.name, "looks like binary data, not text")
    if not text.strip():
        return Problem(path.name, "is empty")
    return Seed(id=path.stem, filename=path.name, text=text)
