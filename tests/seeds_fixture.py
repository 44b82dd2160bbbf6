"""The pipeline run once over the project's seeds, shared by the tests that need it."""

from pathlib import Path

import pytest

from digest.article import Article
from digest.ingest import Seed, find_seeds, read_seed
from digest.pipeline import process

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    """Process the five seeds in memory, writing nothing."""
    seeds = [read_seed(path) for path in find_seeds(SEEDS)]
    assert all(isinstance(seed, Seed) for seed in seeds)
    return process(seeds)  # type: ignore[arg-type]
