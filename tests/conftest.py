"""Shared fixtures: the seed article built once per test session."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE_TTL = ROOT / "tests" / "data" / "sample.ttl"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """`kg build seeds/ -o DIR` through the library; returns the output folder."""
    from kg.api import build
    out = tmp_path_factory.mktemp("seed-out")
    build([SEEDS], outdir=out)
    return out


@pytest.fixture(scope="session")
def seed_graph_path(seed_build):
    return seed_build / "graph.ttl"


@pytest.fixture(scope="session")
def seed_graph(seed_graph_path):
    import rdflib
    return rdflib.Graph().parse(seed_graph_path, format="turtle")


@pytest.fixture(scope="session")
def seed_document():
    from kg.io import read_articles
    from kg.pipeline import extract
    [article] = list(read_articles([SEEDS]))
    return extract(article)


@pytest.fixture
def news_site():
    """tests/newssite.py: Arabic news pages, a feed and failing pages on 127.0.0.1."""
    from newssite import NewsSite
    with NewsSite(slow_seconds=2.0) as site:
        yield site
