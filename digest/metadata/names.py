"""What counts as a person's name in a credit: capitalised words, not a desk or a job.

Shared by the source (`digest/metadata/credits.py`) and the writers (`digest/metadata/bylines.py`):
`By Staff Reporter`, `Reuters` or `Principal Test Engineer` are never names, and a
list `A, B and C` (or `et`, `und`, `y`) splits into its names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from digest.clean.cues import BUTTON_WORDS

# Titles before a name are not part of it: `Dr. Maria Chen` wrote as Maria Chen.
HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Revd)\.?\s+(?=\S)")
# A byline in capitals runs on into its employer: `By A and DIANE TORRES Associated Press`.
_CAPITALS_THEN_EMPLOYER = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})\s+[A-Z][a-z].*$"
)
# The outlet a freelance writes for: `Jane Doe for MailOnline`, `TOM REDDAN FOR BEACONSPORT`.
_FOR_OUTLET = re.compile(r"\s+(?:for|For|FOR)\s+\S.*$")
# `and` in the languages bylines are written in: et, und, y, e, en (Dutch), i (Polish,
# Catalan), ve (Turkish), dan (Indonesian), и, og, och; lower case, so never a name
# (`Dan`) or an initial (`I.`). A run of white space is
# tried from its first character only (`(?<!\s)`), and once: tried from each, with two
# ways to share it out, a long run cost its length cubed.
AND_WORDS = r"and|et|und|y|e|en|i|ve|dan|и|og|och"
# A Korean writer's titles, after the name or before it: reporter, senior and guest
# reporter, correspondent, columnist, editorial writer, stringer.
KOREAN_TITLES = "칼럼니스트|논설위원|선임기자|객원기자|기자|특파원|통신원"
_WORD = re.compile(r"[^\W\d_]+")
# An address: `jane.doe@example.com`, `example.com/jane`, `@janedoe` (a dot between
# letters, as in an address).
_DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]")
# Words of a job a byline runs a name on into, never a name's own, in the languages
# bylines are read in (`Door Sanne de Wit Verslaggever Ede`).
JOB_WORDS = (
    r"staff|senior|contributing|special|chief|deputy|associate|managing|executive"
    r"|assistant|correspondent|reporter|writer|editor|columnist|analyst|contributor"
    r"|commentator|critic|journalist|verslaggever|redacteur|dziennikar(?:z|ka)|reporterka"
    r"|redaktor|periodista|corresponsal|redactor|redattore|giornalista|inviato"
    r"|rédact(?:eur|rice)|journaliste|korrespondent(?:in)?|redakteur(?:in)?|muhabir|wartawan"
    r"|корреспондент|журналист"
)
JOB_WORD = re.compile(rf"^(?i:{JOB_WORDS})s?$")
NAME_SPLIT = re.compile(
    rf"(?<!\s)\s+(?:{AND_WORDS})\s+"
    r"|(?:(?<!\s)\s+)?(?:,\s*and\s+|,|&)\s*"
)
# A job a byline gives its writer, after the name: `Chief Strategy Officer`, `Senior Editor`.
JOB_TITLE = re.compile(
    r"\b(?:officer|president|director|manager|founder|ceo|cto|cfo|chief|executive|head"
    r"|editor|correspondent|reporter|writer|columnist|analyst|partner|professor|fellow"
    r"|engineer|scientist|developer|designer|researcher|producer|captain)s?$",
    re.IGNORECASE,
)
# The buttons of a share bar, which stands where a byline does: `Condividi Tweet WhatsApp
# Email`, `Share Tweet Email`.
_SHARE_BAR = BUTTON_WORDS | frozenset(
    [
        *("share", "tweet", "email", "e-mail", "whatsapp", "facebook", "twitter", "linkedin"),
        *("telegram", "reddit", "pinterest", "print", "copy", "link", "comment", "comments"),
        "save",
        # Their short forms on a bar of icons: `WA FB X`.
        *("wa", "fb", "tg", "x"),
    ]
)
# A word of a name: a capital of any alphabet (`Ángel`, `Łukasz`), or a particle.
# A nickname in quotes is part of the name: `Amanda "Tania Mae" Tan`.
_NAME_WORD = re.compile(r"^[\"“]?[^\W\d_][\w'’.-]*[\"”]?$")
# Lower-case words inside a name: `Emilio de Benito`, `Ludwig van Beethoven`.
NAME_PARTICLES = frozenset(
    "al bin da das de del della der des di do dos du la le ten ter van von y".split()  # noqa: SIM905
)
# Words of a desk or a job, not of a person's name: `By Staff Reporter`, `By Reuters`.
NOT_A_PERSON = re.compile(
    r"\b(?:staff|desk|team|reporters?|correspondents?|editors?|editorial|columnists?|commentators?"
    r"|critics?|agency|agencies|news"
    r"|bureau|newsroom|reuters|afp|ap|bloomberg|wire|online|service|writers?|press|media"
    r"|admin|administrator|webmaster"
    r"|engineer|manager|director|officer|president|scientist|analyst|founder|ceo|cto|cfo"
    r"|principal|senior|chief|executive"
    r"|agência|agencia|agence|agentur|agenzia|agencja|redac\w*|redak\w*|redaz\w*|reda[cç][aã]o"
    # A job in the other languages (`Verslaggever Ede`, `Reporterin`), and an organisation
    # that signs a sponsored post (`Umoya Bank`, `Estúdio Gazeta`, `Meridian Brand Content`;
    # a writer surnamed Brand is lost with it, precision first); a
    # Turkish newsroom (`Haber Merkezi`), as `Redacción` is a Spanish one.
    r"|verslaggever|journalist\w*|reporterin|korrespondent\w*|periodista|giornalista"
    r"|jornalista|dziennikarz\w*|корреспондент\w*|bank|studio|estúdio|estudio|brand"
    r"|university|council|ministry|foundation|association|haber merkezi"
    # A release's label over its date (`Release Date`), where a byline would stand.
    r"|release|date"
    # A share bar's buttons, which stand where a byline goes (`WhatsApp Facebook X Email`).
    r"|whatsapp|facebook|twitter|linkedin|telegram|e-?mail"
    # A photo's credit by the byline (`Foto Jonas Ek`): the label is no one's name.
    r"|photos?|photography|photographer|foto|fotos|fotografie|fotografia|bild|bilder|kuva|фото)\b"
    # A Chinese outlet: its news, its paper, its agency, its station, its site (`东方时报网`).
    r"|新闻|日报|晚报|时报|早报|通讯社|电视台|网站|网$"
    # A firm, a company, an association or an editorial office in Chinese, Japanese or
    # Korean (`ライトハウス国際特許事務所`, `編集部`): words that close no person's name.
    r"|事務所|会社|公司|集团|協会|协会|研究所|法人|編集部|编辑部|新聞社|주식회사|협회|편집부"
    r"|^the\s",
    re.IGNORECASE,
)


def split_names(text: str) -> list[str]:
    """Split `A, B and C` into names, leaving out desks, job titles and employers."""
    names = [HONORIFIC.sub("", name.strip(" .")) for name in name_pieces(text)]
    names = [_FOR_OUTLET.sub("", name) for name in names]
    names = [_CAPITALS_THEN_EMPLOYER.sub(r"\g<name>", name) for name in names]
    return [name for name in names if is_person_name(name)]


def name_pieces(text: str) -> list[str]:
    """Split a byline's names at commas and `and`, without the employer a writer's job
    leads to: in `Marisa Delacroix, Chief Strategy Officer, Quillon Cloud` the comma after
    the job leads to the employer, not to a second writer (`A, Senior Editor, and B`).
    A list ends with its `and`: in `A e B, Folha do Cerrado` what follows the comma after
    the last name is the outlet or the place, not a third writer (`A, B and C`)."""
    parts = re.split(f"({NAME_SPLIT.pattern})", text.strip())
    pieces, joints = parts[::2], parts[1::2]
    # ... and a piece a comma leads to that ends as a job is the writer's job: `Hemi
    # Walker, Club Captain`.
    employers = {
        i + 1
        for i, (piece, joint) in enumerate(zip(pieces[:-1], joints, strict=True))
        if joint.strip() == ","
        and (JOB_TITLE.search(piece.strip(" .")) or JOB_TITLE.search(pieces[i + 1].strip(" .")))
    }
    closed = next((i for i, joint in enumerate(joints) if joint.strip() not in (",", "")), None)
    after = next(
        (
            i + 1
            for i, joint in enumerate(joints)
            if closed is not None and i > closed and joint.strip() == ","
        ),
        len(pieces),
    )
    return [piece for i, piece in enumerate(pieces[:after]) if i not in employers]


def capitalised(word: str) -> bool:
    """Say whether a word opens as a name does: with a capital, or in a script without
    case (`سارة العتيبي`, `आलोक मिश्रा`), where every word opens alike."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def is_person_name(text: str) -> bool:
    """Say whether a short text is a person's name: one to four capitalised words.

    Capitals of any alphabet count (`Miguel Ángel Patiño`); desks and job titles do not.
    """
    words = text.split()
    # One word in capitals after a list of names is the outlet: `..., Emily Zhang, GNN`.
    if len(words) == 1 and text.isupper():
        return False
    return (
        1 <= len(words) <= 4
        and all(
            (capitalised(word.lstrip('"“')) and _NAME_WORD.match(word)) or word in NAME_PARTICLES
            for word in words
        )
        and not NOT_A_PERSON.search(text)
        and not is_share_bar(text)
    )


def is_share_bar(text: str) -> bool:
    """Say whether a line is a share bar's buttons (`Share Tweet Email`, `WA FB X`): it
    stands where a byline or a site's name does, and names neither."""
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    return bool(words) and all(word.casefold() in _SHARE_BAR for word in words)


def called_the(name: str, text: str) -> bool:
    """Say whether a text writes a name after `the` (`the Denver Summit's team reporter`):
    a team, a company or a place, since no one writes a person's name so."""
    return re.search(rf"\bthe\s+{re.escape(name)}\b", text, re.IGNORECASE) is not None


def lower_case_words(texts: Iterable[str]) -> set[str]:
    """Return the words a page's lines write in lower case: ordinary words of its
    language, never a name's (a name is capitalised wherever it stands).

    Addresses are left out: an e-mail address, a web address or a handle is written in
    lower case whatever it spells (`bronte.hollis@…` under the byline `By Bronte
    Hollis`), so its words say nothing of how the page writes them."""
    return {
        word
        for text in texts
        for token in text.split()
        if not _is_address(token)
        for word in _WORD.findall(token)
        if word.islower()
    }


def _is_address(token: str) -> bool:
    return "@" in token or "://" in token or _DOTTED.search(token) is not None


def all_ordinary(name: str, ordinary: set[str]) -> bool:
    words = _WORD.findall(name)
    return bool(words) and all(word.casefold() in ordinary for word in words)


def any_ordinary(name: str, ordinary: set[str]) -> bool:
    """Say whether a name holds a word the page writes in lower case elsewhere; a name's
    particles (`van`, `de`) are written so in the name itself."""
    return any(
        word.casefold() in ordinary and word not in NAME_PARTICLES for word in _WORD.findall(name)
    )


def is_lone_word(name: str) -> bool:
    """Say whether a name is one word in a script that spaces a person's names: a place
    or a section (`Washington`, `চট্টগ্রাম`); Chinese, Japanese and Korean write a whole
    name as one word."""
    return len(name.split()) == 1 and not _UNSPACED_NAME.search(name)


def written_unspaced(text: str) -> bool:
    """Say whether a text is in a script that writes a whole name without a space."""
    return bool(_UNSPACED_NAME.search(text))


# Scripts that write a person's whole name without a space: Han, kana, Hangul.
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
