"""Judge one line alone: what kind of page furniture it says it is, or clear prose.

The first pass of the cleaner. Each rule looks for a mark that page furniture wears
on any site (a credit marker on a caption, an imperative addressed to the reader, a
counter, a comments heading), and rules about vocabulary judge only short lines, so
a long sentence that merely mentions WhatsApp or a newsletter stays prose. The rules
for bylines, credits, captions and bios are in digest/clean/credit_lines.py, the word
counts all rules share in digest/clean/line_lengths.py.

Most patterns run on the casefolded line, written in lower case without
`re.IGNORECASE`: case-insensitive matching is several times slower in Python's `re`,
and this pass runs on every line of every scrape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from digest.article_parts import Verdict
from digest.clean.credit_lines import _bio, _caption, _credit
from digest.clean.cues import (
    AGO_AFTER,
    AGO_BEFORE,
    AGO_COUNTS,
    AGO_UNITS,
    BUTTON_PHRASES,
    BUTTON_WORDS,
    COMMENT_BUTTONS,
    COMMENT_COUNTED,
    COMMENT_HEADINGS,
    COMMENT_INVITATIONS,
    PAYWALL_NOTICES,
    RELATED_HEADINGS,
    RIGHTS_RESERVED,
    alternation,
    first_words,
    states_reading_time,
)
from digest.clean.flattened import is_flattened_list
from digest.clean.line_lengths import (
    MAX_CREDIT_WORDS,
    MAX_FURNITURE_WORDS,
    MAX_PROMO_WORDS,
    MIN_RUN_ON_WORDS,
    MIN_SENTENCE_WORDS,
    READING_TIME_WORDS,
)
from digest.text import ends_like_sentence, word_weight

# A line opening with a teaser's label (`Read also: ...`, `(Leggi anche su: ...)`, its
# preposition after the label).
_TEASER = re.compile(
    r"^(?:[•·\-–*(\[]\s*)?(?:also\s+(?:read|see|on\b[^:]{0,30})|read\s+(?:also|more|next)"
    r"|see\s+also|related(?:\s+\w+)?|more\s+on\s+this|recommended|watch|listen"
    rf"|{alternation(RELATED_HEADINGS)})(?:\s+(?:on|in|at|su|de|di|em|en|auf|à|sur))?\s*:"
)
# Headings of the lists of other stories that pages put around an article (`Most read in
# world news`, `Você pode gostar...`).
TEASER_HEADING = re.compile(
    r"^(?:related(?: \w+)?"
    r"|more (?:stories|news|(?:from|by) (?:this |the )?\S+)"
    # `More Must-Reads From TIME`, `More Stories From CNN`, `Read more from The Hill`
    r"|more (?:must[- ]reads?|stories|headlines|articles) (?:from|on|at) (?:the )?\S+(?: \S+)?"
    r"|read more (?:from|on|at) (?:the )?\S+(?: \S+)?|(?:more )?must[- ]reads?"
    r"|most (?:read|popular|viewed|shared)(?: today| now| this week| stories| articles)?"
    r"(?: in(?: \w+){1,3})?"
    r"|trending|you may also like|recommended(?: for you| stories| articles| reading)?"
    r"|also read|read more|read next|latest(?: news| stories)?|top stories|trending(?: \w+)?"
    r"|popular|editor'?s'? picks|from around the web|sponsored(?: \w+)?|tags?|topics"
    r"|promoted(?: \w+)?|what to read next"
    rf"|{alternation(RELATED_HEADINGS)})\s*(?::|\.\.\.|…)?$"
)
_TAG_LIST = re.compile(r"^(?:tags?|topics?|filed under|categories|category|keywords)\s*:")
# `More World`, `More in Politics`: a section's list, told apart from a subheading
# (`More trouble ahead`) by the capitalised section name.
_MORE_SECTION = re.compile(r"^More (?:in |from |on )?[A-Z]\w*$")
_COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|discussion"
    r"|(?:reader|visitor|user)s?'?\s+comments(?:\s+(?:add|post|leave|write) (?:a|your) comment)?"
    rf"|{alternation(COMMENT_HEADINGS)}|{alternation(COMMENT_BUTTONS)})(?:\s+\(\d+\))?$"
    rf"|^\d+\s+(?:{alternation(COMMENT_COUNTED)})$"
    rf"|^(?:{alternation(COMMENT_INVITATIONS)})"
    r"|^(?:leave|post|add|write) (?:a|your) (?:reply|comment|response)"
    r"|^(?:join|start) the (?:discussion|conversation)"
    r"|^(?:show|view|load|read|see) (?:all |more )?(?:\d+ )?comments"
    r"|^rating: .*votes?$"
    r"|^your email address will not be published|^save my name, email"
)
_DIGIT = re.compile(r"\d")
_COPYRIGHT_NOTICE = re.compile(
    r"©\s*(?:\d{4}|\w)|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?\d{4}"
    # Korean's circled sign and its `copyright holder` label: `저작권자 ⓒ 연합뉴스`.
    r"|ⓒ|저작권자|無断転載|版权所有|版權所有"
    rf"|\b(?:{alternation(RIGHTS_RESERVED)})\b"
)
# Words of a legal notice in Korean, Japanese and Chinese (the circled sign, `copyright
# holder`, `without permission`, `redistribution`, `all rights`).
_CJK_LEGAL_CUES = ("ⓒ", "저작권", "무단", "재배포", "無断", "版权", "版權")
# A reservation of rights: the site's or the wire's legal notice, after the article.
RIGHTS_NOTICE = re.compile(rf"\ball rights reserved\b|\b(?:{alternation(RIGHTS_RESERVED)})\b")
# An imperative addressed to the reader opening a sentence: a promotion, never reporting.
# (`Join the X Newsletter`: within one sentence, the newsletter a few words on.)
_PROMO_SENTENCE = re.compile(
    r"(?:subscribe|sign up|sign in|log in|register|follow (?:us|me)|download (?:our|the)"
    r"|join the [^.!?]{0,60}newsletter"
    r"|click here|tap here|join (?:us|our)|stay up to date|stay informed|get (?:the latest|our)"
    r"|get [^.!?]{0,60}\b(?:to|in) your inbox"
    r"|don'?t miss|never miss|listen (?:to|on)|watch (?:now|the video)|read more|share (?:this|on)"
    r"|already a (?:subscriber|member)"
    # `Follow NBC Latino on Facebook, Twitter and Instagram.`: whoever it names.
    r"|follow [^.!?]{1,60}? on (?:facebook|twitter|instagram|x|linkedin|tiktok|youtube|threads))\b"
)
_SENTENCE_GAP = re.compile(r"[.!?]\s+")
# A consent banner, in any language: the site and its partners (`partneři`, `partenaires`,
# `Partner`, `socios`) use cookies, a word nearly every language borrowed. A report about
# cookies names the companies that set them, not the reader's partners.
_PARTNERS = re.compile(r"\b(?:partner|partenaire|socio|parceiro|partnerzy|partneři)\w*")
MAX_CONSENT_WORDS = 90
_PROMO_ANYWHERE = re.compile(
    r"\b(?:we|this (?:web)?site) uses? cookies\b|\bto continue reading\b"
    r"|\bfree (?:articles?|stories) (?:left|remaining)\b|\byou have \d+ free\b"
    r"|\breached (?:your|the) (?:\w+ )?limit\b|\bfree articles? (?:this|per|a) "
)
_PAYWALL = re.compile(alternation(PAYWALL_NOTICES))
_COUNTER = re.compile(
    r"^(?:\d[\d,.]*\s*[km]?\s*(?:comments?|views?|shares?|likes?|reads?|min(?:ute)?s?"
    r"(?:\s+(?:read|listen|watch))?)|(?:high|most)\s+views?|\d+\s*min|shares|likes)$"
    r"|^(?:(?:updated|posted|published)\s+)?(?:about\s+)?(?:an?|\d+)\s*(?:s|m|h|d|w|secs?|mins?|minutes?|hours?|hrs?|days?|weeks?"
    r"|months?|years?)\s+ago\b.{0,20}$"
)
# The same relative timestamp in the other languages: `vor 2 Stunden`, `3 ore fa`;
# anything after it only past a mark (`vor 2 Stunden | Politik`), since a sentence may
# open with the words (`Vor 2 Tagen traf sich der Rat`).
_COUNT = rf"(?:\d+|{alternation(AGO_COUNTS)})\s+(?:{alternation(AGO_UNITS)})"
_AFTER_A_MARK = r"(?:\s*[|·•–-].{0,20})?$"
_FOREIGN_AGO = re.compile(
    rf"^(?:{alternation(AGO_BEFORE)})\s+{_COUNT}{_AFTER_A_MARK}"
    rf"|^{_COUNT}\s+(?:{alternation(AGO_AFTER)}){_AFTER_A_MARK}"
)


def is_time_ago(lowered: str) -> bool:
    """Say whether a lower-cased line is a relative timestamp (`2 hours ago`), in any of
    the languages of the cue tables."""
    return " ago" in lowered or _FOREIGN_AGO.match(lowered) is not None


_CALL_TO_ACTION = re.compile(
    r"\b(?:subscrib\w*|newsletter|sign[\s-]?(?:up|in)|log[\s-]?in|register|follow us"
    r"|share|tweet|pin it|pinterest|facebook|twitter|linkedin|whats\s?app|telegram"
    r"|click here|read more|download (?:the|our) app|cookies?|accept|advertisement"
    r"|search|select page|menu|skip to|back to top|print|email this|comments?|reply|report"
    r"|continue reading|read the full (?:story|article)|follow our|copy link|get the app"
    r"|install (?:our|the) app|app store|google play|notifications?|manage (?:\w+ )?preferences"
    r"|(?:cookie|privacy) settings|story continues below"
    # A content system's button left as its shortcode: `[button link=...]Send us ...[/button]`.
    r"|\[/?button\b"
    # A newsroom's request for tips (`Got a news tip?`, `Send us your tips`) on its menus.
    r"|(?:got|have) a (?:news |story )?tip|send us (?:a |your )?(?:news |story )?tips?"
    r"|submit a (?:news |story )?tip|news tips?"
    rf"|{alternation(BUTTON_PHRASES)})\b"
)
# `Sales` names a contact block's team or role (`Sales Team`, `Sales Director - Mr. Lee`,
# `Sales: +1 …`); in a headline it is a noun of the news (`Home Depot sales miss`).
_CONTACT = re.compile(
    r"whats?\s?app|\bsales\s*(?::|team|director|manager|department|dept\b|office|enquir|inquir"
    r"|executive|representative|contact)|\bcontact\b|\bcall us\b|\bphone\b|@\w+\.\w+"
)
_PHONE = re.compile(r"\+\d[\d\s().-]{7,}\d|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
DATE_IN_LINE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}"
)
# Interviews mark each turn (`Q: ...`, `A: ...`); navigation never does, so a marked
# turn is the article's text however short.
_INTERVIEW_TURN = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]\s+\S")
# Some pages wrap the headline as `date YYYY-MM-DD Headline`.
HEADLINE_WITH_DATE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+\S", re.IGNORECASE)


def is_teaser_heading(line: str, lowered: str | None = None) -> bool:
    """Say whether a line heads a list of other stories (`Related`, `More World`)."""
    lowered = line.casefold() if lowered is None else lowered
    return TEASER_HEADING.match(lowered) is not None or bool(_MORE_SECTION.match(line))


_Rule = Callable[[str, str, float, frozenset[str]], Verdict | None]

# Cheap guards: a pattern runs only on lines holding one of the words it starts with.
# Unanchored alternations are the slowest thing Python's `re` does, and most lines
# hold none of these words.
_WORD = re.compile(r"[^\W_]+")
_NO_TOKENS: frozenset[str] = frozenset()


def _tokens(lowered: str) -> frozenset[str]:
    """Return the line's words without punctuation, for the word guards below."""
    return frozenset(_WORD.findall(lowered))


_CALL_TO_ACTION_WORDS = first_words(BUTTON_PHRASES) | frozenset(
    [
        *("newsletter", "newsletters", "continue", "copy", "get", "install", "app", "google"),
        *("notification", "notifications", "manage", "privacy", "sign", "signup", "signin"),
        *("log", "login", "register", "follow", "share", "tweet", "pin", "pinterest"),
        *("facebook", "twitter", "linkedin", "whats", "whatsapp", "telegram", "click", "read"),
        *("download", "cookie", "cookies", "accept", "advertisement", "search", "select"),
        *("menu", "skip", "back", "print", "email", "comment", "comments", "reply", "report"),
        *("tip", "tips", "story", "button"),
    ]
)
_PROMO_WORDS = frozenset(
    [
        *("subscribe", "sign", "log", "register", "follow", "download", "click", "tap", "join"),
        *("stay", "get", "don", "dont", "never", "listen", "watch", "read", "share", "already"),
    ]
)


def _comments(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    return Verdict.COMMENTS if _COMMENTS_HEADER.match(lowered) else None


def _tags(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    return Verdict.TAG_LIST if _TAG_LIST.match(lowered) else None


def _teaser(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    if _TEASER.match(lowered) or is_teaser_heading(line, lowered):
        return Verdict.TEASER
    return None


def _promotion(line: str, lowered: str, words: float, tokens: frozenset[str]) -> Verdict | None:
    if "cookie" in lowered and words <= MAX_CONSENT_WORDS and _PARTNERS.search(lowered):
        return Verdict.CALL_TO_ACTION
    if words > MAX_PROMO_WORDS:
        return None
    legal = "©" in line or "copyright" in lowered or "rights reserved" in lowered
    legal = legal or "rechte" in lowered or "droits" in lowered or "dere" in lowered
    legal = legal or "direitos" in lowered or "diritti" in lowered or "rechten" in lowered
    legal = legal or any(cue in line for cue in _CJK_LEGAL_CUES)
    if legal and _COPYRIGHT_NOTICE.search(lowered):
        return Verdict.CREDIT
    promoted = words > MAX_FURNITURE_WORDS or "subscrib" in lowered
    promoted = promoted or not _PROMO_WORDS.isdisjoint(tokens)
    if promoted and any(_opens_a_promotion(lowered, s) for s in _sentence_starts(lowered)):
        return Verdict.CALL_TO_ACTION
    wall = "cookie" in lowered or "continue reading" in lowered or " free " in lowered
    wall = wall or "limit" in lowered
    if wall and _PROMO_ANYWHERE.search(lowered):
        return Verdict.CALL_TO_ACTION
    return Verdict.CALL_TO_ACTION if _PAYWALL.search(lowered) else None


def _sentence_starts(lowered: str) -> list[int]:
    return [0, *(gap.end() for gap in _SENTENCE_GAP.finditer(lowered))]


def _opens_a_promotion(lowered: str, start: int) -> bool:
    """Say whether the sentence at `start` opens with an imperative to the reader."""
    first = lowered[start : start + 16].split(maxsplit=1)
    word = first[0].rstrip(_TRAILING_PUNCTUATION).split("'")[0].split("’")[0] if first else ""
    if not (word.startswith("subscrib") or word in _PROMO_WORDS):
        return False
    return _PROMO_SENTENCE.match(lowered, start) is not None


_TRAILING_PUNCTUATION = '.,:;!?"”)'


_STAMP_WORDS = ("published", "updated", "last updated", "posted", "first published")
# A stamp after a few words of a byline (a name, a job, an agency, a handle).
_STAMP_AFTER_A_BYLINE = re.compile(r"^(?:\S+\s+){1,8}?(?:published|updated|posted)\b")


def _flattened_list(
    line: str, lowered: str, words: float, tokens: frozenset[str]
) -> Verdict | None:
    """Judge a list of links joined into one line (a menu, a ranked list, a topics bar)."""
    return Verdict.LINK_LIST if is_flattened_list(line, lowered) else None


def _stamp_after_a_byline(line: str, lowered: str) -> bool:
    """Say whether a line is a byline run into its stamps: a few capitalised words (a
    name, a job, an agency; `|`, `·` and a handle between), then `Updated` or
    `Published`, not a sentence (`Posts by his wife, posted while in Las Vegas on ...`)."""
    stamp = _STAMP_AFTER_A_BYLINE.match(lowered)
    if stamp is None or ends_like_sentence(line):
        return False
    before = line[: stamp.end()].split()[:-1]
    return all(not word[0].isalpha() or word[0].isupper() for word in before)


def _short_furniture(
    line: str, lowered: str, words: float, tokens: frozenset[str]
) -> Verdict | None:
    if words > MAX_FURNITURE_WORDS:
        # Both stamps with their times run longer than a label, and are still one:
        # `Published: Aug 20, 2024, 14:35 IST | Last updated: Aug 21, 2024, 09:10 IST`.
        # So is a byline run into them: `Jess Whitford | Australian Associated Press
        # Updated July 3 2024 - 9:14am, first published July 2 2024 - 10:45pm`.
        stamped = lowered.startswith(_STAMP_WORDS) or _stamp_after_a_byline(line, lowered)
        stamped = stamped and words <= MAX_CREDIT_WORDS
        return Verdict.DATE_HEADER if stamped and DATE_IN_LINE.search(lowered) else None
    if _COUNTER.match(lowered) or _FOREIGN_AGO.match(lowered):
        return Verdict.COUNTER
    if words <= READING_TIME_WORDS and states_reading_time(line):
        return Verdict.COUNTER  # `Tempo de leitura: 2 minutos`, alone on its line
    if HEADLINE_WITH_DATE.match(line):
        return None
    digits = _DIGIT.search(line) is not None
    if digits and DATE_IN_LINE.search(lowered) and not ends_like_sentence(line):
        return Verdict.DATE_HEADER
    if ends_like_sentence(line) and words >= MIN_SENTENCE_WORDS:
        return None
    hinted = "wha" in lowered or "sales" in lowered or "contact" in lowered or "@" in lowered
    hinted = hinted or "call us" in lowered or "phone" in lowered
    contact = hinted and _CONTACT.search(lowered)
    if contact or (digits and _PHONE.search(line)):
        return Verdict.CONTACT
    if "subscrib" in lowered or not _CALL_TO_ACTION_WORDS.isdisjoint(tokens):
        return Verdict.CALL_TO_ACTION if _CALL_TO_ACTION.search(lowered) else None
    if lowered.strip(" :") in BUTTON_WORDS or _WIDGET_BUTTON.match(lowered):
        return Verdict.CALL_TO_ACTION
    return None


# A share button in Japanese or Korean (`このニュースをシェア`, `공유하기`), a widget's
# placeholder while its script loads (`Loading weather data ...`).
_WIDGET_BUTTON = re.compile(
    r"^\S{0,12}シェア(?:する)?$|^공유하기$|^loading(?:\s+\w+){0,2}\s*(?:\.{3}|…)$"
)


_RULES: tuple[_Rule, ...] = (
    _comments,
    _caption,
    _tags,
    _teaser,
    _credit,
    _bio,
    _promotion,
    _flattened_list,
    _short_furniture,
)


# Menus, share bars and sign-up boxes recur word for word on every page of a site, so
# a digest drawn from a few sites judges the same lines again and again.
@lru_cache(maxsize=1 << 16)
def judge_alone(line: str) -> Verdict | None:
    """Return a furniture verdict, BODY for clear prose, or None when context must decide."""
    words = word_weight(line)
    if _INTERVIEW_TURN.match(line):
        return Verdict.BODY
    lowered = line.casefold()
    # Only short lines are tested word by word; longer ones go to the sentence test.
    tokens = _tokens(lowered) if words <= MAX_FURNITURE_WORDS else _NO_TOKENS
    for rule in _RULES:
        verdict = rule(line, lowered, words, tokens)
        if verdict is not None:
            return verdict
    if words >= MIN_RUN_ON_WORDS or (words >= MIN_SENTENCE_WORDS and ends_like_sentence(line)):
        return Verdict.BODY
    return None
