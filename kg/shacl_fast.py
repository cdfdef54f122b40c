"""SHACL core constraints evaluated natively, in time linear in the graph (kg.validate).

pyshacl validates node by node through its generic shape machinery (it builds the
constraint objects anew for every node an ``sh:or``/``sh:xone`` member is checked
against, looks each value up in rdflib ...): on a 500-article graph it took most of
the build. Here the shapes graph is compiled once into small checkers, the data
graph is read once into dictionaries (values per subject and predicate, classes per
node), and each shape is run over its focus nodes; a nested shape's verdict for a
node is remembered.

The compilation is driven by the shapes graph, not by today's shapes: every shape
with targets whose constraints (its own and those of the shapes it refers to) are
all in ``NATIVE`` is evaluated here; any other is left to pyshacl (see ``plan``),
never skipped. The results are pyshacl's: the same focus nodes, paths, values and
messages (the shape's ``sh:message``, else pyshacl's default message for the
component, built with pyshacl's own ``stringify_node``). tests/test_shacl_fast.py
compares the two on graphs breaking every shape of ontology/shapes.ttl.
"""
import re
from collections import defaultdict
from decimal import Decimal
from datetime import date, datetime, time

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

# The constraint parameters evaluated here (pyshacl's core components but sh:closed,
# sh:qualifiedValueShapesDisjoint and sh:sparql, which stay with pyshacl).
NATIVE = frozenset(SH[n] for n in (
    "class", "datatype", "nodeKind", "minCount", "maxCount", "minExclusive", "minInclusive",
    "maxExclusive", "maxInclusive", "not", "and", "or", "xone", "minLength", "maxLength",
    "pattern", "languageIn", "uniqueLang", "equals", "disjoint", "lessThan", "lessThanOrEquals",
    "node", "property", "qualifiedValueShape", "qualifiedMinCount", "qualifiedMaxCount",
    "hasValue", "in"))
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def constraint_parameters():
    """Every predicate pyshacl reads as a constraint parameter on a shape (advanced mode)."""
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
    return frozenset(ALL_CONSTRAINT_PARAMETERS) | {SH.expression, SH.js}


class Unsupported(Exception):
    """A shape (or a shape it refers to) uses something not evaluated here."""


# --------------------------------------------------------------------------
# the data graph, read once
# --------------------------------------------------------------------------

class Data:
    """Indexes over the data graph: values per (predicate, subject), classes per node."""

    def __init__(self, graph):
        self.graph = graph
        out = defaultdict(lambda: defaultdict(set))
        for s, p, o in graph:
            out[p][s].add(o)
        self.out = out
        self.types = out.get(RDF.type, {})
        self._supers = {}
        self._memo = {}
        self._by_type = None
        sub = out.get(RDFS.subClassOf, {})
        self._sub_of = sub          # class -> its direct superclasses

    def values(self, node, path):
        return self.out.get(path, {}).get(node, frozenset())

    def supers(self, cls):
        """cls and its superclasses (rdfs:subClassOf*, in the data graph)."""
        found = self._supers.get(cls)
        if found is None:
            found, todo = {cls}, [cls]
            while todo:
                for sup in self._sub_of.get(todo.pop(), ()):
                    if sup not in found:
                        found.add(sup)
                        todo.append(sup)
            self._supers[cls] = found
        return found

    def is_instance(self, node, cls):
        if isinstance(node, Literal):
            return False
        supers = self.supers
        return any(cls in supers(t) for t in self.types.get(node, ()))

    def instances(self, cls):
        """Nodes typed cls or a subclass of it."""
        if self._by_type is None:
            self._by_type = defaultdict(set)
            for s, ts in self.types.items():
                for t in ts:
                    self._by_type[t].add(s)
        found = set(self._by_type.get(cls, ()))
        for c in self._sub_of:
            if c != cls and cls in self.supers(c):
                found |= self._by_type.get(c, set())
        return found


# --------------------------------------------------------------------------
# constraint components
# --------------------------------------------------------------------------

def _stringify(graph, node):
    from pyshacl.rdfutil import stringify_node
    try:
        return stringify_node(graph, node)
    except (LookupError, ValueError):
        return str(node)


class Component:
    """One constraint component of one shape: ``check`` gives the result values."""

    iri = None
    NO_VALUE = object()     # a result without sh:value (cardinalities ...)

    def __init__(self, shape, sg):
        self.shape, self.sg = shape, sg

    def objects(self, param):
        return list(self.sg.objects(self.shape.node, param))

    def one(self, param):
        vals = self.objects(param)
        if len(vals) != 1:
            raise Unsupported(f"{param}: {len(vals)} values")
        return vals[0]

    def check(self, data, focus, values):     # pragma: no cover - abstract
        raise NotImplementedError

    def message(self, data, focus, value):    # pragma: no cover - abstract
        raise NotImplementedError


def _integer(lit, allow_whole=False):
    from pyshacl.consts import XSD_WHOLE_INTEGERS
    ok = isinstance(lit, Literal) and not getattr(lit, "ill_typed", False) and (
        lit.datatype in XSD_WHOLE_INTEGERS if allow_whole else lit.datatype == XSD.integer)
    if not ok or lit.value < 0:
        raise Unsupported(f"not a non-negative integer: {lit!r}")
    return int(lit.value)


class ClassC(Component):
    iri = SH.ClassConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.classes = self.objects(SH["class"])

    def check(self, data, focus, values):
        return [v for c in self.classes for v in values if not data.is_instance(v, c)]

    def message(self, data, focus, value):
        if len(self.classes) < 2:
            return "Value does not have class {}".format(_stringify(self.sg, self.classes[0]))
        return "Value class is not in classes ({})".format(", ".join(_stringify(self.sg, c) for c in self.classes))


_ACTUAL = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
           XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


class DatatypeC(Component):
    iri = SH.DatatypeConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.dt = self.one(SH.datatype)
        self._ok = {}

    def _actual(self, v):
        kind = _ACTUAL.get(self.dt)
        return True if kind is None else isinstance(v.value, kind)

    def matches(self, v):
        if not isinstance(v, Literal):
            return False
        dt, lang = v.datatype, v.language
        if dt == self.dt:
            return False if getattr(v, "ill_typed", None) is True else self._actual(v)
        if self.dt == RDFS.Literal:
            return True
        if self.dt == RDFS.Datatype and dt:
            return True
        if dt is None and lang is None and self.dt == XSD.string:
            return self._actual(v)
        if self.dt == RDF.langString and lang:
            return self._actual(v)
        return False

    def check(self, data, focus, values):
        return [v for v in values if not self.matches(v)]

    def message(self, data, focus, value):
        return "Value is not Literal with datatype {}".format(_stringify(self.sg, self.dt))


_KINDS = {BNode: (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
          Literal: (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
          URIRef: (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI)}


class NodeKindC(Component):
    iri = SH.NodeKindConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.kind = self.one(SH.nodeKind)

    def check(self, data, focus, values):
        out = []
        for v in values:
            kinds = _KINDS[BNode] if isinstance(v, BNode) else _KINDS[Literal] if isinstance(v, Literal) \
                else _KINDS[URIRef]
            if self.kind not in kinds:
                out.append(v)
        return out

    def message(self, data, focus, value):
        return "Value is not of Node Kind {}".format(_stringify(self.sg, self.kind))


class CountC(Component):
    """sh:minCount / sh:maxCount (property shapes only)."""

    def __init__(self, shape, sg, param, iri, word, cmp):
        super().__init__(shape, sg)
        if shape.path is None:
            raise Unsupported(f"{param} on a node shape")
        self.lit = self.one(param)
        self.n = _integer(self.lit)
        self.iri, self.word, self.cmp = iri, word, cmp

    def check(self, data, focus, values):
        return [] if self.cmp(len(values), self.n) else [self.NO_VALUE]

    def message(self, data, focus, value):
        return "{} than {} values on {}->{}".format(self.word, self.lit.value, _stringify(data.graph, focus),
                                                  _stringify(self.sg, self.shape.path))


def _min_count(shape, sg):
    return CountC(shape, sg, SH.minCount, SH.MinCountConstraintComponent, "Less", lambda n, m: m == 0 or n >= m)


def _max_count(shape, sg):
    return CountC(shape, sg, SH.maxCount, SH.MaxCountConstraintComponent, "More", lambda n, m: n <= m)


class RangeC(Component):
    """sh:minInclusive, sh:minExclusive, sh:maxInclusive, sh:maxExclusive."""

    def __init__(self, shape, sg, param, iri, sign, ok):
        super().__init__(shape, sg)
        self.bounds = self.objects(param)
        if not all(isinstance(b, Literal) for b in self.bounds):
            raise Unsupported(f"{param} not a literal")
        self.iri, self.sign, self.ok = iri, sign, ok

    def _passes(self, v, bound):
        from pyshacl.rdfutil.compare import compare_literal
        if not isinstance(v, Literal):
            return False
        if isinstance(bound.value, str) != isinstance(v.value, str):
            return False
        try:
            return self.ok(compare_literal(v, bound))
        except (TypeError, NotImplementedError):
            return False

    def check(self, data, focus, values):
        return [v for b in self.bounds for v in values if not self._passes(v, b)]

    def message(self, data, focus, value):
        if len(self.bounds) < 2:
            return "Value is not {} {}".format(self.sign, _stringify(self.sg, self.bounds[0]))
        return "Value is not {} in ({})".format(self.sign, ", ".join(_stringify(self.sg, b) for b in self.bounds))


_RANGES = {
    SH.minExclusive: (SH.MinExclusiveConstraintComponent, ">", lambda c: c > 0),
    SH.minInclusive: (SH.MinInclusiveConstraintComponent, ">=", lambda c: c >= 0),
    SH.maxExclusive: (SH.MaxExclusiveConstraintComponent, "<", lambda c: c < 0),
    SH.maxInclusive: (SH.MaxInclusiveConstraintComponent, "<=", lambda c: c <= 0),
}


def _string_of(v):
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


class LengthC(Component):
    def __init__(self, shape, sg, param, iri, word, ok):
        super().__init__(shape, sg)
        self.lit = self.one(param)
        self.n = _integer(self.lit, allow_whole=True)
        self.iri, self.word, self.ok, self.is_min = iri, word, ok, param == SH.minLength

    def check(self, data, focus, values):
        out = []
        for v in values:
            if self.is_min and self.n == 0:
                continue
            if isinstance(v, BNode) or not self.ok(len(_string_of(v)), self.n):
                out.append(v)
        return out

    def message(self, data, focus, value):
        return "String length not {} {}".format(self.word, _stringify(data.graph, self.lit))


class PatternC(Component):
    iri = SH.PatternConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.patterns = self.objects(SH.pattern)
        if not all(isinstance(p, Literal) for p in self.patterns):
            raise Unsupported("sh:pattern not a literal")
        flags = set(self.objects(SH.flags))
        re_flags = 0
        if flags:
            text = str(next(iter(flags)).value).lower()
            re_flags |= (re.I if "i" in text else 0) | (re.M if "m" in text else 0)
        self.compiled = [re.compile(str(p.value) if p.value is not None and len(p.value) > 1 else str(p), re_flags)
                         for p in self.patterns]

    def check(self, data, focus, values):
        return [v for rx in self.compiled for v in values
                if isinstance(v, BNode) or not rx.search(_string_of(v))]

    def message(self, data, focus, value):
        if len(self.patterns) < 2:
            return "Value does not match pattern '{}'".format(self.patterns[0].value)
        return "Value does not match every pattern in ('{}')".format("', '".join(str(p.value) for p in self.patterns))


class LanguageInC(Component):
    iri = SH.LanguageInConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.list = self.one(SH.languageIn)
        items = list(sg.items(self.list))
        if not all(isinstance(i, Literal) and isinstance(i.value, str) for i in items):
            raise Unsupported("sh:languageIn members must be strings")
        self.langs = {str(i.value).lower() for i in items}

    def matches(self, v):
        if not isinstance(v, Literal) or not v.language:
            return False
        lang = str(v.language).lower()
        return "*" in self.langs or lang in self.langs or lang.split("-")[0] in self.langs

    def check(self, data, focus, values):
        return [v for v in values if not self.matches(v)]

    def message(self, data, focus, value):
        return "String language is not in {}".format(_stringify(self.sg, self.list))


class UniqueLangC(Component):
    iri = SH.UniqueLangConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        if shape.path is None:
            raise Unsupported("sh:uniqueLang on a node shape")
        flag = self.one(SH.uniqueLang)
        if not isinstance(flag, Literal) or not isinstance(flag.value, bool):
            raise Unsupported("sh:uniqueLang not a boolean")
        self.on = flag.value

    def check(self, data, focus, values):
        if not self.on:
            return []
        seen, dups = set(), set()
        for v in values:
            if isinstance(v, Literal) and v.language:
                lang = str(v.language).lower()
                (dups if lang in seen else seen).add(lang)
        return [self.NO_VALUE] * len(dups)

    def message(self, data, focus, value):
        return "More than one String shares the same Language"


class PairC(Component):
    """sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals."""

    def __init__(self, shape, sg, param, iri, sign):
        super().__init__(shape, sg)
        self.props = list(dict.fromkeys(self.objects(param)))   # pyshacl: a set
        if not all(isinstance(p, URIRef) for p in self.props):
            raise Unsupported(f"{param} not an IRI")
        if param in (SH.lessThan, SH.lessThanOrEquals) and shape.path is None:
            raise Unsupported(f"{param} on a node shape")
        self.param, self.iri, self.sign = param, iri, sign

    def check(self, data, focus, values):
        out = []
        for prop in self.props:
            others = data.values(focus, prop)
            if self.param == SH.equals:
                out += [v for v in values if v not in others] + [o for o in others if o not in values]
            elif self.param == SH.disjoint:
                out += [v for v in values if v in others]
            else:
                out += self._compare(values, others)
        return out

    def _compare(self, values, others):
        strict = self.param == SH.lessThan
        out = []
        for value in values:
            if isinstance(value, BNode):
                raise Unsupported("sh:lessThan on a blank node")   # pyshacl raises
            v, v_str = _comparable(value)
            for other in others:
                if isinstance(other, BNode):
                    raise Unsupported("sh:lessThan on a blank node")
                o, o_str = _comparable(other)
                if v_str != o_str or not (v < o if strict else v <= o):
                    out.append(value)
        return out

    def message(self, data, focus, value):
        props = (_stringify(self.sg, self.props[0]) if len(self.props) < 2
                 else ", ".join(_stringify(self.sg, p) for p in self.props))
        return "Value of {}->{} {} {}".format(_stringify(data.graph, focus), props, self.sign,
                                             _stringify(data.graph, value))


def _comparable(node):
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


class InC(Component):
    iri = SH.InConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.vals = set()
        for item in sg.items(self.one(SH["in"])):
            self.vals.add(item)

    def check(self, data, focus, values):
        return [v for v in values if v not in self.vals]

    def message(self, data, focus, value):
        listed = [_stringify(self.sg, v) for v in self.vals]
        return "Value {} not in list {}".format(_stringify(data.graph, value), listed)


class HasValueC(Component):
    iri = SH.HasValueConstraintComponent

    def __init__(self, shape, sg):
        super().__init__(shape, sg)
        self.wanted = list(dict.fromkeys(self.objects(SH.hasValue)))

    def check(self, data, focus, values):
        return [self.NO_VALUE for hv in self.wanted if hv not in values]

    def message(self, data, focus, value):
        the_set = [_stringify(self.sg, s) for s in set(self.wanted)]
        if self.shape.path is not None:
            return "Node {}->{} does not contain a value in the set: {}".format(
                _stringify(data.graph, focus), _stringify(self.sg, self.shape.path), the_set)
        return "Node {} value is not a in the set of values: {}".format(_stringify(data.graph, focus), the_set)


class LogicC(Component):
    """sh:and, sh:or, sh:xone (lists of shapes), sh:not (one shape each)."""

    WORDS = {SH["and"]: "all shapes", SH["or"]: "one or more shapes", SH.xone: "exactly one shape"}

    def __init__(self, shape, sg, param, iri, compiler):
        super().__init__(shape, sg)
        self.param, self.iri = param, iri
        self.lists = self.objects(param)
        if param == SH["not"]:
            self.groups = [[compiler.shape(n)] for n in self.lists]
        else:
            self.groups = []
            for lst in self.lists:
                members = list(sg.items(lst))
                if not members:
                    raise Unsupported(f"{param}: not a list")
                if param != SH.xone:
                    members = list(dict.fromkeys(members))     # pyshacl: a set
                self.groups.append([compiler.shape(m) for m in members])

    def check(self, data, focus, values):
        out = []
        for group in self.groups:
            for v in values:
                if self.param == SH["not"]:
                    bad = group[0].conforms(data, v)
                elif self.param == SH["and"]:
                    bad = not all(s.conforms(data, v) for s in group)
                elif self.param == SH["or"]:
                    bad = not any(s.conforms(data, v) for s in group)
                else:
                    bad = sum(1 for s in group if s.conforms(data, v)) != 1
                if bad:
                    out.append(v)
        return out

    def message(self, data, focus, value):
        value_str = _stringify(data.graph, value)
        if self.param == SH["not"]:
            if len(self.lists) == 1:
                return f"Node {value_str} must not conform to shape {_stringify(self.sg, self.lists[0])}"
            nots = " , ".join(_stringify(self.sg, n) for n in self.lists)
            return f"Node {value_str} must not conform to any shapes in {nots}"
        if len(self.lists) < 2:
            text = " , ".join(_stringify(self.sg, m) for m in self.sg.items(self.lists[0]))
        else:
            text = " and ".join("({})".format(" , ".join(_stringify(self.sg, m) for m in self.sg.items(lst)))
                                for lst in self.lists)
        return f"Node {value_str} must conform to {self.WORDS[self.param]} in {text}"


class NodeC(Component):
    iri = SH.NodeConstraintComponent

    def __init__(self, shape, sg, compiler):
        super().__init__(shape, sg)
        self.nodes = self.objects(SH.node)
        self.shapes = [compiler.shape(n) for n in self.nodes]
        if any(s.path is not None for s in self.shapes):
            raise Unsupported("sh:node to a property shape")

    def results(self, data, focus, values):
        """A result per value not conforming, and (as pyshacl puts them in the report,
        under sh:detail) the results of that value against the shape."""
        out = []
        for s in self.shapes:
            for v in values:
                nested = s.results(data, v)
                if nested:
                    out.append((self.shape, self, self.iri, focus, v))
                    out += nested
        return out

    def message(self, data, focus, value):
        if len(self.nodes) < 2:
            m = "Value does not conform to Shape {}.".format(_stringify(self.sg, self.nodes[0]))
        else:
            m = "Value must conform to every Shape in ('{}').".format(
                "', '".join(_stringify(self.sg, n) for n in self.nodes))
        return m + " See details for more information."


class QualifiedC(Component):
    def __init__(self, shape, sg, compiler):
        super().__init__(shape, sg)
        if shape.path is None:
            raise Unsupported("sh:qualifiedValueShape on a node shape")   # pyshacl ignores it, with a warning
        if any(isinstance(d, Literal) and d.value is True for d in self.objects(SH.qualifiedValueShapesDisjoint)):
            raise Unsupported("sh:qualifiedValueShapesDisjoint")
        self.value_shapes = list(dict.fromkeys(self.objects(SH.qualifiedValueShape)))
        if not self.value_shapes:
            raise Unsupported("sh:qualifiedMin/MaxCount without sh:qualifiedValueShape")
        self.shapes = [compiler.shape(s) for s in self.value_shapes]
        self.min = self._count(SH.qualifiedMinCount)
        self.max = self._count(SH.qualifiedMaxCount)
        if self.min is None and self.max is None:
            raise Unsupported("sh:qualifiedValueShape without a count")

    def _count(self, param):
        vals = set(self.objects(param))
        if not vals:
            return None
        lit = vals.pop()
        if vals or not isinstance(lit, Literal) or not isinstance(lit.value, int):
            raise Unsupported(f"{param}: not one integer")
        return lit.value

    def check(self, data, focus, values):
        out = []
        for s in self.shapes:
            n = sum(1 for v in values if s.conforms(data, v))
            if self.max is not None and n > self.max:
                out.append((self.NO_VALUE, SH.QualifiedMaxCountConstraintComponent))
            if self.min is not None and n < self.min:
                out.append((self.NO_VALUE, SH.QualifiedMinCountConstraintComponent))
        return out

    def message(self, data, focus, value):
        shapes = ",".join(_stringify(self.sg, s) for s in self.value_shapes)
        counts = (f" MinCount {self.min}" if self.min is not None else "") + \
                 (f" MaxCount {self.max}" if self.max is not None else "")
        if len(self.value_shapes) > 1:
            return f"Focus node does not conform to shapes{counts}: ({shapes})"
        return f"Focus node does not conform to shape{counts}: {shapes}"


class PropertyC(Component):
    iri = SH.PropertyConstraintComponent

    def __init__(self, shape, sg, compiler):
        super().__init__(shape, sg)
        self.shapes = [compiler.shape(p) for p in self.objects(SH.property)]
        if any(s.path is None for s in self.shapes):
            raise Unsupported("sh:property to a shape without sh:path")

    def results(self, data, focus, values):
        return [r for s in self.shapes for v in values for r in s.results(data, v)]


def _make(param, shape, sg, compiler):
    if param == SH["class"]:
        return ClassC(shape, sg)
    if param == SH.datatype:
        return DatatypeC(shape, sg)
    if param == SH.nodeKind:
        return NodeKindC(shape, sg)
    if param == SH.minCount:
        return _min_count(shape, sg)
    if param == SH.maxCount:
        return _max_count(shape, sg)
    if param in _RANGES:
        return RangeC(shape, sg, param, *_RANGES[param])
    if param == SH.minLength:
        return LengthC(shape, sg, param, SH.MinLengthConstraintComponent, ">=", lambda n, m: n >= m)
    if param == SH.maxLength:
        return LengthC(shape, sg, param, SH.MaxLengthConstraintComponent, "<=", lambda n, m: n <= m)
    if param == SH.pattern:
        return PatternC(shape, sg)
    if param == SH.languageIn:
        return LanguageInC(shape, sg)
    if param == SH.uniqueLang:
        return UniqueLangC(shape, sg)
    if param == SH.equals:
        return PairC(shape, sg, param, SH.EqualsConstraintComponent, "!=")
    if param == SH.disjoint:
        return PairC(shape, sg, param, SH.DisjointConstraintComponent, "==")
    if param == SH.lessThan:
        return PairC(shape, sg, param, SH.LessThanConstraintComponent, "<=")
    if param == SH.lessThanOrEquals:
        return PairC(shape, sg, param, SH.LessThanOrEqualsConstraintComponent, "<")
    if param == SH["in"]:
        return InC(shape, sg)
    if param == SH.hasValue:
        return HasValueC(shape, sg)
    if param in (SH["not"], SH["and"], SH["or"], SH.xone):
        return LogicC(shape, sg, param, SH[param.split("#")[1].capitalize() + "ConstraintComponent"], compiler)
    if param == SH.node:
        return NodeC(shape, sg, compiler)
    if param == SH.property:
        return PropertyC(shape, sg, compiler)
    if param in (SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount):
        return QualifiedC(shape, sg, compiler)
    raise Unsupported(str(param))   # pragma: no cover - NATIVE lists only the above


# --------------------------------------------------------------------------
# shapes
# --------------------------------------------------------------------------

class Shape:
    """A compiled shape: its path (None for a node shape), messages and components."""

    def __init__(self, node, sg):
        self.node = node
        paths = list(sg.objects(node, SH.path))
        if len(paths) > 1 or (paths and not isinstance(paths[0], URIRef)):
            raise Unsupported(f"{node}: a path other than one predicate")
        self.path = paths[0] if paths else None
        if self.path is not None and (node, RDF.type, SH.NodeShape) in sg:
            raise Unsupported(f"{node}: a sh:NodeShape with sh:path")    # pyshacl refuses it
        self.messages = set(sg.objects(node, SH.message))
        deactivated = list(sg.objects(node, SH.deactivated))
        if len(deactivated) > 1 or (deactivated and not isinstance(deactivated[0], Literal)):
            raise Unsupported(f"{node}: sh:deactivated")
        self.deactivated = bool(deactivated[0].value) if deactivated else False
        severity = set(sg.objects(node, SH.severity))
        if severity and severity != {SH.Violation}:
            raise Unsupported(f"{node}: severity {severity}")
        self.components = []
        self.kinds = []

    def results(self, data, focus):
        """``(shape, component IRI, focus, value or NO_VALUE)`` for each violation at focus."""
        if self.deactivated:
            return []
        values = data.values(focus, self.path) if self.path is not None else (focus,)
        out = []
        for c, nested in self.kinds:
            if nested:
                out += c.results(data, focus, values)
                continue
            for r in c.check(data, focus, values):
                value, iri = r if isinstance(r, tuple) else (r, c.iri)
                out.append((self, c, iri, focus, value))
        return out

    def conforms(self, data, node):
        key = (id(self), node)
        found = data._memo.get(key)
        if found is None:
            found = data._memo[key] = not self.results(data, node)
        return found


class Compiler:
    def __init__(self, sg):
        self.sg = sg
        self.params = constraint_parameters()
        self.shapes = {}
        self.building = set()

    def shape(self, node):
        if node in self.shapes:
            return self.shapes[node]
        if node in self.building:
            raise Unsupported(f"{node}: recursive shapes")
        self.building.add(node)
        try:
            shape = Shape(node, self.sg)
            from pyshacl.constraints import CONSTRAINT_PARAMETERS_MAP
            seen, kinds = [], set()
            for p in dict.fromkeys(p for p, _ in self.sg.predicate_objects(node)):
                if p in (SH.target, SH.rule) or (p in self.params and p not in NATIVE):
                    raise Unsupported(f"{node}: {p}")
                kind = CONSTRAINT_PARAMETERS_MAP.get(p)
                if p not in NATIVE or kind in kinds:    # pyshacl runs each component once per shape
                    continue
                kinds.add(kind)
                seen.append(_make(p, shape, self.sg, self))
            shape.components = seen
            # each component with whether it nests shapes (read per focus node: known once)
            shape.kinds = [(c, isinstance(c, (PropertyC, NodeC))) for c in seen]
        finally:
            self.building.discard(node)
        self.shapes[node] = shape
        return shape


class Plan:
    """What the shapes graph asks: shapes evaluated here, and a residual graph for pyshacl (or None)."""

    def __init__(self, native, residual, reasons):
        self.native = native          # [(Shape, targets dict)]
        self.residual = residual      # rdflib Graph of the shapes left to pyshacl, or None
        self.reasons = reasons        # {shape node: why it went to pyshacl}


def plan(sg):
    """Split the shapes graph: shapes whose targets and constraints are all native are
    compiled; the others stay in a copy of the graph for pyshacl (None if none)."""
    from rdflib import Graph
    whole = (any(True for _ in sg.triples((None, SH.rule, None)))
             or any(True for _ in sg.subjects(RDF.type, SH.ConstraintComponent)))
    tops = set()
    for t in TARGETS + (SH.target,):
        tops.update(sg.subjects(t, None))
    implicit = _implicit_class_shapes(sg)
    tops |= implicit
    if whole:
        return Plan([], sg, {s: "rules or custom constraint components in the shapes" for s in tops})
    compiler = Compiler(sg)
    native, reasons = [], {}
    for node in sorted(tops, key=str):
        try:
            if node in implicit or (node, SH.target, None) in sg:
                raise Unsupported("implicit class or SHACL-AF target")
            shape = compiler.shape(node)
        except Unsupported as exc:
            reasons[node] = str(exc)
            continue
        targets = {t: list(sg.objects(node, t)) for t in TARGETS}
        native.append((shape, targets))
    residual = None
    if reasons:
        residual = Graph()
        for prefix, ns in sg.namespace_manager.namespaces():
            residual.namespace_manager.bind(prefix, ns, override=True, replace=True)
        done = {shape.node for shape, _ in native}
        for s, p, o in sg:
            if s in done and p in TARGETS:
                continue
            residual.add((s, p, o))
    return Plan(native, residual, reasons)


def _implicit_class_shapes(sg):
    """Nodes that are classes and carry SHACL terms: pyshacl targets their instances implicitly."""
    classes = set(sg.subjects(RDFS.subClassOf, RDFS.Class)) | {RDFS.Class}
    return {s for t in classes for s in sg.subjects(RDF.type, t)
            if any(str(p).startswith(str(SH)) for p in sg.predicates(s))}


def focus_nodes(data, targets):
    found = set(targets[SH.targetNode])
    for cls in targets[SH.targetClass]:
        found |= data.instances(cls)
    for p in targets[SH.targetSubjectsOf]:
        found.update(data.out.get(p, {}).keys())
    for p in targets[SH.targetObjectsOf]:
        for objs in data.out.get(p, {}).values():
            found |= objs
    return found


def evaluate(graph, the_plan, short):
    """The native shapes over the graph: sorted set of (focus, path, message) rows.

    short(term) renders a term as kg.validate's rows do."""
    data = Data(graph)
    rows = set()
    for shape, targets in the_plan.native:
        for focus in focus_nodes(data, targets):
            for owner, comp, iri, f, value in shape.results(data, focus):
                rows.add(_row(data, owner, comp, iri, f, value, short))
    return rows


def _row(data, owner, comp, iri, focus, value, short):
    value = None if value is Component.NO_VALUE else value
    messages = owner.messages
    if messages:
        message = "; ".join(sorted(str(m) for m in messages))
    else:
        message = comp.message(data, focus, value) or str(iri)
    if value is not None and value != focus:
        message += f" (value: {short(value)})"
    return (short(focus), short(owner.path) if owner.path is not None else "", message)
