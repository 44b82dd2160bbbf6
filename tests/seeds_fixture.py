"""The pipeline run once over the project's seeds, shared by the tests that need it."""

from pathlib import Path

import pytest

from digest.article import Article
from digest.curation import check_ids, load_curation
from digest.ingest.seeds import Seed, find_seeds, read_seed
from digest.pipeline import process
from digest.tags.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    """Process the five seeds in memory with the project's taxonomy and curation file."""
    seeds = [read_seed(path) for path in find_seeds(SEEDS)]
    assert all(isinstance(seed, Seed) for seed in seeds)
    taxonomy = load_taxonomy(ROOT / "taxonomy.yml")
    curation = load_curation(ROOT / "curation.yml", taxonomy)
    check_ids(curation, [seed.id for seed in seeds])  # type: ignore[union-attr]
    return process(seeds, curation, taxonomy)  # type: ignore[arg-type]
