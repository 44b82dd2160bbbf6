"""A stress corpus for story grouping: raw scrapes whose stories are known.

`make bench-stories` scores grouping against it. It is made to hold what breaks
grouping in a real digest, not only copies to find:

- stories of one to four copies: the report, then verbatim reposts, trimmed ones (the
  end cut, as wire copy is), ones with a new first paragraph and loose rewrites (words
  changed throughout, sentences dropped; only names, figures and quotes survive);
- site templates: every scrape sits in its site's furniture, some of which reads like
  prose (an "In Perspective" list, a paragraph about the site, a sports teaser); one
  site carries a fifth of all articles, the others a dozen or so each;
- wire background: a pool of background paragraphs by topic, each reused by distinct
  stories of its topic, as "Japan has established a new chip maker, Rapidus, ..."
  recurs in many different reports;
- dates: copies within days of their report, stories over two years, some undated.

Distinct stories share no other text. Everything is drawn from one `random.Random`,
so a seed number gives the same corpus on every machine.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from digest.evaluate.wordmodel import WordModel, sentence

# Copies per story, one to four, with the weight of each count.
COPY_WEIGHTS = (50, 25, 15, 10)
# The report's length in paragraphs, and sentences per paragraph.
PARAGRAPHS = (2, 14)
PARAGRAPH_SENTENCES = (1, 3)
# Background paragraphs: one topic per this many articles, paragraphs per topic, and
# the share of stories that carry one or two of their topic's. Topics are drawn by
# Zipf's law (the k-th with weight 1/k), so a few are in many stories, as wire
# background on the news of the month is.
ARTICLES_PER_TOPIC = 50
TOPIC_BACKGROUNDS = 4
WITH_BACKGROUND = 0.6
# One site template per this many articles; the first site holds this share of them.
ARTICLES_PER_SITE = 16
BIG_SITE_SHARE = 0.2
# A trimmed copy keeps this share of the report's paragraphs.
TRIMMED = (0.4, 0.9)
# A loose rewrite changes each word with this chance, and drops each sentence with that.
REWRITTEN_WORDS = 0.35
DROPPED_SENTENCES = 0.2
# Stories over two years; a copy within this many days of its report; undated scrapes.
FIRST_DAY = date(2022, 1, 3)
DAYS = 730
COPY_DAYS = 3
UNDATED = 0.1
VARIANTS = ("verbatim", "trimmed", "new lede", "loose rewrite")


@dataclass(frozen=True)
class Site:
    """A site's template: the furniture above and below every article it publishes."""

    name: str
    header: tuple[str, ...]
    footer: tuple[str, ...]


@dataclass(frozen=True)
class Scrape:
    """One raw scrape and the story it is a copy of."""

    text: str
    story: int


def _headline(model: WordModel, rng: random.Random) -> str:
    words = sentence(model, rng).rstrip(".").split()
    return " ".join(words[: rng.randint(6, 12)])


def make_site(number: int, model: WordModel, rng: random.Random) -> Site:
    """Draw one site's furniture: navigation, a language menu, and below the article
    the lines a cleaner that sees one page may keep as prose."""
    name = f"{rng.choice(('The', 'Daily', 'Global', 'Asia'))} {_headline(model, rng).split()[0]} "
    name += f"News {number}"
    header = ("Home | World | Business | Tech", "Change language & content:", "English")
    footer = (
        "In Perspective",
        *(_headline(model, rng) for _ in range(3)),
        f"{name} is an independent newsroom. " + sentence(model, rng) + " " + sentence(model, rng),
        f"Sports: {_headline(model, rng)}",
        f"© {name}. All rights reserved.",
    )
    return Site(name, header[: rng.randint(1, 3)], footer)


def _paragraphs(model: WordModel, rng: random.Random, count: int) -> list[str]:
    return [
        " ".join(sentence(model, rng) for _ in range(rng.randint(*PARAGRAPH_SENTENCES)))
        for _ in range(count)
    ]


def report(model: WordModel, rng: random.Random, backgrounds: list[list[str]]) -> list[str]:
    """Draw a report's paragraphs, with one or two background paragraphs of its topic."""
    paragraphs = _paragraphs(model, rng, rng.randint(*PARAGRAPHS))
    if rng.random() < WITH_BACKGROUND:
        topic = rng.choices(backgrounds, [1 / k for k in range(1, len(backgrounds) + 1)])[0]
        for background in rng.sample(topic, rng.randint(1, 2)):
            paragraphs.insert(rng.randint(1, len(paragraphs)), background)
    return paragraphs


def copy_of(paragraphs: list[str], variant: str, model: WordModel, rng: random.Random) -> list[str]:
    """Repost a report as `variant` (one of VARIANTS)."""
    if variant == "trimmed":
        return paragraphs[: max(1, round(len(paragraphs) * rng.uniform(*TRIMMED)))]
    if variant == "new lede":
        return _paragraphs(model, rng, 1) + paragraphs[1:]
    if variant == "loose rewrite":
        return [p for p in (_rewritten(p, model, rng) for p in paragraphs) if p] or paragraphs[:1]
    return list(paragraphs)


def _rewritten(paragraph: str, model: WordModel, rng: random.Random) -> str:
    """Say a paragraph again in other words: some sentences dropped, words changed."""
    sentences = [s for s in paragraph.split(". ") if rng.random() >= DROPPED_SENTENCES]
    words = " ".join(sentences).split()
    changed = (rng.choice(model.tokens) if rng.random() < REWRITTEN_WORDS else w for w in words)
    return " ".join(changed)


def scrape(site: Site, headline: str | None, day: date | None, paragraphs: list[str]) -> str:
    """Return one raw scrape: the site's furniture around the article."""
    top = [*site.header, *([headline] if headline else [])]
    if day:
        top.append(f"Published {day:%B} {day.day}, {day.year}")
    return "\n".join([*top, *paragraphs, *site.footer]) + "\n"


def stress_scrapes(model: WordModel, count: int, seed: int) -> Iterator[Scrape]:
    """Yield `count` scrapes, each with its story's number, copies of a story in a row."""
    rng = random.Random(seed)
    topics = max(1, count // ARTICLES_PER_TOPIC)
    backgrounds = [_paragraphs(model, rng, TOPIC_BACKGROUNDS) for _ in range(topics)]
    sites = [make_site(number, model, rng) for number in range(max(2, count // ARTICLES_PER_SITE))]
    weights = [BIG_SITE_SHARE / (1 - BIG_SITE_SHARE) * (len(sites) - 1)] + [1.0] * (len(sites) - 1)
    made, story = 0, 0
    while made < count:
        paragraphs = report(model, rng, backgrounds)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        copies = rng.choices(range(1, len(COPY_WEIGHTS) + 1), COPY_WEIGHTS)[0]
        headline = _headline(model, rng)
        for number in range(min(copies, count - made)):
            variant = "original" if number == 0 else rng.choice(VARIANTS)
            text = paragraphs if number == 0 else copy_of(paragraphs, variant, model, rng)
            copy_day = day + timedelta(days=rng.randint(0, COPY_DAYS))
            copy_headline = headline if rng.random() < 0.5 else _headline(model, rng)
            site = rng.choices(sites, weights)[0]
            undated = rng.random() < UNDATED
            yield Scrape(scrape(site, copy_headline, None if undated else copy_day, text), story)
            made += 1
        story += 1
