"""Rewrite the golden cleaned bodies from the current pipeline: `python tests/golden/regenerate.py`.

Review every changed line with `git diff tests/golden` before committing: a golden
file is a claim, checked by reading the seed, that these are exactly its body lines.
"""

from pathlib import Path

from digest.ingest.seeds import find_seeds, read_seed
from digest.pipeline import process
from digest.site.render import body_markdown

ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    seeds = [read_seed(path) for path in find_seeds(ROOT / "seeds")]
    for article in process(seeds):  # type: ignore[arg-type]
        target = Path(__file__).parent / f"{article.id}.md"
        target.write_text(body_markdown(article.lines) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
