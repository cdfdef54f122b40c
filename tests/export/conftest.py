"""Shared by the exporter tests: the HTML page's synthetic graph, and a 500-article graph
that the Cypher engines (LadybugDB, FalkorDB) load."""
import json
import random
from pathlib import Path

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


ROOT = Path(__file__).parents[2]
EVAL_SETS = ["train1", "train2", "train3", "train4", "train5", "dev", "heldout", "heldout2",
             "heldout3", "heldout4", "heldout5"]


def generated_articles(n=345):
    """Short articles of my own wording: an armed group kills a named officer in a city."""
    firsts = ["سالم", "خالد", "ماجد", "فهد", "ناصر", "حمد", "راشد", "سعيد", "عادل"]
    lasts = ["العبيدي", "الحربي", "الشمري", "الدليمي", "الجبوري", "الزبيدي", "العنزي",
             "الكبيسي", "السامرائي", "التكريتي"]
    cities = ["الموصل", "حلب", "كركوك", "الرمادي", "إدلب", "الفلوجة", "تكريت", "دير الزور", "الرقة"]
    out = []
    for i in range(n):
        name, city = f"{firsts[i % 9]} {lasts[(i // 9) % 10]}", cities[(i * 4) % 9]
        text = (f"{city} - أعلنت الشرطة، يوم الأحد، أن مسلحين من تنظيم داعش قتلوا الضابط {name} "
                f"في هجوم على نقطة تفتيش في مدينة {city}. وقال المتحدث باسم وزارة الداخلية "
                f"إن قوات الأمن اعتقلت ثلاثة مشتبه بهم بعد الهجوم.")
        out.append({"id": f"gen-{i:03d}", "published": f"2026-01-{1 + i % 28:02d}", "text": text})
    return out


@pytest.fixture(scope="session")
def big_graph(tmp_path_factory):
    """500 articles: the 155 texts of eval/train*, dev, heldout..heldout5 plus 345 generated
    ones, built through kg.api.build and read back from graph.ttl."""
    from kg.api import build
    tmp = tmp_path_factory.mktemp("big-graph")
    articles = [line for name in EVAL_SETS
                for line in (ROOT / "eval" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    articles += [json.dumps(a, ensure_ascii=False) for a in generated_articles()]
    assert len(articles) == 500
    (tmp / "articles.jsonl").write_text("\n".join(articles) + "\n", encoding="utf-8")
    result = build([tmp / "articles.jsonl"], outdir=tmp / "out", html=False, validate=False)
    assert result.articles == 500
    return Graph().parse(tmp / "out" / "graph.ttl", format="turtle")
