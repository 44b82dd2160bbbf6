"""The publication's name: what the page's metadata agree on, in the form the page shows."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from choose import TITLE_SEPARATOR, Choice
from page_metadata import PageMetadata
from visible import contains, norm


def host_label(url: str) -> str:
    """The registrable name of a host: www.thehill.com -> thehill, blog.givewell.org -> givewell."""
    parts = (urlsplit(url).hostname or "").split(".")
    parts = [p for p in parts if p not in ("www", "m", "blog", "news")]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac"):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else "")


def names_host(name: str, host: str) -> bool:
    """True when a name spells the site's host: "The Hill" thehill, "The New York Times" nytimes."""
    words = [w for w in norm(name).split() if w != "the"]
    squashed = "".join(words)
    initials = "".join(w[0] for w in words)
    if not host or not squashed:
        return False
    return (
        squashed in host or host in squashed or (len(initials) >= 3 and host.startswith(initials))
    )


def clean_site_name(name: str) -> str:
    """A site name without its tagline or menu ("Autoracing | F1 | Indy" -> "Autoracing")."""
    name = name.strip().lstrip("@")
    if "://" in name or not name or name.lower() in ("blogger", "wordpress", "home"):
        return ""
    return TITLE_SEPARATOR.split(name)[0].strip()


def source_candidates(page: PageMetadata, title: str | None) -> list[tuple[str, str, int]]:
    """(key, name, weight) for every place a page names its publication."""
    found = [("og:site_name", page.first("og:site_name"), 3)]
    found += [("JSON-LD publisher", item.publisher, 2) for item in page.ld_articles[:1]]
    found += [("JSON-LD Organization/WebSite name", n, 1) for n in page.ld_site_names]
    found += [(k, page.first(k), 1) for k in ("application-name", "apple-mobile-web-app-title")]
    for key, text in (("<title>", page.title_tag), ("og:title", page.first("og:title"))):
        parts = TITLE_SEPARATOR.split(text)
        if len(parts) < 2:
            continue
        # the site's name closes a title more often than it opens it (an opening segment is
        # usually a section: "Opinion | ...")
        for part, weight in ((parts[-1], 2), (parts[0], 1)):
            if title and norm(part) in norm(title):
                continue
            found.append((f"{key} segment", part, weight if key == "<title>" else 1))
    cleaned = [(k, clean_site_name(n), w) for k, n, w in found]
    return [(k, n, w) for k, n, w in cleaned if n and len(n) <= 60]


DOMAIN_END = re.compile(r"(?: co)? (?:com|net|org|uk|in|ru|it|br|info)$")


def same_source(a: str, b: str) -> bool:
    """score_real.py's source match (equal, equal without spaces, or one containing the other),
    with a domain ending not counting: "nj" and "NJ.com" are one name."""
    x, y = (re.sub(r"^the ", "", DOMAIN_END.sub("", norm(n)) or norm(n)) for n in (a, b))
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    short, long_ = sorted((x, y), key=len)
    return short in long_ and len(short) >= 4 and len(short) / len(long_) >= 0.5


def choose_source(page: PageMetadata, lines: list[str], url: str, title: str | None) -> Choice:
    """The name most of the page's metadata agrees on, in the form the page shows."""
    candidates = source_candidates(page, title)
    host = host_label(url)
    groups: list[list[tuple[str, str, int]]] = []
    for cand in candidates:
        group = next((g for g in groups if any(same_source(cand[1], c[1]) for c in g)), None)
        if group is None:
            groups.append([cand])
        else:
            group.append(cand)

    def score(group: list[tuple[str, str, int]]) -> int:
        return sum(w for _, _, w in group) + (
            3 if any(names_host(n, host) for _, n, _ in group) else 0
        )

    if not groups:
        return Choice(None, "script: the page names no publication", notes=["source: none"])
    groups.sort(key=score, reverse=True)
    best = groups[0]
    text = "\n".join(lines)
    # the form the page shows first; a bare lower-case code ("nj", "detroitnews") is the site's
    # internal id, not the name it presents
    forms = sorted(
        best,
        key=lambda c: (not contains(text, c[1]), bool(re.fullmatch(r"[a-z0-9]+", c[1])), -c[2]),
    )
    key, value, _ = forms[0]
    alternates: list[str] = []
    for _, name, _ in forms[1:]:
        if norm(name) != norm(value) and all(norm(name) != norm(a) for a in alternates):
            alternates.append(name)
    for item in page.ld_articles[:1]:
        publisher = clean_site_name(item.publisher)
        # a different publisher in the article's own metadata is a syndication credit (AP)
        if publisher and not any(same_source(publisher, n) for _, n, _ in best):
            alternates.append(publisher)
    notes = []
    if score(best) < 4:
        notes.append(f"source: weak evidence {[(k, n) for k, n, _ in best]}")
    if len(groups) > 1:
        notes.append(f"source: other names {[n for g in groups[1:] for _, n, _ in g][:5]}")
    keys = sorted({k for k, _, _ in best})
    return Choice(
        value, f"script: {key} {value!r} (agreeing: {', '.join(keys)})", alternates, notes
    )


# The agencies a dateline credits (`WASHINGTON (AP) —`, `LONDON (Reuters) -`), each with the
# forms a label accepts.
DATELINE_AGENCIES = {
    "AP": ["AP", "Associated Press", "The Associated Press"],
    "Reuters": ["Reuters"],
    "AFP": ["AFP", "Agence France-Presse"],
    "dpa": ["dpa"],
    "Bloomberg": ["Bloomberg"],
    "PA": ["PA", "Press Association"],
    "CNN": ["CNN"],
    "ANI": ["ANI"],
    "PTI": ["PTI"],
    "IANS": ["IANS"],
    "Xinhua": ["Xinhua"],
    "Kyodo": ["Kyodo"],
    "Yonhap": ["Yonhap"],
    "EFE": ["EFE"],
    "ANSA": ["ANSA"],
    "TASS": ["TASS"],
    "CP": ["The Canadian Press"],
    "AAP": ["AAP"],
}
_AGENCY_NAMES = "|".join(map(re.escape, DATELINE_AGENCIES))
DATELINE_CREDIT = re.compile(rf"\(({_AGENCY_NAMES})\)")


def with_dateline_credit(choice: Choice, body: str, bylines: list[str] = ()) -> Choice:
    """A site's page that carries an agency's report credits the agency: its dateline
    opens the article (`LONDON (Reuters) -`), a byline names it (`By Reuters`, `By Jane
    Doe, AP`, `Reuters Staff`) or the text signs off with it (`... (AFP)`, `AFP` alone as
    the last paragraph). The agency is a syndication credit, listed as an alternate source,
    as real-dev's labels list them ("Syndication credits (AP, ...) are listed as
    alternates")."""
    paragraphs = body.splitlines()
    match = DATELINE_CREDIT.search("\n".join(paragraphs[:3]))
    agency = match[1] if match else None
    for line in bylines:
        agency = agency or _credited_agency(line, _BYLINE_CREDIT)
    for line in paragraphs[-1:]:
        agency = agency or _credited_agency(line, _SIGN_OFF)
    if not agency or not choice.value:
        return choice
    known = [norm(str(choice.value)), *(norm(a) for a in choice.alternates)]
    extra = [f for f in DATELINE_AGENCIES[agency] if norm(f) not in known]
    return Choice(choice.value, choice.origin, [*choice.alternates, *extra], choice.notes)


# A byline: `By Reuters`, `By Jane Doe, AP`, `Reuters Staff`, `- AP Technology Writers`
# (an agency alone under a headline is more often its photo's credit). A sign-off: the
# agency alone as the last paragraph, or in brackets at its end (`... (AFP)`).
_FORMS = {form: key for key, forms in DATELINE_AGENCIES.items() for form in [key, *forms]}
_FORM_NAMES = "|".join(map(re.escape, sorted(_FORMS, key=len, reverse=True)))
_BYLINE_CREDIT = re.compile(
    rf"(?:^(?i:by)\s+(?:(?i:the)\s+)?|\w[,|]\s*|\s[-–—]\s*|^)(?P<agency>{_FORM_NAMES})"
    r"(?P<desk>\s+(?i:staff|technology writers?|writers?|reporters?))?\.?$"
)
_SIGN_OFF = re.compile(rf"(?:^|\()(?P<agency>{_FORM_NAMES})\)?\.?$")


def _credited_agency(line: str, form: re.Pattern[str]) -> str | None:
    found = form.search(" ".join(line.split()))
    alone = found and found.start("agency") == 0 and not found["desk"]
    if not found or (form is _BYLINE_CREDIT and alone):
        return None  # an agency alone under a headline: more often a photo's credit
    return _FORMS[found["agency"]]
