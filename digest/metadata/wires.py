"""The news agencies whose copy other sites repost, and how publishers are named.

A reposted wire report names its agency in a few places besides the dateline: a line
of its own after the text (`AFP`, `dpa`), or the byline's place above it (`KYODO` by
the date, `Reuters in Taipei`). The agencies are a short, stable list of well-known
names, so a line that is exactly one of them is a credit on any page, not a guess.
"""

from __future__ import annotations

import re

from digest.article_parts import Line, Verdict
from digest.clean.furniture import is_teaser_heading

# International and national wires, as they sign their copy (case aside); names of
# more than one word are joined with `_` here.
_WIRE_NAMES = (
    "ap afp reuters dpa kyodo jiji yonhap ansa efe pti ians ani uni aap upi xinhua tass "
    "interfax bernama antara pap cna apa kna belga anp lusa epa sda ctk mti bta anadolu "
    "associated_press agence_france-presse kyodo_news jiji_press yonhap_news भाषा "
    "pa_media pa_news_agency press_association australian_associated_press canadian_press "
    "la_presse_canadienne ntb ritzau čtk agencia_efe press_trust_of_india news_agency_of_nigeria "
    "stt agerpres hina tanjug ukrinform irna kuna"
)
WIRE_AGENCIES = frozenset(name.replace("_", " ") for name in _WIRE_NAMES.split())
# Words newspapers and news sites are named with (The Korea Herald, TechWire, South China
# Morning Post): a page's first line ending in one is its masthead, not a menu entry.
PUBLICATION_WORD = re.compile(
    r"(?:times|post|news|herald|express|journal|daily|tribune|gazette|telegraph|guardian"
    r"|press|chronicle|wire|review|insider|observer|standard|courier|mail|monitor|weekly"
    r"|magazine|letter|report|today|examiner|dispatch|bulletin|sentinel|register|blatt"
    r"|zeitung|presse|kurier|giornale|corriere|gazzetta|dagblad|nieuws)$",
    re.IGNORECASE,
)
# `Reuters in Taipei`: an agency standing as the byline, with the place it filed from.
_AGENCY_IN_PLACE = re.compile(r"^(?P<name>[^\W\d_][\w .-]{1,25}?)\s+in\s+[A-Z][\w .'’-]{1,30}$")
# Taiwanese and Chinese papers credit their agency before the reporter in the lede's
# opening bracket: `（中央社記者張建中新竹10日電）`.
# A wire signs its report off right under the text, before the page's furniture: an
# agency's initials further down are a footer's link (`DPA`, a data processing agreement).
SIGN_OFF_REACH = 3
_LEDE_AGENCY = re.compile(r"^[（(](?P<agency>[^\s（）()記记]{1,6}社)[記记]者")
# Verdicts a byline above the article gets when the cleaner does not call it a byline.
_HEADER_VERDICTS = frozenset(
    {Verdict.BYLINE, Verdict.NAVIGATION, Verdict.CREDIT, Verdict.DATE_HEADER}
)


def is_wire(name: str) -> bool:
    """Say whether a name is one of the wire agencies, case and spacing aside."""
    folded = " ".join(name.split()).casefold()
    return folded.removeprefix("the ") in WIRE_AGENCIES


def names_an_outlet(name: str) -> bool:
    """Say whether a name beside a writer's in a byline is the outlet they write for:
    a wire, or a name ending in a word publications are named with (`Rachel Teo, Asia
    Property Journal`). No one's surname is `Journal` or `Gazette`."""
    words = name.split()
    return is_wire(name) or (len(words) >= 2 and bool(PUBLICATION_WORD.search(words[-1])))


def wire_credit(lines: tuple[Line, ...]) -> str | None:
    """Return the wire a page credits on a line of its own, before or after the text.

    Above the text only a line beside the date, where bylines stand, counts: an agency's
    name elsewhere in the header is more often a photo credit. After the text, a line
    that is just the agency's name is its sign-off.
    """
    first_kept = next((i for i, line in enumerate(lines) if line.verdict.kept), len(lines))
    lede = _LEDE_AGENCY.match(lines[first_kept].text) if first_kept < len(lines) else None
    if lede:
        return lede["agency"]
    for index, line in enumerate(lines[:first_kept]):
        around = lines[max(0, index - 1) : index + 2]
        # Where bylines stand: beside the date, or under the writers' names.
        near_date = any(other.verdict is Verdict.DATE_HEADER for other in around)
        under_byline = index > 0 and lines[index - 1].verdict is Verdict.BYLINE
        if (near_date or under_byline) and line.verdict in _HEADER_VERDICTS:
            name = _agency_named(line.text)
            if name:
                return name
    # A sign-off ends the text: an agency's name with paragraphs of the text after it
    # credits the picture it stood under (`Reuters` above a feature's photo caption).
    # One kept line may follow: a prompt the cleaner took for text (`Join our channel`).
    body = [i for i, line in enumerate(lines) if line.verdict is Verdict.BODY]
    closing = body[-2] if len(body) >= 2 else 0  # where at most one body line follows
    last = body[-1] if body else first_kept
    for line in lines[max(first_kept + 1, closing) : last + 1 + SIGN_OFF_REACH]:
        if is_teaser_heading(line.text.strip()):
            break  # `Recommended Stories`: the wires under it are other stories'
        name = line.text.strip(" .()")
        if is_wire(name):
            return name
    return None


def is_person_credit(name: str, is_person: bool) -> bool:
    """Say whether a credit names a writer, not a publisher: `Ahmet Yılmaz | 08.03.2024`.

    A name of two or more words that reads as a person's (`is_person`) and has no word
    publications are named with (Times, Standard, Post) credits a writer; one word
    (`TNN`, `PTI`) is a publisher's short name.
    """
    return is_person and len(name.split()) >= 2 and not PUBLICATION_WORD.search(name)


def _agency_named(text: str) -> str | None:
    """Return the agency a byline-shaped line names: `KYODO`, `Reuters in Taipei`."""
    in_place = _AGENCY_IN_PLACE.match(text)
    name = in_place["name"] if in_place else text.strip()
    return name if is_wire(name) else None
