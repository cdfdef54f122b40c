"""Relations: the rules together (kg/relations/__init__.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_no_relation_without_a_cue():
    assert relations(run("زار سامر العلي مدينة حلب ثم عاد إلى دمشق.")) & {
        ("memberOf", "سامر العلي", "حلب")} == set()


def test_relations_the_ontology_does_not_allow_are_dropped():
    """A spokesman "of" a city (a rule pairing the wrong kinds) would fail SHACL, and the build."""
    from kg.model import Article, Document, Entity, Relation
    from kg.relations import fits_ontology
    doc = Document(article=Article("t", ""), entities=[
        Entity("e1", "Person"), Entity("e2", "Place"), Entity("e3", "Organization")])
    assert not fits_ontology(Relation("spokespersonOf", "e1", "e2"), doc)
    assert fits_ontology(Relation("spokespersonOf", "e1", "e3"), doc)
    assert fits_ontology(Relation("positionIn", "e1", "e2"), doc)
    assert not fits_ontology(Relation("locatedIn", "e3", "e2"), doc)
    assert not fits_ontology(Relation("partOf", "e3", "e2"), doc)
    assert fits_ontology(Relation("affiliatedWith", "e2", "e1"), doc)
