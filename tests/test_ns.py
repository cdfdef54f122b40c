"""kg.ns: the closed namespace of the ontology's terms."""
import pytest
from rdflib import URIRef

from kg.ns import KG, ONTOLOGY_IRI


def test_a_declared_term_is_one_object_with_the_ontology_iri():
    assert KG.Person == URIRef(ONTOLOGY_IRI + "#Person")
    assert KG.Person is KG.Person          # made once, not on every access
    assert KG["memberOf"] == KG.memberOf


def test_an_undeclared_term_still_fails():
    with pytest.raises(AttributeError):
        KG.Persn
