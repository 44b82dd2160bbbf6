"""Turn the files in `seeds/` into text, or into a clear reason why not.

Only this module and the writer touch the disk. Decoding is decided here once:
UTF-8 (with or without a byte-order mark) first, since nearly every scrape is UTF-8,
then charset-normalizer's best guess for legacy encodings.

A saved web page (`.html`, `.htm`) is decoded the same way, then cut to its article's
text and its metadata read from its markup (digest/ingest/pagetext.py).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.article_parts import PageMeta
from digest.ingest.pagetext import extract_html
from digest.text import printable

# Files the pipeline reads as scraped text.
TEXT_SUFFIXES = (".txt", ".text", ".md")
# Files the pipeline reads as saved web pages.
HTML_SUFFIXES = (".html", ".htm")
# Above this share of NUL and other control bytes a file is binary, not text.
MAX_CONTROL_SHARE = 0.05
# Control characters other than tab and line ends: in text they are stray, in binary
# data common (see MAX_CONTROL_SHARE).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The legacy encoding preferred on a near-tie, and how near in charset-normalizer's
# "chaos" (the share of odd characters): on two short Spanish texts in Windows-1252
# it scored 0.009 and 0.077 above a Baltic code page that garbled every accent.
PREFERRED_LEGACY = "cp1252"
LEGACY_TIE = 0.1
# The largest of the 181 saved news pages of the ScrapingHub set is 1.5 MB, and a long
# article's text is a few hundred KB: a bigger file is a dump or a mistake, not a seed.
MAX_SEED_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Seed:
    """A seed file's name and decoded text.

    For a web page, `text` is the article as trafilatura extracted it, one paragraph
    per line, and `page_meta` is what the page's markup says about it; for a text
    seed `page_meta` is None.
    """

    id: str
    filename: str
    text: str
    page_meta: PageMeta | None = None


@dataclass(frozen=True)
class Problem:
    """A seed that could not be used, and why, said in one line for the curator."""

    filename: str
    reason: str

    def __str__(self) -> str:
        return f"{printable(self.filename)}: {self.reason}"


def _is_seed_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in TEXT_SUFFIXES + HTML_SUFFIXES


def _seed_names(folder: Path) -> list[str]:
    """Name the seed-like files of `folder`, sorted; names as strings, as `os.listdir`
    gives them: a folder of 10,000 seeds is listed in a build, every build."""
    return sorted(name for name in os.listdir(folder) if _is_seed_name(name))


def seed_names(folder: Path) -> tuple[list[str], list[Problem]]:
    """Name the seed files in `folder`, sorted so every build sees one order, and say
    which seed-like files are skipped for being hidden (a leading dot).

    Hidden files are what editors, file managers and copies from a Mac leave behind
    (`.draft.txt`, `._page.html`); like every tool, digest leaves them out, but says so.
    """
    names = _seed_names(folder)
    hidden = [
        Problem(name, "is a hidden file (its name starts with '.'); rename it to include it")
        for name in names
        if name.startswith(".")
    ]
    return [name for name in names if not name.startswith(".")], hidden


def find_seeds(folder: Path) -> list[Path]:
    """List the seed files in `folder`, sorted by name so every build sees one order."""
    return [folder / name for name in seed_names(folder)[0]]


def ids_by_name(names: Sequence[str]) -> dict[str, str]:
    """Give each seed an id: its file name without the extension, unless two share it.

    `story.txt` and `story.html` would both be `story`; such files keep their whole
    name as id, so every id stays unique and none depends on which other files exist
    beyond the clash itself.
    """
    stems = {name: os.path.splitext(name)[0] for name in names}
    counts = Counter(stems.values())
    return {name: stem if counts[stem] == 1 else name for name, stem in stems.items()}


def seed_ids(paths: Sequence[Path]) -> dict[Path, str]:
    """Give each seed file its id (`ids_by_name`)."""
    ids = ids_by_name([path.name for path in paths])
    return {path: ids[path.name] for path in paths}


@dataclass(frozen=True)
class SeedFile:
    """A seed file's name, id and bytes, read but not yet decoded."""

    filename: str
    id: str
    data: bytes


def read_seed_files(folder: Path) -> tuple[list[SeedFile], list[Problem]]:
    """Read the bytes of every seed in `folder`, in name order; say why others are skipped."""
    names, problems = seed_names(folder)
    paths = [folder / name for name in names]
    ids = seed_ids(paths)
    files: list[SeedFile] = []
    for path in paths:
        data = read_seed_bytes(path, folder)
        if isinstance(data, Problem):
            problems.append(data)
        else:
            files.append(SeedFile(path.name, ids[path], data))
    return files, problems


def read_seeds(folder: Path) -> tuple[list[Seed], list[Problem]]:
    """Read every seed of `folder`; return the seeds and, for the files skipped, why."""
    files, problems = read_seed_files(folder)
    seeds: list[Seed] = []
    for seed_file in files:
        result = seed_from_bytes(seed_file.filename, seed_file.data, seed_file.id)
        (seeds if isinstance(result, Seed) else problems).append(result)  # type: ignore[arg-type]
    return seeds, sorted(problems, key=lambda problem: problem.filename)


# A well-formed UTF-8 sequence of two to four bytes: evidence that a file is UTF-8.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def decode(data: bytes) -> str | None:
    """Decode bytes as UTF-8 (BOM allowed), else as charset-normalizer's best guess.

    A UTF-8 file with a few broken bytes (a truncated copy, a pasted fragment) stays
    UTF-8, the broken bytes shown as U+FFFD: guessing a legacy encoding would garble
    every other accented letter instead.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        replaced = data.decode("utf-8-sig", errors="replace")
        broken = replaced.count("\ufffd") - data.count("\ufffd".encode())
        if len(_UTF8_MULTIBYTE.findall(data)) >= broken:
            return replaced
        return _legacy_decode(data)


def _legacy_decode(data: bytes) -> str | None:
    """Decode a legacy 8-bit file; Windows-1252 wins a near-tie.

    On a short Western text charset-normalizer can rank a Baltic or Central-European
    code page above Windows-1252 (reading "Señor" as "Seńor"); Windows-1252 is the
    legacy encoding of most of the web (the WHATWG default), so it is chosen when its
    text reads as much like a language (coherence) and nearly as cleanly as the best.
    """
    from charset_normalizer import from_bytes  # a 20 ms import most builds never need

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if (
            match.encoding == PREFERRED_LEGACY
            and match.coherence >= best.coherence
            and match.chaos <= best.chaos + LEGACY_TIE
        ):
            return str(match)
    return str(best)


# A seed the curator removes or replaces while a build runs is left out of that build;
# the next build sees the folder as it is then.
_VANISHED = "vanished while digest read it; it is left out of this build"
_TURNED_INTO_A_LINK = "turned into a symbolic link while digest read it; build again to read it"


def _link_target(path: Path, folder: Path | None) -> Path | Problem:
    """Return where a symbolic link leads if digest may read it, else why not.

    A link is followed only to a regular file inside the seeds folder: a link to
    `/etc/passwd` or `~/.ssh` must not publish that file on the site. The link is read
    once: by the time a second look came, it could be gone or a file.
    """
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return Problem(path.name, "is a broken symbolic link" if path.is_symlink() else _VANISHED)
    if folder is not None and not target.is_relative_to(folder.resolve()):
        where = printable(str(target))
        return Problem(path.name, f"is a symbolic link to {where}, outside the seeds folder")
    return target


def _read_bytes(path: Path, folder: Path | None) -> bytes | Problem:
    """Return a seed file's bytes, or why it cannot be read.

    The file is opened once and checked through its descriptor, so a file swapped
    for a pipe or a link between the check and the read is still caught; a pipe
    would otherwise block the build forever.
    """
    try:
        is_link = stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError as error:
        return _unopened(path.name, error)
    target = _link_target(path, folder) if is_link else path
    if isinstance(target, Problem):
        return target
    try:
        handle = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError as error:
        return _unopened(path.name, error)
    info = os.fstat(handle)
    problem = _unreadable(path.name, info)
    if problem is not None:
        os.close(handle)
        return problem
    try:
        return _read_to_end(handle, info.st_size)
    except OSError as error:
        return Problem(path.name, f"cannot be read ({error.strerror})")
    finally:
        os.close(handle)


def _unopened(name: str, error: OSError) -> Problem:
    """Say why a listed seed could not be opened: gone since the listing, replaced by a
    link (which `O_NOFOLLOW` refuses), or the system's reason (`Permission denied`)."""
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return Problem(name, _VANISHED)
    if error.errno == errno.ELOOP:
        return Problem(name, _TURNED_INTO_A_LINK)
    return Problem(name, f"cannot be read ({error.strerror})")


def _read_to_end(handle: int, size: int) -> bytes:
    """Read an open file to its end, at most MAX_SEED_BYTES + 1 bytes.

    Plain `os.read` calls, not a file object: a build reads thousands of seeds, and
    the buffered object costs more than the read.
    """
    chunks = []
    left = MAX_SEED_BYTES + 1
    while left > 0:
        chunk = os.read(handle, min(left, max(size + 1, 65536)))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _unreadable(name: str, info: os.stat_result) -> Problem | None:
    """Say why an opened file is no seed: a folder, a pipe or device, or too big."""
    if stat.S_ISDIR(info.st_mode):
        return Problem(name, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        return Problem(name, "is not a regular file (a pipe, socket or device)")
    if info.st_size > MAX_SEED_BYTES:
        size = info.st_size / 1024 / 1024
        limit = MAX_SEED_BYTES // 1024 // 1024
        return Problem(name, f"is {size:.1f} MB; a seed may be at most {limit} MB")
    return None


def read_seed(path: Path, folder: Path | None = None, seed_id: str | None = None) -> Seed | Problem:
    """Read one seed file; return its text, or the reason it cannot be used.

    With `folder`, a symbolic link is followed only to a file inside that folder.
    """
    data = read_seed_bytes(path, folder)
    if isinstance(data, Problem):
        return data
    return seed_from_bytes(path.name, data, seed_id or path.stem)


def read_seed_bytes(path: Path, folder: Path | None = None) -> bytes | Problem:
    """Return a seed file's bytes, or why it cannot be read (name, link, kind, size)."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return Problem(path.name, "has a file name that is not valid UTF-8; rename it")
    return _read_bytes(path, folder)


def seed_from_bytes(filename: str, data: bytes, seed_id: str) -> Seed | Problem:
    """Decode a seed's bytes (and cut a web page to its article); a pure function.

    Kept apart from the reading so that the parallel, cached stage
    (`digest/prepare.py`) can run it in a worker on bytes the parent read.
    """
    text = decode(data)
    if text is None:
        return Problem(filename, "is binary data, or text in an encoding digest does not recognise")
    controls = len(_CONTROLS.findall(text))
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        return Problem(filename, "looks like binary data, not text")
    if not text.strip():
        return Problem(filename, "is empty")
    if Path(filename).suffix.lower() in HTML_SUFFIXES:
        extracted = extract_html(text)
        if extracted is None:
            return Problem(filename, "is a web page with no article text trafilatura could find")
        text, meta = extracted
        return Seed(id=seed_id, filename=filename, text=text, page_meta=meta)
    return Seed(id=seed_id, filename=filename, text=text)
