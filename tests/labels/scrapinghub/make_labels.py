#!/usr/bin/env python3
"""Rebuild the metadata labels of the 181 ScrapingHub pages from the pages' own metadata,
checked against what each page visibly shows, with the human review's corrections applied.

Writes NAME.meta.json (the format of ../shared/eval/real-dev/*.meta.json) and split.json next
to this script. Needs lxml (the project's .venv has it).

usage:
  .venv/bin/python tests/labels/scrapinghub/make_labels.py            # rebuild every label
  .venv/bin/python tests/labels/scrapinghub/make_labels.py --check    # exit 1 if a label differs
  .venv/bin/python tests/labels/scrapinghub/make_labels.py --sheet OUT.txt [NAME_PREFIX ...]
  .venv/bin/python tests/labels/scrapinghub/make_labels.py --counts   # what the review changed
  .venv/bin/python tests/labels/scrapinghub/make_labels.py --link /tmp/sh   # /tmp/sh/{tune,test}

The set is read from $EVAL_DIR or ../shared/eval/scrapinghub (beside the checkout).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import sys
from pathlib import Path

from choose import (
    Choice,
    choose_authors,
    choose_date,
    choose_title,
    header_window,
    with_url_date,
)
from page_metadata import PageMetadata, read_page
from source import choose_source, with_dateline_credit
from visible import contains, dates_in, shows_name

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
FIELDS = ("title", "date", "authors", "source", "url")
FIXTURE = "scrapinghub/article-extraction-benchmark@4a3bc979f76c:html/{name}.html.gz"
BODY_ORIGIN = "benchmark ground-truth.json articleBody (the set's NAME.body.txt), complete"
# The split is fixed by the page's name (a sha256), so it is independent of content and of
# anything a rule could be tuned on.
TUNE_FIRST_DIGITS = "01234567"


def half_of(name: str) -> str:
    return "tune" if name[0] in TUNE_FIRST_DIGITS else "test"


def set_dir() -> Path:
    return Path(os.environ.get("EVAL_DIR") or REPO.parent / "shared" / "eval" / "scrapinghub")


# Scripts that name a language by themselves; a page declaring another language is mislabelled.
SCRIPT_LANGS = [
    ("ko", re.compile(r"[\uac00-\ud7a3]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
]
STOPWORDS = {
    "en": ["the", "and", "of", "to", "is", "that", "for", "with", "was", "are"],
    "pt": ["de", "que", "não", "para", "uma", "com", "os", "das", "dos", "são"],
    "es": ["de", "que", "el", "los", "las", "una", "por", "con", "para", "del"],
    "it": ["di", "che", "il", "della", "per", "una", "sono", "non", "gli", "del"],
    "fr": ["de", "les", "des", "est", "une", "pour", "dans", "que", "qui", "pas"],
    "de": ["der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "den"],
    "id": ["yang", "dan", "di", "dengan", "untuk", "dari", "tidak", "ini", "itu", "dalam"],
}


def choose_lang(page: PageMetadata, body: str) -> Choice:
    """The declared language, unless the body's script or words say otherwise."""
    declared = page.html_lang or page.first("og:locale", "content-language", "language")
    declared = re.split(r"[-_]", declared.strip().lower())[0] if declared else ""
    letters = sum(ch.isalpha() for ch in body) or 1
    for lang, pattern in SCRIPT_LANGS:
        if len(pattern.findall(body)) / letters > 0.3:
            if lang == "zh" and SCRIPT_LANGS[1][1].search(body):
                lang = "ja"
            origin = f"script: body written in its script (declared {declared or 'nothing'})"
            return Choice(lang, origin if lang != declared else "script: <html lang>, body agrees")
    words = collections.Counter(re.findall(r"\w+", body.lower()))
    guess = max(STOPWORDS, key=lambda lang: sum(words[w] for w in STOPWORDS[lang]))
    if declared and declared == guess:
        return Choice(declared, "script: <html lang>, body's common words agree")
    if declared:
        note = [f"lang: declared {declared}, body reads {guess}"]
        return Choice(guess, f"script: body's common words (declared {declared})", notes=note)
    return Choice(guess, "script: body's common words (no language declared)")


def choose_genre(page: PageMetadata, url: str) -> str:
    """A rough genre from the JSON-LD type and the address (not scored; for reading only)."""
    kind = page.ld_articles[0].type if page.ld_articles else ""
    path = url.lower()
    if "opinion" in kind or re.search(r"/(opinion|commentisfree|columnists?|editorials?)/", path):
        return "opinion"
    if kind == "blogposting" or re.search(r"(^https?://blog\.|/blogs?/)", path):
        return "blog"
    return "news"


def choose_url(page: PageMetadata, fetched: str) -> Choice:
    """The canonical link, else og:url; the other addresses of the page are alternates."""
    og_url = page.first("og:url")
    value = page.canonical or og_url or None
    key = "<link rel=canonical>" if page.canonical else "og:url"
    others = [u for u in (og_url, fetched) if u and u != value]
    if value is None:
        return Choice(
            None, "script: no canonical link or og:url in the page", others[1:] or [fetched]
        )
    return Choice(value, f"script: {key}", list(dict.fromkeys(others)))


# A byline (`By Jane Doe and John Roe, Reuters`) is short; a paragraph is not.
MAX_BYLINE_WORDS = 10


def script_labels(name: str, data: bytes, lines: list[str], fetched: str, body: str) -> dict:
    """Every field's Choice, as the rules make it before the review."""
    page = read_page(data, fetched)
    url = choose_url(page, fetched)
    site_hint = [page.first("og:site_name"), *page.ld_site_names]
    site_hint += [i.publisher for i in page.ld_articles[:1] if i.publisher]
    title, index = choose_title(page, lines, [s for s in site_hint if s])
    window = header_window(index, len(lines))
    headline = str(title.value) if title.value else None
    source = choose_source(page, lines, str(url.value or fetched), headline)
    bylines = [lines[i] for i in window if len(lines[i].split()) <= MAX_BYLINE_WORDS]
    source = with_dateline_credit(source, body, bylines)
    names = [s for s in [source.value, *source.alternates, *site_hint] if s]
    return {
        "title": title,
        "date": with_url_date(choose_date(page, lines, window, index), [str(url.value), fetched]),
        "authors": choose_authors(page, lines, window, names, index),
        "source": source,
        "url": url,
        "lang": choose_lang(page, body or "\n".join(lines)),
        "genre": Choice(choose_genre(page, str(url.value or fetched)), ""),
        "window": window,
    }


def date_shown(lines: list[str], value: str | None) -> bool:
    """True when a line prints this day (a "Nov 19" without a year counts for the label's year)."""
    if not value:
        return False
    year = int(value[:4])
    return any(d.isoformat() == value for line in lines for d in dates_in(line, year))


def visible_in_raw(label: dict, lines: list[str]) -> dict:
    """Which labels the flattened text shows, as real-dev records it."""
    text = "\n".join(lines)
    return {
        "title": bool(label["title"]) and contains(text, label["title"]),
        "date": date_shown(lines, label["date"]),
        "authors": [shows_name(text, a) for a in label["authors"]],
        "source": bool(label["source"]) and contains(text, label["source"]),
    }


def apply_review(choices: dict, review: dict) -> tuple[dict, dict, list[str]]:
    """Values, origins and alternates after the review's overrides; lists stale overrides."""
    values = {f: choices[f].value for f in (*FIELDS, "lang", "genre")}
    origins = {f: choices[f].origin for f in (*FIELDS, "lang")}
    alternates = {f: list(choices[f].alternates) for f in FIELDS}
    stale = []
    why = review.get("why", "")
    for field in (*FIELDS, "lang", "genre"):
        if field not in review:
            continue
        reason = why.get(field, "") if isinstance(why, dict) else why
        if review[field] == values[field]:
            stale.append(field)
            continue
        if field in origins:
            origins[field] = f"review (script value {values[field]!r} replaced): {reason}"
        values[field] = review[field]
    for field, alts in review.get("alternates", {}).items():
        if alts == alternates[field]:
            stale.append(f"alternates.{field}")
        alternates[field] = alts
    return values, {"origins": origins, "alternates": alternates}, stale


def build_label(name: str, choices: dict, review: dict, lines: list[str]) -> tuple[dict, list[str]]:
    values, extra, stale = apply_review(choices, review)
    label = {f: values[f] for f in FIELDS}
    label["label_origin"] = {**extra["origins"], "body": BODY_ORIGIN}
    label["lang"] = values["lang"]
    label["genre"] = values["genre"]
    label["alternates"] = {f: a for f, a in extra["alternates"].items() if a}
    label["body_complete"] = True
    label["visible_in_raw"] = {**visible_in_raw(label, lines), **review.get("visible_in_raw", {})}
    label["fixture"] = FIXTURE.format(name=name)
    return label, stale


def load_review() -> dict:
    path = HERE / "reviewed.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"overrides": {}}


def page_inputs(source: Path, name: str, manifest: dict) -> tuple[bytes, list[str], str, str]:
    data = gzip.decompress((source / "html" / f"{name}.html.gz").read_bytes())
    lines = (source / f"{name}.raw.txt").read_text(encoding="utf-8").splitlines()
    body = (source / f"{name}.body.txt").read_text(encoding="utf-8")
    return data, lines, manifest[name]["url"], body


def sheet_entry(name: str, label: dict, choices: dict, lines: list[str]) -> str:
    """One page's label beside the lines around its headline, for the human review."""
    out = [f"##### {name} [{half_of(name)}] {label['url']}"]
    for field in ("title", "date", "authors", "source", "lang"):
        alts = label["alternates"].get(field)
        out.append(f"  {field}: {label[field]!r}" + (f"  ALT {alts!r}" if alts else ""))
        if field in label["label_origin"]:
            out.append(f"      <- {label['label_origin'][field][:160]}")
    out += [f"  ! {n[:200]}" for f in FIELDS for n in choices[f].notes]
    out.append(f"  visible: {label['visible_in_raw']}")
    for i in choices["window"]:
        line = lines[i]
        if len(line) <= 200 or i < choices["window"].start + 20:
            out.append(f"  {i:4d}| {line[:200]}")
    return "\n".join(out)


def link_halves(target: Path, source: Path, names: list[str]) -> None:
    """Per-half folders of symlinks that ../shared/tools/score_real.py can score."""
    for half in ("tune", "test"):
        folder = target / half
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            if half_of(name) != half:
                continue
            links = {
                f"{name}.raw.txt": source / f"{name}.raw.txt",
                f"{name}.body.txt": source / f"{name}.body.txt",
                f"{name}.html.gz": source / "html" / f"{name}.html.gz",
                f"{name}.meta.json": HERE / f"{name}.meta.json",
            }
            for link, target_file in links.items():
                path = folder / link
                if path.is_symlink() or path.exists():
                    path.unlink()
                path.symlink_to(target_file)


def count_changes(overrides: dict) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for review in overrides.values():
        for field in (*FIELDS, "lang", "genre"):
            if field in review:
                counts[field] += 1
        for field in review.get("alternates", {}):
            counts[f"alternates.{field}"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--sheet", type=Path, help="write the review sheet here")
    parser.add_argument("--counts", action="store_true", help="print what the review changed")
    parser.add_argument("--link", type=Path, help="make per-half symlink folders here")
    parser.add_argument("only", nargs="*", help="name prefixes (with --sheet)")
    args = parser.parse_args(argv)
    source = set_dir()
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    names = sorted(manifest)
    review = load_review()
    overrides = review.get("overrides", {})
    if args.counts:
        for field, count in sorted(count_changes(overrides).items()):
            print(f"{field}: {count}")
        return 0
    if args.link:
        link_halves(args.link, source, names)
        return 0
    unknown = sorted(set(overrides) - set(names))
    if unknown:
        print(f"reviewed.json names pages not in the set: {unknown}", file=sys.stderr)
        return 1
    sheet, differ = [], []
    for name in names:
        data, lines, fetched, body = page_inputs(source, name, manifest)
        choices = script_labels(name, data, lines, fetched, body)
        label, stale = build_label(name, choices, overrides.get(name, {}), lines)
        if stale:
            print(f"{name}: review entry repeats the script's value for {stale}", file=sys.stderr)
        if args.sheet:
            if not args.only or any(name.startswith(p) for p in args.only):
                sheet.append(sheet_entry(name, label, choices, lines))
            continue
        text = json.dumps(label, indent=1, ensure_ascii=False) + "\n"
        path = HERE / f"{name}.meta.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if args.sheet:
        args.sheet.write_text("\n\n".join(sheet) + "\n", encoding="utf-8")
        return 0
    if args.check:
        print(f"{len(differ)} of {len(names)} labels differ from a rebuild: {differ[:5]}")
        return 1 if differ else 0
    split = {
        "rule": "first hex digit of NAME: 0-7 tune, 8-f test",
        "tune": [n for n in names if half_of(n) == "tune"],
        "test": [n for n in names if half_of(n) == "test"],
    }
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} labels ({len(split['tune'])} tune, {len(split['test'])} test)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
