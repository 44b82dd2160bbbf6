"""Make raw scrapes for the benchmark: body paragraphs wrapped in varied page furniture.

`make bench` needs thousands of seeds that cost the pipeline what real scrapes cost,
so each one is built like the seeds and the ScrapingHub pages: navigation words, a
headline (sometimes none), a date header in one of the common written forms, a byline,
a wire dateline, body paragraphs drawn from a word model of real news prose
(`digest.evaluate.wordmodel`), captions, teasers, a share bar, a newsletter box, a related
list, a bio and a copyright footer, each present or not by chance. One story in five
is reposted one to three times (trimmed, or with a new first paragraph), as wire
copy is. Everything is drawn from one `random.Random`, so a seed number gives the same
corpus on every machine.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from digest.evaluate.wordmodel import WordModel, sentence

# Sentences per report and sentences per paragraph, as in the seeds' wire copy.
REPORT_SENTENCES = (8, 24)
PARAGRAPH_SENTENCES = (1, 3)
STORIES_PER_COPIED = 5
# A copy keeps this share of its report's sentences.
KEPT_SENTENCES = (0.6, 0.95)
FIRST_DAY = date(2023, 1, 2)
DAYS = 365

CITIES = ("TOKYO", "BRUSSELS", "WASHINGTON", "SEOUL", "TAIPEI", "BERLIN", "PARIS", "BEIJING")
AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "Kyodo", "Yonhap")
SITES = ("Asia Financial", "Tech Wire Daily", "The Chip Letter", "Global Trade Review")
FIRST_NAMES = ("Kantaro", "Miriam", "David", "Yuka", "Jonathan", "Hyunjoo", "Elena", "Marco")
LAST_NAMES = ("Komiya", "Lee", "Sato", "Brunnstrom", "Kim", "Fischer", "Rossi", "Nakamura")
SECTIONS = ("Business", "Technology", "World", "Markets", "Economy")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _date_line(rng: random.Random, day: date) -> str:
    forms = (
        f"{day:%b} {day.day}, {day.year} | {rng.choice(SECTIONS)} | {rng.randint(0, 40)} comments",
        f"{day.isoformat()} | {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        f"Published {day.day} {day:%B %Y}",
        f"Published {day:%B} {day.day}, {day.year} Updated {day:%B} {day.day}, {day.year}",
    )
    return rng.choice(forms)


def _headline(model: WordModel, rng: random.Random) -> str:
    words = sentence(model, rng).rstrip(".").split()
    return " ".join(words[: rng.randint(6, 12)])


def _paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    paragraphs, start = [], 0
    while start < len(sentences):
        size = rng.randint(*PARAGRAPH_SENTENCES)
        paragraphs.append(" ".join(sentences[start : start + size]))
        start += size
    return paragraphs


def _top(rng: random.Random, headline: str | None, day: date | None) -> list[str]:
    lines = ["Select Page", "Home | World | Business | Tech | Opinion", "Type to search"]
    lines = lines[: rng.randint(0, 3)]
    if headline:
        lines += [headline] * rng.choice((1, 1, 2))
    if day and rng.random() < 0.8:
        lines.append(_date_line(rng, day))
    if rng.random() < 0.6:
        lines.append(f"By {_name(rng)}" + (f" and {_name(rng)}" if rng.random() < 0.2 else ""))
    if rng.random() < 0.4:
        lines += ["Share on Facebook", "Share on Twitter", "Pin It on Pinterest"]
    return lines


def _inserts(rng: random.Random, model: WordModel) -> list[str]:
    """Lines a scrape carries inside the article: captions and teasers."""
    choices = [
        f"Photo: {_name(rng)}/{rng.choice(AGENCIES)}",
        f"A view of the factory in {rng.choice(CITIES).title()}. Photo: {rng.choice(AGENCIES)}",
        f"Also on {rng.choice(SITES)}: {_headline(model, rng)}",
        "Advertisement",
    ]
    return rng.sample(choices, rng.randint(0, 2))


def _bottom(rng: random.Random, model: WordModel, site: str, agency: str) -> list[str]:
    lines: list[str] = []
    if rng.random() < 0.5:
        lines.append(f"(Reporting by {_name(rng)}; Editing by {_name(rng)})")
    if rng.random() < 0.3:
        lines.append(f"Source: {agency}")
    if rng.random() < 0.5:
        lines += ["Also read:"] + [_headline(model, rng) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.4:
        lines += [
            "Sign up for our newsletter",
            "Get the day's top stories in your inbox every morning.",
            "Subscribe",
        ]
    if rng.random() < 0.3:
        lines.append(f"{_name(rng)} is a reporter at {site} covering trade and technology.")
    if rng.random() < 0.3:
        lines += ["WhatsApp us", "Sales: +1 555 0100", "Contact our team"]
    lines.append(f"© {2023} {site}. All rights reserved.")
    return lines


def copy_of(report: list[str], model: WordModel, rng: random.Random) -> list[str]:
    """Repost a report: keep most sentences in order, sometimes with a new first paragraph."""
    share = rng.uniform(*KEPT_SENTENCES)
    kept = [text for text in report if rng.random() < share] or report[:1]
    return ([sentence(model, rng)] if rng.random() < 0.5 else []) + kept


def scrape(model: WordModel, rng: random.Random, sentences: list[str], day: date | None) -> str:
    """Return one raw scrape of a report: its paragraphs inside page furniture."""
    site = rng.choice(SITES)
    agency = rng.choice(AGENCIES)
    headline = _headline(model, rng) if rng.random() < 0.7 else None
    paragraphs = _paragraphs(sentences, rng)
    if rng.random() < 0.6:
        paragraphs[0] = f"{rng.choice(CITIES)} ({agency}) - {paragraphs[0]}"
    for insert in _inserts(rng, model):
        paragraphs.insert(rng.randint(1, len(paragraphs)), insert)
    lines = _top(rng, headline, day) + paragraphs + _bottom(rng, model, site, agency)
    return "\n".join(lines) + "\n"


def scrapes(model: WordModel, count: int, seed: int) -> Iterator[str]:
    """Yield `count` scrapes; one story in five comes with one to three reposts."""
    rng = random.Random(seed)
    made, story = 0, 0
    while made < count:
        report = [sentence(model, rng) for _ in range(rng.randint(*REPORT_SENTENCES))]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS)) if rng.random() < 0.85 else None
        versions = [report]
        if story % STORIES_PER_COPIED == 0:
            versions += [copy_of(report, model, rng) for _ in range(rng.randint(1, 3))]
        for version in versions[: count - made]:
            yield scrape(model, rng, version, day)
            made += 1
        story += 1


def write_seeds(folder: Path, model: WordModel, count: int, seed: int) -> None:
    """Write `count` scrapes into `folder` as `NNNNNN.txt`."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(scrapes(model, count, seed)):
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
