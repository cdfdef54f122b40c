"""kg.learn.crossval: choosing a threshold per event type and role from cross-validated counts."""
import collections

from kg.learn.crossval import choose, fold_name


def counts(**cells):
    c = collections.Counter()
    for key, (right, wrong) in cells.items():
        etype, role = key.split("_")
        c[(etype, role, True)] += right
        c[(etype, role, False)] += wrong
    return c


def test_the_lowest_level_whose_additions_are_right_often_enough():
    results = {0.5: counts(Strike_agent=(20, 10), Attack_place=(10, 10)),
               0.7: counts(Strike_agent=(18, 3), Attack_place=(8, 6)),
               0.9: counts(Strike_agent=(10, 1), Attack_place=(3, 2))}
    chosen = choose(results, min_precision=0.8)
    assert chosen[("Strike", "agent")] == 0.7
    assert chosen[("Attack", "place")] is None       # never right often enough: left to the rules
    assert choose(results, min_precision=0.5)[("Attack", "place")] == 0.5
    # dates have no threshold of their own
    results[0.5][("Attack", "date", True)] += 3
    assert ("Attack", "date") not in choose(results)


def test_folds_are_named_by_their_file():
    assert fold_name("/x/eval/train7.jsonl") == "train7"
