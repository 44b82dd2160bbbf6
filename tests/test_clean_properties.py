"""Properties of the cleaner that hold for any input (hypothesis, 500 examples each).

Kept apart from tests/test_clean.py, whose examples pin single rules: these feed the
cleaner anything at all, from random Unicode to scrape-shaped pages, and check what
must always hold: it never raises, it never writes a word the input did not have,
and cleaning its own output changes nothing.
"""

from __future__ import annotations

import re
from html import unescape

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest.clean.cleaner import clean, clean_extracted
from digest.site.render import body_markdown
from digest.text import LIST_BULLET, normalise

EXAMPLES = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The site's Markdown extensions that change how a paragraph renders.
EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html"]

_VOCABULARY = (
    "the chip plant officials said on Tuesday that Japan would build a new factory in "
    "Hokkaido with help from partners and analysts expect more deals soon Reuters"
)
_WORDS = st.sampled_from(_VOCABULARY.split(" "))
# The shapes of line a scraped page is made of: paragraphs, short lines (headings,
# menus, names), common furniture, and anything at all.
_SENTENCE = st.lists(_WORDS, min_size=8, max_size=40).map(lambda w: " ".join(w).capitalize() + ".")
_SHORT = st.lists(_WORDS, min_size=1, max_size=5).map(lambda w: " ".join(w).title())
_FURNITURE = st.sampled_from(
    [
        "Share on Facebook",
        "By Jane Doe",
        "Photo: Reuters",
        "Subscribe to our newsletter",
        "Read more:",
        "2023-05-26",
        "Advertisement",
        "Also read: Chips are back",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "5 min read",
        "Home | News | World",
        "# not a heading",
        "<script>alert(1)</script>",
        "- [link](javascript:alert(1))",
        "The *chip* plant [said](x) on <b>Tuesday</b> that it would open __soon__, {: .x } too.",
        "1. Officials said the plant would open next year | a deal worth &amp; billions.",
    ]
)
_LINE = st.one_of(_SENTENCE, _SENTENCE, _SHORT, _FURNITURE, st.text(max_size=80))
SCRAPES = st.one_of(
    st.text(),
    st.tuples(st.lists(_LINE, max_size=25), st.sampled_from(["\n", "\n\n", "\r\n", "\r"])).map(
        lambda parts: parts[1].join(parts[0])
    ),
)


PARAGRAPH = "The plant will open next year, officials said on Tuesday in Tokyo."


def kept(text: str) -> list[str]:
    """Return the lines the cleaner keeps."""
    return [line.text for line in clean(text) if line.verdict.kept]


@EXAMPLES
@given(SCRAPES)
def test_cleaning_never_raises(text):
    """Any text at all, random Unicode or scrape-shaped, is judged line by line without error."""
    lines = clean(text)
    assert all(line.text and line.verdict for line in lines)
    clean_extracted(text, text[:40])


@EXAMPLES
@given(SCRAPES)
def test_every_body_line_is_text_of_the_input(text):
    """Each block of the rendered body, its Markdown markup aside, is a line of the input
    (an item's own bullet aside: the list's bullet stands for it)."""
    inputs = {normalise(line) for line in text.splitlines()}
    inputs |= {LIST_BULLET.sub("", line) for line in inputs}
    html = markdown.markdown(body_markdown(clean(text)), extensions=EXTENSIONS)
    assert "<script" not in html and "<a " not in html
    for block in re.findall(r"<(p|h2|li)>(.*?)</\1>", html, re.S):
        shown = unescape(re.sub(r"<[^>]+>", "", block[1]))
        assert shown in inputs, shown


@EXAMPLES
@given(SCRAPES)
@example(f"00\n{PARAGRAPH}\nA\nB\n00\n0\n{PARAGRAPH}")
@example(f"{PARAGRAPH}\nA0\nShare on Facebook\nHome | News | World\n0\n{PARAGRAPH}")
def test_cleaning_the_cleaned_body_changes_nothing(text):
    """Cleaning the kept lines again, as lines or as paragraphs, keeps every one of them."""
    first = kept(text)
    assert kept("\n".join(first)) == first
    assert kept("\n\n".join(first)) == first
