"""kg.learn.train and kg.learn.model: a toy gold set written for this test, and the shipped weights."""
import json

import numpy as np
import pytest

from kg.learn.candidates import relation_candidates
from kg.learn.features import RELATION_FEATURES, featurize
from kg.learn.model import WEIGHTS, Model, dumps, fit, load
from kg.learn.train import training_files, train

PEOPLE = [("سالم الكعبي", "ماجد الزبيدي"), ("حسن العطار", "كريم السامرائي"),
          ("فؤاد النعيمي", "عادل الجبوري"), ("رائد الحمداني", "نزار العبيدي")]
ORGS = [("الجيش العراقي", "الشرطة العراقية"), ("الشرطة العراقية", "الجيش العراقي"),
        ("الجيش العراقي", "الشرطة العراقية"), ("الشرطة العراقية", "الجيش العراقي")]


def toy_gold():
    """Each article: a spokesman (المتحدث باسم between the two) and a visitor (no relation)."""
    docs = []
    for n, ((p1, p2), (o1, o2)) in enumerate(zip(PEOPLE, ORGS)):
        text = (f"قال العميد {p1} المتحدث باسم {o1} إن الوضع هادئ. "
                f"واستقبل العميد {p2} وفدا من {o2} أمس.")
        ents = [{"id": "p1", "type": "Person", "mentions": [p1]},
                {"id": "o1", "type": "Organization", "mentions": [o1]},
                {"id": "p2", "type": "Person", "mentions": [p2]}]
        if o2 != o1:
            ents.append({"id": "o2", "type": "Organization", "mentions": [o2]})
        docs.append({"id": f"toy{n}", "published": "2025-03-01", "text": text, "entities": ents,
                     "relations": [{"type": "spokespersonOf", "head": "p1", "tail": "o1"}],
                     "events": []})
    return docs


@pytest.fixture(scope="module")
def toy_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("toy") / "train-toy.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in toy_gold()),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def toy_models(toy_file):
    return train([str(toy_file)])


def test_trainer_learns_a_separable_toy_pattern(toy_models):
    from datetime import date

    from kg.model import Article
    from kg.pipeline import extract
    from kg.view import build_views
    models, meta = toy_models
    assert meta["articles"] == 4 and meta["relation_positives"] == 4
    text = "قال العميد وليد الشمري المتحدث باسم الجيش العراقي إن الطريق مفتوح. واستقبل العميد منذر الدوري وفدا من الشرطة العراقية."
    doc = extract(Article(id="new", text=text, published=date(2025, 3, 1)), extractor="rules")
    cands = [c for c in relation_candidates(build_views(doc))
             if c.head.entity.type == "Person" and c.tail.entity.type == "Organization"]
    probs = models["relations"].probabilities([featurize(c, RELATION_FEATURES) for c in cands])
    best = {(c.sentence, c.tail.mention.text): models["relations"].classes[int(p.argmax())]
            for c, p in zip(cands, probs)}
    assert best == {(0, "الجيش العراقي"): "spokespersonOf", (1, "الشرطة العراقية"): "none"}


def test_training_is_reproducible_byte_for_byte(toy_file, toy_models):
    again = train([str(toy_file)])
    assert dumps(*again) == dumps(*toy_models)


def test_trainer_refuses_evaluation_only_sets(tmp_path):
    for name in ("real-dev.jsonl", "heldout6.jsonl"):
        with pytest.raises(SystemExit):
            training_files([tmp_path / name])


def test_fit_separates_classes_and_scores_sparse_lists():
    X = [["a", "x"], ["a", "y"], ["b", "x"], ["b", "y"]] * 3
    Y = ["pos", "pos", "none", "none"] * 3
    m = fit(X, Y, ["none", "pos"], l2=0.1)
    p = m.probabilities([["a"], ["b"], [], ["unseen"]])
    assert p[0, 1] > 0.9 and p[1, 1] < 0.1
    assert np.allclose(p[2], p[3]) and np.allclose(p.sum(axis=1), 1)
    # the same through its JSON form
    again = Model.from_json(json.loads(json.dumps(m.to_json())))
    assert np.allclose(again.probabilities([["a"], ["b"]]), p[:2], atol=1e-3)


def test_shipped_weights_load_and_round_trip():
    models = load()
    assert models["relations"].classes[0] == "none" and "spokespersonOf" in models["relations"].classes
    assert models["roles"].classes == ["none", "agent", "target", "place"]
    assert models["meta"]["articles"] >= 40
    names = {s["file"] for s in models["meta"]["sources"]}
    assert "dev.jsonl" in names and not any("real-dev" in n or "heldout6" in n for n in names)
    # the file is what dumps writes of what it holds: sorted, rounded, deterministic
    text = WEIGHTS.read_text(encoding="utf-8")
    assert dumps({"relations": models["relations"], "roles": models["roles"]}, models["meta"]) == text


def test_a_set_whose_events_are_partial_trains_relations_and_no_roles():
    from kg.learn.train import labelled
    docs = toy_gold()
    rel_x, _, role_x, _ = labelled(docs)
    assert rel_x and role_x                       # the visit gives role candidates
    rel_p, _, role_p, _ = labelled([dict(d, events_partial=True) for d in docs])
    assert len(rel_p) == len(rel_x) and role_p == []
