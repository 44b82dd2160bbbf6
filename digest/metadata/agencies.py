"""One publication, one name: the big news agencies under the name the digest shows.

Pages name the agency whose copy they carry in several ways: `AP`, `Associated Press`
and `The Associated Press` on three copies of one report, `Thomson Reuters` in a
copyright line, `REUTERS` in a sign-off. The sources page would list three
publications, and a story's copies would seem to come from three. The agencies are
few and their names stable, so a short table settles them on any page; the curator
names any other publication one way in `curation.yml`'s `sources:` section (see
`digest/curation.py`), which `shown_source` reads before the table. Last, the copies of
one digest that spell a publication two ways (`Guardian` and `The Guardian`, `TIME` and
`TIME.COM`) show it one way (`one_spelling`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from digest.article import Article
from digest.metadata.selfnames import fold as publication_key

# Each agency's name as the digest shows it, then the other names pages give it; case
# and spacing aside, so `REUTERS` and `Associated  press` need no line of their own.
# The name shown is the one English-language papers credit the agency's copy with
# (`By JANE DOE, Associated Press`, `— AFP`, `(PTI)`), without a leading "The", so
# the sources page lists it under its own letter. Only names that stand for the agency
# alone are here: `AA` or `PA` name other things too, `Bloomberg Businessweek` and
# `Reuters Breakingviews` are publications of their own.
AGENCIES: Mapping[str, tuple[str, ...]] = {
    "Associated Press": ("AP", "The Associated Press", "AP News", "Associated Press (AP)"),
    "Reuters": ("Thomson Reuters", "Reuters News", "Thomson Reuters Corporation"),
    "AFP": ("Agence France-Presse", "Agence France Presse", "AFP News Agency"),
    "dpa": ("Deutsche Presse-Agentur", "Deutsche Presse Agentur", "dpa-infocom"),
    "Kyodo News": ("Kyodo", "Kyodo News Agency"),
    "Jiji Press": ("Jiji", "Jiji Press Ltd."),
    "Bloomberg": ("Bloomberg News", "Bloomberg L.P.", "Bloomberg LP"),
    "Xinhua": ("Xinhua News Agency", "Xinhua News", "Xinhuanet"),
    "Yonhap": ("Yonhap News Agency", "Yonhap News"),
    "EFE": ("Agencia EFE",),
    "ANSA": ("Agenzia ANSA",),
    "PTI": ("Press Trust of India",),
    "UPI": ("United Press International",),
    "IANS": ("Indo-Asian News Service",),
    "ANI": ("Asian News International",),
    "AAP": ("Australian Associated Press",),
    "TASS": ("ITAR-TASS", "TASS Russian News Agency"),
    "PA Media": ("Press Association", "The Press Association"),
    "Canadian Press": ("The Canadian Press",),
}


# How errors name the table, for a curator who finds a name mapped by it.
AGENCIES_TABLE = "by the table of news agencies"


def fold(name: str) -> str:
    """Return a publication's name as names are compared: case and spacing aside."""
    return " ".join(name.split()).casefold()


_AGENCY_NAMES = {
    fold(name): shown for shown, others in AGENCIES.items() for name in (shown, *others)
}


def agency_name(name: str) -> str:
    """Return the name the digest shows an agency under, or `name` when it is no agency's."""
    return _AGENCY_NAMES.get(fold(name), name)


def shown_source(name: str, chosen: Mapping[str, str]) -> str:
    """Return the name a publication is shown under.

    `chosen` is the curator's `sources:` section, by folded name: it is read for the
    name as found, then for its agency's name, so `AP: AP` keeps one spelling as it
    is and `Associated Press: AP` shows every name of the agency as `AP`. The name a
    curator chose is shown as written.
    """
    folded = fold(name)
    if folded in chosen:
        return chosen[folded]
    agency = agency_name(name)
    return chosen.get(fold(agency), agency)


def spelling_key(name: str) -> str:
    """Return the key two spellings of one publication share (see `one_spelling`): a
    newsroom's name with its closing `News` is the publication's (`BBC News`, `Sky
    News`), while `Fox Business` and `Fox News` stay two; an address's run-together
    form or a handle is the name's (`usatoday`, `@TIME`), its `News` run on too (`CTVNews`
    and `CTV News`); so is a magazine's name with `Magazine` (`Slate Magazine`, `Slate`)."""
    squeezed = publication_key(name).replace(" ", "").removeprefix("@")
    return squeezed.removesuffix("news").removesuffix("magazine") or squeezed


def one_spelling(articles: Sequence[Article], chosen: Mapping[str, str]) -> list[Article]:
    """Return the articles with each publication spelled one way across the digest.

    Spellings that differ only by case, spacing, a leading `The` or `@`, a company form,
    a domain ending or a closing `News` or `Magazine` (`The Guardian` and `Guardian`, `TIME` and
    `TIME.COM`, `USA TODAY` and `usatoday`, `Al Jazeera` and `Al Jazeera News`) name one
    publication:
    its pages spell it in their mastheads, footers and bylines as they please. Each is
    shown under the spelling the curator chose (in `chosen`, or as an article's
    source), else the one most of its articles give, else the fuller one. Where it came
    from (`source_from`) stays.
    """
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        if article.source:
            spellings[spelling_key(article.source)][article.source] += 1
    curators = set(chosen.values()) | {
        article.source for article in articles if article.source_from == "curator"
    }
    shown = {
        key: max(counts, key=lambda name: (name in curators, counts[name], len(name), name))
        for key, counts in spellings.items()
    }
    return [
        article.evolve(source=shown[spelling_key(article.source)])
        if article.source and shown[spelling_key(article.source)] != article.source
        else article
        for article in articles
    ]
