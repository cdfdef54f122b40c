"""kg.calibrate: rule precision against gold, and the reliability table."""
from kg.calibrate import BANDS, fact_outcomes, rule_precision
from kg.model import Article
from kg.pipeline import extract

TEXT = "وقال المتحدث باسم الجيش العراقي العميد تحسين الخفاجي إن القوات تقدمت."


def _gold(with_relation):
    ents = [{"id": "p", "type": "Person", "mentions": ["تحسين الخفاجي"]},
            {"id": "a", "type": "Organization", "mentions": ["الجيش العراقي"]}]
    rels = [{"type": "spokespersonOf", "head": "p", "tail": "a"}] if with_relation else []
    return {"id": "c1", "text": TEXT, "entities": ents, "relations": rels, "events": []}


def test_a_relation_is_right_only_when_gold_has_it():
    doc = extract(Article("c1", TEXT))
    spokes = [r for r in doc.relations if r.type == "spokespersonOf"]
    assert spokes, [(r.type, r.pattern) for r in doc.relations]
    rule = spokes[0].pattern
    assert rule_precision([_gold(True)], [doc])[rule] == [1.0, 1]
    assert rule_precision([_gold(False)], [doc])[rule] == [0.0, 1]
    outcomes = [o for o in fact_outcomes([_gold(True)], [doc]) if o[1] == rule]
    assert outcomes[0][0] == "relation" and 0 < outcomes[0][2] <= 1


def test_bands_cover_every_confidence():
    assert BANDS[0] == 0.0 and BANDS[-1] > 1.0 and list(BANDS) == sorted(BANDS)
