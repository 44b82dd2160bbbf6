"""Bar charts drawn at build time as inline SVG, for the overview page.

No chart library runs in the reader's browser and nothing is loaded from elsewhere:
each chart is a few SVG rectangles and labels in the page itself. Bars and text take
their colours from CSS (`currentColor` and the theme's variables, see digest.css), so
a chart reads in the light and the dark scheme alike. Widths are percentages and the
text keeps its size, so a chart fits a phone without shrinking its labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

# Pixels: a 14 px label on its own line above a 10 px bar, and a gap to the next row.
LABEL_HEIGHT = 16
BAR_HEIGHT = 10
ROW_HEIGHT = 36
# The longest bar stops short of the right edge, leaving room for its count.
LONGEST_BAR_PERCENT = 85
# A label longer than this is cut with "…" so it fits a phone's width at 14 px; the
# chart's title, read by assistive technology, keeps every label whole.
MAX_LABEL_CHARS = 42
# Rows beyond this are summed into one "others" row, so a chart of 10,000 sources or
# tags stays one screen long.
MAX_ROWS = 15


def _limit(rows: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    if len(rows) <= MAX_ROWS:
        return list(rows)
    kept = list(rows[: MAX_ROWS - 1])
    rest = rows[MAX_ROWS - 1 :]
    kept.append((f"{len(rest)} others", sum(count for _, count in rest)))
    return kept


def earliest_folded(
    rows: Sequence[tuple[str, int]], limit: int = MAX_ROWS
) -> list[tuple[str, int]]:
    """Return a time series' rows (oldest first) with the earliest summed into one
    `N earlier months` row ahead of the rest, so that at most `limit` rows remain: a
    reader of a digest looks for its latest months, which `bar_chart` would otherwise
    sum into its last row as if they were the smallest."""
    if len(rows) <= limit:
        return list(rows)
    earlier, latest = rows[: len(rows) - limit + 1], rows[len(rows) - limit + 1 :]
    return [(f"{len(earlier)} earlier months", sum(count for _, count in earlier)), *latest]


def _short(label: str) -> str:
    if len(label) <= MAX_LABEL_CHARS:
        return label
    return label[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(title: str, rows: Sequence[tuple[str, int]], unit: str) -> str:
    """Return a horizontal bar chart of (label, count) rows as one block of inline SVG.

    The SVG is one image to assistive technology, named by a title that carries all its
    figures; the visible labels are escaped text, never markup.
    """
    rows = _limit(rows)
    top = max((count for _, count in rows), default=0) or 1
    height = ROW_HEIGHT * len(rows)
    summary = "; ".join(f"{label}: {count} {unit}" for label, count in rows)
    parts = [
        f'<figure class="digest-chart"><svg class="digest-chart__svg" width="100%" '
        f'height="{height}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(f'{title}. {summary}')}</title>"
    ]
    for index, (label, count) in enumerate(rows):
        y = index * ROW_HEIGHT
        percent = LONGEST_BAR_PERCENT * count / top
        parts.append(
            f'<g class="digest-chart__row">'
            f'<text x="0" y="{y + LABEL_HEIGHT - 3}" fill="currentColor">'
            f"{escape(_short(label))}</text>"
            f'<rect class="digest-chart__bar" x="0" y="{y + LABEL_HEIGHT}" '
            f'width="{percent:.2f}%" height="{BAR_HEIGHT}" rx="2" fill="currentColor"/>'
            f'<text class="digest-chart__count" x="{percent + 1.5:.2f}%" '
            f'y="{y + LABEL_HEIGHT + BAR_HEIGHT}" fill="currentColor">{count}</text>'
            f"</g>"
        )
    parts.append("</svg></figure>")
    return "".join(parts)
