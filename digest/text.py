"""Small text measures shared by the cleaner and the metadata stage.

They work on any script: words are counted by whitespace for alphabetic scripts and
by characters for the scripts written without spaces between words (Chinese and
Japanese; Thai, Lao, Khmer and Burmese).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Chinese and Japanese run words together; about two characters carry a word's worth
# of meaning, so this many characters count as one word.
CJK_CHARS_PER_WORD = 2

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# Thai, Lao, Khmer and Burmese run the letters of a phrase together too (Burmese puts
# spaces between phrases, Thai between sentences); their words are about four
# characters long, vowel and tone marks included.
SPACELESS_CHARS_PER_WORD = 4
_SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# Closing quotes and brackets may follow a sentence's final stop: `he said.”`
_TRAILING_CLOSERS = "\"'”’»)]*_ "
# Full stops of the scripts that have their own: Chinese and Japanese (。！？, and the
# half-width ｡), Arabic (؟) and Urdu (۔), the Indic danda (।, ॥), Burmese (။),
# Ethiopic (።), Armenian (։).
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "｡", "؟", "۔", "।", "॥", "။", "።", "։")
# The zero-width non-joiner and joiner (U+200C, U+200D) are spelling after a letter of the
# scripts that join (Persian writes `می‌شود` with one; Indic scripts and emoji sequences
# too), and kept there; elsewhere they are invisible like the rest.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff]"
    "|(?<![\u0600-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc\u2600-\u27bf"
    "\U0001f000-\U0001faff])[\u200c\u200d]"
)
_HEADLINE_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+", re.IGNORECASE)
# Each run of white space is tried once, from its start (`(?<!\s)`): tried from every
# space in it, a long run would cost its length squared (see tests/test_redos.py).
_HEADLINE_SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|–—•]\s+[^|–—•]{2,40}$")
# English prose has one word in five or so among these; other languages almost none.
_ENGLISH_GLUE = frozenset(
    ["the", "and", "of", "to", "is", "that", "for", "with", "was", "said", "on", "are", "by"]
)
ENGLISH_GLUE_SHARE = 0.08
# A headline's second half, not a site, opens with a conjunction (`— And They're Not
# Great`, `– Und Jetzt?`) or holds a verb's contraction: no publication's name does.
_CONJUNCTIONS = ("and", "but", "or", "yet", "nor", "und", "aber", "oder", "et", "mais", "pero")
# Written as words, lower case or capitalised; in capitals (`ET Now`, `OR Today`) a name.
_CLAUSE_OPENING = re.compile(
    "(?:" + "|".join(f"{word}|{word.capitalize()}" for word in _CONJUNCTIONS) + r")\b"
)
_CONTRACTION = re.compile(r"\w(?:n't|'re|'ve|'ll|’re|’ve|’ll|n’t)\b", re.I)
# Small words inside a name: `The Times of India`, `El Diario de Hoy`.
_LINKING_WORDS = re.compile(r"(?<=\S)\s+(?:of|and|for|on|the|y|del|di|du|&)\s+(?=[A-Z])")
# Between a headline and its site on a page's title line: `X | The Guardian`, `X - GOV.UK`.
TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " • ")
_NOT_A_WORD = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
# A line with two or more trail marks (`Business News › Tech › Cabinet nod for two more
# chip units`); a trail of short section names (`Business News / Economy`) is read by
# `_is_trail_of_names`.
# The marks a trail parts its links with (`＞`: the wide one Chinese and Japanese pages use).
_ARROWS = ">»›＞"
_TRAIL_MARKS = re.compile(rf"^(?:[^/{_ARROWS}]+\s[{_ARROWS}]\s){{2,}}")
_TRAIL_MARK = frozenset("/" + _ARROWS)
# One white-space character: the words of a trail are separated by exactly one.
_WORD_GAP = re.compile(r"\s")
# A trail's section names are one to three words each (`Business News / Economy`).
_TRAIL_NAME_WORDS = 3
# A photo's caption, not a headline: a sentence and then a credit of a few words
# (`... assembly line. getty`), or a closing bracketed credit (`(AP Photo/...)`).
#
# Each branch starts its search only where a match could begin, so that no character is
# scanned from many starts (when every `(` began a scan to the line's end, a line of `(`
# cost its length squared): the sentence branch at the first letter of a word, the
# bracket branch at the start of the line's last stretch without a closing bracket
# (checked to end the line before its first opening bracket is looked for).
# A list's bullet, which the page printed as text (`- Arrowhead bottled water`, `• Two
# eggs`): a subheading carries none. (A number may open a listicle's subheading.)
LIST_BULLET = re.compile(r"^[-•·*▪►◦‣]\s+(?=\S)")
# A table's row as an extractor writes it out (`| Gulf Coast Tide | 25 | 25 |`), and the
# rule under its header row (`|---|---|`), which is the table's markup, no text.
TABLE_ROW = re.compile(r"^\|[^\n]*\|$")
TABLE_RULE = re.compile(r"^\|[\s:|-]*-[\s:|-]*\|$")
_CAPTION_SHAPE = re.compile(
    r"(?:(?<![a-z])[a-z]{3,}|\d{4})\.\s+\S+(?:\s+\S+){0,2}$"
    r"|(?:^|(?<=[\])]))(?=[^\])]*[\])]$)[^\[\]()]*[\[(][^\])]*?(?:photo|getty|file|image)"
    # or an agency's name in capitals in brackets: `[NEWS1]`, `[YONHAP]`
    r"|(?-i:\[[A-Z0-9][A-Z0-9 ./&-]{1,30}\])$"
    # nor a teaser of another story, stamped with its age: `... · 5 hours ago`
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$",
    re.IGNORECASE,
)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
# A full stop, its closing quotes and brackets, and the space after it: where a
# sentence may end. (The three parts share no character, so each is scanned once.)
_SENTENCE_STOP = re.compile(r"[.!?…。！？｡؟۔।॥။።։][\"'”’»)\]]*\s+")
# Words that end in a full stop inside a sentence, lower-cased: titles before a name and
# the parts of names and addresses, in English, German, French, Spanish and Italian.
# A stop after one of them, or after a single letter (an initial, the S of `U.S.`),
# ends no sentence: `South Dakota Gov. Kristi Noem`, `the U.S. Senate`. (Months and
# `No.` are followed by a figure: a stop before a figure ends no sentence anyway.)
_ABBREVIATIONS = frozenset(
    [
        *("mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt"),
        *("capt", "cmdr", "adm", "supt", "insp", "det", "rev", "fr", "sr", "jr", "st", "mt"),
        *("ft", "ave", "blvd", "rd", "inc", "co", "corp", "ltd", "bros", "vs", "dept", "hr"),
        *("mme", "mlle", "sra", "srta", "dña", "dott", "ing", "av"),
    ]
)


def is_abbreviation(word: str) -> bool:
    """Say whether a word is one that news text abbreviates with a stop (`Prof.`, `Dr.`,
    `Gov.`): a title or a street's kind, never a sentence's last word or a place."""
    return word.casefold().rstrip(".") in _ABBREVIATIONS


# Only the last few characters before a stop are read for its word.
_ABBREVIATION_CHARS = 12
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(?:de|da|van|von|der|al|bin|la|le)$")


def normalise(line: str) -> str:
    """Collapse runs of whitespace and drop invisible and control characters; strip the ends.

    Zero-width spaces, soft hyphens and bidirectional overrides change nothing a
    reader should see, yet split words for matching or reorder text for display; the
    joiners that spell words in Persian and Indic scripts stay.
    """
    if not line.isprintable():  # cheap test first: invisible characters are rare
        line = _INVISIBLE.sub("", line)
    return " ".join(line.split())


@lru_cache(maxsize=65536)
def word_weight(text: str) -> float:
    """Count words; characters of scripts without spaces between words count in words of
    CJK_CHARS_PER_WORD (Chinese, Japanese) or SPACELESS_CHARS_PER_WORD characters."""
    if text.isascii():
        return float(len(text.split()))
    cjk = len(_CJK.findall(text))
    spaceless = len(_SPACELESS.findall(text))
    if not cjk and not spaceless:
        return float(len(text.split()))
    rest = _SPACELESS.sub(" ", _CJK.sub(" ", text) if cjk else text)
    return cjk / CJK_CHARS_PER_WORD + spaceless / SPACELESS_CHARS_PER_WORD + len(rest.split())


def ends_like_sentence(text: str) -> bool:
    """Say whether the text ends with a sentence's final stop, quotes and brackets aside."""
    return text.rstrip(_TRAILING_CLOSERS).endswith(_SENTENCE_END)


def is_name_like(text: str) -> bool:
    """Say whether a short line is a proper name: one to four capitalised words."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(word) for word in words)


def is_headline_case(text: str) -> bool:
    """Say whether most longer words are capitalised, as in English headline style.

    Words of four letters or more are counted, since articles and prepositions stay
    lower-case in headline style; three such words are needed to judge at all.
    """
    long_words = [word for word in _LATIN_WORD.findall(text) if len(word) >= 4]
    capitalised = sum(word[0].isupper() for word in long_words)
    return len(long_words) >= 3 and capitalised * 10 >= len(long_words) * 6


def reads_as_english(texts: Sequence[str]) -> bool:
    """Say whether prose is English, by the share of its words that are English glue words.

    Only English pages in the United States write the month first (`03/05/2024`);
    everywhere else the day comes first.
    """
    words = [word.casefold() for text in texts for word in _LATIN_WORD.findall(text)]
    glue = sum(word in _ENGLISH_GLUE for word in words)
    return bool(words) and glue >= ENGLISH_GLUE_SHARE * len(words)


def is_proper_name(text: str) -> bool:
    """Say whether a short line is a name, its small linking words aside.

    `The Times of India`, `Technology and Trade Program`, `El Diario de Hoy`: every word
    capitalised but the words that join a name's parts.
    """
    return is_name_like(_LINKING_WORDS.sub(" ", text))


def title_words(line: str) -> float:
    """Count a would-be title's words; `&` and `|` are none (`Nation & World` has two)."""
    return word_weight(_NOT_A_WORD.sub(" ", line))


def is_caption_shaped(line: str) -> bool:
    """Say whether a line is shaped as a photo's caption or a teaser, not as a headline."""
    return _CAPTION_SHAPE.search(line) is not None


def is_breadcrumb(line: str) -> bool:
    """Say whether a line is a trail of short section names: `Business News / Economy`."""
    return _is_trail_of_names(line) or _TRAIL_MARKS.match(line) is not None


def _is_trail_of_names(line: str) -> bool:
    """Say whether a line is names of one to three words joined by trail marks (`/`, `>`,
    `»`, `›`), the words and marks one white-space character apart.

    Read word by word, keeping every way the words read so far can be split, since a
    mark may also be a word (`A / / B` is `A` and `/ B`): as one regular expression, the
    splits of a line of `a / a / a ...` were tried one by one, twice as many per mark.
    """
    # A final line break is allowed, as the `$` of the pattern this replaced allowed it.
    words = _WORD_GAP.split(line.removesuffix("\n"))
    if len(words) < 3 or not all(words):
        return False
    # Each state: (words in the current name, whether a mark came before it); a name
    # of no words is one that a mark has just opened.
    states = {(1, False)}
    for word in words[1:]:
        after = {(count + 1, marked) for count, marked in states if count < _TRAIL_NAME_WORDS}
        if word in _TRAIL_MARK:
            after |= {(0, True) for count, _ in states if count > 0}
        states = after
    return any(count > 0 and marked for count, marked in states)


def strip_headline_decoration(line: str) -> str:
    """Remove the `date YYYY-MM-DD` prefix and `| Site` suffix some pages wrap a headline in."""
    return _HEADLINE_SITE_SUFFIX.sub("", _HEADLINE_DATE_PREFIX.sub("", line)).strip()


def site_suffix(line: str) -> str | None:
    """Return the site name a headline line ends with (`Headline | Site`), if any.

    Only a name (`– The Guardian`) or an address (`| example.com`) counts: the second
    half of a headline (`TSMC baut Fabrik – Milliardenförderung vom Bund`) is no site.
    """
    match = _HEADLINE_SITE_SUFFIX.search(_HEADLINE_DATE_PREFIX.sub("", line))
    name = match[0].strip(" |–—•") if match else ""
    if _CLAUSE_OPENING.match(name) or _CONTRACTION.search(name):
        return None  # `Are Here — And They're Not Great`: the headline goes on
    return name if name and (is_name_like(name) or "." in name) else None


# A breadcrumb trail flattened onto the headline with no space between its links:
# `HomeLatest NewsNollywood Actress, ...`. Each link is a short capitalised name whose
# last letter runs into the next link's capital; the trail opens with `Home`.
_GLUED_TRAIL = re.compile(
    r"^Home(?=[A-Z])(?:(?:[A-Z][\w'&-]*\s){0,2}[A-Z][\w'&-]{2,}?[a-z](?=[A-Z]))*"
)

# ... or with spaces, the headline as its last link: `Головна › Новини › Headline`.
_SPACED_TRAIL = re.compile(rf"^(?:(?:\S+\s){{0,2}}\S+\s[{_ARROWS}]\s){{1,4}}")


def headline_text(line: str) -> str:
    """Return a headline without its `date YYYY-MM-DD` prefix and its site suffix, if any.

    A page title with a site may put its section between (`Headline | Water industry |
    The Guardian`): with pipes, the headline is what comes before the first one.
    """
    text = _HEADLINE_DATE_PREFIX.sub("", line)
    trail = _GLUED_TRAIL.match(text) or _SPACED_TRAIL.match(text)
    if trail and len(text) - trail.end() >= len(text) / 2:
        text = text[trail.end() :]
    if not site_suffix(line):
        return text.strip()
    return _HEADLINE_SITE_SUFFIX.sub("", text).split(" | ")[0].strip()


def first_sentences(text: str, limit: int = 300) -> str:
    """Return the leading whole sentences of `text` that fit in `limit` characters.

    Falls back to the first sentence, however long, so a description is never cut
    mid-sentence.
    """
    sentences = split_sentences(text.strip())
    chosen = ""
    for sentence in sentences:
        candidate = f"{chosen} {sentence}".strip()
        if chosen and len(candidate) > limit:
            break
        chosen = candidate
        if len(chosen) > limit / 2:
            break
    return chosen


def split_sentences(text: str) -> list[str]:
    """Split text into sentences at full stops that end one.

    A stop ends no sentence after an abbreviation or an initial, nor before a word in
    lower case or a figure (`the U.S. economy`, `approx. half`, `Oct. 25`).
    """
    sentences: list[str] = []
    start = 0
    for stop in _SENTENCE_STOP.finditer(text):
        if text[stop.start()] == "." and _stop_inside_a_sentence(text, stop.start(), stop.end()):
            continue
        sentences.append(text[start : stop.start() + len(stop[0].rstrip())])
        start = stop.end()
    return [*sentences, text[start:]] if start < len(text) or not sentences else sentences


def _stop_inside_a_sentence(text: str, stop: int, after: int) -> bool:
    """Say whether the full stop at `stop` closes an abbreviation, or precedes lower case
    or a figure (`Oct. 25`, `No. 10`; news style spells out a figure opening a sentence)."""
    if after < len(text) and (text[after].islower() or text[after].isdigit()):
        return True
    word = text[max(0, stop - _ABBREVIATION_CHARS) : stop].rsplit(None, 1)[-1:]
    last = word[0].rsplit(".", 1)[-1].lstrip("(\"'“‘").casefold() if word else ""
    return (len(last) == 1 and last.isalpha()) or last in _ABBREVIATIONS


def printable(name: str) -> str:
    """Return a file name safe to print or store on one line.

    A name may hold a newline, an escape sequence or a bidi override that would forge
    or reorder the warning it appears in, or end a YAML front matter block early;
    those characters are shown as escapes.
    """
    if name.isprintable():  # holds none of them: most names, checked in C
        return name
    return "".join(
        ch.encode("unicode_escape", "backslashreplace").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")
        else ch
        for ch in name
    )


# An absolute web address alone: no spaces, no quotes or angle brackets.
# Scripts written without spaces between words: their words are counted as pairs of
# characters (CJK, Hangul, Thai, Myanmar, Lao, Khmer).
UNSPACED_SCRIPT = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af]"
)
# A word, with the combining signs Indic scripts write most vowels with (`\w` has none).
WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff]+")
# A content word has at least this many letters: shorter ones (of, la, и) are glue.
MIN_CONTENT_LETTERS = 4
STEM_LETTERS = 5


def content_words(text: str) -> set[str]:
    """Return the words of a text that carry meaning, case aside; in scripts written
    without spaces, its pairs of characters."""
    folded = text.casefold()
    words = {w for w in WORD.findall(folded) if len(w) >= MIN_CONTENT_LETTERS}
    # A word's first letters stand for it: `export` and `exports`, `экспорт` and
    # `экспорта` are one word whatever the language's endings.
    words = {w[:STEM_LETTERS] for w in words if not UNSPACED_SCRIPT.search(w)}
    unspaced = "".join(UNSPACED_SCRIPT.findall(folded))
    return words | {unspaced[i : i + 2] for i in range(len(unspaced) - 1)}


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def is_web_address(text: str | None) -> bool:
    """Say whether a text is one absolute http(s) address and nothing else: what may be
    shown as a link to the original."""
    return bool(text) and _WEB_ADDRESS.fullmatch(text or "") is not None
