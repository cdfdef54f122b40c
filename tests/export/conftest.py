"""Shared by the HTML exporter tests (page and browser)."""
import random

import pytest
from rdflib import RDF, RDFS, Graph, Literal

from kg.ns import KG, RES


def _synthetic_graph(n_nodes=3000, seed=7):
    """Entities (two thirds) and Attack events (one third), hubs as in a news corpus."""
    rng = random.Random(seed)
    g = Graph()
    kinds = [("person", [KG.Person]), ("organization", [KG.ArmedGroup, KG.Organization]),
             ("place", [KG.City, KG.Place]), ("place", [KG.Country, KG.Place])]
    entities = []
    for i in range(n_nodes * 2 // 3):
        kind, types = kinds[i % len(kinds)]
        e = RES[f"{kind}/x{i}"]
        for t in types:
            g.add((e, RDF.type, t))
        g.add((e, RDFS.label, Literal(f"كيان {i}", lang="ar")))
        g.add((e, RDFS.label, Literal(f"Entity {i}", lang="en")))
        entities.append(e)
    weights = [1 / (i + 1) for i in range(len(entities))]
    for j in range(n_nodes - len(entities)):
        ev = RES[f"event/syn/{j:06d}"]
        g.add((ev, RDF.type, KG.Attack))
        g.add((ev, RDF.type, KG.Event))
        g.add((ev, KG.trigger, Literal("هجوم", lang="ar")))
        for role in (KG.agent, KG.target, KG.place):
            g.add((ev, role, rng.choices(entities, weights)[0]))
    for _ in range(n_nodes // 3):
        a, b = rng.sample(entities, 2)
        g.add((a, KG.affiliatedWith, b))
    return g


@pytest.fixture
def synthetic_graph():
    """A function building the synthetic 3,000-node graph (hubs as in a news corpus)."""
    return _synthetic_graph
