"""Turn the files in `seeds/` into text, or into a clear reason why not.

Only this module and the writer touch the disk. Decoding is decided here once:
UTF-8 (with or without a byte-order mark) first, since nearly every scrape is UTF-8,
then charset-normalizer's best guess for legacy encodings.

A saved web page (`.html`, `.htm`) is decoded the same way, then trafilatura cuts it
to the article's text and reads the page's own metadata. trafilatura is given the
page's text only, never a URL, so it fetches nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from digest.article import PageMeta

# Files the pipeline reads as scraped text.
TEXT_SUFFIXES = (".txt", ".text", ".md")
# Files the pipeline reads as saved web pages.
HTML_SUFFIXES = (".html", ".htm")
# Above this share of NUL and other control bytes a file is binary, not text.
MAX_CONTROL_SHARE = 0.05


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
        return f"{self.filename}: {self.reason}"


def find_seeds(folder: Path) -> list[Path]:
    """List the seed files in `folder`, sorted by name so every build sees one order."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and not path.name.startswith(".")
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
    if path.suffix.lower() in HTML_SUFFIXES:
        extracted = extract_html(text)
        if extracted is None:
            return Problem(path.name, "is a web page with no article text trafilatura could find")
        text, meta = extracted
        return Seed(id=path.stem, filename=path.name, text=text, page_meta=meta)
    return Seed(id=path.stem, filename=path.name, text=text)


# --- web pages ---------------------------------------------------------------------

# trafilatura's precision mode. Chosen on the dev half of the ScrapingHub set (names
# 0–7: F1 0.969 against 0.961 for the default); on the held-out half it scores 0.960
# against 0.959 (docs/EVAL.md).
FAVOR_PRECISION = True
# Dates only from the page's markup (meta tags, structured data, `<time>`): htmldate's
# extensive search falls back to a copyright year, which it reports as 1 January.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACES = re.compile(r"\s+")


def extract_html(html: str) -> tuple[str, PageMeta] | None:
    """Return a web page's article text, one paragraph per line, and its metadata.

    None when trafilatura finds no article in the page.
    """
    # Imported here: it takes a quarter of a second, and most seeds are text.
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        favor_precision=FAVOR_PRECISION,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(document, Document) or document.body is None:
        return None
    text = unicodedata.normalize("NFC", xmltotxt(_one_line_per_block(document.body), False))
    if not text.strip():
        return None
    meta = PageMeta(
        title=_field(document.title),
        date=_iso_date(document.date),
        authors=tuple(name for name in map(_field, (document.author or "").split(";")) if name),
        site_name=_field(document.sitename),
    )
    return text, meta


def _one_line_per_block(body: Any) -> Any:
    """Collapse the source's line breaks inside paragraphs, as a browser does.

    trafilatura keeps the newlines of the HTML source, so a hard-wrapped paragraph
    would reach the cleaner as several short lines. Explicit breaks (`<br>`) and
    preformatted text (`code`) keep theirs.
    """
    preformatted = {id(inner) for code in body.iter("code") for inner in code.iter()}
    for element in body.iter():
        if id(element) not in preformatted:
            element.text = element.text and _SPACES.sub(" ", element.text)
        if id(element.getparent()) not in preformatted:
            element.tail = element.tail and _SPACES.sub(" ", element.tail)
    return body


def _field(value: str | None) -> str | None:
    folded = _SPACES.sub(" ", value or "").strip()
    return folded or None


def _iso_date(value: str | None) -> str | None:
    """Return a YYYY-MM-DD date that is a real calendar day, else None."""
    if not value or not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None
