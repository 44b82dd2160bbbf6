"""Tables used for layout, read as the blocks they hold.

Older sites and many small ones lay a page out in a table: the menu in one cell, the
article in the next. trafilatura keeps that table, and its text output flattens each
row into one line (`| Home News | Headline By Jane Doe First paragraph ... |`), so the
cleaner would judge the whole article as one line. A cell that holds a heading, or
several paragraphs of running text, is part of the page's layout, never a datum: a
data table's cells hold a figure or a few words (some sites wrap each in a paragraph
of its own). Such a table is replaced by the blocks its cells hold, in reading order,
one paragraph per line like the rest of the page.
"""

from __future__ import annotations

from typing import Any

# trafilatura's block elements (its XML output).
BLOCKS = frozenset(["p", "head", "list", "quote", "table", "code"])
# Two paragraphs of this many words between them are running text, more than any data
# table puts in one cell.
LAYOUT_CELL_WORDS = 40


def unwrap_layout_tables(body: Any) -> Any:
    """Replace every table whose cells hold paragraphs or headings by those blocks.

    Inner tables first, so that a layout table nested in another's cell becomes blocks
    that mark the outer one as layout too.
    """
    for table in reversed(list(body.iter("table"))):
        cells = table.findall("./row/cell")
        if any(map(_is_layout, cells)):
            _replace(table, [block for cell in cells for block in _blocks(cell)])
    return body


def _is_layout(cell: Any) -> bool:
    """Say whether a cell holds a heading, or several blocks of running text."""
    blocks = [child for child in cell if child.tag in BLOCKS]
    if any(block.tag == "head" for block in blocks):
        return True
    return len(blocks) >= 2 and len("".join(cell.itertext()).split()) >= LAYOUT_CELL_WORDS


def _blocks(cell: Any) -> list[Any]:
    """Return a cell's content as blocks: its own blocks, its loose text as paragraphs."""
    blocks: list[Any] = []
    loose = _paragraph(cell, cell.text)
    for child in list(cell):
        tail, child.tail = child.tail, None
        if child.tag in BLOCKS:
            blocks += [loose, child] if _holds_anything(loose) else [child]
            loose = _paragraph(cell, tail)
        else:
            loose.append(child)
            child.tail = tail
    return [*blocks, loose] if _holds_anything(loose) else blocks


def _holds_anything(paragraph: Any) -> bool:
    return len(paragraph) > 0 or bool((paragraph.text or "").strip())


def _paragraph(cell: Any, text: str | None) -> Any:
    paragraph = cell.makeelement("p", {})
    paragraph.text = text
    return paragraph


def _replace(table: Any, blocks: list[Any]) -> None:
    """Put `blocks` where `table` stands, keeping the text that follows the table."""
    parent = table.getparent()
    if parent is None:
        return
    index = parent.index(table)
    tail = table.tail
    parent.remove(table)
    for offset, block in enumerate(blocks):
        parent.insert(index + offset, block)
    # Only a table with a block in a cell is replaced, so `blocks` is never empty.
    if tail and tail.strip():
        blocks[-1].tail = (blocks[-1].tail or "") + tail
