"""Names a page credits with another part than the writing: its editor, its
photographer, a press contact, a reporter who helped.

A content system's author field often holds the editor who filed the story, lists the
photographer, or names everyone who helped; the page's own credits say which part
each played. Kept apart from pageauthors.py, which chooses the writers, because these
checks read the page's lines for labels and captions, not its markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.clean.cues import CREDIT_LABELS, SOURCE_LABELS, alternation
from digest.metadata.credits import PROVIDED_BY
from digest.metadata.wires import PUBLICATION_WORD, is_wire

# The credit of another part than the writing, before the name: an editor's (`Edited
# by`, `Editor:`, `Editör:`, `Redakteur:`), a photographer's (`Photo:`, `Фото:`, `Fotografia:`,
# `photographer Raj Bedi and I`), a press release's contact (`Media Contact`), a health
# site's reviewer (`Medically reviewed by Dr`), or the label alone on the line above the name.
_ROLE_LABELS = (
    r"edited by|editor|editör|redakteur(?:in)?|rédacteur|editado por|a cura di|επιμέλεια"
    r"|редактор|photo(?:s|graph(?:s|y|er))?(?: by)?|pictures? by|fotos?|fot[oó]graf\w*|фото"
    r"|(?:media|press|investor) contacts?|(?:medically |clinically )?reviewed by"
    rf"|fact[- ]?checked by|{alternation(CREDIT_LABELS)}"
    # A video's or a picture desk's credit, and a source's (`Източник: БТА`, `Quelle: dpa`).
    rf"|video(?:grapher)?|photojournalist|camera|{alternation(SOURCE_LABELS)}|източник|source"
)
_OTHER_ROLE_LABEL = re.compile(rf"(?:{_ROLE_LABELS})\s*:?\s*(?:(?:dr|prof)\.?\s*)?$", re.IGNORECASE)
# A credit that opens with another part's label (`Photography: Kenneth Ho`, `Foto: Oriol
# Bosch / ACN`), or with the mark parting a name from its outlet (`| Four Corners Public
# Radio`): no writer's byline.
_ANOTHER_ROLES_CREDIT = re.compile(rf"^\s*(?:(?:{_ROLE_LABELS})\s*:|[|/·•])", re.IGNORECASE)
# The story quotes the name (`said Dr Owen Hartley, a GP`): a source, not its writer.
_QUOTED = re.compile(r"\b(?:said|says|told|according to)\s+(?:(?:dr|prof)\.?\s+)?$", re.I)
# ... or after it: a caption's credit naming the outlet or agency the picture is
# from (`Lena Marchetti / The Coastal Observer`, `X / Getty Images`; a byline's `A / B`
# names two writers), a caption's closing credit (`... Montana. Rosa Vidal-Quintero
# for Brightline`), a photographer's bio (`Rosa Vidal-Quintero is a photographer`).
_CREDITED_OUTLET = re.compile(r"^\s*/\s*(?P<outlet>[^\d/]{2,40}?)\s*$")
_PICTURE_AGENCY = re.compile(r"\b(?:images|photos?|pictures|pool)$", re.IGNORECASE)
_CAPTION_CREDIT_AFTER = re.compile(r"^\s+for\s+\S[^.]*$")
_PHOTOGRAPHER_BIO = re.compile(r"^\s+is an? (?:[\w-]+ ){0,3}photographer\b", re.IGNORECASE)
# A line crediting help with the report, not its writing: `Staff writer Lauren Pike
# contributed to this report.`, `Additional reporting by Tom Reed`.
_CONTRIBUTION = re.compile(
    r"\bcontributed(?: reporting)? to this (?:report|story|article)\b"
    r"|\badditional reporting\b|\bcontributed reporting\b|\bwith reporting (?:from|by)\b",
    re.IGNORECASE,
)


def credits_another_role(text: str) -> bool:
    """Say whether a credit the page marks as an author's is another part's (see
    `_ANOTHER_ROLES_CREDIT`)."""
    return _ANOTHER_ROLES_CREDIT.match(text) is not None


def only_in_another_role(name: str, lines: Sequence[str]) -> bool:
    """Say whether the page shows a name only as its editor's or photographer's
    (`Editör: Zeynep Arslan`, `Фото: Игорь Лебедев`, a caption's credit): a content
    system's author field often holds the editor who filed the story or lists the
    photographer, and an editor's credit may be marked as an author's link; neither
    wrote the story. A name alone on a line is a byline's, unless the line above is
    the role's label (`Photography`) or the line below says it is the photographer's."""
    roles = []
    for index, line in enumerate(lines):
        at = line.find(name)
        if at < 0:
            continue
        before, after = line[:at], line[at + len(name) :]
        if not before.strip() and not after.strip():
            above = lines[index - 1].strip() if index else ""
            below = lines[index + 1] if index + 1 < len(lines) else ""
            roles.append(
                bool(_OTHER_ROLE_LABEL.fullmatch(above))
                or (below.startswith(name) and bool(_PHOTOGRAPHER_BIO.match(below[len(name) :])))
            )
            continue
        roles.append(
            bool(_OTHER_ROLE_LABEL.search(before))
            or bool(_QUOTED.search(before))
            or _credits_an_outlet(after)
            or bool(_PHOTOGRAPHER_BIO.match(after))
            or (before.rstrip().endswith(".") and bool(_CAPTION_CREDIT_AFTER.match(after)))
        )
    return bool(roles) and all(roles)


def provided_the_content(name: str, lines: Sequence[str]) -> bool:
    """Say whether the page names `name` as whoever supplied the content (`News provided
    by` over `Corvane Robotics`, or on the same line): a press release's issuer, an
    organisation, though the markup may mark it as the author."""
    for index, line in enumerate(lines):
        at = line.find(name)
        if at > 0 and PROVIDED_BY.search(line[:at]):
            return True
        if at == 0 and line.strip() == name and index and PROVIDED_BY.search(lines[index - 1]):
            return True
    return False


def contributed(name: str, lines: Sequence[str]) -> bool:
    """Say whether the page credits a name with helping the report, not writing it."""
    return any(name in line and _CONTRIBUTION.search(line) for line in lines)


def _credits_an_outlet(after: str) -> bool:
    """Say whether what follows a name is a picture's credit: `/ The Coastal Observer`."""
    credited = _CREDITED_OUTLET.match(after)
    outlet = credited["outlet"] if credited else ""
    return bool(outlet) and bool(
        PUBLICATION_WORD.search(outlet) or is_wire(outlet) or _PICTURE_AGENCY.search(outlet)
    )
